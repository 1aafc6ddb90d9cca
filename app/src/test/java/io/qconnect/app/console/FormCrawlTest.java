package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.access.RequestForm;
import io.qconnect.marketplace.seller.NewSeller;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the console as each role does, from its menus, and sends every form found on the way with
 * empty, very long (5,000 characters, multi-byte) and hostile values (markup, SQL quotes, a CSV
 * formula, control characters, emoji, negative and huge numbers, impossible dates), keeping the
 * CSRF token and the hidden fields. No answer may be a 5xx, no page after it may carry the markup
 * unescaped, and a form that comes back refused shows what was typed (passwords excepted).
 */
class FormCrawlTest {
  /** The console languages crawled. */
  static List<String> languages() {
    return List.of("ja", "en", "ko");
  }

  @TempDir static Path dir;
  static Application app;

  static final String LONG = "長い値🍣".repeat(1000);
  static final String SCRIPT = "<script>alert('qc-xss')</script>";
  static final String IMG = "\"><img src=x onerror=alert('qc-xss')>";
  static final List<String> HOSTILE =
      List.of(
          SCRIPT,
          IMG,
          "' OR '1'='1'; DROP TABLE sellers; --",
          "=cmd|' /C calc'!A0",
          "a\u0000b\u0007c\u001b[0m",
          "🍣🍺👨‍👩‍👧‍👦",
          "-1",
          "99999999999999999999999",
          "-9223372036854775809",
          "2026-02-30",
          "9999-99-99T99:99");

  /** Forms not sent, with the reason. */
  static final Map<String, String> SKIPPED = Map.of("/logout", "ends the crawl's session");

  private static final int MAX_PAGES = 120;

  /** Pages of one shape visited (a list by status, an item of each kind), e.g. /qsm/items/*. */
  private static final int PER_SHAPE = 4;

