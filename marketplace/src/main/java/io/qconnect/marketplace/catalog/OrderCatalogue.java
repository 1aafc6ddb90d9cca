package io.qconnect.marketplace.catalog;

import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.core.Times;
import io.qconnect.marketplace.order.Catalogue;
import io.qconnect.marketplace.order.Sellable;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.item.OptionAxis;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The catalogue as the order feature sees it: what can be bought, and stock. Stock is taken and
 * given back on the order feature's handle, inside the order's own transaction.
 */
public final class OrderCatalogue implements Catalogue {
  private final JdbcCatalogStore store = new JdbcCatalogStore();
  private final Jdbi jdbi;
  private final Clock clock;

  public OrderCatalogue(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @Override
  public Optional<Sellable> find(String sellerId, String itemOrSellerCode, String optionCode) {
    return jdbi.withHandle(h -> findIn(h, sellerId, itemOrSellerCode.strip(), optionCode.strip()));
  }

  @Override
  public Optional<List<String>> optionCodes(String sellerId, String itemOrSellerCode) {
    return jdbi.withHandle(
        h ->
            item(h, sellerId, itemOrSellerCode.strip())
                .map(
                    i ->
                        store.options(h, i.itemCode()).stream()
                            .map(ItemOption::optionCode)
                            .toList()));
  }

  private Optional<Item> item(Handle h, String sellerId, String code) {
    return store
        .find(h, sellerId, ItemRef.code(code))
        .or(() -> store.find(h, sellerId, new ItemRef("", code)));
  }

  private Optional<Sellable> findIn(Handle h, String sellerId, String code, String optionCode) {
    Item item = item(h, sellerId, code).orElse(null);
    if (item == null) {
      return Optional.empty();
    }
    List<ItemOption> options = store.options(h, item.itemCode());
    if (options.isEmpty()) {
      return optionCode.isEmpty() ? Optional.of(sellable(item, null)) : Optional.empty();
    }
    return options.stream()
        .filter(o -> !optionCode.isEmpty() && o.optionCode().equals(optionCode))
        .findFirst()
        .map(o -> sellable(item, o));
  }

  @Override
  public List<Sellable> onSale(String sellerId) {
    return jdbi.withHandle(
        h -> {
          List<Sellable> out = new ArrayList<>();
          int pageSize = 500;
          for (int offset = 0; ; offset += pageSize) {
            List<Item> page = store.page(h, sellerId, ItemStatus.ON_SALE, offset, pageSize);
            for (Item i : page) {
              addSellable(h, i, out);
            }
            if (page.size() < pageSize) {
              return out;
            }
          }
        });
  }

  private void addSellable(Handle h, Item i, List<Sellable> out) {
    List<ItemOption> options = store.options(h, i.itemCode());
    if (options.isEmpty() && i.qty() > 0) {
      out.add(sellable(i, null));
    }
    options.stream().filter(o -> o.qty() > 0).forEach(o -> out.add(sellable(i, o)));
  }

  @Override
  public boolean take(Handle h, String itemCode, String optionCode, int qty) {
    try {
      return store.takeStock(h, itemCode, optionCode, qty);
    } catch (MarketplaceException e) {
      return false;
    }
  }

  @Override
  public void giveBack(Handle h, String itemCode, String optionCode, int qty) {
    store.returnStock(h, itemCode, optionCode, qty);
  }

  private Sellable sellable(Item i, ItemOption o) {
    return new Sellable(
        i.sellerId(),
        i.itemCode(),
        i.sellerCode() == null ? "" : i.sellerCode(),
        i.fields().title(),
        i.price() + (o == null ? 0 : o.priceDelta()),
        o == null ? "" : label(o.axes()),
        o == null ? "" : o.optionCode(),
        shipByDays(i.fields().shipBy()),
        i.status() == ItemStatus.ON_SALE,
        o == null ? i.qty() : o.qty());
  }

  private static String label(List<OptionAxis> axes) {
    return axes.stream().map(a -> a.name() + ":" + a.value()).collect(Collectors.joining(" / "));
  }

  /** Business days to ship from payment: the setting's days, or the days until a release date. */
  private int shipByDays(ShipBy s) {
    return switch (s.type()) {
      case NORMAL, PREPARATION -> Integer.parseInt(s.value());
      case SAME_DAY -> 0;
      case RELEASE_DATE -> {
        LocalDate release = LocalDate.parse(s.value().replace('/', '-'));
        yield (int) Math.max(1, ChronoUnit.DAYS.between(Times.today(clock), release));
      }
    };
  }
}
