package io.qconnect.marketplace.getauth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.qconnect.marketplace.access.AuthorizationService;
import io.qconnect.marketplace.access.Exchanged;
import io.qconnect.protocol.wire.QapiDates;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /qsm/authorize/token} (form fields {@code code}, {@code redirect_uri}, {@code
 * integrator}): 200 {@code {"certificationKey","sellerId","expiresAt"}}, or 400 {@code
 * {"error":"invalid_grant"}} and nothing else for any code that may not be exchanged, so that the
 * answer tells a guesser nothing about why.
 */
public final class TokenRoutes {
  /** The path of the exchange. */
  public static final String PATH = "/qsm/authorize/token";

  private static final DateTimeFormatter OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final AuthorizationService authorizations;

  public TokenRoutes(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void mount(RoutesConfig routes) {
    routes.post(PATH, this::exchange);
  }

  private void exchange(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    Optional<Exchanged> e =
        authorizations.exchange(
            ctx.formParam("code"), ctx.formParam("redirect_uri"), ctx.formParam("integrator"));
    if (e.isEmpty()) {
      ctx.status(400).json(Map.of("error", "invalid_grant"));
      return;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("certificationKey", e.get().certificationKey());
    out.put("sellerId", e.get().sellerId());
    out.put("expiresAt", e.get().expiresAt().atZone(QapiDates.JST).format(OFFSET));
    ctx.json(out);
  }
}
