package dev.piiguard.spotbugs.samples;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import retrofit2.Call;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * Declarative clients the application also implements: a Feign fallback or fallback factory, a
 * local stub, a sub-interface. A call through the client is still sent (and the fallback's code runs
 * when it fails); a call of an interface a controller of the application serves is not.
 */
public class ImplementedClientSamples {
  private static final Logger log = LoggerFactory.getLogger(ImplementedClientSamples.class);

  /** Spring Cloud OpenFeign with a circuit-breaker fallback. */
  @FeignClient(name = "loyalty", url = "https://loyalty.example.com", fallback = LoyaltyFallback.class)
  public interface LoyaltyClient {
    @GetMapping("/members")
    String member(@RequestParam("email") String email);

    @GetMapping("/members/count")
    String count(@RequestParam("region") String region);
  }

  static final class LoyaltyFallback implements LoyaltyClient {
    @Override
    public String member(String email) {
      return "unknown";
    }

    @Override
    public String count(String region) {
      log.warn("loyalty is down, no count for {}", region);
      return "0";
    }
  }

  /** A fallback factory, whose anonymous class implements the client. */
  @FeignClient(name = "points", url = "https://points.example.com", fallbackFactory = PointsFallbackFactory.class)
  public interface PointsClient {
    @PostMapping("/points")
    String credit(@RequestParam("email") String email);
  }

  static final class PointsFallbackFactory implements FallbackFactory<PointsClient> {
    @Override
    public PointsClient create(Throwable cause) {
      return email -> "later";
    }
  }

  static final class PointsOutage implements PointsClient {
    @Override
    public String credit(String email) {
      return "later";
    }
  }

  /** Retrofit with an in-memory stub for a local profile. */
  public interface NewsletterApi {
    @POST("subscribe")
    Call<Void> subscribe(@Query("email") String email);
  }

  static final class LocalNewsletter implements NewsletterApi {
    @Override
    public Call<Void> subscribe(String email) {
      return null;
    }
  }

  /** A marked client that another application interface extends. */
  @HttpExchange("https://crm.example.com")
  public interface CrmApi {
    @GetExchange("/contacts")
    String search(@RequestParam("email") String email);
  }

  public interface AuditedCrmApi extends CrmApi {}

  /** Feign inheritance inside the application: an unmarked contract, a marked client extending it. */
  public interface BillingContract {
    @PostMapping("/invoices")
    String invoice(@RequestBody Customer customer);
  }

  @FeignClient(name = "billing", url = "https://billing.example.com")
  public interface BillingClient extends BillingContract {}

  static final class BillingFallback implements BillingClient {
    @Override
    public String invoice(Customer customer) {
      return "queued";
    }
  }

  /** An unmarked contract that the application also implements itself: a call through it may run that code. */
  public interface PricingContract {
    @GetMapping("/prices")
    String price(@RequestParam("email") String email);
  }

  @FeignClient(name = "pricing", url = "https://pricing.example.com")
  public interface PricingClient extends PricingContract {}

  static final class LocalPricing implements PricingContract {
    @Override
    public String price(String email) {
      return "9.99";
    }
  }

  /** A contract the application serves: its controller implements it. */
  @HttpExchange("/audit")
  public interface AuditApi {
    @PostExchange("/events")
    String record(@RequestParam("email") String email);
  }

  @RestController
  static final class AuditController implements AuditApi {
    @Override
    public String record(String email) {
      return "recorded";
    }
  }

  void feignClientWithAFallback(LoyaltyClient loyalty, Customer customer) {
    // BUG: PII_TO_HTTP
    loyalty.member(customer.email());
    loyalty.member(customer.id());
  }

  void theFallbackIsFollowedToo(LoyaltyClient loyalty, Customer customer) {
    // BUG: PII_TO_HTTP
    // BUG: PII_TO_LOG
    loyalty.count(customer.email());
  }

  void feignClientWithAFallbackFactory(PointsClient points, Customer customer) {
    // BUG: PII_TO_HTTP
    points.credit(customer.email());
  }

  void retrofitWithALocalStub(NewsletterApi newsletter, Customer customer) {
    // BUG: PII_TO_HTTP
    newsletter.subscribe(customer.email());
  }

  void clientThatAnotherInterfaceExtends(CrmApi crm, AuditedCrmApi audited, Customer customer) {
    // BUG: PII_TO_HTTP
    crm.search(customer.email());
    // BUG: PII_TO_HTTP
    audited.search(customer.email());
  }

  void callThroughTheContractAClientExtends(BillingContract billing, Customer customer) {
    // BUG: PII_TO_HTTP
    billing.invoice(customer);
  }

  void callsThatStayInTheApplication(
      PricingContract pricing, PricingClient pricingClient, AuditApi audit, Customer customer) {
    pricing.price(customer.email());
    audit.record(customer.email());
    new LoyaltyFallback().member(customer.email());
    new PointsOutage().credit(customer.email());
    // BUG: PII_TO_HTTP
    pricingClient.price(customer.email());
  }
}
