package io.qconnect.hub.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.fulfilment.Instruction;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.tracking.RowProblem;
import io.qconnect.hub.tracking.RowResult;
import io.qconnect.hub.tracking.ShipmentState;
import io.qconnect.hub.tracking.ShipmentUpload;
import io.qconnect.hub.tracking.ShippedLine;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class OrderGridTest {
  private static final String SHOP = "demo-shop";

  @Parameter Engine engine;

  /** Seven confirmed lines paid an hour apart (1001 oldest), imported. */
  private HubFixture withOrders() {
    HubFixture f = new HubFixture(engine);
    f.connect(SHOP);
    for (int i = 1; i <= 7; i++) {
      f.qoo10.order(SHOP, 1000 + i, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(10 - i));
    }
    f.hub.syncNow(SHOP);
    return f;
  }

  private static ShippedLine shipped(long no, String carrier, String tracking) {
    return new ShippedLine(SHOP, Long.toString(no), carrier, tracking);
  }

  @Test
  void pages_count_every_matching_line_and_walk_them_newest_first_without_repeats() {
    try (HubFixture f = withOrders()) {
      OrderGrid grid = f.hub.grid();
      Set<Long> seen = new HashSet<>();
      GridPage first = grid.page(GridFilter.ALL, 1, 3);
      for (int p = 1; p <= 3; p++) {
        grid.page(GridFilter.ALL, p, 3).lines().forEach(g -> seen.add(g.line().orderNo()));
      }

      assertThat(first.total()).isEqualTo(7);
      assertThat(first.pages()).isEqualTo(3);
      assertThat(first.lines())
          .extracting(g -> g.line().orderNo())
          .containsExactly(1007L, 1006L, 1005L);
      assertThat(seen).hasSize(7);
      GridPage beyond = grid.page(GridFilter.ALL, 99, 3);
      assertThat(beyond.page()).isEqualTo(3);
      assertThat(beyond.lines()).extracting(g -> g.line().orderNo()).containsExactly(1001L);
      assertThat(beyond.first()).isEqualTo(7);
      GridFilter one = new GridFilter(SHOP, null, null, null, 1004L, null);
      assertThat(grid.page(one, 1, 50).total()).isEqualTo(1);
    }
  }

  @Test
  void a_row_carries_buyer_address_write_back_and_instruction_and_filters_on_the_write_back() {
    try (HubFixture f = withOrders()) {
      f.hub.shipments().markShipped(List.of(shipped(1001, "ヤマト", "4912-0001")));
      f.hub.fulfilment().instruct(SHOP, List.of(1002L));

      GridPage page = f.hub.grid().page(GridFilter.ALL, 1, 50);
      GridLine shippedLine = line(page, 1001);
      GridLine instructed = line(page, 1002);

      assertThat(shippedLine.parties())
          .isEqualTo(new GridLine.Parties("山田 太郎", "山田 太郎", "150-0001", "東京都渋谷区神宮前1-2-3"));
      assertThat(shippedLine.writeBack().state()).isEqualTo(ShipmentState.PENDING);
      assertThat(shippedLine.carrier()).isEqualTo("ヤマト宅急便");
      assertThat(shippedLine.trackingNo()).isEqualTo("4912-0001");
      assertThat(shippedLine.instruction()).isNull();
      assertThat(instructed.writeBack()).isNull();
      assertThat(instructed.instruction().webhookState()).isEqualTo(Instruction.WebhookState.NONE);
      assertThat(instructed.line().hubStatus()).isEqualTo(HubStatus.INSTRUCTED);
      GridFilter pending =
          new GridFilter(null, null, null, null, null, GridFilter.WriteBack.PENDING);
      GridFilter none = new GridFilter(null, null, null, null, null, GridFilter.WriteBack.NONE);
      assertThat(f.hub.grid().page(pending, 1, 50).total()).isEqualTo(1);
      assertThat(f.hub.grid().page(none, 1, 50).total()).isEqualTo(6);
    }
  }

  @Test
  void the_csv_export_has_every_line_of_the_filter_and_no_cell_runs_as_a_formula()
      throws Exception {
    try (HubFixture f = withOrders()) {
      f.hub.shipments().markShipped(List.of(shipped(1003, "=HYPERLINK(\"x\")", "-1+2")));
      StringWriter out = new StringWriter();

      long n = f.hub.grid().writeCsv(GridFilter.ALL, out, GridCsv.Labels.NAMES);

      List<String> lines = out.toString().lines().toList();
      assertThat(n).isEqualTo(7);
      assertThat(lines).hasSize(8);
      assertThat(lines.getFirst()).startsWith("ショップID,注文番号,カート番号,注文日");
      String row = lines.stream().filter(l -> l.contains(",1003,")).findFirst().orElseThrow();
      assertThat(row).contains("'=HYPERLINK", "'-1+2", "PENDING", "山田 太郎", "150-0001");
      assertThat(row).doesNotContain(",=").doesNotContain(",-1+2");
    }
  }

  @Test
  void an_uploaded_export_ships_the_filled_rows_and_says_for_every_row_what_became_of_it()
      throws Exception {
    try (HubFixture f = withOrders()) {
      String file =
          "\uFEFFショップID,注文番号,配送会社,送り状番号,商品名\r\n"
              + SHOP
              + ",1001,佐川,3601-0001,Tシャツ\r\n"
              + SHOP
              + ",1002,,,Tシャツ\r\n"
              + SHOP
              + ",1003,ヤマト,has space,Tシャツ\r\n"
              + SHOP
              + ",9999,ヤマト,4912-0009,Tシャツ\r\n"
              + SHOP
              + ",1001,佐川,3601-0001,Tシャツ\r\n"
              + SHOP
              + ",1004,ヤマト,4912-0004,Tシャツ\r\n"
              + SHOP
              + ",1004,ヤマト,4912-9999,Tシャツ\r\n";

      ShipmentUpload.Done done =
          (ShipmentUpload.Done) f.hub.shipments().upload("", file.getBytes(StandardCharsets.UTF_8));

      assertThat(done.rows()).hasSize(7);
      assertThat(done.rows().get(0)).isInstanceOf(RowResult.Queued.class);
      assertThat(done.rows().get(1)).isInstanceOf(RowResult.Skipped.class);
      assertThat(problem(done.rows().get(2))).isEqualTo(RowProblem.Kind.BAD_TRACKING);
      assertThat(problem(done.rows().get(3))).isEqualTo(RowProblem.Kind.NO_SUCH_ORDER);
      assertThat(done.rows().get(4)).isInstanceOf(RowResult.Unchanged.class);
      assertThat(done.rows().get(5)).isInstanceOf(RowResult.Queued.class);
      assertThat(problem(done.rows().get(6))).isEqualTo(RowProblem.Kind.LISTED_TWICE);
      assertThat(done.rows())
          .extracting(RowResult::row)
          .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
      assertThat(f.hub.shipments().find(SHOP, 1001).orElseThrow().carrier()).isEqualTo("佐川急便");
      assertThat(f.hub.shipments().find(SHOP, 1004).orElseThrow().trackingNo())
          .isEqualTo("4912-0004");
      assertThat(f.hub.shipments().find(SHOP, 1003)).isEmpty();
      assertThat(f.hub.orders().get(SHOP, 1003).hubStatus()).isEqualTo(HubStatus.CONFIRMED);
    }
  }

  @Test
  void a_file_without_the_tracking_columns_is_refused_whole_and_shift_jis_is_read() {
    try (HubFixture f = withOrders()) {
      ShipmentUpload bad =
          f.hub
              .shipments()
              .upload(SHOP, "注文番号,配送会社\r\n1001,ヤマト\r\n".getBytes(StandardCharsets.UTF_8));
      ShipmentUpload sjis =
          f.hub
              .shipments()
              .upload(
                  SHOP,
                  "注文番号,配送会社,送り状番号\r\n1001,ヤマト運輸,4912-0001\r\n"
                      .getBytes(Charset.forName("windows-31j")));

      assertThat(bad)
          .isEqualTo(
              new ShipmentUpload.Refused(ShipmentUpload.FileProblem.BAD_HEADER, "注文番号,配送会社"));
      assertThat(f.hub.shipments().find(SHOP, 1001).map(s -> s.carrier())).contains("ヤマト宅急便");
      assertThat(((ShipmentUpload.Done) sjis).rows())
          .singleElement()
          .isInstanceOf(RowResult.Queued.class);
    }
  }

  @Test
  void a_cart_ships_together_but_a_line_refused_in_its_own_row_stays_behind() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.cart(
          SHOP, 500, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(2), 501, 502, 503);
      f.hub.syncNow(SHOP);

      List<RowResult> out =
          f.hub
              .shipments()
              .shipEach(List.of(shipped(501, "ヤマト", "4912-0501"), shipped(502, "ヤマト", "bad no")));

      assertThat(out.get(0)).isInstanceOf(RowResult.Queued.class);
      assertThat(((RowResult.Queued) out.get(0)).cartLines()).containsExactly(503L);
      assertThat(problem(out.get(1))).isEqualTo(RowProblem.Kind.BAD_TRACKING);
      assertThat(f.hub.shipments().find(SHOP, 503)).isPresent();
      assertThat(f.hub.shipments().find(SHOP, 502)).isEmpty();
    }
  }

  private static RowProblem.Kind problem(RowResult r) {
    assertThat(r).isInstanceOf(RowResult.Refused.class);
    return ((RowResult.Refused) r).problem().kind();
  }

  private static GridLine line(GridPage page, long no) {
    return page.lines().stream().filter(g -> g.line().orderNo() == no).findFirst().orElseThrow();
  }
}
