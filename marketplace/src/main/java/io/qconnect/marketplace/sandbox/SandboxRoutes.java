package io.qconnect.marketplace.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.core.NotFoundException;
import io.qconnect.marketplace.qapi.Fault;
import io.qconnect.marketplace.seller.NewSeller;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.wire.QapiDates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /sandbox}: a stable JSON interface for integrators' test suites. Every request needs the
 * header {@code X-Sandbox-Token}. Errors answer {@code {"error": "..."}} with 400, 401 or 404.
 */
public final class SandboxRoutes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SandboxControl market;
  private final byte[] token;

  public SandboxRoutes(SandboxControl market, String token) {
    this.market = market;
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  public void mount(RoutesConfig routes) {
    routes.post("/sandbox/reset", guarded(this::reset));
    routes.post("/sandbox/sellers", guarded(this::createSeller));
    routes.post("/sandbox/seed", guarded(this::seed));
    routes.put("/sandbox/items/{itemCode}/status", guarded(this::setItemStatus));
    routes.get("/sandbox/clock", guarded(this::getClock));
    routes.put("/sandbox/clock", guarded(this::setClock));
    routes.post("/sandbox/faults", guarded(this::addFault));
    routes.delete("/sandbox/faults", guarded(this::clearFaults));
    routes.get(
        "/sandbox/faults",
        guarded(
            ctx ->
                ctx.json(
                    Map.of("faults", market.faults().active(), "hits", market.faults().hits()))));
  }

  /** Adds more sandbox endpoints under the same token (features mount their own). */
  public Handler guarded(Handler h) {
    return ctx -> {
      String given = ctx.header("X-Sandbox-Token");
      if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
        ctx.status(401).json(Map.of("error", "missing or wrong X-Sandbox-Token"));
        return;
      }
      try {
        h.handle(ctx);
      } catch (NotFoundException e) {
        ctx.status(404).json(Map.of("error", e.getMessage()));
      } catch (MarketplaceException | IllegalArgumentException e) {
        ctx.status(400).json(Map.of("error", e.getMessage()));
      }
    };
  }

  private void reset(Context ctx) {
    market.reset();
    market.faults().clear();
    ctx.json(Map.of("reset", true));
  }

  private void createSeller(Context ctx) {
    JsonNode b = body(ctx);
    NewSeller n =
        new NewSeller(
            text(b, "sellerId"),
            text(b, "password"),
            text(b, "email"),
            b.path("mainCategory").asText("ファッション"),
            b.path("reviewCompleted").asBoolean(true),
            b.path("servicePoints").asInt(0));
    market.sellers().register(n);
    String apiKey = market.keys().issueApiKey(n.sellerId());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sellerId", n.sellerId());
    out.put("apiKey", apiKey);
    ctx.status(201).json(out);
  }

  /** {@code {"seed":7,"sellers":1,"items":50}}: deterministic demo sellers and items. */
  private void seed(Context ctx) {
    JsonNode b = body(ctx);
    Seeder.Request r =
        new Seeder.Request(
            b.path("seed").asLong(1), b.path("sellers").asInt(1), b.path("items").asInt(50));
    Seeder.Result result = new Seeder(market.sellers(), market.keys(), market.catalog()).seed(r);
    ctx.status(201).json(result);
  }

  /** {@code {"status":"S3"}}: Qoo10's own decision on an item (review, stop, restriction). */
  private void setItemStatus(Context ctx) {
    String code = text(body(ctx), "status");
    ItemStatus status =
        ItemStatus.parse(code)
            .orElseThrow(() -> new MarketplaceException("unknown item status '" + code + "'"));
    Item item = market.catalog().setStatusByQoo10(ctx.pathParam("itemCode"), status);
    ctx.json(Map.of("itemCode", item.itemCode(), "status", item.status().code()));
  }

  private void getClock(Context ctx) {
    ctx.json(clockJson());
  }

  private void setClock(Context ctx) {
    JsonNode b = body(ctx);
    SandboxClock clock = market.clock();
    try {
      if (b.hasNonNull("now")) {
        clock.set(OffsetDateTime.parse(b.get("now").asText()).toInstant());
      } else if (b.hasNonNull("advance")) {
        clock.advance(Duration.parse(b.get("advance").asText()));
      } else if (b.path("reset").asBoolean(false)) {
        clock.reset();
      } else {
        throw new MarketplaceException(
            "give \"now\" (ISO date-time with offset) or \"advance\" (ISO duration)");
      }
    } catch (DateTimeParseException e) {
      throw new MarketplaceException("not an ISO date-time or duration: " + e.getParsedString());
    }
    market.tick();
    ctx.json(clockJson());
  }

  private Map<String, Object> clockJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("now", market.clock().zonedNow().toOffsetDateTime().withNano(0).toString());
    out.put("offset", market.clock().offset().toString());
    out.put("zone", QapiDates.JST.getId());
    return out;
  }

  private void addFault(Context ctx) {
    JsonNode b = body(ctx);
    Fault f =
        new Fault(
            b.path("method").asText("*"),
            Fault.Kind.parse(text(b, "fault")),
            b.path("resultCode").asInt(-10001),
            b.path("delayMs").asLong(3000),
            b.path("times").asInt(0),
            b.path("probability").asDouble(1.0));
    JsonNode seed = b.get("seed");
    if (seed == null || seed.isNull()) {
      market.faults().add(f);
    } else {
      market.faults().add(f, seed(seed));
    }
    ctx.status(201).json(Map.of("faults", market.faults().active()));
  }

  private static long seed(JsonNode n) {
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      throw new MarketplaceException("\"seed\" must be a whole number");
    }
    return n.longValue();
  }

  private void clearFaults(Context ctx) {
    market.faults().clear();
    ctx.json(Map.of("faults", market.faults().active()));
  }

  /** The request body as JSON; an empty body is an empty object. */
  public static JsonNode body(Context ctx) {
    String raw = ctx.body();
    try {
      return raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new MarketplaceException("the body is not JSON: " + e.getOriginalMessage());
    }
  }

  public static String text(JsonNode b, String field) {
    JsonNode n = b.get(field);
    if (n == null || n.isNull() || n.asText().isBlank()) {
      throw new MarketplaceException("\"" + field + "\" is required");
    }
    return n.asText();
  }
}
