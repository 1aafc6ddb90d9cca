package io.qconnect.app.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.app.AppConfig;
import io.qconnect.app.Application;
import io.qconnect.app.RunMode;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.access.RequestForm;
import io.qconnect.protocol.wire.QapiDates;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite (issue 15): thousands of generated bad requests against the all-in-one
 * process, on every QAPI method, every {@code /api} and {@code /sandbox} route and every console
 * form. For every case: no 5xx and the documented error shape of its surface; after every batch
 * (the cases of one method, route or form): {@code GET /health} answers UP, and the refused calls
 * of the batch changed nothing in either database.
 *
 * <p>The documented error shapes, per surface:
 *
 * <ul>
 *   <li>QAPI (docs/qapi.md §1, §3), GET and POST: HTTP 200 and either the JSON envelope with a
 *       numeric {@code ResultCode} and a {@code ResultMsg}, the gateway envelope with a negative
 *       {@code ErrorCode} and an {@code ErrorMsg}, the XML envelope with a {@code <ResultCode>}, or
 *       the plain-text routing answer {@code Can't find ...}. A call is refused when its code is
 *       negative or it got a routing answer. Other HTTP methods are not QAPI: a 4xx.
 *   <li>{@code /api} and {@code /sandbox} (README): 2xx when accepted, else 400, 401, 404, 405, 409
 *       or 413 with a JSON object holding a non-blank {@code "error"}.
 *   <li>Console: a 303 back to a page (a refused action shows an error message there), a 4xx page,
 *       or a 200 page; never 5xx.
 *   <li>Everywhere: a request the HTTP server itself refuses before routing (a URI or header too
 *       long, an ambiguous or undecodable path) answers 400, 414 or 431; never a stack trace.
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputSuiteTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String SANDBOX_TOKEN = "hostile-sandbox-token";
  static final String API_TOKEN = "hostile-api-token";
  static final String STAFF_PASSWORD = "staff-pass-4821";
  static final String OPERATOR_PASSWORD = "operator-pass-9375";
  static final String SELLER = "hx-qapi";
  static final String SELLER_PASSWORD = "hx-pass-12345";

  @TempDir static Path dir;
  static Application app;
  static List<String> dbUrls;
  static HostileInputs.Fixture fixture;
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  static final Map<String, Console> CONSOLES = new LinkedHashMap<>();

  enum Verdict {
    REFUSED,
    ACCEPTED,
    TRANSPORT,
    /** A 5xx of a finding fixed on another branch (see {@link #KNOWN_500}). */
    KNOWN
  }

  /** A case's outcome: what the server did, or why the answer breaks the rules. */
  record Outcome(Verdict verdict, String problem, int status, String body) {
    static Outcome bad(String problem, int status, String body) {
      return new Outcome(null, problem, status, body);
    }
  }

  @BeforeAll
  static void start() throws Exception {
    String id = UUID.randomUUID().toString().substring(0, 8);
    String opts =
        ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    String mk = "jdbc:h2:mem:hostile-mk-" + id + opts;
    String hub = "jdbc:h2:mem:hostile-hub-" + id + opts;
    dbUrls = List.of(mk, hub);
    app =
        Application.start(
            AppConfig.builder(RunMode.ALL, 0, dir.resolve("data"))
                .marketplaceDbUrl(mk)
                .hubDbUrl(hub)
                .sandboxToken(SANDBOX_TOKEN)
                .apiToken(API_TOKEN)
                .autoApprove(false)
                .simulatorRate(0)
                .hubLockLease(Duration.ofMinutes(2))
                .staffPassword(STAFF_PASSWORD)
                .operatorPassword(OPERATOR_PASSWORD)
                .build());
    app.hub().stop(); // no scheduled imports changing the hub's tables between snapshots
    app.marketplace().mailRelay().close(); // nor the mail relay the marketplace's
    fixture = prepare();
    CONSOLES.put("seller", Console.login(SELLER, SELLER_PASSWORD, "/qsm"));
    CONSOLES.put("staff", Console.login("staff", STAFF_PASSWORD, "/staff"));
    CONSOLES.put("operator", Console.login("operator", OPERATOR_PASSWORD, "/hub"));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  /** A seller with an API and a certification key, two items (one with options), three orders. */
  static HostileInputs.Fixture prepare() throws Exception {
    // staff decide requests on business days only: the marketplace's clock on 10:00 JST of one
    LocalDate today =
        io.qconnect.protocol.calendar.JapaneseBusinessCalendar.standard()
            .onOrAfter(LocalDate.now(QapiDates.JST));
    app.marketplace()
        .clock()
        .set(today.atTime(java.time.LocalTime.of(10, 0)).atZone(QapiDates.JST).toInstant());
    String apiKey =
        sandbox(
                "POST",
                "/sandbox/sellers",
                "{\"sellerId\":\""
                    + SELLER
                    + "\",\"password\":\""
                    + SELLER_PASSWORD
                    + "\",\"email\":\"hx@example.jp\"}")
            .get("apiKey")
            .asText();
    sandbox(
        "POST",
        "/sandbox/sellers",
        "{\"sellerId\":\"hx-target\",\"password\":\"hx-target-pass-1\",\"email\":\"t@example.jp\"}");
    String certKey =
        qapi(
                "CertificationAPI.CreateCertificationKey",
                apiKey,
                HostileInputs.p("user_id", SELLER, "pwd", SELLER_PASSWORD))
            .get("ResultObject")
            .asText();
    String item =
        qapi("ItemsBasic.SetNewGoods", certKey, HostileInputs.goods("HX-1"))
            .get("ResultObject")
            .get("GdNo")
            .asText();
    String optionItem =
        qapi("ItemsBasic.SetNewGoods", certKey, HostileInputs.goods("HX-OPT"))
            .get("ResultObject")
            .get("GdNo")
            .asText();
    JsonNode opt =
        qapi(
            "ItemsOptions.EditGoodsInventory",
            certKey,
            HostileInputs.p(
                "ItemCode",
                optionItem,
                "InventoryInfo",
                "カラー||*ブルー||*0||*10||*H-BLU$$カラー||*レッド||*100||*5||*H-RED"));
    assertThat(opt.get("ResultCode").asInt()).as(opt.toString()).isZero();
    long[] orders = new long[3];
    for (int i = 0; i < 3; i++) {
      JsonNode o =
          sandbox(
              "POST",
              "/sandbox/orders",
              "{\"sellerId\":\""
                  + SELLER
                  + "\",\"lines\":[{\"itemCode\":\""
                  + item
                  + "\",\"qty\":1}],\"paid\":true}");
      orders[i] = o.get("orderNos").get(0).asLong();
    }
    sandbox(
        "POST",
        "/sandbox/sellers",
        "{\"sellerId\":\"hx-target2\",\"password\":\"hx-target-pass-2\",\"email\":\"t2@example.jp\"}");
    long approve = pending("hx-target");
    long reject = pending("hx-target2");
    String shop = app.hub().shops().list().get(0).shopId();
    return new HostileInputs.Fixture(
        SELLER,
        SELLER_PASSWORD,
        apiKey,
        certKey,
        orders[0],
        orders[1],
        orders[2],
        item,
        "HX-1",
        optionItem,
        "HX-OPT",
        today,
        shop,
        approve,
        reject,
        "hx-target",
        app.url() + HostileInputs.QAPI);
  }

  /** A pending FTP permission request of a seller, for staff to decide. */
  static long pending(String seller) {
    return app.marketplace()
        .access()
        .file(
            new RequestForm(
                PermissionKind.FTP, seller, "t@example.jp", "ファッション", "在庫連携", "テスト株式会社"))
        .id();
  }

  @Test
  @Order(1)
  void every_qapi_method_answers_bad_input_in_its_envelope_and_changes_nothing() {
    run("qapi", HostileInputs.qapi(fixture));
  }

  @Test
  @Order(2)
  void every_sandbox_route_refuses_bad_input_with_a_json_error_and_changes_nothing() {
    run(
        "sandbox",
        HostileInputs.json(
            "sandbox", HostileInputs.sandboxRoutes(fixture), "X-Sandbox-Token", SANDBOX_TOKEN));
  }

  @Test
  @Order(3)
  void every_hub_api_route_refuses_bad_input_with_a_json_error_and_changes_nothing() {
    run(
        "api",
        HostileInputs.json(
            "api", HostileInputs.apiRoutes(fixture), "Authorization", "Bearer " + API_TOKEN));
  }

  @Test
  @Order(4)
  void every_console_form_survives_bad_input_and_refused_actions_change_nothing() {
    run("console", HostileInputs.console(fixture));
  }

  @Test
  @Order(5)
  void requests_no_client_library_would_send_never_get_a_server_error() {
    run("raw", HostileInputs.raw(fixture, SANDBOX_TOKEN, API_TOKEN));
  }

  static final Map<String, Integer> COUNTS = new LinkedHashMap<>();

  /** Runs a surface's cases batch by batch (one batch per target), collecting every failure. */
  static void run(String surface, List<HostileCase> cases) {
    long started = System.nanoTime();
    SoftAssertions soft = new SoftAssertions();
    Map<String, List<HostileCase>> batches = new LinkedHashMap<>();
    for (HostileCase c : cases) {
      batches.computeIfAbsent(c.target(), t -> new ArrayList<>()).add(c);
    }
    Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    for (Map.Entry<String, List<HostileCase>> batch : batches.entrySet()) {
      StoreSnapshot before = StoreSnapshot.take(dbUrls);
      List<HostileCase> refused = new ArrayList<>();
      boolean accepted = false;
      long batchStarted = System.nanoTime();
      List<HostileCase> list = batch.getValue();
      List<Outcome> outcomes = outcomes(surface, list);
      for (int i = 0; i < list.size(); i++) {
        HostileCase c = list.get(i);
        Outcome o = outcomes.get(i);
        LOG.add(
            c.surface()
                + "\t"
                + c.target()
                + "\t"
                + c.name().replaceAll("\\s", " ")
                + "\t"
                + o.status()
                + "\t"
                + (o.verdict() == null ? "FAILED: " + o.problem() : o.verdict())
                + "\t"
                + first(o.body().replaceAll("\\s+", " "), 120));
        if (o.verdict() == null) {
          soft.fail("%s: %s (HTTP %d) %s", c, o.problem(), o.status(), first(o.body(), 300));
          continue;
        }
        verdicts.merge(o.verdict(), 1, Integer::sum);
        if (o.verdict() == Verdict.ACCEPTED) {
          accepted = true;
        } else {
          refused.add(c);
        }
      }
      long ms = (System.nanoTime() - batchStarted) / 1_000_000;
      if (ms > 3000) {
        System.out.printf(
            "hostile-input suite: %s: batch %s took %d ms%n", surface, batch.getKey(), ms);
      }
      soft.assertThat(health()).as("GET /health after the batch " + batch.getKey()).isTrue();
      StoreSnapshot after = StoreSnapshot.take(dbUrls);
      if (!accepted) {
        soft.assertThat(before.diff(after))
            .as("stored data after the refused calls of " + batch.getKey())
            .isEmpty();
      } else if (!before.equals(after)) {
        // some calls were accepted and changed data: replay only the refused ones
        StoreSnapshot again = StoreSnapshot.take(dbUrls);
        for (HostileCase c : refused) {
          execute(c);
        }
        soft.assertThat(again.diff(StoreSnapshot.take(dbUrls)))
            .as("stored data after replaying the refused calls of " + batch.getKey())
            .isEmpty();
      }
    }
    COUNTS.put(surface, cases.size());
    writeLog();
    System.out.printf(
        "hostile-input suite: %s: %d cases in %d batches (%s) in %d ms; all surfaces so far: %d%n",
        surface,
        cases.size(),
        batches.size(),
        verdicts,
        (System.nanoTime() - started) / 1_000_000,
        COUNTS.values().stream().mapToInt(Integer::intValue).sum());
    soft.assertAll();
  }

  static final List<String> LOG = new ArrayList<>();

  /** Every case with its outcome, for reading after a run: target/hostile-input-cases.tsv. */
  static void writeLog() {
    try {
      java.nio.file.Files.write(
          Path.of("target", "hostile-input-cases.tsv"), LOG, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      // the log is a convenience
    }
  }

  // ---------------------------------------------------------------- sending and judging

  /** Requests in flight at once for a batch that may run in parallel (the machine has 2 cores). */
  static final int PARALLEL = 4;

  /**
   * Sends a batch's cases and answers their outcomes in order. A batch runs {@link #PARALLEL} at a
   * time unless it is console work (one session per role, whose messages must be read in turn) or
   * has accepted calls to undo (each cleanup must follow its own call).
   */
  static List<Outcome> outcomes(String surface, List<HostileCase> cases) {
    boolean sequential =
        surface.equals("console") || cases.stream().anyMatch(c -> c.cleanup() != null);
    if (sequential) {
      List<Outcome> out = new ArrayList<>();
      for (HostileCase c : cases) {
        Outcome o = execute(c);
        if (o.verdict() == Verdict.ACCEPTED && c.cleanup() != null) {
          cleanup(c.cleanup());
        }
        out.add(o);
      }
      return out;
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(PARALLEL);
    try {
      List<java.util.concurrent.Future<Outcome>> futures = new ArrayList<>();
      for (HostileCase c : cases) {
        futures.add(pool.submit(() -> execute(c)));
      }
      List<Outcome> out = new ArrayList<>();
      for (java.util.concurrent.Future<Outcome> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  static Outcome execute(HostileCase c) {
    HttpResponse<String> r;
    try {
      if (c.surface().equals("raw")) {
        return Raw.send(c);
      }
      if (c.surface().equals("console")) {
        return CONSOLES.computeIfAbsent(c.as(), a -> Console.fresh()).send(c);
      }
      r = sendRetrying(HTTP, request(c, c.body()));
    } catch (Exception e) {
      return Outcome.bad("no answer: " + e, 0, "");
    }
    return judge(c, r);
  }

  /**
   * Sends once more on a new connection when the first attempt got no answer at all: the server
   * closes a connection after refusing a malformed request, and the client may already have picked
   * that connection for the next one. A request that gets no answer twice fails the case.
   */
  static HttpResponse<String> sendRetrying(HttpClient client, HttpRequest req) throws Exception {
    try {
      return client.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      return client.send(req, HttpResponse.BodyHandlers.ofString());
    }
  }

  static HttpRequest request(HostileCase c, byte[] body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(app.url() + c.path())).timeout(Duration.ofSeconds(30));
    for (String[] h : c.headers()) {
      b.header(h[0], h[1]);
    }
    HttpRequest.BodyPublisher p =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body);
    return b.method(c.method(), p).build();
  }

  static Outcome judge(HostileCase c, HttpResponse<String> r) {
    int status = r.statusCode();
    String body = r.body() == null ? "" : r.body();
    if (status >= 500) {
      return Outcome.bad("server error", status, body);
    }
    if (body.contains("\tat ") || body.matches("(?s).*\\b\\w+(\\.\\w+)+Exception\\b.*")) {
      return Outcome.bad("a stack trace or exception name in the answer", status, body);
    }
    if ((status == 400 || status == 413 || status == 414 || status == 431)
        && (!isJson(r) && transportRefusal(body) || refusalEnvelope(body))) {
      return new Outcome(Verdict.TRANSPORT, null, status, body);
    }
    return switch (c.surface()) {
      case "qapi" -> judgeQapi(c, r, status, body);
      default -> judgeJson(status, r, body);
    };
  }

  /**
   * Refusals before routing: an empty body or the server's plain {@code "414 URI Too Long"} line
   * (QapiErrorHandler; Jetty's HTML page is no longer an answer the server gives).
   */
  static boolean transportRefusal(String body) {
    return body.isEmpty() || body.matches("(?s)\\d{3} [^<]*") || body.startsWith("Bad Request");
  }

  /** QAPI's envelope refusing a request it could not read (-10101, docs/qapi.md §1.6). */
  static boolean refusalEnvelope(String body) {
    return body.startsWith("{\"ResultCode\":-10101,")
        || body.contains("<ResultCode>-10101</ResultCode>");
  }

  static boolean isJson(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("").contains("json");
  }

  static Outcome judgeQapi(HostileCase c, HttpResponse<String> r, int status, String body) {
    if (c.method().equals("HEAD") && status == 200 && body.isEmpty()) {
      return new Outcome(Verdict.ACCEPTED, null, status, body); // the GET route's headers only
    }
    if (!c.method().equals("GET") && !c.method().equals("POST")) {
      return status >= 400 && status < 500
          ? new Outcome(Verdict.REFUSED, null, status, body)
          : Outcome.bad("a QAPI call by " + c.method() + " must be a 4xx", status, body);
    }
    if (status != 200) {
      return Outcome.bad("QAPI answers HTTP 200", status, body);
    }
    String t = body.strip();
    if (t.startsWith("Can't find service Name") || t.startsWith("Can't find method Info")) {
      return new Outcome(Verdict.REFUSED, null, status, body);
    }
    Integer code = null;
    if (t.startsWith("{")) {
      try {
        JsonNode n = JSON.readTree(t);
        if (n.has("ErrorCode")) {
          if (!n.get("ErrorCode").isInt()
              || n.get("ErrorCode").asInt() >= 0
              || !n.has("ErrorMsg")) {
            return Outcome.bad(
                "gateway envelope without a negative ErrorCode and ErrorMsg", status, body);
          }
          code = n.get("ErrorCode").asInt();
        } else if (n.has("ResultCode") && n.get("ResultCode").isInt() && n.has("ResultMsg")) {
          code = n.get("ResultCode").asInt();
        } else {
          return Outcome.bad("JSON without the QAPI envelope", status, body);
        }
      } catch (Exception e) {
        return Outcome.bad("not JSON although it starts with {", status, body);
      }
    } else if (t.startsWith("<")) {
      Matcher m = Pattern.compile("<ResultCode>(-?\\d+)</ResultCode>").matcher(t);
      if (!m.find() || !t.contains("<ResultMsg")) {
        return Outcome.bad("XML without the QAPI envelope", status, body);
      }
      code = Integer.parseInt(m.group(1));
    } else {
      return Outcome.bad("neither a QAPI envelope nor a routing answer", status, body);
    }
    boolean bulk = c.target().contains("Bulk");
    if (code < 0 && !(bulk && (code == -1 || code == -2))) {
      return new Outcome(Verdict.REFUSED, null, status, body);
    }
    return new Outcome(Verdict.ACCEPTED, null, status, body);
  }

  static Outcome judgeJson(int status, HttpResponse<String> r, String body) {
    if (status >= 200 && status < 300) {
      return new Outcome(Verdict.ACCEPTED, null, status, body);
    }
    if (status == 400
        || status == 401
        || status == 404
        || status == 405
        || status == 409
        || status == 413) {
      try {
        JsonNode n = JSON.readTree(body);
        if (isJson(r)
            && n != null
            && n.isObject()
            && n.path("error").isTextual()
            && !n.get("error").asText().isBlank()) {
          return new Outcome(Verdict.REFUSED, null, status, body);
        }
      } catch (Exception e) {
        // falls through
      }
      return Outcome.bad("a refusal without {\"error\": \"...\"}", status, body);
    }
    return Outcome.bad("unexpected status", status, body);
  }

  // ---------------------------------------------------------------- helpers

  static boolean health() {
    try {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(app.url() + "/health"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 && r.body().contains("UP");
    } catch (Exception e) {
      return false;
    }
  }

  static void cleanup(String request) {
    String[] parts = request.split(" ", 3);
    String auth = parts[1].startsWith("/sandbox") ? "X-Sandbox-Token" : "Authorization";
    String value = parts[1].startsWith("/sandbox") ? SANDBOX_TOKEN : "Bearer " + API_TOKEN;
    try {
      HTTP.send(
          HttpRequest.newBuilder(URI.create(app.url() + parts[1]))
              .header(auth, value)
              .header("Content-Type", "application/json")
              .method(
                  parts[0], HttpRequest.BodyPublishers.ofString(parts.length > 2 ? parts[2] : ""))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException("cleanup " + request, e);
    }
  }

  static JsonNode sandbox(String method, String path, String body) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(app.url() + path))
                .header("X-Sandbox-Token", SANDBOX_TOKEN)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isBetween(200, 299);
    return JSON.readTree(r.body());
  }

  static JsonNode qapi(String method, String key, Map<String, String> params) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(app.url() + HostileInputs.QAPI + "/" + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("GiosisCertificationKey", key)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "returnType=json&" + HostileInputs.encodeAll(params)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode n = JSON.readTree(r.body());
    assertThat(n.path("ResultCode").asInt(-1)).as(method + " " + r.body()).isZero();
    return n;
  }

  static String first(String s, int n) {
    return s.length() > n ? s.substring(0, n) + "…" : s;
  }

  /**
   * Cases known to answer 5xx, counted as KNOWN instead of failing. Empty: bodies that end before
   * they should (a malformed chunk, a Content-Length larger than the body) answered 500 on every
   * surface until the issue 15 fix; they now answer 400 and are held to "no 5xx" like the rest.
   */
  static final java.util.Set<String> KNOWN_500 = java.util.Set.of();

  /** Raw HTTP/1.1 over a socket, for requests that no client library would send. */
  static final class Raw {
    static Outcome send(HostileCase c) throws Exception {
      try (java.net.Socket s = new java.net.Socket("localhost", app.port())) {
        s.setSoTimeout(15_000);
        s.getOutputStream().write(c.body());
        s.getOutputStream().flush();
        s.shutdownOutput();
        byte[] answer;
        try {
          answer = s.getInputStream().readAllBytes();
        } catch (java.net.SocketTimeoutException e) {
          return Outcome.bad("no answer within 15 s", 0, "");
        } catch (java.net.SocketException e) {
          answer = new byte[0]; // the server reset the connection: a refusal, not an error
        }
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        if (text.isEmpty()) {
          return new Outcome(Verdict.TRANSPORT, null, 0, "(connection closed)");
        }
        Matcher m = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(text);
        if (!m.find()) {
          return text.startsWith("HTTP/")
              ? Outcome.bad("an unexpected status line", 0, text)
              : new Outcome(Verdict.TRANSPORT, null, 0, text);
        }
        int status = Integer.parseInt(m.group(1));
        if (text.contains("\tat ") || text.matches("(?s).*\\b\\w+(\\.\\w+)+Exception\\b.*")) {
          return Outcome.bad("a stack trace or exception name in the answer", status, text);
        }
        if (status == 505 && c.name().startsWith("HTTP/")) {
          return new Outcome(Verdict.REFUSED, null, status, text); // a version Jetty does not speak
        }
        if (status == 500 && KNOWN_500.contains(c.name())) {
          return new Outcome(Verdict.KNOWN, null, status, text);
        }
        if (status >= 500) {
          return Outcome.bad("server error", status, text);
        }
        return new Outcome(status < 300 ? Verdict.ACCEPTED : Verdict.REFUSED, null, status, text);
      }
    }
  }

  /** A browser-like console client with its own cookies and CSRF token. */
  static final class Console {
    final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .build();
    String csrf = "";
    final boolean fresh;

    Console(boolean fresh) {
      this.fresh = fresh;
    }

    static Console fresh() {
      return new Console(true);
    }

    static Console login(String login, String password, String home) {
      try {
        Console c = new Console(false);
        c.csrf = c.csrfOf("/login");
        HttpResponse<String> r =
            c.http.send(
                HttpRequest.newBuilder(URI.create(app.url() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "_csrf="
                                + HostileInputs.enc(c.csrf)
                                + "&login="
                                + HostileInputs.enc(login)
                                + "&password="
                                + HostileInputs.enc(password)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("login " + login).isEqualTo(303);
        c.csrf = c.csrfOf(home);
        return c;
      } catch (Exception e) {
        throw new IllegalStateException("cannot log in as " + login, e);
      }
    }

    String csrfOf(String path) throws Exception {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(app.url() + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(r.body());
      if (!m.find()) {
        throw new IllegalStateException("no CSRF field on " + path + ": " + r.statusCode());
      }
      return m.group(1);
    }

    /** Shows a page once, so that a message left in the session does not mislead the next case. */
    void drain() throws Exception {
      http.send(
          HttpRequest.newBuilder(URI.create(app.url() + "/login")).build(),
          HttpResponse.BodyHandlers.discarding());
    }

    /**
     * Whether a page shows the message of a refused action: an error message and no success message
     * (each action leaves one of them).
     */
    static boolean refusedOn(String page) {
      return page.contains("class=\"flash flash-error\" role=\"status\"")
          && !page.contains("class=\"flash flash-ok\" role=\"status\"");
    }

    /** Sends a console case; a 303 is followed to see whether the action was refused. */
    Outcome send(HostileCase c) throws Exception {
      Console self = fresh ? new Console(true) : this;
      if (fresh) {
        self.csrf = self.csrfOf("/login");
      }
      byte[] body =
          c.body() == null
              ? null
              : new String(c.body(), StandardCharsets.UTF_8)
                  .replace("{csrf}", HostileInputs.enc(self.csrf))
                  .getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> r = sendRetrying(self.http, request(c, body));
      int status = r.statusCode();
      String text = r.body() == null ? "" : r.body();
      if (status >= 500) {
        return Outcome.bad("server error", status, text);
      }
      if ((status == 400 || status == 414 || status == 431) && transportRefusal(text)) {
        return new Outcome(Verdict.TRANSPORT, null, status, text);
      }
      if (status == 403 && text.contains("CSRF")) {
        return Outcome.bad("the CSRF token was not accepted", status, text);
      }
      if (status >= 400) {
        self.drain();
        return new Outcome(Verdict.REFUSED, null, status, text);
      }
      if (status == 303) {
        String location = r.headers().firstValue("Location").orElse("");
        if (!location.startsWith("/") || location.startsWith("//")) {
          self.drain();
          return Outcome.bad("a redirect off the site: " + location, status, text);
        }
        if (location.chars().anyMatch(ch -> ch < 0x20)) {
          self.drain();
          return Outcome.bad("a control character in the redirect: " + location, status, text);
        }
        if (c.method().equals("GET")) {
          return new Outcome(Verdict.ACCEPTED, null, status, text);
        }
        HttpResponse<String> page =
            self.http.send(
                HttpRequest.newBuilder(URI.create(app.url() + location.replace(" ", "%20")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() >= 500) {
          return Outcome.bad("the page after the action failed", page.statusCode(), page.body());
        }
        return refusedOn(page.body())
            ? new Outcome(Verdict.REFUSED, null, status, text)
            : new Outcome(Verdict.ACCEPTED, null, status, text);
      }
      return refusedOn(text)
          ? new Outcome(Verdict.REFUSED, null, status, text)
          : new Outcome(Verdict.ACCEPTED, null, status, text);
    }
  }
}
