package io.qconnect.marketplace.catalog;

import com.zaxxer.hikari.HikariDataSource;
import io.qconnect.marketplace.core.MarketplaceSchema;
import io.qconnect.marketplace.seller.NewSeller;
import io.qconnect.marketplace.seller.PasswordHasher;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.marketplace.seller.StandingSource;
import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.OptionAxis;
import io.qconnect.protocol.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated database with two sellers and the catalogue on a fixed clock (2026-05-11 JST). As a
 * JUnit extension on an instance field ({@code @RegisterExtension}) it is closed after each test.
 */
final class CatalogHarness implements AutoCloseable, AfterEachCallback {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-05-11T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
  static final String SHOP = "shop-a";
  static final String OTHER = "shop-b";

  final HikariDataSource ds;
  final Jdbi jdbi;
  final JdbcCatalogStore store;
  final CatalogService catalog;

  CatalogHarness(TestDatabases.Engine engine) {
    ds = TestDatabases.fresh(engine);
    MarketplaceSchema.migrate(ds);
    jdbi = Jdbi.create(ds);
    SellerService sellers =
        new SellerService(jdbi, new PasswordHasher(1000), StandingSource.none(), CLOCK);
    for (String id : List.of(SHOP, OTHER)) {
      sellers.register(new NewSeller(id, "password-1", id + "@example.jp", "", true, 0));
    }
    store = new JdbcCatalogStore();
    catalog = new CatalogService(jdbi, ds, CLOCK);
  }

  static ItemFields fields(String title) {
    return ItemFields.of(title, "320001234");
  }

  static NewGoods single(String sellerCode, long price, int qty) {
    return new NewGoods(
        sellerCode, fields("Tシャツ " + sellerCode), price, "10", qty, null, "", "", List.of());
  }

  static NewGoods withOptions(String sellerCode, long price, InventoryOption... options) {
    return new NewGoods(
        sellerCode, fields("Tシャツ " + sellerCode), price, "10", 0, null, "", "", List.of(options));
  }

  /** An option: "カラー=ブラック" style axes given as name, value, name, value... */
  static InventoryOption option(long delta, int qty, String code, String... nameValues) {
    List<OptionAxis> axes = new ArrayList<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      axes.add(new OptionAxis(nameValues[i], nameValues[i + 1]));
    }
    return new InventoryOption(axes, delta, qty, code);
  }

  Item register(NewGoods g) {
    return catalog.register(SHOP, g).orElseThrow();
  }

  boolean take(String itemCode, String optionCode, int qty) {
    Boolean taken = jdbi.inTransaction(h -> store.takeStock(h, itemCode, optionCode, qty));
    return taken;
  }

  boolean take(ItemOption option, int qty) {
    Boolean taken = jdbi.inTransaction(h -> store.takeStock(h, option, qty));
    return taken;
  }

  boolean giveBack(String itemCode, String optionCode, int qty) {
    Boolean returned = jdbi.inTransaction(h -> store.returnStock(h, itemCode, optionCode, qty));
    return returned;
  }

  boolean giveBack(ItemOption option, int qty) {
    Boolean returned = jdbi.inTransaction(h -> store.returnStock(h, option, qty));
    return returned;
  }

  Item item(String itemCode) {
    return catalog.find(itemCode).orElseThrow();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    ds.close();
  }
}
