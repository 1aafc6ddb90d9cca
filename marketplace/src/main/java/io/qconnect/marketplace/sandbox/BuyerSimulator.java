package io.qconnect.marketplace.sandbox;

import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.core.Times;
import io.qconnect.marketplace.inquiry.InquiryService;
import io.qconnect.marketplace.inquiry.NewInquiry;
import io.qconnect.marketplace.order.Buyer;
import io.qconnect.marketplace.order.Catalogue;
import io.qconnect.marketplace.order.ClaimService;
import io.qconnect.marketplace.order.NewCart;
import io.qconnect.marketplace.order.OrderLine;
import io.qconnect.marketplace.order.OrderQueries;
import io.qconnect.marketplace.order.OrderService;
import io.qconnect.marketplace.order.PaymentMethod;
import io.qconnect.marketplace.order.PlaceResult;
import io.qconnect.marketplace.order.Sellable;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.protocol.order.ClaimStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Buyers placing orders, deterministic from a seed: N orders per minute of marketplace time,
 * multi-line carts, card payments and konbini/bank prepayments that are paid later or expire,
 * deliveries some days after shipping, occasional cancel requests and returns. What happens to an
 * order after it is placed depends only on the seed and its order number, so a run can be repeated.
 */
public final class BuyerSimulator {
  /** At most this many orders per tick, so that a big clock jump cannot flood the database. */
  static final int MAX_PER_TICK = 500;

  private final OrderService orders;
  private final ClaimService claims;
  private final OrderQueries queries;
  private final Catalogue catalogue;
  private final SellerService sellers;
  private final InquiryService inquiries;
  private final Clock clock;

  private boolean running;
  private double perMinute;
  private long seed;
  private SplittableRandom random = new SplittableRandom(0);
  private LocalDateTime lastTick;
  private double owed;
  private long placed;

  public BuyerSimulator(
      OrderService orders,
      ClaimService claims,
      OrderQueries queries,
      Catalogue catalogue,
      SellerService sellers,
      InquiryService inquiries,
      Clock clock) {
    this.inquiries = inquiries;
    this.orders = orders;
    this.claims = claims;
    this.queries = queries;
    this.catalogue = catalogue;
    this.sellers = sellers;
    this.clock = clock;
  }

  /** Starts (or restarts) the simulation. */
  public synchronized void start(double ordersPerMinute, long seed) {
    if (ordersPerMinute < 0 || ordersPerMinute > 6000) {
      throw new MarketplaceException("ordersPerMinute must be 0..6000");
    }
    this.perMinute = ordersPerMinute;
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    this.lastTick = Times.now(clock);
    this.owed = 0;
    this.running = true;
  }

  public synchronized void stop() {
    running = false;
  }

