package dev.piiguard.spotbugs.samples;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * Arguments of a declarative client call that stay in the client: a Spring request attribute and a
 * Retrofit tag are read by the client's own filters and interceptors, not sent.
 */
public class UnsentClientArgumentSamples {

  @HttpExchange("https://orders.example.com")
  public interface OrderApi {
    @GetExchange("/orders/{id}")
    String order(@PathVariable("id") String orderId, @RequestAttribute("requestedBy") String requestedBy);

    @GetExchange("/orders")
    String byCustomer(@RequestParam("email") String email, @RequestAttribute("requestedBy") String requestedBy);
  }

  public interface RetrofitOrders {
    @GET("orders")
    Call<String> all(@Tag String auditEmail);

    @GET("orders")
    Call<String> search(@Query("email") String email, @Tag String auditEmail);
  }

  void springRequestAttribute(OrderApi orders, Customer customer) {
    orders.order(customer.id(), customer.email());
    // BUG: PII_TO_HTTP
    orders.byCustomer(customer.email(), customer.id());
  }

  void retrofitTag(RetrofitOrders orders, Customer customer) {
    orders.all(customer.email());
    // BUG: PII_TO_HTTP
    orders.search(customer.email(), customer.id());
  }
}
