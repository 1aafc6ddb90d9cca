package io.qconnect.marketplace.sandbox;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.notice.InvalidNotice;
import io.qconnect.marketplace.notice.Mail;
import io.qconnect.marketplace.notice.NoticeForm;
import io.qconnect.marketplace.notice.NoticeService;
import io.qconnect.marketplace.notice.NoticeSetting;
import io.qconnect.marketplace.notice.Template;
import io.qconnect.marketplace.notice.TemplateGroup;
import io.qconnect.marketplace.notice.Templates;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.protocol.wire.QapiDates;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 通知管理 part of {@code /sandbox}: register a notification setting exactly as the console does
 * ({@code POST /sandbox/notices}, the same {@link NoticeService} and validation), list a seller's
 * settings, read the template catalogue, and read the mails sent or caught ({@code GET
 * /sandbox/mails?to=&since=}). There is no delete: {@code "use":"N"} through the console stops a
 * setting.
 */
public final class NoticeSandboxRoutes {
  private static final int MAIL_LIMIT = 500;

  private final NoticeService notices;
  private final SellerService sellers;

  public NoticeSandboxRoutes(NoticeService notices, SellerService sellers) {
    this.notices = notices;
    this.sellers = sellers;
  }

  public void mount(RoutesConfig routes, SandboxRoutes guard) {
    routes.post("/sandbox/notices", guard.guarded(this::register));
    routes.get("/sandbox/notices", guard.guarded(this::list));
    routes.get("/sandbox/notice-templates", guard.guarded(this::templates));
    routes.get("/sandbox/mails", guard.guarded(this::mails));
  }

  private void register(Context ctx) {
    SandboxBodies.NoticeBody b = SandboxRoutes.read(ctx, SandboxBodies.NoticeBody.class);
    String seller = SandboxBodies.required(b.sellerId(), "sellerId");
    sellers.get(seller);
    if (b.template() == null) {
      throw new InvalidNotice(InvalidNotice.Problem.NO_TEMPLATE);
    }
    if (b.group() != null) {
      TemplateGroup g =
          TemplateGroup.parse(b.group())
              .orElseThrow(() -> new MarketplaceException("unknown template group \"group\""));
      Template t =
          Templates.byNo(b.template())
              .orElseThrow(() -> new InvalidNotice(InvalidNotice.Problem.UNKNOWN_TEMPLATE));
      if (t.group() != g) {
        throw new InvalidNotice(InvalidNotice.Problem.UNKNOWN_TEMPLATE);
      }
    }
    NoticeForm f =
        new NoticeForm(
            b.template(),
            SandboxBodies.required(b.to(), "to"),
            yn(b.use(), true, "use"),
            yn(b.standby(), false, "standby"),
            b.certKey(),
            b.subject(),
            b.sender(),
            b.detail());
    NoticeSetting s = notices.register(seller, f, seller);
    ctx.status(201).json(json(s));
  }

  private void list(Context ctx) {
    String seller = ctx.queryParam("sellerId");
    if (seller == null || seller.isBlank()) {
      throw new MarketplaceException("\"sellerId\" is required");
    }
    sellers.get(seller.strip());
    List<Map<String, Object>> out =
        notices.settings(seller.strip(), 0, NoticeService.MAX_SETTINGS).stream()
            .map(NoticeSandboxRoutes::json)
            .toList();
    ctx.json(Map.of("notices", out));
  }

  private void templates(Context ctx) {
    List<Map<String, Object>> out =
        Templates.all().stream()
            .map(
                t -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("template", t.no());
                  m.put("group", t.group().label());
                  m.put("name", t.name());
                  m.put("kind", t.kind().name());
                  m.put("sendMethod", t.sendMethod());
                  return m;
                })
            .toList();
    ctx.json(Map.of("templates", out));
  }

  private void mails(Context ctx) {
    String to = ctx.queryParam("to");
    to = to == null || to.isBlank() ? null : to.strip();
    if (to != null && to.length() > 254) {
      throw new MarketplaceException("\"to\" is too long");
    }
    LocalDateTime since = since(ctx.queryParam("since"));
    List<Map<String, Object>> out =
        notices.sentMails(to, since, MAIL_LIMIT).stream().map(NoticeSandboxRoutes::json).toList();
    ctx.json(Map.of("mails", out));
  }

  private static LocalDateTime since(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s.strip()).atZoneSameInstant(QapiDates.JST).toLocalDateTime();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(s.strip());
      } catch (DateTimeParseException e2) {
        throw new MarketplaceException(
            "\"since\" must be an ISO date-time such as 2026-05-11T10:00:00+09:00");
      }
    }
  }

  private static boolean yn(String v, boolean fallback, String field) {
    if (v == null) {
      return fallback;
    }
    return switch (v.strip().toUpperCase(java.util.Locale.ROOT)) {
      case "Y" -> true;
      case "N" -> false;
      default -> throw new MarketplaceException("\"" + field + "\" must be \"Y\" or \"N\"");
    };
  }

  static Map<String, Object> json(NoticeSetting s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("sellerId", s.sellerId());
    m.put("template", s.template().no());
    m.put("kind", s.template().kind().name());
    m.put("group", s.template().group().label());
    m.put("templateName", s.template().name());
    m.put("sendMethod", s.template().sendMethod());
    m.put("to", s.destination());
    m.put("use", s.use() ? "Y" : "N");
    m.put("standby", s.standby() ? "Y" : "N");
    m.put("certKey", s.certKeyMasked());
    m.put("subject", s.subject());
    m.put("sender", s.sender());
    m.put("registrant", s.registrant());
    m.put("registeredAt", s.registeredAt().atZone(QapiDates.JST).toOffsetDateTime().toString());
    m.put("failure", s.failure());
    return m;
  }

  static Map<String, Object> json(Mail x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", x.id());
    m.put("to", x.to());
    m.put("from", x.from());
    m.put("subject", x.subject());
    m.put("body", x.body());
    m.put("template", x.templateNo());
    m.put("event", x.event());
    m.put("via", x.via());
    m.put(
        "sentAt",
        x.sentAt() == null ? null : x.sentAt().atZone(QapiDates.JST).toOffsetDateTime().toString());
    return m;
  }
}
