package io.qconnect.marketplace.catalog;

import static io.qconnect.marketplace.catalog.ExtrasEdits.answer;
import static io.qconnect.marketplace.catalog.ExtrasEdits.bad;
import static io.qconnect.marketplace.catalog.ExtrasEdits.url;

import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiFeature;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contents of an item (docs/qapi.md §7.8): its HTML description, standard image and video,
 * additional images, header and footer. Registered by {@link ItemExtrasMethods}, with the same
 * codes: -10001 no such item, -10002 a bad value.
 */
final class ItemContentsMethods implements QapiFeature {

  private final ItemExtrasService extras;

  ItemContentsMethods(ItemExtrasService extras) {
    this.extras = extras;
  }

  @Override
  public void registerIn(MethodTable t) {
    t.register(QapiMethod.EDIT_GOODS_CONTENTS, this::contents)
        .register(QapiMethod.EDIT_GOODS_IMAGE, this::image)
        .register(QapiMethod.EDIT_GOODS_MULTI_IMAGE, this::multiImage)
        .register(QapiMethod.EDIT_GOODS_HEADER_FOOTER, this::headerFooter);
  }

  // ------------------------------------------------------------------ ItemsContents

  /** EditGoodsContents: Contents, the HTML description (ItemDetail of GetItemDetailInfo). */
  private QapiResponse contents(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_GOODS_CONTENTS;
    String html = c.params().text("Contents");
    if (html.isBlank()) {
      return bad(m, "Contents is required.");
    }
    if (html.length() > 20000) {
      return bad(m, "Contents is longer than 20000 characters.");
    }
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, item) -> {
              extras.store().setItemText(h, item.itemCode(), "description", html, extras.now());
              return item;
            }));
  }

  /** EditGoodsImage: StandardImage (required) and VideoURL, http(s) URLs of up to 200. */
  private QapiResponse image(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_GOODS_IMAGE;
    String img = c.text("StandardImage");
    String video = c.text("VideoURL");
    if (!url(img) || (!video.isEmpty() && !url(video))) {
      return bad(m, "Incorrect image URL.");
    }
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, item) -> {
              extras.store().setItemText(h, item.itemCode(), "image_url", img, extras.now());
              extras.store().set(h, item.itemCode(), Map.of("video_url", video));
              return item;
            }));
  }

  /** EditGoodsMultiImage: EnlargedImage1..EnlargedImage50, replacing all additional images. */
  private QapiResponse multiImage(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_GOODS_MULTI_IMAGE;
    List<ItemExtras.OptionImage> rows = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      String u = c.text("EnlargedImage" + i);
      if (u.isEmpty()) {
        continue;
      }
      if (!url(u)) {
        return bad(m, "Incorrect image URL (EnlargedImage" + i + ").");
      }
      rows.add(new ItemExtras.OptionImage("", "", u));
    }
    return answer(
        m,
        extras.edit(
            c.sellerId(),
            CatalogMethods.ref(c),
            (h, item) -> {
              extras.store().replaceImages(h, item.itemCode(), "E", rows);
              return item;
            }));
  }

  /** EditGoodsHeaderFooter: EditHeaderYN/Header and EditFooterYN/Footer, each up to 2500. */
  private QapiResponse headerFooter(SellerCall c) {
    QapiMethod m = QapiMethod.EDIT_GOODS_HEADER_FOOTER;
    Map<String, Object> v = new LinkedHashMap<>();
    for (String part : List.of("Header", "Footer")) {
      String yn = c.text("Edit" + part + "YN").toUpperCase(java.util.Locale.ROOT);
      String html = c.params().text(part);
      if (!yn.isEmpty() && !yn.equals("Y") && !yn.equals("N")) {
        return bad(m, "Edit" + part + "YN must be Y or N.");
      }
      if (html.length() > 2500) {
        return bad(m, part + " is longer than 2500 characters.");
      }
      if (yn.equals("Y")) {
        v.put(part.equals("Header") ? "header_html" : "footer_html", html);
      }
    }
    if (v.isEmpty()) {
      return bad(m, "Nothing to change: set EditHeaderYN or EditFooterYN to Y.");
    }
    return set(c, m, v);
  }

  private QapiResponse set(SellerCall c, QapiMethod m, Map<String, Object> values) {
    return ExtrasEdits.set(extras, c, m, values);
  }
}
