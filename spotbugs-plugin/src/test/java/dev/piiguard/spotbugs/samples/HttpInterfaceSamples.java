package dev.piiguard.spotbugs.samples;

import dev.piiguard.annotations.PiiType;
import dev.piiguard.annotations.Sensitive;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * Declarative HTTP clients, which a library implements with a proxy: every argument of a call goes
 * into the request. (Clients the application also implements: {@link ImplementedClientSamples}.)
 */
public class HttpInterfaceSamples {

  /** A contact sent as a JSON body. */
  // BUG: PII_IN_TOSTRING
  public record CrmContact(String contactId, @Sensitive(PiiType.EMAIL) String email) {}

  /** No personal data. */
  public record Cancellation(String orderId, String reason) {}

  /** Spring HTTP interface, marked on the type and on its methods. */
  @HttpExchange("https://crm.example.com/api")
  public interface CrmApi {
    @PostExchange("/contacts")
    String upsert(@RequestBody CrmContact contact);

    @GetExchange("/contacts/search")
    String search(@RequestParam("email") String email);

    @PostExchange("/cancellations")
    String cancel(@RequestBody Cancellation cancellation);

    /** Code of the application's own: what it hands to the proxy is sent. */
    default String searchNormalised(String email) {
      return search(email.strip());
    }
  }

  /** Spring HTTP interface marked on its methods only. */
  public interface LoyaltyApi {
    @PutExchange("https://loyalty.example.com/members/{id}")
    void rename(@PathVariable("id") String memberId, @RequestBody String fullName);
  }

  /** Spring Cloud OpenFeign. */
  @FeignClient(name = "billing", url = "https://billing.example.com")
  public interface BillingClient {
    @PostMapping("/invoices")
    String invoice(@RequestBody CrmContact contact);

    @GetMapping("/invoices")
    String byCustomer(@RequestParam("email") String email);
  }

  /**
   * Spring Cloud's Feign inheritance: the methods come from a contract interface in another jar
   * (here a JDK one stands for it), the client's annotation marks them all.
   */
  @FeignClient(name = "tickets", url = "https://tickets.example.com")
  public interface TicketClient extends java.util.function.Consumer<String> {}

  /** Retrofit. */
  public interface RetrofitCrm {
    @POST("contacts")
    Call<String> create(@Body CrmContact contact);

    @GET("contacts")
    Call<String> find(@Query("email") String email);
  }

  /** MicroProfile Rest Client. */
  @RegisterRestClient(baseUri = "https://newsletter.example.com")
  public interface NewsletterClient {
    String subscribe(String email);
  }

  /** Not marked: nothing says a proxy implements it. */
  public interface Directory {
    String lookup(String email);
  }

  void springHttpInterface(CrmApi crm, LoyaltyApi loyalty, Customer customer) {
    CrmContact contact = new CrmContact(customer.id(), customer.email());
    // BUG: PII_TO_HTTP
    crm.upsert(contact);
    // BUG: PII_TO_HTTP
    crm.search(customer.email());
    // BUG: PII_TO_HTTP
    crm.searchNormalised(customer.email());
    // BUG: PII_TO_HTTP
    loyalty.rename(customer.id(), "member " + customer.email());
    crm.cancel(new Cancellation(customer.id(), "duplicate"));
    loyalty.rename(customer.id(), "anonymous");
  }

  void feignClient(BillingClient billing, Customer customer) {
    // BUG: PII_TO_HTTP
    billing.invoice(new CrmContact(customer.id(), customer.email()));
    // BUG: PII_TO_HTTP
    billing.byCustomer(customer.email());
    billing.byCustomer(customer.id());
  }

  void feignClientWithAContractFromAJar(TicketClient tickets, Customer customer) {
    // BUG: PII_TO_HTTP
    tickets.accept(customer.email());
    tickets.accept(customer.id());
    // a proxy answers these itself: nothing is sent
    tickets.equals(customer.email());
    String shown = tickets.toString();
  }

  void retrofit(RetrofitCrm crm, Customer customer) {
    // BUG: PII_TO_HTTP
    crm.create(new CrmContact(customer.id(), customer.email()));
    // BUG: PII_TO_HTTP
    crm.find(customer.email());
    crm.find(customer.id());
  }

  void microProfile(NewsletterClient newsletter, Customer customer) {
    // BUG: PII_TO_HTTP
    newsletter.subscribe(customer.email());
  }

  void notSentByAProxy(Directory directory, Customer customer) {
    directory.lookup(customer.email());
  }
}
