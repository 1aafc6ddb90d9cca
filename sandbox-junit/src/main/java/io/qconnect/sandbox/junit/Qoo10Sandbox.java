package io.qconnect.sandbox.junit;

import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.qapi.Fault;
import io.qconnect.marketplace.sandbox.Seeder;
import io.qconnect.protocol.client.QapiClient;
import io.qconnect.protocol.client.QapiSeller;
import java.net.URI;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Qoo10-compatible marketplace in the test's own JVM, for an integrator's test suite:
 *
 * <pre>
 * &#64;RegisterExtension static Qoo10Sandbox qoo10 = Qoo10Sandbox.start();
 * </pre>
 *
 * <p>Before the first test, it starts the marketplace (an in-memory H2 database, the HTTP server on
 * a free port of 127.0.0.1), seeds it ({@link Seeder}: seller {@code demo-shop}, password {@code
 * demo-pass-<seed>}, an API key derived from the seed, items with options) and issues the seller a
 * certification key through QAPI's CreateCertificationKey, as a client would. After the last test
 * it stops everything. Registered on a non-static field, it starts and stops around each test.
 *
 * <p>The test then points its own Qoo10 client at {@link #qapiUrl()} with {@link
 * #certificationKey()}, and drives the world with {@link #order}, the clock ({@link #setClock},
 * {@link #advanceClock}, {@link #resetClock}), faults ({@link #failNext}, {@link #fault}, {@link
 * #clearFaults}) and {@link #reset()}; anything else through the sandbox HTTP API ({@link
 * #sandbox}).
 */
public final class Qoo10Sandbox
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  long seed = 7;
  int items = 20;
  OffsetDateTime startAt;
  private final String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

  private Running running;
  private boolean perTest;

  private Qoo10Sandbox() {}

  /** The extension with its defaults: seed 7, 20 items, the real time. */
  public static Qoo10Sandbox start() {
    return new Qoo10Sandbox();
  }

  /** Seeds with {@code seed} (the same seed gives the same seller, keys, items and numbers). */
  public Qoo10Sandbox seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** How many items the seller gets (0 to {@value Seeder#MAX_ITEMS}). */
  public Qoo10Sandbox items(int items) {
    this.items = items;
    return this;
  }

  /** Starts the marketplace's clock at this time instead of now (it keeps running from there). */
  public Qoo10Sandbox clockAt(String isoDateTimeWithOffset) {
    this.startAt = OffsetDateTime.parse(isoDateTimeWithOffset);
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (running == null) {
      running = new Running(this);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (running == null) {
      running = new Running(this);
      perTest = true;
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (perTest) {
      stop();
      perTest = false;
    }
  }

  private void stop() {
    if (running != null) {
      running.close();
      running = null;
    }
  }

  private Running running() {
    if (running == null) {
      throw new IllegalStateException(
          "the sandbox is not running: register it with @RegisterExtension");
    }
    return running;
  }

  // --- where and who ---

  /** {@code http://127.0.0.1:<port>}: the marketplace's address. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + running().http.port());
  }

  /** The QAPI endpoint: {@code <baseUrl>/GMKT.INC.Front.QAPIService/ebayjapan.qapi}. */
  public URI qapiUrl() {
    return URI.create(baseUrl() + "/GMKT.INC.Front.QAPIService/ebayjapan.qapi");
  }

  /** The {@code X-Sandbox-Token} of {@link #sandbox} (random per extension). */
  public String sandboxToken() {
    return token;
  }

  /** The seeded seller's ID ({@code demo-shop}). */
  public String sellerId() {
    return running().seeded.sellers().get(0).sellerId();
  }

  /** The seeded seller's password ({@code demo-pass-<seed>}). */
  public String password() {
    return running().seeded.sellers().get(0).password();
  }

  /** The seeded seller's API key (derived from the seed: the same after every {@link #reset}). */
  public String apiKey() {
    return running().seeded.sellers().get(0).apiKey();
  }

  /** A certification key of the seller, valid one year by the marketplace's clock. */
  public String certificationKey() {
    return running().certificationKey.value();
  }

  /** Every seeded item as it can be ordered: item code, seller code, option codes, stock. */
  public List<Seeder.Orderable> catalogue() {
    return running().seeded.catalogue();
  }

  /** The first seeded item with stock, with its first option in stock ("" when it has none). */
  public Seeder.Orderable anOrderableItem() {
    return catalogue().stream()
        .filter(Seeder.Orderable::orderable)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no seeded item has stock"));
  }

  /** The option code to order {@code item} by: its first option in stock, "" without options. */
  public static String anOptionInStock(Seeder.Orderable item) {
    return item.options().stream()
        .filter(o -> o.stock() > 0)
        .map(Seeder.OrderableOption::optionCode)
        .findFirst()
        .orElse("");
  }

  /** This project's own QAPI client, pointed at the sandbox (no retries). */
  public QapiClient client() {
    return running().client;
  }

  /** The seeded seller's QAPI calls with {@link #certificationKey()}. */
  public QapiSeller seller() {
    return client().seller(running().certificationKey);
  }

  /** The marketplace itself, for what the methods here do not cover. */
  public Marketplace marketplace() {
    return running().market;
  }

  // --- orders ---

  /** A placed cart: its pack number and its lines' order numbers. */
  public record Order(long packNo, List<Long> orderNos) {}

  /**
   * A buyer orders and pays {@code qty} of an item of the seeded seller.
   *
   * @param itemOrSellerCode the item code or the seller's item code
   * @param optionCode the option code; "" for an item without options
   * @throws IllegalStateException with the marketplace's reason when the order is refused (e.g.
   *     "option required: ...", sold out)
   */
  public Order order(String itemOrSellerCode, String optionCode, int qty) {
    return running().order(sellerId(), itemOrSellerCode, optionCode, qty, token);
  }

  /**
   * Calls the sandbox HTTP API ({@code /sandbox/...}, described in the project's README) with this
   * sandbox's token.
   *
   * @param json the request body, or null for none
   */
  public HttpResponse<String> sandbox(String method, String path, String json) {
    return running().sandbox(method, path, json, token);
  }

  // --- the clock ---

  /** The marketplace's time, in Japan. */
  public OffsetDateTime now() {
    return running().clock.zonedNow().toOffsetDateTime();
  }

  /** Moves the marketplace's clock to {@code now} and runs what became due. */
  public void setClock(OffsetDateTime now) {
    running().clock.set(now.toInstant());
    running().market.tick();
  }

  /** Moves the marketplace's clock forward and runs what became due. */
  public void advanceClock(Duration d) {
    running().clock.advance(d);
    running().market.tick();
  }

  /** Puts the marketplace's clock back on real time. */
  public void resetClock() {
    running().clock.reset();
  }

  // --- faults ---

  /**
   * The next call of {@code method} (e.g. {@code ShippingBasic.GetShippingInfo_v3}, or {@code *}
   * for any) answers {@code resultCode} in its envelope.
   */
  public void failNext(String method, int resultCode) {
    running().market.faults().add(new Fault(method, Fault.Kind.ERROR, resultCode, 0, 1, 1.0));
  }

  /**
   * The next {@code times} calls of {@code method} fail with {@code kind}: {@code HTTP500}, {@code
   * GARBAGE} (HTTP 200, not an envelope), {@code DROP} (connection closed mid-answer), or {@code
   * DELAY} (3 s late) or {@code ERROR} (-10001).
   */
  public void fault(String method, Fault.Kind kind, int times) {
    running().market.faults().add(new Fault(method, kind, -10001, 3000, times, 1.0));
  }

  /** Removes every fault. */
  public void clearFaults() {
    running().market.faults().clear();
  }

  // --- the whole world ---

  /**
   * Empties the marketplace and seeds it again: the same seller, API key, item codes, and numbering
   * from the first pack and order number; a new certification key; no faults; the clock as at
   * start.
   */
  public void reset() {
    running().reseed(this);
  }
}
