package io.qconnect.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.protocol.fixture.FixtureServer;
import io.qconnect.protocol.order.Amounts;
import io.qconnect.protocol.order.Buyer;
import io.qconnect.protocol.order.Claim;
import io.qconnect.protocol.order.ClaimInfoRow;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.Delivery;
import io.qconnect.protocol.order.LineItem;
import io.qconnect.protocol.order.OrderKey;
import io.qconnect.protocol.order.OrderLineView;
import io.qconnect.protocol.order.Progress;
import io.qconnect.protocol.order.Receiver;
import io.qconnect.protocol.order.SellerCheckBulkRow;
import io.qconnect.protocol.order.SendingBulkRow;
import io.qconnect.protocol.order.Shipping;
import io.qconnect.protocol.order.ShippingAndClaimInfoRow;
import io.qconnect.protocol.order.ShippingInfoV3Row;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.wire.QapiDates;
import io.qconnect.protocol.wire.QapiJson;
import io.qconnect.protocol.wire.QapiRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A small Qoo10 behind the protocol's {@link FixtureServer}: computed answers that follow the
 * reference (labels such as {@code On request(2)}, PascalCase v3 rows, gateway envelopes for key
 * errors, per-row bulk results, -10012/-10013/-10018 on confirmation). Not a mock of hub code: the
 * hub talks to it over HTTP with the real client.
 */
public final class FakeQoo10 {
  private record Seller(String id, String password) {}

  private record IssuedKey(String sellerId, LocalDateTime issuedAt) {}

  private final Clock clock;
  private final Map<String, Seller> sellersByApiKey = new HashMap<>();
  private final Map<String, IssuedKey> keys = new HashMap<>();
  private final Set<String> expired = new HashSet<>();
  private final Map<Long, OrderLineView> orders = new LinkedHashMap<>();
  private final Map<String, Deque<String>> scripted = new HashMap<>();
  private final Map<String, AtomicInteger> inFlight = new HashMap<>();
  private final Map<String, Integer> maxInFlight = new HashMap<>();
  private final AtomicInteger issued = new AtomicInteger();
  private final AtomicInteger byOrderNoCalls = new AtomicInteger();
  private volatile long slowOrdersMillis;

  public FakeQoo10(FixtureServer server, Clock clock) {
    this.clock = clock;
    on(server, "CertificationAPI.CreateCertificationKey", this::certify);
    on(server, "ShippingBasic.GetShippingInfo_v3", r -> seller(r, this::shippingInfo));
    on(server, "ShippingBasic.GetClaimInfo_V3", r -> seller(r, this::claims));
    on(
        server,
        "ShippingBasic.GetShippingAndClaimInfoByOrderNo_V2",
        r -> seller(r, this::byOrderNo));
    on(server, "ShippingBasic.SetSellerCheckYN_V2", r -> seller(r, this::sellerCheck));
    on(server, "ShippingBasic.SetSellerCheckYNBulk", r -> seller(r, this::sellerCheckBulk));
    on(server, "ShippingBasic.SetSendingInfo", r -> seller(r, beforeSending(this::sending)));
    on(
        server,
        "ShippingBasic.SetSendingInfoBulk",
        r -> seller(r, beforeSending(this::sendingBulk)));
  }

  private volatile Runnable onNextSending;

  /**
   * Runs {@code r} once, when the next SetSendingInfo(Bulk) call arrives and before it is answered:
   * while the hub's sender waits for that answer.
   */
  public void onNextSending(Runnable r) {
    onNextSending = r;
  }

  private java.util.function.BiFunction<String, QapiRequest, String> beforeSending(
      java.util.function.BiFunction<String, QapiRequest, String> answer) {
    return (sellerId, r) -> {
      Runnable hook = onNextSending;
      onNextSending = null;
      if (hook != null) {
        hook.run();
      }
      return answer.apply(sellerId, r);
    };
  }

  private void on(FixtureServer server, String method, Function<QapiRequest, String> answer) {
    server.answer(
        method,
        r -> {
          String canned = nextScripted(method);
          return canned != null ? canned : answer.apply(r);
        });
  }

  // ---- set-up -------------------------------------------------------------------------------

  public synchronized void seller(String id, String apiKey, String password) {
    sellersByApiKey.put(apiKey, new Seller(id, password));
  }

  /** A key issued to the seller some other way (the marketplace's Get Auth window). */
  public synchronized String grant(String sellerId) {
    String key = "SAK_g_1_" + sellerId + "_" + issued.incrementAndGet() + "_g_2_getauthkeyabcdef";
    keys.put(key, new IssuedKey(sellerId, now()));
    return key;
  }

  /** The seller revoked the key: it answers as an invalid key (-90001) from now on. */
  public synchronized void revoke(String key) {
    keys.remove(key);
  }

