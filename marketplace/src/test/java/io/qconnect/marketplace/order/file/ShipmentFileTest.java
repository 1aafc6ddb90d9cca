package io.qconnect.marketplace.order.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.order.file.ShipmentFile.FileProblem;
import io.qconnect.marketplace.order.file.ShipmentFile.Read;
import io.qconnect.marketplace.order.file.ShipmentFile.RowProblem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShipmentFileTest {
  @Test
  void reads_utf8_with_a_bom_and_checks_every_row_before_anything_is_shipped() {
    String csv =
        "\uFEFF注文番号,配送会社,送り状番号,カート番号\r\n"
            + "1001,ヤマト宅急便,1234,9\r\n"
            + "abc,ヤマト宅急便,1\r\n"
            + "1002,,1\r\n"
            + "1003,佐川急便,\r\n"
            + "1004,佐川急便,"
            + "9".repeat(51)
            + "\r\n"
            + "1001,佐川急便,2\r\n"
            + "1005,,\r\n"
            + ",,\r\n";
    Read.Rows rows = (Read.Rows) ShipmentFile.read(csv.getBytes(StandardCharsets.UTF_8));
    assertThat(rows.rows())
        .extracting(ShipmentFile.Row::problem)
        .containsExactly(
            null,
            RowProblem.BAD_ORDER_NO,
            RowProblem.NO_CARRIER,
            RowProblem.NO_TRACKING,
            RowProblem.TRACKING_TOO_LONG,
            RowProblem.DUPLICATE);
    assertThat(rows.rows().get(0).number()).isEqualTo(2);
    assertThat(rows.rows().get(0).carrier()).isEqualTo("ヤマト宅急便");
    assertThat(rows.skipped()).isEqualTo(1);
  }

  @Test
  void reads_shift_jis_and_the_english_header() {
    byte[] sjis = "注文番号,配送会社,送り状番号\r\n7,ゆうパック,55\r\n".getBytes(Charset.forName("windows-31j"));
    assertThat(((Read.Rows) ShipmentFile.read(sjis)).rows().get(0).carrier()).isEqualTo("ゆうパック");
    byte[] en = "OrderNo,ShippingCorp,TrackingNo\n8,Qxpress,1\n".getBytes(StandardCharsets.UTF_8);
    assertThat(((Read.Rows) ShipmentFile.read(en)).rows().get(0).orderNo()).isEqualTo(8);
  }

  @Test
  void refuses_a_file_whole_for_its_header_encoding_emptiness_or_size() {
    assertThat(ShipmentFile.read("OrderNo,Carrier\n1,x\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new Read.Refused(FileProblem.BAD_HEADER, "OrderNo,Carrier"));
    assertThat(ShipmentFile.read(new byte[] {(byte) 0x82, (byte) 0xff, (byte) 0xfe}))
        .isEqualTo(new Read.Refused(FileProblem.UNDECODABLE, ""));
    assertThat(ShipmentFile.read(new byte[0])).isEqualTo(new Read.Refused(FileProblem.EMPTY, ""));
    String big = "注文番号,配送会社,送り状番号\n" + "1,a,b\n".repeat(ShipmentFile.MAX_ROWS + 1);
    assertThat(((Read.Refused) ShipmentFile.read(big.getBytes(StandardCharsets.UTF_8))).problem())
        .isEqualTo(FileProblem.TOO_MANY_ROWS);
  }
}
