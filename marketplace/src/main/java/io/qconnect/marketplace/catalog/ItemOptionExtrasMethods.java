package io.qconnect.marketplace.catalog;

import static io.qconnect.marketplace.catalog.ExtrasEdits.COL;
import static io.qconnect.marketplace.catalog.ExtrasEdits.ROW;
import static io.qconnect.marketplace.catalog.ExtrasEdits.answer;
import static io.qconnect.marketplace.catalog.ExtrasEdits.bad;
import static io.qconnect.marketplace.catalog.ExtrasEdits.optionImages;

import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiFeature;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The single-type options of an item (docs/qapi.md §7.7, 7.9): EditGoodsOption,
 * EditGoodsTextOption, and the pictures of its options, EditInventoryImage and
 * EditAdditionalOptionImage. Registered by {@link ItemExtrasMethods}, with the same codes: -10001
 * no such item, -10002 a bad value.
 */
final class ItemOptionExtrasMethods implements QapiFeature {

  private final ItemExtrasService extras;

  ItemOptionExtrasMethods(ItemExtrasService extras) {
    this.extras = extras;
  }

  @Override
  public void registerIn(MethodTable t) {
    t.register(QapiMethod.EDIT_GOODS_OPTION, this::additionalOptions)
        .register(QapiMethod.EDIT_GOODS_TEXT_OPTION, this::textOptions)
        .register(QapiMethod.EDIT_INVENTORY_IMAGE, this::inventoryImage)
        .register(QapiMethod.EDIT_ADDITIONAL_OPTION_IMAGE, this::additionalOptionImage);
  }

  // ------------------------------------------------------------------ ItemsOptions

  /** EditGoodsOption: AdditionalOption {@code name||*value||*price[||*code]$$...}, replace all. */
  private QapiResponse additionalOptions(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_GOODS_OPTION;
    String text = c.text("AdditionalOption");
    List<ItemExtras.AdditionalOption> rows = new ArrayList<>();
    for (String row : text.isEmpty() ? new String[0] : ROW.split(text, -1)) {
      String[] cols = COL.split(row, -1);
      if (cols.length < 3
          || cols.length > 4
          || cols[0].isBlank()
          || cols[1].isBlank()
          || !cols[2].strip().matches("-?\\d{1,9}")
          || cols[0].strip().length() > 100
          || cols[1].strip().length() > 100
          || (cols.length == 4 && cols[3].strip().length() > 100)) {
        return bad(m, "AdditionalOption rows are name||*value||*price[||*code], joined with $$.");
      }
      rows.add(
          new ItemExtras.AdditionalOption(
              cols[0].strip(),
              cols[1].strip(),
              Long.parseLong(cols[2].strip()),
              cols.length == 4 ? cols[3].strip() : "",
              ""));
    }
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, s, item, x) -> {
              List<ItemExtras.AdditionalOption> kept = new ArrayList<>();
              for (ItemExtras.AdditionalOption o : rows) {
                String img =
                    x.additionalOptions().stream()
                        .filter(p -> p.name().equals(o.name()) && p.value().equals(o.value()))
                        .map(ItemExtras.AdditionalOption::imageUrl)
                        .findFirst()
                        .orElse("");
                kept.add(
                    new ItemExtras.AdditionalOption(
                        o.name(), o.value(), o.price(), o.optionCode(), img));
              }
              s.replaceAdditionalOptions(h, item.itemCode(), kept);
              return Outcome.done(item);
            }));
  }

  /** EditGoodsTextOption: TextOptions {@code name||*n$$...}, names up to 20 characters. */
  private QapiResponse textOptions(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_GOODS_TEXT_OPTION;
    String text = c.text("TextOptions");
    List<String> rows = new ArrayList<>();
    for (String row : text.isEmpty() ? new String[0] : ROW.split(text, -1)) {
      String[] cols = COL.split(row, -1);
      if (cols.length != 2
          || cols[0].isBlank()
          || cols[0].strip().length() > 20
          || !cols[1].strip().matches("\\d{1,3}")) {
        return bad(m, "TextOptions rows are name (up to 20 characters)||*number, joined with $$.");
      }
      rows.add(cols[0].strip() + "||*" + cols[1].strip());
    }
    String joined = String.join("$$", rows);
    if (joined.length() > 2000) {
      return bad(m, "TextOptions is longer than 2000 characters.");
    }
    return set(c, m, Map.of("text_options", joined));
  }

  // ------------------------------------------------------------------ option images

  /**
   * EditInventoryImage: InventoryImage {@code name||*value||*url$$...}; -10002 bad URL, -10003 a
   * value no combination option of the item has.
   */
  private QapiResponse inventoryImage(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_INVENTORY_IMAGE;
    List<ItemExtras.OptionImage> rows = optionImages(c.text("InventoryImage"));
    if (rows == null) {
      return bad(
          m, "InventoryImage rows are name||*value||*url with an http(s) URL, joined with $$.");
    }
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, s, item, x) -> {
              List<ItemOption> options = new JdbcCatalogStore().options(h, item.itemCode());
              for (ItemExtras.OptionImage r : rows) {
                boolean known =
                    options.stream()
                        .anyMatch(
                            o ->
                                o.toInventoryOption().axes().stream()
                                    .anyMatch(
                                        a ->
                                            a.name().equals(r.name())
                                                && a.value().equals(r.value())));
                if (!known) {
                  return Outcome.refused(
                      -10003, "The item has no option " + r.name() + " = " + r.value() + ".");
                }
              }
              s.replaceImages(h, item.itemCode(), "I", rows);
              return Outcome.done(item);
            }));
  }

  /**
   * EditAdditionalOptionImage: AdditionalOptionImage {@code name||*value||*url$$...} (the reference
   * says only "similar" to EditInventoryImage), on the single-type options; -10003 no such option.
   */
  private QapiResponse additionalOptionImage(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_ADDITIONAL_OPTION_IMAGE;
    List<ItemExtras.OptionImage> rows = optionImages(c.text("AdditionalOptionImage"));
    if (rows == null) {
      return bad(
          m,
          "AdditionalOptionImage rows are name||*value||*url with an http(s) URL, joined with $$.");
    }
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, s, item, x) -> {
              List<ItemExtras.AdditionalOption> after = new ArrayList<>(x.additionalOptions());
              for (ItemExtras.OptionImage r : rows) {
                int i = -1;
                for (int k = 0; k < after.size(); k++) {
                  if (after.get(k).name().equals(r.name())
                      && after.get(k).value().equals(r.value())) {
                    i = k;
                  }
                }
                if (i < 0) {
                  return Outcome.refused(
                      -10003,
                      "The item has no additional option " + r.name() + " = " + r.value() + ".");
                }
                ItemExtras.AdditionalOption o = after.get(i);
                after.set(
                    i,
                    new ItemExtras.AdditionalOption(
                        o.name(), o.value(), o.price(), o.optionCode(), r.url()));
              }
              s.replaceAdditionalOptions(h, item.itemCode(), after);
              return Outcome.done(item);
            }));
  }

  private QapiResponse set(SellerCall c, QapiMethod m, Map<String, Object> values) {
    return ExtrasEdits.set(extras, c, m, values);
  }
}
