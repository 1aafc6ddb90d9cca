package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.app.console.Fields;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.FormException;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.notice.IntegrationCompany;
import io.qconnect.marketplace.notice.InvalidNotice;
import io.qconnect.marketplace.notice.Mail;
import io.qconnect.marketplace.notice.NoticeForm;
import io.qconnect.marketplace.notice.NoticeKind;
import io.qconnect.marketplace.notice.NoticeSetting;
import io.qconnect.marketplace.notice.Template;
import io.qconnect.marketplace.notice.TemplateGroup;
import io.qconnect.marketplace.notice.Templates;
import java.util.List;
import java.util.Optional;

/**
 * 通知管理 (QSM 문의/기타 › 알림관리): the settings grid with its ten columns, the template picker (kind
 * filter, default ALL; group; Search; Confirm; Close), the form (Reset, Register, Modify) and the
 * seller's mail log; and for staff the embedded mail catcher. There is no delete: Use = N stops a
 * setting.
 */
public final class NoticeRoutes {
  static final int PAGE = 50;
  static final int LOG = 20;

  private final Marketplace market;

  NoticeRoutes(Marketplace market) {
    this.market = market;
  }

  /** The form's values: a stored setting being edited, or a new one. */
  public record FormValues(
      Long editing,
      Template template,
      String destination,
      boolean use,
      boolean standby,
      String certKeyMasked,
      String subject,
      String sender,
      String detail) {}

  /** The picker when open: its filters and, after Search, the templates found. */
  public record Picker(
      NoticeKind kind,
      TemplateGroup group,
      List<Template> found,
      boolean searched,
      boolean noChoice) {}

  /**
   * The screen.
   *
   * @param page 0-based page of the grid
   */
  public record NoticesPage(
      List<NoticeSetting> settings,
      int page,
      int pages,
      FormValues form,
      Picker picker,
      List<Mail> mails,
      List<NoticeKind> kinds,
      List<TemplateGroup> groups,
      List<IntegrationCompany> companies) {}

  /** Staff: the mails of the embedded catcher (and the log of every mail). */
  public record MailsPage(
      List<Mail> mails, String to, String via, int page, boolean more, int total) {
    /** The pages of {@link NoticeRoutes#PAGE} mails the total fills (at least one). */
    public int pages() {
      return Math.max(1, (total + PAGE - 1) / PAGE);
    }
  }

  void mount(Router r) {
    r.page("/qsm/notices", Role.SELLER, this::show);
    r.action("/qsm/notices", Role.SELLER, this::register);
    r.action("/qsm/notices/{id}", Role.SELLER, this::modify);
    r.page("/staff/mails", Role.STAFF, this::staffMails);
  }

  private void show(Call c) {
    String seller = c.login();
    int count = market.notices().count(seller);
    int pages = Math.max(1, (count + PAGE - 1) / PAGE);
    int page = Math.min(pageOf(c), pages - 1);
    List<NoticeSetting> rows = market.notices().settings(seller, page * PAGE, PAGE);
    Optional<NoticeSetting> editing = Optional.empty();
    if (!c.query("edit").isEmpty()) {
      long id = c.longNumber(c.query("edit"), "edit");
      editing = market.notices().find(seller, id);
    }
    Template chosen = null;
    if (!c.query("template").isEmpty()) {
      chosen = Templates.byNo(c.number(c.query("template"), "template")).orElse(null);
    }
    FormValues form = form(editing.orElse(null), chosen);
    Picker picker = null;
    if (!c.query("pick").isEmpty()) {
      NoticeKind kind = NoticeKind.parse(c.query("kind")).orElse(null);
      TemplateGroup group = TemplateGroup.parse(c.query("group")).orElse(TemplateGroup.STOCKGEAR);
      boolean searched = !c.query("search").isEmpty() || !c.query("confirm").isEmpty();
      boolean noChoice = !c.query("confirm").isEmpty() && chosen == null;
      picker =
          new Picker(
              kind,
              group,
              searched ? Templates.search(kind, group) : List.of(),
              searched,
              noChoice);
    }
    NoticesPage m =
        new NoticesPage(
            rows,
            page,
            pages,
            form,
            picker,
            market.notices().mails(seller, null, null, LOG),
            List.of(NoticeKind.values()),
            List.of(TemplateGroup.values()),
            IntegrationCompany.ALL);
    c.render("qsm/notices.jte", c.shell("qsm.notices.title"), m);
  }

