package io.qconnect.hub.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.orders.Confirmation;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Buyers take units on Qoo10 and their lines reserve stock in the hub (some then cancelled or
 * shipped) while operators adjust the same SKUs and the pusher runs: the ledger never shows
 * negative available, loses no movement, and once pushes settle no item on Qoo10 shows more than
 * the hub's available.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class NeverOversellTest {
  private static final String SHOP = "stock-shop";
  private static final int SKUS = 8;
  private static final int BUYERS = 4;
  private static final int OPERATORS = 3;
  private static final int ROUNDS = 60;

  @Parameter Engine engine;

  @Test
  void orders_and_operators_racing_never_take_available_below_zero_nor_qoo10_above_it()
      throws Exception {
    try (HubFixture f = new HubFixture(engine)) {
      FakeGoods goods = new FakeGoods(f.server);
      for (int i = 0; i < SKUS; i++) {
        goods.item("10000000" + i, "SKU-" + i, 0);
      }
      f.connect(SHOP);
      StockService stock = f.hub.stock().service();
      for (int i = 0; i < SKUS; i++) {
        stock.set("SKU-" + i, 10, "start");
      }
      assertThat(f.hub.stock().items().sync(SHOP).mapped()).isEqualTo(SKUS);
      f.hub.stock().pusher().pushDue();
      f.hub.stock().pusher().start();
      Jdbi jdbi = HubJdbi.create(f.dataSource);

      AtomicLong orderNos = new AtomicLong(1);
      AtomicInteger negative = new AtomicInteger();
      AtomicInteger samples = new AtomicInteger();
      ConcurrentLinkedQueue<Integer> applied = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<int[]> shipped = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(BUYERS + OPERATORS + 1);
      List<Future<?>> work = new ArrayList<>();
      for (int b = 0; b < BUYERS; b++) {
        long seed = b;
        work.add(pool.submit(() -> buyer(f, goods, stock, new Random(seed), orderNos, shipped)));
      }
      for (int o = 0; o < OPERATORS; o++) {
        long seed = 100 + o;
        work.add(pool.submit(() -> operator(stock, new Random(seed), applied)));
      }
      Future<?> sampler =
          pool.submit(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  int low =
                      jdbi.withHandle(
                          h ->
                              h.createQuery("SELECT MIN(LEAST(on_hand, reserved)) FROM hub_sku")
                                  .mapTo(Integer.class)
                                  .one());
                  samples.incrementAndGet();
                  if (low < 0) {
                    negative.incrementAndGet();
                  }
                }
              });
      for (Future<?> w : work) {
        w.get();
      }
      sampler.cancel(true);
      pool.shutdown();

      assertThat(samples.get()).isPositive();
      assertThat(negative.get()).as("samples with a negative figure").isZero();
      assertThat(
              count(
                  jdbi,
                  "cause IN ('ADJUST', 'SET') AND on_hand_delta < 0 AND on_hand_after < reserved_after"))
          .as("operator movements that took away held units")
          .isZero();
      assertThat(count(jdbi, "cause = 'ADJUST'")).isEqualTo(applied.size());
      System.out.printf(
          "%s: %d adjustments applied, %d orders, %d reservations arrived short"
              + " (sold on Qoo10 between an operator's decrease and its push)%n",
          engine,
          applied.size(),
          orderNos.get() - 1,
          count(jdbi, "cause = 'RESERVE' AND on_hand_after < reserved_after"));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  f.hub.stock().mappings().units(SHOP, true, 0, 100).stream()
                      .noneMatch(Listing::pushPending));
      int totalOnHand = 0;
      for (int i = 0; i < SKUS; i++) {
        StockLevel l = stock.view("SKU-" + i).level();
        assertThat(goods.qty("10000000" + i))
            .as("Qoo10 quantity of SKU-" + i)
            .isEqualTo(l.available());
        totalOnHand += l.onHand();
      }
      int consumed = shipped.stream().mapToInt(s -> s[1]).sum();
      int operatorDelta = applied.stream().mapToInt(Integer::intValue).sum();
      int takenOff =
          -jdbi.withHandle(
              h ->
                  h.createQuery(
                          "SELECT COALESCE(SUM(on_hand_delta), 0) FROM hub_stock_move"
                              + " WHERE cause = 'CONSUME'")
                      .mapTo(Integer.class)
                      .one());
      // a line shipped while the shelf held less takes what is there (the ledger clamps at 0)
      assertThat(takenOff).as("units taken off the shelf by shipments").isBetween(0, consumed);
      assertThat(count(jdbi, "cause = 'CONSUME'"))
          .as("every shipped line consumed")
          .isEqualTo(shipped.size());
      assertThat(totalOnHand)
          .as("no lost movement")
          .isEqualTo(SKUS * 10 + operatorDelta - takenOff);
      int reservedInLines =
          jdbi.withHandle(
              h ->
                  h.createQuery(
                          "SELECT COALESCE(SUM(qty), 0) FROM hub_stock_line WHERE state = 'RESERVED'")
                      .mapTo(Integer.class)
                      .one());
      int reserved = 0;
      for (int i = 0; i < SKUS; i++) {
        reserved += stock.view("SKU-" + i).level().reserved();
      }
      assertThat(reserved).isEqualTo(reservedInLines);
    }
  }

  private static long count(Jdbi jdbi, String where) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM hub_stock_move WHERE " + where)
                .mapTo(Long.class)
                .one());
  }

  /** Buys on Qoo10, then the line arrives in the hub; some lines are cancelled, some shipped. */
  private static void buyer(
      HubFixture f,
      FakeGoods goods,
      StockService stock,
      Random random,
      AtomicLong orderNos,
      ConcurrentLinkedQueue<int[]> shipped) {
    for (int r = 0; r < ROUNDS; r++) {
      int sku = random.nextInt(SKUS);
      int qty = 1 + random.nextInt(2);
      if (!goods.buy("10000000" + sku, qty)) {
        continue;
      }
      long no = orderNos.getAndIncrement();
      arrive(f, stock, line(no, sku, qty, HubStatus.NEW));
      int next = random.nextInt(4);
      if (next == 0) {
        arrive(f, stock, line(no, sku, qty, HubStatus.CANCELLED));
      } else if (next == 1) {
        arrive(f, stock, line(no, sku, qty, HubStatus.SHIPPED));
        shipped.add(new int[] {sku, qty});
      }
    }
  }

  /** Operators count stock in and out; a count that would take held units away is refused. */
  private static void operator(
      StockService stock, Random random, ConcurrentLinkedQueue<Integer> applied) {
    for (int r = 0; r < ROUNDS; r++) {
      int delta = random.nextInt(7) - 3;
      try {
        stock.adjust(
            List.of(new StockService.Adjustment("SKU-" + random.nextInt(SKUS), delta, "count")));
        applied.add(delta);
      } catch (HubException refused) {
        // taking away held units is refused, as it must be
      }
    }
  }

  private static void arrive(HubFixture f, StockService stock, OrderLine line) {
    HubJdbi.create(f.dataSource).useTransaction(h -> stock.lineEvents().changed(h, List.of(line)));
  }

  private static OrderLine line(long no, int sku, int qty, HubStatus status) {
    return new OrderLine(
        SHOP,
        no,
        no,
        "",
        ShippingStatus.ON_REQUEST,
        null,
        status,
        null,
        null,
        null,
        null,
        null,
        null,
        "",
        "10000000" + sku,
        "SKU-" + sku,
        "item",
        "",
        "",
        qty,
        1200L * qty,
        "",
        "",
        Confirmation.NONE,
        Instant.EPOCH,
        Instant.EPOCH,
        1);
  }
}