  /** Every key issued so far to the seller answers -90004 from now on. */
  public synchronized void expireKeys(String sellerId) {
    keys.forEach(
        (k, v) -> {
          if (v.sellerId().equals(sellerId)) {
            expired.add(k);
          }
        });
  }

  /** The seller changed the QSM password (Get Auth with the old one fails). */
  public synchronized void changePassword(String sellerId, String password) {
    sellersByApiKey.replaceAll(
        (k, s) -> s.id().equals(sellerId) ? new Seller(sellerId, password) : s);
  }

  /** The next {@code times} calls of the method get this body instead. */
  public synchronized void script(String method, int times, String body) {
    Deque<String> q =
        scripted.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      q.add(body);
    }
  }

  /** Each order search takes this long (to make overlapping calls visible). */
  public void slowOrderSearches(Duration d) {
    slowOrdersMillis = d.toMillis();
  }

  public synchronized int maxConcurrentOrderSearches(String sellerId) {
    return maxInFlight.getOrDefault(sellerId, 0);
  }

  /** A one-line order, paid at {@code paid} (JST). */
  public OrderLineView order(
      String sellerId, long orderNo, ShippingStatus status, LocalDateTime paid) {
    return cart(sellerId, orderNo, status, paid, orderNo).get(0);
  }

  /** One cart (PackNo) with several lines. */
  public synchronized List<OrderLineView> cart(
      String sellerId, long packNo, ShippingStatus status, LocalDateTime paid, long... orderNos) {
    List<String> nos = new ArrayList<>();
    for (long n : orderNos) {
      nos.add(Long.toString(n));
    }
    List<OrderLineView> out = new ArrayList<>();
    for (long n : orderNos) {
      OrderLineView v =
          new OrderLineView(
              new OrderKey(sellerId, n, packNo, String.join(",", nos), "", ""),
              new Progress(status, paid.minusMinutes(2), paid, null, null, null),
              new Buyer("山田 太郎", "ヤマダ タロウ", "", "", "taro@example.jp", "", ""),
              new LineItem(
                  "10000" + (n % 100),
                  "SKU-" + n,
                  "オーガニックコットンTシャツ",
                  "カラー:ブルー",
                  "OPT-" + n,
                  1,
                  "",
                  ""),
              new Amounts(2980, 0, 2980, 0, 0, 0, 0, 0, "JPY"),
              new Receiver("山田 太郎", "", "", "", "", "150-0001", "東京都渋谷区神宮前1-2-3", "", ""),
              Shipping.NONE,
              Delivery.NONE,
              Claim.NONE);
      orders.put(n, v);
      out.add(v);
    }
    return out;
  }

  public synchronized OrderLineView get(long orderNo) {
    return orders.get(orderNo);
  }

  /** Moves a line as Qoo10 would (QSM actions, the buyer). */
  public synchronized void setStatus(long orderNo, ShippingStatus status) {
    OrderLineView v = orders.get(orderNo);
    Progress p = v.progress().withStatus(status);
    p =
        switch (status) {
          case SELLER_CONFIRM ->
              p.withEstimatedShippingDate(now().plusDays(2).toLocalDate().atStartOfDay());
          case ON_DELIVERY -> p.withShippingDate(now());
          case DELIVERED -> p.withDeliveredDate(now());
          case AWAITING_SHIPPING, ON_REQUEST -> p;
        };
    orders.put(orderNo, v.withProgress(p));
  }

  /** Changes how many pieces a line orders. */
  public synchronized void setQty(long orderNo, int qty) {
    OrderLineView v = orders.get(orderNo);
    LineItem i = v.item();
    orders.put(
        orderNo,
        v.withItem(
            new LineItem(
                i.itemCode(),
                i.sellerItemCode(),
                i.itemTitle(),
                i.option(),
                i.optionCode(),
                qty,
                i.material(),
                i.gift())));
  }

  /** A claim on a line, requested (and for final states completed) now. */
  public synchronized void claim(long orderNo, ClaimStatus claim) {
    OrderLineView v = orders.get(orderNo);
    Claim c = v.claim();
    orders.put(
        orderNo,
        v.withClaim(
            new Claim(
                claim,
                claim.isFinalCancellation() ? now() : c.cancelRefundDate(),
                "顧客都合",
                now(),
                c.deliveryCompanyReturn(),
                c.trackingNoReturn(),
                c.pickupAddress(),
                c.itemCondition())));
  }

  public synchronized void remove(long orderNo) {
    orders.remove(orderNo);
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant(), QapiDates.JST).withNano(0);
  }

  private synchronized String nextScripted(String method) {
    Deque<String> q = scripted.get(method.toLowerCase(Locale.ROOT));
    return q == null ? null : q.poll();
  }

  // ---- answers ------------------------------------------------------------------------------

  private synchronized String certify(QapiRequest r) {
    Seller s = sellersByApiKey.get(r.key().orElse(""));
    if (s == null) {
      return QapiAnswers.unknownKey();
    }
    if (!s.id().equals(r.params().text("user_id"))
        || !s.password().equals(r.params().text("pwd"))) {
      return QapiAnswers.custom(-10001, "The user ID or password is incorrect.", null);
    }
    String key = "SAK_g_1_" + s.id() + "_" + issued.incrementAndGet() + "_g_2_abcdefghijklmnop";
    keys.put(key, new IssuedKey(s.id(), now()));
    return QapiAnswers.ok(key);
  }

  private String seller(
      QapiRequest r, java.util.function.BiFunction<String, QapiRequest, String> answer) {
    String sellerId;
    synchronized (this) {
      String key = r.key().orElse("");
      IssuedKey k = keys.get(key);
      if (k == null) {
        return QapiAnswers.unknownKey();
      }
      if (expired.contains(key) || !now().isBefore(k.issuedAt().plusDays(365))) {
        return QapiAnswers.expiredKey();
      }
      sellerId = k.sellerId();
    }
    return answer.apply(sellerId, r);
  }

  private String shippingInfo(String sellerId, QapiRequest r) {
    enter(sellerId);
    try {
      if (slowOrdersMillis > 0) {
        Thread.sleep(slowOrdersMillis);
      }
      return shippingRows(sellerId, r);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return QapiAnswers.std(-999, "interrupted");
    } finally {
      leave(sellerId);
    }
  }

  private synchronized String shippingRows(String sellerId, QapiRequest r) {
    int status = Integer.parseInt(r.params().text("ShippingStatus"));
    LocalDateTime from = QapiDates.parseSearchBound(r.params().text("SearchStartDate"), false);
    LocalDateTime to = QapiDates.parseSearchBound(r.params().text("SearchEndDate"), true);
    if (Duration.between(from, to).compareTo(Duration.ofDays(90)) > 0) {
      return QapiAnswers.custom(-10002, "Searching period exceeds to 90 days.", null);
    }
    int condition = Integer.parseInt(r.params().text("SearchCondition"));
    Function<OrderLineView, LocalDateTime> date =
        switch (condition) {
          case 2 -> v -> v.progress().paymentDate();
          case 3 -> v -> v.progress().shippingDate();
          case 4 -> v -> v.progress().deliveredDate();
          default -> v -> v.progress().orderDate();
        };
    List<ShippingInfoV3Row> rows =
        select(
                sellerId,
                v -> v.status().code() == status && live(v) && within(date.apply(v), from, to))
            .stream()
            .map(ShippingInfoV3Row::from)
            .toList();
    return QapiAnswers.ok(rows);
  }

  private synchronized String claims(String sellerId, QapiRequest r) {
    int claim = Integer.parseInt(r.params().text("ClaimStat"));
    LocalDateTime from = QapiDates.parseSearchBound(r.params().text("search_Sdate"), false);
    LocalDateTime to = QapiDates.parseSearchBound(r.params().text("search_Edate"), true);
    if (Duration.between(from, to).compareTo(Duration.ofDays(90)) > 0) {
      return QapiAnswers.custom(-10003, "Searching period exceeds to 90 days.", null);
    }
    int condition = Integer.parseInt(r.params().text("search_condition"));
    Function<OrderLineView, LocalDateTime> date =
        switch (condition) {
          case 2 -> v -> v.claim().requestDate();
          case 3 -> v -> v.claim().cancelRefundDate();
          default -> v -> v.progress().orderDate();
        };
    List<ClaimInfoRow> rows =
        select(
                sellerId,
                v ->
                    v.claim().status() != null
                        && v.claim().status().code() == claim
                        && within(date.apply(v), from, to))
            .stream()
            .map(ClaimInfoRow::from)
            .toList();
    return QapiAnswers.ok(rows);
  }

  /** One line of the seller by its number, cancelled ones too (docs/qapi.md §5.3). */
  private synchronized String byOrderNo(String sellerId, QapiRequest r) {
    byOrderNoCalls.incrementAndGet();
    long no;
    try {
      no = Long.parseLong(r.params().text("OrderNo"));
    } catch (NumberFormatException e) {
      return QapiAnswers.custom(-10002, "Please check the OrderNo format.", null);
    }
    OrderLineView v = orders.get(no);
    if (v == null || !v.key().sellerId().equals(sellerId)) {
      return QapiAnswers.custom(-10003, "OrderNo not found.", null);
    }
    return QapiAnswers.ok(List.of(ShippingAndClaimInfoRow.from(v)));
  }

  /** How many GetShippingAndClaimInfoByOrderNo_V2 calls were answered. */
  public int byOrderNoCalls() {
    return byOrderNoCalls.get();
  }

  private synchronized String sellerCheck(String sellerId, QapiRequest r) {
    SellerCheckBulkRow row =
        check(sellerId, r.params().text("OrderNo"), r.params().text("EstShipDt"));
    return QapiAnswers.std(row.code(), row.message());
  }

  private synchronized String sellerCheckBulk(String sellerId, QapiRequest r) {
    JsonNode items = tree(r.params().text("SendPlanDtInfoJson"));
    if (items.size() > 500) {
      return QapiAnswers.custom(-10011, "More than 500 orders.", null);
    }
    List<SellerCheckBulkRow> rows = new ArrayList<>();
    items.forEach(
        i -> rows.add(check(sellerId, i.path("OrderNo").asText(), i.path("EstShipDt").asText())));
    return QapiAnswers.ok(rows);
  }

  private SellerCheckBulkRow check(String sellerId, String orderNo, String est) {
    OrderLineView v = find(sellerId, orderNo);
    if (v == null) {
      return SellerCheckBulkRow.of(orderNo, -10001, "The order does not exist.");
    }
    if (v.status() == ShippingStatus.SELLER_CONFIRM) {
      return SellerCheckBulkRow.of(orderNo, -10012, "This order has already been confirmed.");
    }
    if (v.status() != ShippingStatus.ON_REQUEST || !live(v)) {
      return SellerCheckBulkRow.of(
          orderNo, -10013, "The order is not in the shipping requested status.");
    }
    if (est == null || est.isBlank()) {
      return SellerCheckBulkRow.of(orderNo, -10016, "EstShipDt is required.");
    }
    LocalDate date = QapiDates.parseDate(est);
    if (!date.isAfter(now().toLocalDate())) {
      return SellerCheckBulkRow.of(orderNo, -10018, "EstShipDt must be after today.");
    }
    orders.put(
        v.orderNo(),
        v.withProgress(
            v.progress()
                .withStatus(ShippingStatus.SELLER_CONFIRM)
                .withEstimatedShippingDate(date.atStartOfDay())));
    return SellerCheckBulkRow.of(orderNo, 0, "SUCCESS");
  }

  private synchronized String sending(String sellerId, QapiRequest r) {
    SendingBulkRow row =
        send(
            sellerId,
            r.params().text("OrderNo"),
            r.params().text("ShippingCorp"),
            r.params().text("TrackingNo"));
    return QapiAnswers.std(row.code(), row.message());
  }

  private synchronized String sendingBulk(String sellerId, QapiRequest r) {
    JsonNode items = tree(r.params().text("ShippingInfoJson"));
    List<SendingBulkRow> rows = new ArrayList<>();
    items.forEach(
        i ->
            rows.add(
                send(
                    sellerId,
                    i.path("OrderNo").asText(),
                    i.path("ShippingCorp").asText(),
                    i.path("TrackingNo").asText())));
    return QapiAnswers.ok(rows);
  }

  private SendingBulkRow send(String sellerId, String orderNo, String corp, String tracking) {
    OrderLineView v = find(sellerId, orderNo);
    if (v == null) {
      return SendingBulkRow.of(orderNo, corp, -10001, "Order not found.");
    }
    if (v.status().code() > 3 || v.status().code() < 2 || !live(v)) {
      return SendingBulkRow.of(orderNo, corp, -10003, "The order cannot be shipped in its status.");
    }
    orders.put(
        v.orderNo(),
        v.withProgress(v.progress().withStatus(ShippingStatus.ON_DELIVERY).withShippingDate(now()))
            .withDelivery(v.delivery().withTracking(corp, tracking)));
    return SendingBulkRow.of(orderNo, corp, 0, "SUCCESS");
  }

  // ---- helpers ------------------------------------------------------------------------------

  private OrderLineView find(String sellerId, String orderNo) {
    try {
      OrderLineView v = orders.get(Long.parseLong(orderNo.trim()));
      return v != null && v.key().sellerId().equals(sellerId) ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private List<OrderLineView> select(String sellerId, Predicate<OrderLineView> p) {
    return orders.values().stream()
        .filter(v -> v.key().sellerId().equals(sellerId))
        .filter(p)
        .toList();
  }

  /** Cancelled lines vanish from the status lists. */
  private static boolean live(OrderLineView v) {
    return v.claim().status() == null || !v.claim().status().isFinalCancellation();
  }

  private static boolean within(LocalDateTime t, LocalDateTime from, LocalDateTime to) {
    return t != null && !t.isBefore(from) && !t.isAfter(to);
  }

  private static JsonNode tree(String json) {
    try {
      return QapiJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private synchronized void enter(String sellerId) {
    int now = inFlight.computeIfAbsent(sellerId, k -> new AtomicInteger()).incrementAndGet();
    maxInFlight.merge(sellerId, now, Math::max);
  }

  private synchronized void leave(String sellerId) {
    inFlight.get(sellerId).decrementAndGet();
  }
}