  private static FormValues form(NoticeSetting s, Template chosen) {
    if (s == null) {
      return new FormValues(
          null,
          chosen,
          "",
          true,
          false,
          "",
          chosen == null ? "" : chosen.subject(),
          Template.DEFAULT_SENDER,
          chosen == null ? "" : chosen.body());
    }
    Template t = chosen == null ? s.template() : chosen;
    return new FormValues(
        s.id(),
        t,
        s.destination(),
        s.use(),
        s.standby(),
        s.certKeyMasked(),
        chosen == null ? s.subject() : chosen.subject(),
        s.sender(),
        chosen == null ? s.detail() : chosen.body());
  }

  private String register(Call c) {
    NoticeSetting s;
    try {
      s = market.notices().register(c.login(), form(c), c.login());
    } catch (InvalidNotice e) {
      throw refused(c, e);
    }
    c.flash(Flash.Kind.OK, c.t().f("qsm.notices.registered", s.template().no(), s.destination()));
    return "/qsm/notices";
  }

  private String modify(Call c) {
    long id = c.longNumber(c.pathParam("id"), "id");
    try {
      market.notices().modify(c.login(), id, form(c));
    } catch (InvalidNotice e) {
      throw refused(c, e);
    }
    c.flash(Flash.Kind.OK, c.t().t("qsm.notices.modified"));
    return "/qsm/notices?edit=" + id;
  }

  /** The domain's refusal as the error of the field it is about. */
  private static ConsoleInputException refused(Call c, InvalidNotice e) {
    String field =
        switch (e.problem()) {
          case BAD_DESTINATION -> "destination";
          case BAD_SENDER -> "sender";
          case BAD_SUBJECT -> "subject";
          case BAD_DETAIL -> "detail";
          case BAD_CERT_KEY -> "certKey";
          case NO_TEMPLATE, UNKNOWN_TEMPLATE -> "templateNo";
          case TOO_MANY, NOT_FOUND -> "";
        };
    String text = c.t().t("qsm.notices.err." + e.problem().name());
    return field.isEmpty() ? new ConsoleInputException(text) : FormException.of(field, text);
  }

  private static NoticeForm form(Call c) {
    Fields f = c.fields();
    Integer template =
        c.form("templateNo").isEmpty()
            ? null
            : (int) f.whole("templateNo", "qsm.notices.template", 0, 9999, null);
    f.check();
    return new NoticeForm(
        template,
        c.form("destination"),
        yn(c, "use", true),
        yn(c, "standby", false),
        c.raw("certKey"),
        c.form("subject"),
        c.form("sender"),
        c.raw("detail"));
  }

  private static boolean yn(Call c, String field, boolean fallback) {
    return switch (c.form(field)) {
      case "" -> fallback;
      case "Y" -> true;
      case "N" -> false;
      default -> throw FormException.of(field, c.t().f("qsm.notices.err.yn", field));
    };
  }

  private void staffMails(Call c) {
    String to = c.query("to").strip();
    int page = pageOf(c);
    List<Mail> mails =
        market.notices().mails(null, to.isEmpty() ? null : to, null, (page + 1) * PAGE + 1);
    boolean more = mails.size() > (page + 1) * PAGE;
    List<Mail> shown = mails.stream().skip((long) page * PAGE).limit(PAGE).toList();
    c.render(
        "staff/mails.jte",
        c.shell("staff.mails.title"),
        new MailsPage(
            shown,
            to,
            market.mailRelay().settings().describe(),
            page,
            more,
            market.notices().countMails(null, to.isEmpty() ? null : to)));
  }

  private static int pageOf(Call c) {
    if (c.query("page").isEmpty()) {
      return 0;
    }
    int p = c.number(c.query("page"), "page");
    if (p < 0 || p > 10_000) {
      throw new ConsoleInputException("page");
    }
    return p;
  }
}