  /** What the simulator is doing, for the sandbox API. */
  public synchronized Map<String, Object> status() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("running", running);
    m.put("ordersPerMinute", perMinute);
    m.put("seed", seed);
    m.put("placed", placed);
    return m;
  }

  /** Places the orders due since the last tick and moves existing orders along. */
  public synchronized void tick() {
    if (!running) {
      return;
    }
    LocalDateTime now = Times.now(clock);
    double minutes = Math.max(0, Duration.between(lastTick, now).toMillis() / 60_000.0);
    lastTick = now;
    owed = Math.min(owed + minutes * perMinute, MAX_PER_TICK);
    int n = (int) owed;
    owed -= n;
    placeOrders(n);
    progress();
  }

  /**
   * Places {@code n} orders now.
   *
   * @return the carts placed (orders refused for lack of stock are not counted)
   */
  public synchronized List<PlaceResult.Placed> placeOrders(int n) {
    List<PlaceResult.Placed> out = new ArrayList<>();
    List<Seller> all = sellers.all();
    Map<String, List<Sellable>> shelves = new java.util.HashMap<>();
    for (int i = 0; i < n && !all.isEmpty(); i++) {
      Seller s = all.get(random.nextInt(all.size()));
      if (i % 50 == 0) {
        shelves.clear(); // what is on sale changes as stock sells; look again now and then
      }
      List<Sellable> items = shelves.computeIfAbsent(s.sellerId(), catalogue::onSale);
      if (items.isEmpty()) {
        continue;
      }
      if (orders.place(cart(s.sellerId(), items)) instanceof PlaceResult.Placed p) {
        placed++;
        out.add(p);
      }
    }
    return out;
  }

  private NewCart cart(String sellerId, List<Sellable> items) {
    int lines =
        Math.min(items.size(), random.nextInt(100) < 70 ? 1 : random.nextInt(100) < 75 ? 2 : 3);
    List<NewCart.Line> chosen = new ArrayList<>();
    List<Sellable> pool = new ArrayList<>(items);
    for (int i = 0; i < lines; i++) {
      Sellable s = pool.remove(random.nextInt(pool.size()));
      chosen.add(new NewCart.Line(s.itemCode(), s.optionCode(), random.nextInt(100) < 85 ? 1 : 2));
    }
    Buyer buyer = BuyerData.buyer(random, placed + 1);
    int p = random.nextInt(100);
    PaymentMethod pay =
        p < 65
            ? PaymentMethod.CREDIT_CARD
            : p < 70
                ? PaymentMethod.QOO10_BALANCE
                : p < 90 ? PaymentMethod.CONVENIENCE_STORE : PaymentMethod.BANK_TRANSFER;
    return new NewCart(
        sellerId,
        buyer,
        BuyerData.receiver(random, buyer),
        pay,
        !pay.isPrepayment(),
        chosen,
        random.nextInt(10) == 0 ? "午前中" : "",
        random.nextInt(8) == 0 ? "置き配を希望します" : "",
        0);
  }

  /** Pays, expires, delivers, cancels and returns existing orders as their plans say. */
  public synchronized void progress() {
    LocalDateTime now = Times.now(clock);
    for (OrderLine l : queries.inStatus(1, 5000)) {
      Plan plan = plan(l.orderNo());
      if (l.claimStatus() == null
          && plan.paysAfter() != null
          && !now.isBefore(l.orderDate().plus(plan.paysAfter()))) {
        orders.pay(l.orderNo());
      }
    }
    claims.expireUnpaid();
    for (int status = 1; status <= 3; status++) {
      for (OrderLine l : queries.inStatus(status, 5000)) {
        Plan plan = plan(l.orderNo());
        if (l.claimStatus() == null
            && plan.cancelAfter() != null
            && !now.isBefore(l.orderDate().plus(plan.cancelAfter()))) {
          claims.requestCancel(l.orderNo(), "注文内容を変更したい");
        }
      }
    }
    for (int status = 2; status <= 5; status++) {
      for (OrderLine l : queries.inStatus(status, 5000)) {
        if (plan(l.orderNo()).asks() && !now.isBefore(l.orderDate().plusMinutes(30))) {
          inquiries.askOnceAboutOrder(
              new NewInquiry(
                  l.sellerId(),
                  "HELP",
                  BuyerData.inquirer(l.orderNo()),
                  "発送予定について",
                  "注文した商品はいつ頃発送されますか？",
                  l.itemCode(),
                  l.itemTitle(),
                  l.orderNo(),
                  false));
        }
      }
    }
    for (OrderLine l : queries.inStatus(4, 5000)) {
      if (!now.isBefore(l.shippingDate().plusDays(plan(l.orderNo()).deliveryDays()))) {
        orders.deliver(l.orderNo());
      }
    }
    for (OrderLine l : queries.inStatus(5, 5000)) {
      returns(l, now);
    }
  }

  private void returns(OrderLine l, LocalDateTime now) {
    Plan plan = plan(l.orderNo());
    if (plan.exchanges()
        && l.deliveredDate() != null
        && l.claimStatus() == null
        && !now.isBefore(l.deliveredDate().plusDays(1))) {
      claims.requestExchange(l.orderNo(), "サイズを交換したい");
      return;
    }
    if (!plan.returns() || l.deliveredDate() == null) {
      return;
    }
    if (l.claimStatus() == null && !now.isBefore(l.deliveredDate().plusDays(1))) {
      claims.requestReturn(l.orderNo(), "サイズが合わない");
    } else if (l.claimStatus() == ClaimStatus.RETURN_REQUESTED
        && !now.isBefore(l.claimRequestedAt().plusDays(2))) {
      claims.completeReturn(l.orderNo());
    }
  }

  /** What will happen to an order, from the seed and its number only. */
  record Plan(
      Duration paysAfter,
      Duration cancelAfter,
      int deliveryDays,
      boolean returns,
      boolean exchanges,
      boolean asks) {}

  Plan plan(long orderNo) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + orderNo);
    Duration pays = r.nextInt(100) < 80 ? Duration.ofMinutes(10 + r.nextInt(36 * 60)) : null;
    Duration cancel = r.nextInt(100) < 3 ? Duration.ofMinutes(5 + r.nextInt(120)) : null;
    int deliveryDays = 1 + r.nextInt(3);
    boolean returns = r.nextInt(200) == 0;
    // drawn last, so that the earlier draws (and so the plans of existing seeds) stay as they were
    boolean exchanges = !returns && r.nextInt(200) == 0;
    boolean asks = r.nextInt(100) < 2;
    return new Plan(pays, cancel, deliveryDays, returns, exchanges, asks);
  }
}
