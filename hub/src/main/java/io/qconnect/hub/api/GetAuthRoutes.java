package io.qconnect.hub.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /hub/getauth/callback}: where the marketplace's authorization window sends the
 * seller's (or operator's) browser back, with {@code code} and {@code state}, or {@code
 * error=access_denied} and {@code state}. Public: no login or token, since the single-use,
 * unguessable state the hub created for one shop is what binds the answer to it. On success the key
 * is exchanged server to server and the browser goes to the shop's console page ({@code
 * /hub/shops/<id>?getauth=ok}); a refused answer is a plain 400 page saying why.
 */
final class GetAuthRoutes {
  static final String CALLBACK = "/hub/getauth/callback";
  private static final Logger LOG = LoggerFactory.getLogger(GetAuthRoutes.class);

  private final ShopService shops;

  GetAuthRoutes(ShopService shops) {
    this.shops = shops;
  }

  void mount(RoutesConfig routes) {
    routes.get(CALLBACK, this::callback);
  }

  private void callback(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    String state = ctx.queryParam("state");
    try {
      if (ctx.queryParam("error") != null) {
        String shopId = shops.cancelAuthorization(state);
        ctx.redirect(shopPage(shopId) + "?getauth=denied", HttpStatus.SEE_OTHER);
        return;
      }
      Shop shop = shops.completeAuthorization(state, ctx.queryParam("code"));
      ctx.redirect(shopPage(shop.shopId()) + "?getauth=ok", HttpStatus.SEE_OTHER);
    } catch (HubException e) {
      LOG.warn("Get Auth callback refused: {}", e.getMessage());
      ctx.status(400)
          .contentType("text/html; charset=utf-8")
          .result(
              "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Get Auth</title></head>"
                  + "<body><h1>Get Auth: 認証できませんでした / not authorized</h1><p id=\"error\">"
                  + escape(e.getMessage())
                  + "</p><p><a href=\"/hub\">Hub</a></p></body></html>");
    }
  }

  private static String shopPage(String shopId) {
    return "/hub/shops/" + URLEncoder.encode(shopId, StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : String.valueOf(s).toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