  @BeforeAll
  static void start() throws Exception {
    app = TestApp.start(dir, false);
    TestApp.pinToBusinessDay(app);
    app.marketplace()
        .sellers()
        .register(new NewSeller("crawl-shop", "crawl-pass-123", "c@example.jp", "ファッション", true, 0));
    for (PermissionKind kind : PermissionKind.values()) {
      app.marketplace()
          .access()
          .file(new RequestForm(kind, "crawl-shop", "c@example.jp", "ファッション", "在庫連携", "テスト"));
    }
    TestApp.placeOrder(app, "demo-shop", "SKU-0001");
    TestApp.placeOrder(app, "demo-shop", "SKU-0002");
    app.hub().syncNow("demo-shop");
    app.hub().stock().service().set("CRAWL-SKU", 5, "crawl");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  /** The crawl's findings, grouped by form and kind of problem, with the values that caused it. */
  static final class Problems {
    final Map<String, Set<String>> byKind = new LinkedHashMap<>();

    void add(String what, String value) {
      byKind.computeIfAbsent(what, k -> new LinkedHashSet<>()).add(describe(value));
    }

    List<String> lines() {
      List<String> out = new ArrayList<>();
      byKind.forEach(
          (k, v) -> out.add(k + " (" + v.size() + " values: " + String.join(" | ", v) + ")"));
      return out;
    }
  }

  /** One role's way in. */
  record Role(String name, String login, String password, String home) {}

  static final List<Role> ROLES =
      List.of(
          new Role("seller", "demo-shop", "demo-pass-7", "/qsm"),
          new Role("staff", "staff", TestApp.STAFF_PASSWORD, "/staff"),
          new Role("operator", "operator", TestApp.OPERATOR_PASSWORD, "/hub"));

  /** A form as found: where, how, and its fields. */
  record Form(String page, String method, String action, boolean multipart, List<Element> fields) {
    String key() {
      List<String> names = new ArrayList<>();
      for (Element f : fields) {
        names.add(f.attr("name"));
      }
      return method + " " + shape(action) + " " + names;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void every_form_of_every_role_survives_empty_long_and_hostile_values_without_losing_input(
      String lang) throws Exception {
    Problems problems = new Problems();
    StringBuilder figures = new StringBuilder();
    for (Role role : ROLES) {
      Client c = new Client(lang);
      c.login(role.login(), role.password());
      crawl(c, role.name(), List.of(role.home()), problems, figures);
    }
    // last: its wrong logins count against this address (LoginThrottle), the roles' logins first
    Client visitor = new Client(lang);
    crawl(visitor, "visitor", List.of("/login"), problems, figures);
    System.out.println("form crawl (" + lang + "):\n" + figures);
    assertThat(problems.lines()).as("form crawl findings (" + lang + ")").isEmpty();
  }

  private static void crawl(
      Client c, String role, List<String> start, Problems problems, StringBuilder figures)
      throws Exception {
    Map<String, Form> forms = new LinkedHashMap<>();
    int pages = walk(c, role, start, forms, problems);
    assertThat(pages).as("pages the " + role + " reached").isPositive();
    assertThat(forms).as("forms the " + role + " found").isNotEmpty();
    List<Form> ordered = new ArrayList<>(forms.values());
    ordered.sort(Comparator.comparing(f -> destructive(f.action())));
    long inputs = 0;
    int sent = 0;
    for (Form f : ordered) {
      String skip = SKIPPED.get(f.action());
      if (skip != null) {
        continue;
      }
      inputs += f.fields().stream().filter(FormCrawlTest::typed).count();
      for (String value : values(f)) {
        sent++;
        send(c, f, value, problems);
      }
    }
    for (Form f : ordered) {
      figures.append("      ").append(f.method()).append(' ').append(shape(f.action()));
      figures.append(
          SKIPPED.containsKey(f.action()) ? " (not sent: " + SKIPPED.get(f.action()) + ")" : "");
      figures.append('\n');
    }
    figures.append(
        String.format(
            Locale.ROOT,
            "  %-8s %3d pages, %3d forms, %3d inputs, %4d submissions%n",
            role,
            pages,
            forms.size(),
            inputs,
            sent));
  }

  /** The pages of the role from its menus on (one of each shape), with their forms. */
  private static int walk(
      Client c, String role, List<String> start, Map<String, Form> forms, Problems problems)
      throws Exception {
    Deque<String> queue = new ArrayDeque<>(start);
    Map<String, Integer> shapes = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    String prefix = start.get(0).equals("/login") ? "/login" : start.get(0);
    int pages = 0;
    while (!queue.isEmpty() && pages < MAX_PAGES) {
      String path = queue.poll();
      if (!seen.add(path) || shapes.merge(shape(path), 1, Integer::sum) > PER_SHAPE) {
        continue;
      }
      HttpResponse<String> r = c.get(path);
      if (r.statusCode() >= 500) {
        problems.add(role + " GET " + path + " answered " + r.statusCode(), "");
      }
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (r.statusCode() != 200 || !type.startsWith("text/html")) {
        continue;
      }
      pages++;
      Document doc = Jsoup.parse(r.body(), c.base + path);
      for (Element a : doc.select("a[href]")) {
        String href = local(a.attr("abs:href"), c.base);
        if (href != null && href.startsWith(prefix) && !href.contains("/download")) {
          queue.add(href);
        }
      }
      for (Element form : doc.select("form")) {
        Form f = form(path, form, c.base);
        if (f != null) {
          forms.putIfAbsent(f.key(), f);
        }
      }
    }
    return pages;
  }

  private static Form form(String page, Element form, String base) {
    String action = form.hasAttr("action") ? local(form.attr("abs:action"), base) : page;
    if (action == null) {
      return null;
    }
    String method = form.attr("method").isEmpty() ? "get" : form.attr("method").toLowerCase();
    boolean multipart = form.attr("enctype").equalsIgnoreCase("multipart/form-data");
    List<Element> fields = new ArrayList<>();
    for (Element e : form.select("input[name], textarea[name], select[name]")) {
      fields.add(e);
    }
    if (!form.id().isEmpty()) { // fields outside the form joined to it by form="id"
      for (Element e : form.ownerDocument().select("[form=" + cssQuote(form.id()) + "][name]")) {
        fields.add(e);
      }
    }
    return new Form(page, method, action, multipart, fields);
  }

  /** A field the user fills in (not a hidden field nor a button). */
  private static boolean typed(Element e) {
    String type = e.attr("type").toLowerCase(Locale.ROOT);
    return !type.equals("hidden") && !type.equals("submit") && !type.equals("button");
  }

  /** The values each field of the form is sent with, one submission each. */
  private static List<String> values(Form f) {
    if (f.fields().stream().noneMatch(FormCrawlTest::typed)) {
      return List.of("");
    }
    List<String> out = new ArrayList<>();
    out.add("");
    out.add(LONG);
    out.addAll(HOSTILE);
    return out;
  }

  private static void send(Client c, Form f, String value, Problems problems) throws Exception {
    List<String[]> params = new ArrayList<>();
    for (Element e : f.fields()) {
      String name = e.attr("name");
      String type = e.attr("type").toLowerCase(Locale.ROOT);
      if (!typed(e)) {
        if (!type.equals("submit") && !type.equals("button")) {
          params.add(new String[] {name, e.val()});
        }
      } else if (type.equals("file")) {
        params.add(new String[] {name, value, "file"});
      } else if (type.equals("checkbox") || type.equals("radio")) {
        if (!value.isEmpty()) {
          params.add(new String[] {name, value});
        }
      } else {
        params.add(new String[] {name, value});
      }
    }
    String what =
        f.method().toUpperCase(Locale.ROOT) + " " + f.action() + " (from " + f.page() + ")";
    HttpResponse<String> r;
    if (f.method().equals("post")) {
      r = f.multipart() ? c.multipart(f.action(), params) : c.post(f.action(), params);
    } else {
      r = c.get(f.action() + (f.action().contains("?") ? "&" : "?") + urlencoded(params));
    }
    if (r.statusCode() >= 500) {
      problems.add(what + ": " + r.statusCode(), value);
      return;
    }
    String location = r.headers().firstValue("Location").orElse(null);
    HttpResponse<String> page = r;
    for (int hops = 0; location != null && hops < 3; hops++) {
      String target = local(URI.create(c.base + f.action()).resolve(location).toString(), c.base);
      if (target == null) {
        return; // a redirect to another site (Get Auth): not ours to check
      }
      page = c.get(target);
      if (page.statusCode() >= 500) {
        problems.add(what + ": then GET " + target + " answered " + page.statusCode(), value);
        return;
      }
      location = page.headers().firstValue("Location").orElse(null);
    }
    String body = page.body();
    if (body.contains("<script>alert('qc-xss')") || body.contains("<img src=x onerror")) {
      problems.add(what + ": the page shows the markup unescaped", value);
    }
    if (f.method().equals("post") && r.statusCode() == 303 && body.contains("flash-error")) {
      kept(f, params, Jsoup.parse(body), what, value, problems);
    }
    if (!c.lang.equals("en")) {
      // what the form sent may come back as data (an error quotes the value): not a sentence of
      // ours
      List<String> english =
          EnglishText.sentences(body).stream()
              .filter(e -> params.stream().noneMatch(p -> sent(p[1]).contains(sent(e))))
              .toList();
      if (!english.isEmpty()) {
        problems.add(what + ": English on the " + c.lang + " page " + english, value);
      }
    }
  }

  /** A refused form shown again holds what was typed in each text field (never a password). */
  private static void kept(
      Form f, List<String[]> sent, Document page, String what, String value, Problems problems) {
    Element again = null;
    for (Element form : page.select("form[method=post]")) {
      String action = form.attr("action");
      if (action.equals(f.action())) {
        again = form;
      }
    }
    if (again == null || !keepsInput(again)) {
      return;
    }
    for (String[] p : sent) {
      Element field = again.selectFirst("[name=" + cssQuote(p[0]) + "]");
      if (field == null || !textual(field) || p[1].isEmpty() || secret(p[0])) {
        continue;
      }
      String shown = normal(field.val());
      if (field.attr("type").equalsIgnoreCase("number") && !p[1].strip().matches("-?\\d+")) {
        continue; // a number field cannot show what is not a number; its error says what was sent
      }
      if (field.attr("type").equalsIgnoreCase("date") && !isDate(p[1].strip())) {
        continue; // nor can a date field show what is not a date
      }
      if (!shown.equals(normal(p[1])) && !cut(field, shown, normal(p[1]))) {
        problems.add(what + ": field " + p[0] + " loses what was typed", value);
      }
    }
  }

  /**
   * Whether a refused form must show again what was typed: all do, except those marked {@code
   * data-kept="no"} where they are written (a removal's confirmation, the shop ID typed again, is
   * asked for anew on purpose).
   */
  static boolean keepsInput(Element form) {
    return !form.attr("data-kept").equals("no");
  }

  /**
   * A value longer than its field allows (a browser could not have typed it) may come back cut,
   * with its error: what is shown is then the start of what was sent.
   */
  private static boolean cut(Element field, String shown, String typed) {
    int max = field.hasAttr("maxlength") ? Integer.parseInt(field.attr("maxlength")) : 20;
    return !shown.isEmpty() && typed.length() > max && typed.startsWith(shown);
  }

  /** A value as a page can show it: without control characters and spaces. */
  private static String sent(String s) {
    return s.replaceAll("[\\p{Cntrl}\\s\uFFFD]", "");
  }

  private static boolean isDate(String s) {
    try {
      java.time.LocalDate.parse(s);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** A key or secret is never shown again, like a password. */
  private static boolean secret(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith("key") || n.contains("secret") || n.contains("password");
  }

  private static boolean textual(Element e) {
    if (e.tagName().equals("textarea")) {
      return true;
    }
    if (!e.tagName().equals("input") || e.hasAttr("readonly")) {
      return false;
    }
    String type = e.attr("type").toLowerCase(Locale.ROOT);
    return List.of("", "text", "email", "url", "number", "date", "search", "tel").contains(type);
  }

  /** Compared without control characters (an HTML parser replaces them) and outer spaces. */
  private static String normal(String s) {
    return s.replaceAll("[\\p{Cntrl}\uFFFD]", "").strip();
  }

  private static String cssQuote(String name) {
    return "\"" + name.replace("\"", "\\\"") + "\"";
  }

  /** Forms that remove or end something are sent last, so that the rest still find their data. */
  private static boolean destructive(String action) {
    return action.matches(".*/(delete|remove|revoke|cancel|reject|approve)(\\b.*|$)");
  }

  /** A path with every segment holding a digit as {@code *}, and the query's names only. */
  static String shape(String path) {
    int q = path.indexOf('?');
    String p = q < 0 ? path : path.substring(0, q);
    String s = p.replaceAll("/[^/]*\\d[^/]*", "/*");
    if (q >= 0) {
      List<String> names = new ArrayList<>();
      for (String kv : path.substring(q + 1).split("&")) {
        names.add(kv.split("=", 2)[0]);
      }
      s += "?" + String.join("&", new java.util.TreeSet<>(names));
    }
    return s;
  }

  private static String local(String url, String base) {
    if (url == null || !url.startsWith(base + "/")) {
      return null;
    }
    String path = url.substring(base.length());
    int hash = path.indexOf('#');
    return hash < 0 ? path : path.substring(0, hash);
  }

  private static String describe(String v) {
    String one = v.replaceAll("\\p{Cntrl}", "?");
    return one.isEmpty()
        ? "(empty)"
        : one.length() > 40 ? one.substring(0, 40) + "… (" + v.length() + " chars)" : one;
  }

  private static String urlencoded(List<String[]> params) {
    StringBuilder b = new StringBuilder();
    for (String[] p : params) {
      if (b.length() > 0) {
        b.append('&');
      }
      b.append(enc(p[0])).append('=').append(enc(p[1]));
    }
    return b.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A browser-like client: cookies, the language, no automatic redirects. */
  static final class Client {
    final String base = app.url();
    final CookieManager cookies = new CookieManager();
    final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    final String lang;

    Client(String lang) {
      this.lang = lang;
      HttpCookie cookie = new HttpCookie("qc_lang", lang);
      cookie.setPath("/");
      cookies.getCookieStore().add(URI.create(base), cookie);
    }

    void login(String login, String password) throws Exception {
      Document page = Jsoup.parse(get("/login").body());
      String csrf = page.selectFirst("input[name=_csrf]").val();
      HttpResponse<String> r =
          post(
              "/login",
              List.of(
                  new String[] {"_csrf", csrf},
                  new String[] {"login", login},
                  new String[] {"password", password}));
      assertThat(r.statusCode()).as("login of " + login).isEqualTo(303);
      assertThat(r.headers().firstValue("Location").orElse(""))
          .as("login of " + login + " (a refused login goes back to /login)")
          .doesNotEndWith("/login");
    }

    HttpResponse<String> get(String path) throws Exception {
      return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, List<String[]> params) throws Exception {
      return http.send(
          request(path)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(urlencoded(params)))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> multipart(String path, List<String[]> params) throws Exception {
      String boundary = "----qc-crawl-boundary";
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (String[] p : params) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p[0] + "\"";
        boolean file = p.length > 2;
        head += file ? "; filename=\"crawl.csv\"\r\nContent-Type: text/csv\r\n\r\n" : "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(p[1].getBytes(StandardCharsets.UTF_8));
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return http.send(
          request(path)
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", lang);
    }
  }
}
