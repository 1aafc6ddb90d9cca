package io.qconnect.marketplace.sandbox;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.qconnect.marketplace.access.FtpEndpoint;
import io.qconnect.marketplace.access.Integrator;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.core.NotFoundException;
import io.qconnect.marketplace.qapi.Fault;
import io.qconnect.marketplace.seller.NewSeller;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.json.JsonBodies;
import io.qconnect.protocol.json.JsonBodyException;
import io.qconnect.protocol.wire.QapiDates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /sandbox}: a stable JSON interface for integrators' test suites. Every request needs the
 * header {@code X-Sandbox-Token}. Bodies bind strictly to the records of {@link SandboxBodies}
 * (unknown fields and values of the wrong type are refused, naming the field). Errors answer {@code
 * {"error": "..."}} with 400, 401 or 404, and 500 with a generic message (the cause is logged) for
 * anything that is not a {@link MarketplaceException}.
 */
public final class SandboxRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(SandboxRoutes.class);

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
    routes.post("/sandbox/integrators", guarded(this::registerIntegrator));
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
      } catch (MarketplaceException | JsonBodyException e) {
        ctx.status(400).json(Map.of("error", e.getMessage()));
      } catch (HttpResponseException e) {
        ctx.status(e.getStatus()).json(Map.of("error", e.getMessage()));
      } catch (Exception e) {
        if (JsonBodies.isUnreadableBody(e)) {
          ctx.status(400)
              .json(Map.of("error", "the request body could not be read (malformed or cut off)"));
          return;
        }
        LOG.error("sandbox {} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(500).json(Map.of("error", "internal error"));
      }
    };
  }

  private void reset(Context ctx) {
    market.reset();
    market.faults().clear();
    ctx.json(Map.of("reset", true));
  }

  private void createSeller(Context ctx) {
    SandboxBodies.SellerBody b = read(ctx, SandboxBodies.SellerBody.class);
    NewSeller n =
        new NewSeller(
            SandboxBodies.required(b.sellerId(), "sellerId"),
            SandboxBodies.required(b.password(), "password"),
            SandboxBodies.required(b.email(), "email"),
            SandboxBodies.or(b.mainCategory(), "ファッション"),
            SandboxBodies.or(b.reviewCompleted(), true),
            SandboxBodies.or(b.servicePoints(), 0));
    boolean ftp = SandboxBodies.or(b.ftp(), false);
    FtpEndpoint endpoint =
        ftp
            ? market
                .ftpEndpoint()
                .orElseThrow(
                    () ->
                        new MarketplaceException(
                            "\"ftp\": the FTP server is not running (--ftp-port)"))
            : null;
    market.sellers().register(n);
    String apiKey = market.keys().issueApiKey(n.sellerId());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sellerId", n.sellerId());
    out.put("apiKey", apiKey);
    if (endpoint != null) {
      String password = market.keys().openFtpNow(n.sellerId());
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("host", endpoint.host());
      f.put("port", endpoint.port());
      f.put("user", market.keys().visibleFtpAccount(n.sellerId()).orElseThrow().username());
      f.put("password", password);
      out.put("ftp", f);
    }
    ctx.status(201).json(out);
  }

  /**
   * {@code {"name":"...","redirectUri":"..."}}: a Get Auth integrator, 201; the same redirect
   * address again answers the integrator registered with it, 200.
   */
  private void registerIntegrator(Context ctx) {
    SandboxBodies.IntegratorBody b = read(ctx, SandboxBodies.IntegratorBody.class);
    String name = SandboxBodies.required(b.name(), "name");
    String uri = SandboxBodies.required(b.redirectUri(), "redirectUri");
    boolean existed = market.authorizations().byRedirectUri(uri.strip()).isPresent();
    Integrator i = market.authorizations().register(name, uri);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("integratorId", i.integratorId());
    out.put("name", i.name());
    out.put("redirectUri", i.redirectUri());
    ctx.status(existed ? 200 : 201).json(out);
  }

  /** {@code {"seed":7,"sellers":1,"items":50}}: deterministic demo sellers and items. */
  private void seed(Context ctx) {
    SandboxBodies.SeedBody b = read(ctx, SandboxBodies.SeedBody.class);
    Seeder.Request r =
        new Seeder.Request(
            SandboxBodies.or(b.seed(), 1L),
            SandboxBodies.or(b.sellers(), 1),
            SandboxBodies.or(b.items(), 50));
    Seeder.Result result =
        Seeder.fromSeed(market.sellers(), market.keys(), market.catalog()).seed(r);
    ctx.status(201).json(result);
  }

  /** {@code {"status":"S3"}}: Qoo10's own decision on an item (review, stop, restriction). */
  private void setItemStatus(Context ctx) {
    String code =
        SandboxBodies.required(read(ctx, SandboxBodies.ItemStatusBody.class).status(), "status");
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
    SandboxBodies.ClockBody b = read(ctx, SandboxBodies.ClockBody.class);
    SandboxClock clock = market.clock();
    if (b.now() != null) {
      clock.set(b.now().toInstant());
    } else if (b.advance() != null) {
      clock.advance(b.advance());
    } else if (Boolean.TRUE.equals(b.reset())) {
      clock.reset();
    } else {
      throw new MarketplaceException(
          "give \"now\" (ISO date-time with offset) or \"advance\" (ISO duration)");
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
    SandboxBodies.FaultBody b = read(ctx, SandboxBodies.FaultBody.class);
    Fault f =
        new Fault(
            SandboxBodies.or(b.method(), "*"),
            Fault.Kind.parse(SandboxBodies.required(b.fault(), "fault")),
            SandboxBodies.or(b.resultCode(), -10001),
            SandboxBodies.or(b.delayMs(), 3000L),
            SandboxBodies.or(b.times(), 0),
            SandboxBodies.or(b.probability(), 1.0));
    if (b.seed() == null) {
      market.faults().add(f);
    } else {
      market.faults().add(f, b.seed());
    }
    ctx.status(201).json(Map.of("faults", market.faults().active()));
  }

  private void clearFaults(Context ctx) {
    market.faults().clear();
    ctx.json(Map.of("faults", market.faults().active()));
  }

  /**
   * The request body as {@code type}, strictly: an empty body is {@code {}}; an unknown field or a
   * value of the wrong type is refused naming its path (see {@link JsonBodies}).
   */
  static <T> T read(Context ctx, Class<T> type) {
    return JsonBodies.read(ctx.body(), type, null);
  }
}
