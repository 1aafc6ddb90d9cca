package io.qconnect.hub.stock;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.core.NotFoundException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Which hub SKU each Qoo10 unit feeds: an item without options by its seller code, an option by its
 * option code. Automatic where the code names a hub SKU (at each item import and when a SKU is
 * created), by hand otherwise, and in bulk from a CSV. One SKU may feed units in several shops.
 */
public final class MappingService {
  private final Jdbi jdbi;
  private final StockService stockService;
  private final Runnable wake;
  private final JdbcListingStore listings = new JdbcListingStore();
  private final JdbcShopStockStore shopStock = new JdbcShopStockStore();
  private final JdbcStockStore stock = new JdbcStockStore();

  public MappingService(Jdbi jdbi, StockService stockService, Runnable wake) {
    this.jdbi = jdbi;
    this.stockService = stockService;
    this.wake = wake;
  }

  /**
   * A mapping: the unit of {@code shop} named by its item code (or seller code) and option code (""
   * for an item without options) feeds {@code sku}; a blank SKU unlinks the unit.
   */
  public record Mapping(String sku, String shop, String itemCode, String optionCode) {
    public Mapping {
      sku = sku == null ? "" : sku.trim();
      optionCode = optionCode == null ? "" : optionCode.trim();
      if (shop == null || shop.isBlank()) {
        throw new HubException("\"shop\" is required");
      }
      if (itemCode == null || itemCode.isBlank()) {
        throw new HubException("\"itemCode\" is required");
      }
      itemCode = itemCode.trim();
    }
  }

  /** Units of a shop (every shop for null), all or only the (un)mapped ones, by id from after. */
  public List<Listing> units(String shop, Boolean mapped, long after, int limit) {
    return jdbi.withHandle(h -> listings.byShop(h, shop, mapped, after, limit));
  }

  /** Applies every mapping or none. */
  public int map(List<Mapping> mappings) {
    if (mappings.isEmpty()) {
      throw new HubException("no mapping given");
    }
    int n =
        jdbi.inTransaction(
            h -> {
              for (int i = 0; i < mappings.size(); i++) {
                Mapping m = mappings.get(i);
                String where = mappings.size() == 1 ? "" : "mapping " + (i + 1) + ": ";
                Listing unit =
                    listings
                        .findByCodes(h, m.shop(), m.itemCode(), m.optionCode())
                        .orElseThrow(
                            () ->
                                new NotFoundException(
                                    where
                                        + "shop "
                                        + m.shop()
                                        + " has no item "
                                        + m.itemCode()
                                        + (m.optionCode().isEmpty()
                                            ? " without options"
                                            : " with option code " + m.optionCode())
                                        + " (import its items first)"));
                if (!m.sku().isEmpty() && stock.find(h, m.sku()).isEmpty()) {
                  throw new NotFoundException(
                      where + "no SKU " + m.sku() + " (create it with PUT /api/stock/{sku})");
                }
                listings.map(h, unit.id(), m.sku().isEmpty() ? null : m.sku(), "MANUAL");
              }
              stockService.retryWaiting(h);
              return mappings.size();
            });
    wake.run();
    return n;
  }

  /**
   * Mappings from a CSV of {@code sku,shop,itemCode,optionCode} (a header line starting with {@code
   * sku} is skipped), refused as a whole naming the line when one is bad.
   */
  public int mapCsv(Reader csv) {
    List<Mapping> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(csv)) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        String t = no == 1 ? line.replace("\uFEFF", "") : line;
        if (t.isBlank() || (no == 1 && t.toLowerCase(java.util.Locale.ROOT).startsWith("sku"))) {
          continue;
        }
        String[] c = t.split(",", -1);
        if (c.length < 3 || c.length > 4) {
          throw new HubException(
              "mappings CSV line " + no + ": expected sku,shop,itemCode,optionCode");
        }
        try {
          out.add(new Mapping(c[0].trim(), c[1].trim(), c[2], c.length == 4 ? c[3] : ""));
        } catch (HubException e) {
          throw new HubException("mappings CSV line " + no + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map(out);
  }

  /** The unlinked queue of a shop: units with no SKU, order lines whose codes name none. */
  public record Unlinked(List<Listing> units, List<LineRef> lines, List<ItemChange> changes) {}

  public Unlinked unlinked(String shop, int limit) {
    return jdbi.withHandle(
        h ->
            new Unlinked(
                listings.byShop(h, shop, false, 0, limit),
                stock.unmappedLines(h, shop, limit),
                shop == null ? List.of() : shopStock.changes(h, shop, limit)));
  }

  public ShopStockRules rules(String shop) {
    return jdbi.withHandle(
        h -> {
          shopStock.requireShop(h, shop);
          return shopStock.rules(h, shop);
        });
  }

  /** Saves a shop's push rules; every mapped unit of the shop is pushed again. */
  public void saveRules(String shop, ShopStockRules rules) {
    jdbi.useTransaction(
        h -> {
          shopStock.requireShop(h, shop);
          shopStock.saveRules(h, shop, rules);
          listings.markShopDue(h, shop);
        });
    wake.run();
  }
}
