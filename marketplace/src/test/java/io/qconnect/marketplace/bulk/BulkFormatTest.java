package io.qconnect.marketplace.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.catalog.file.GoodsListColumns;
import io.qconnect.marketplace.catalog.file.InventoryGridColumns;
import org.junit.jupiter.api.Test;

class BulkFormatTest {
  @Test
  void an_upload_expects_exactly_the_header_the_downloads_write() {
    assertThat(BulkFormat.GOODS_LIST.headers()).isEqualTo(GoodsListColumns.HEADER);
    assertThat(BulkFormat.INVENTORY.headers()).isEqualTo(InventoryGridColumns.HEADER);
    assertThat(BulkFormat.GOODS_LIST.fileName()).isEqualTo(GoodsListColumns.FILE_NAME);
    assertThat(BulkFormat.INVENTORY.fileName()).isEqualTo(InventoryGridColumns.FILE_NAME);
  }
}
