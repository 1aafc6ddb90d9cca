package io.qconnect.hub.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubException;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Items from QSM's two CSV downloads, in either encoding, mapped by their codes. */
class QsmItemFilesTest {
  private static final String GOODS =
      "商品番号,販売者商品コード,商品名,販売価格,供給原価,手数料,数量,送料,送料タイプ,販売終了日\n"
          + "1000000001,MUG-001,マグカップ,1500,1200,150,12,0,無料,2027-03-31\n"
          + "1000000002,TS-001,Tシャツ,2500,2000,250,0,0,無料,2027/03/31\n";
  private static final String INVENTORY =
      "商品番号,販売者商品コード,データ区分,オプション1,詳細1,オプション2,詳細2,オプション3,詳細3,価格,数量,オプションコード\n"
          + "1000000002,TS-001,組合せ,カラー,ブルー,サイズ,M,,,0,4,TS-BLU-M\n"
          + "1000000002,TS-001,組合せ,カラー,レッド,サイズ,M,,,100,6,TS-RED-M\n";

  @Test
  void reads_goods_list_with_a_bom_and_the_inventory_in_shift_jis_and_maps_matching_codes() {
    try (HubFixture f = new HubFixture(Engine.H2)) {
      f.connect("csv-shop");
      f.hub.stock().service().set("TS-RED-M", 3, "test");
      byte[] goods = ("\uFEFF" + GOODS).getBytes(StandardCharsets.UTF_8);
      byte[] inventory = INVENTORY.getBytes(Charset.forName("windows-31j"));

      ItemImporter.ItemSyncReport r =
          f.hub.stock().items().importFiles("csv-shop", goods, inventory);

      assertThat(r.items()).isEqualTo(2);
      assertThat(r.units()).isEqualTo(3);
      assertThat(r.mapped()).isEqualTo(1);
      List<Listing> units = f.hub.stock().mappings().units("csv-shop", null, 0, 10);
      assertThat(units)
          .extracting(
              Listing::itemCode, Listing::optionValue, Listing::optionCode, Listing::qoo10Qty)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("1000000001", "", "", 12),
              org.assertj.core.groups.Tuple.tuple("1000000002", "ブルー||*M", "TS-BLU-M", 4),
              org.assertj.core.groups.Tuple.tuple("1000000002", "レッド||*M", "TS-RED-M", 6));
      assertThat(
              units.stream()
                  .filter(u -> u.itemCode().equals("1000000001"))
                  .findFirst()
                  .orElseThrow()
                  .price())
          .isEqualTo(1500);
      assertThat(units.stream().filter(u -> "TS-RED-M".equals(u.sku())).count()).isEqualTo(1);
    }
  }

  @Test
  void an_option_removed_on_qoo10_shows_at_the_next_import() {
    try (HubFixture f = new HubFixture(Engine.H2)) {
      f.connect("csv-shop");
      byte[] goods = GOODS.getBytes(StandardCharsets.UTF_8);
      f.hub
          .stock()
          .items()
          .importFiles("csv-shop", goods, INVENTORY.getBytes(StandardCharsets.UTF_8));
      String fewer =
          INVENTORY
              .lines()
              .limit(2)
              .reduce((a, b) -> a + "\n" + b)
              .orElseThrow()
              .replace("TS-BLU-M", "TS-BLUE-M");

      ItemImporter.ItemSyncReport r =
          f.hub
              .stock()
              .items()
              .importFiles("csv-shop", goods, fewer.getBytes(StandardCharsets.UTF_8));

      assertThat(r.changes()).isEqualTo(2);
      assertThat(f.hub.stock().mappings().unlinked("csv-shop", 10).changes())
          .extracting(ItemChange::kind)
          .containsExactlyInAnyOrder("OPTION_RECODED", "OPTION_REMOVED");
    }
  }

  @Test
  void a_bad_quantity_refuses_the_import_naming_the_file_row_and_column() {
    try (HubFixture f = new HubFixture(Engine.H2)) {
      f.connect("csv-shop");
      byte[] goods = GOODS.replace(",12,", ",12O,").getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> f.hub.stock().items().importFiles("csv-shop", goods, null))
          .isInstanceOf(HubException.class)
          .hasMessageContaining("GoodsList.csv row 1, column quantity");
      assertThat(f.hub.stock().mappings().units("csv-shop", null, 0, 10)).isEmpty();
    }
  }
}
