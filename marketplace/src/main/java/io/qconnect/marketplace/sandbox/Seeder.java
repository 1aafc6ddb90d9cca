package io.qconnect.marketplace.sandbox;

import io.qconnect.marketplace.access.KeyService;
import io.qconnect.marketplace.catalog.CatalogService;
import io.qconnect.marketplace.catalog.Category;
import io.qconnect.marketplace.catalog.ItemFields;
import io.qconnect.marketplace.catalog.NewGoods;
import io.qconnect.marketplace.catalog.ShipBy;
import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.sandbox.DemoProducts.Axis;
import io.qconnect.marketplace.sandbox.DemoProducts.Template;
import io.qconnect.marketplace.seller.NewSeller;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.OptionAxis;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic demo data: sellers {@code demo-shop}, {@code demo-shop-2}, ... (review completed, 0
 * service points, an approved API key) and, per seller, items in the demo categories with seller
 * codes {@code SKU-0001}, ..., Japanese titles, prices, JAN codes, stock and, for most, one to
 * three option axes with option codes such as {@code SKU-0003-NVY-M}. The same seed gives the same
 * sellers and items (and, after a reset, the same item codes). The sandbox API seeds with API keys
 * derived from the seed too ({@link #fromSeed}), so a test suite that resets and seeds gets the
 * same keys every time; the demo seeds with random keys. Every seller's password is {@code
 * demo-pass-<seed>}, e.g. {@code demo-pass-7}.
 */
public final class Seeder {
  public static final int MAX_SELLERS = 20;
  public static final int MAX_ITEMS = 2000;

  private final SellerService sellers;
  private final KeyService keys;
  private final CatalogService catalog;

  private final boolean keysFromSeed;

  /** A seeder giving each seller a random API key. */
  public Seeder(SellerService sellers, KeyService keys, CatalogService catalog) {
    this(sellers, keys, catalog, false);
  }

  private Seeder(
      SellerService sellers, KeyService keys, CatalogService catalog, boolean keysFromSeed) {
    this.sellers = sellers;
    this.keys = keys;
    this.catalog = catalog;
    this.keysFromSeed = keysFromSeed;
  }

  /**
   * A seeder whose API keys are derived from the seed and the seller's number: the same seed gives
   * the same keys (a sandbox for test suites; anyone who knows the seed knows the keys).
   */
  public static Seeder fromSeed(SellerService sellers, KeyService keys, CatalogService catalog) {
    return new Seeder(sellers, keys, catalog, true);
  }

  /** The API key of seller {@code index} seeded with {@code seed} by {@link #fromSeed}. */
  public static String apiKey(long seed, int index) {
    SplittableRandom random = new SplittableRandom(seed * 7_919L + index * 104_729L + 0x5EEDL);
    String alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder b = new StringBuilder(40);
    for (int i = 0; i < 40; i++) {
      b.append(alnum.charAt(random.nextInt(alnum.length())));
    }
    return b.toString();
  }

  /** What to seed: the seed, how many sellers, how many items each. */
  public record Request(long seed, int sellers, int items) {
    public Request {
      if (sellers < 1 || sellers > MAX_SELLERS) {
        throw new MarketplaceException("\"sellers\" must be 1.." + MAX_SELLERS);
      }
      if (items < 0 || items > MAX_ITEMS) {
        throw new MarketplaceException("\"items\" (per seller) must be 0.." + MAX_ITEMS);
      }
    }
  }

  /** A seeded seller with what an integrator needs to connect. */
  public record SeededSeller(String sellerId, String password, String apiKey) {}

  /** An option that can be ordered: its code, its price over the item's, its stock. */
  public record OrderableOption(String optionCode, long priceDelta, int stock) {}

  /**
   * A seeded item as an order names it ({@code POST /sandbox/orders}: item code or seller code, and
   * the option code when it has options): stock is the item's own for an item without options, the
   * options' sum otherwise; {@code orderable} when some stock is left.
   */
  public record Orderable(
      String sellerId,
      String itemCode,
      String sellerCode,
      long price,
      int stock,
      boolean orderable,
      List<OrderableOption> options) {}

  /** The sellers, the number of items created in all, and each item as it can be ordered. */
  public record Result(List<SeededSeller> sellers, int items, List<Orderable> catalogue) {}

  public static String sellerId(int index) {
    return index == 1 ? "demo-shop" : "demo-shop-" + index;
  }

  public static String password(long seed) {
    return "demo-pass-" + seed;
  }

  /**
   * Creates the sellers and their items.
   *
   * @throws MarketplaceException when a demo seller already exists (reset first)
   */
  public Result seed(Request r) {
    for (int s = 1; s <= r.sellers(); s++) {
      if (sellers.find(sellerId(s)).isPresent()) {
        throw new MarketplaceException(
            "seller '" + sellerId(s) + "' already exists: POST /sandbox/reset first");
      }
    }
    List<SeededSeller> out = new ArrayList<>();
    List<Orderable> catalogue = new ArrayList<>();
    int items = 0;
    for (int s = 1; s <= r.sellers(); s++) {
      out.add(seller(s, r.seed()));
      SplittableRandom random = new SplittableRandom(r.seed() * 1_000_003L + s);
      for (int i = 1; i <= r.items(); i++) {
        NewGoods g = goods(random, i);
        String itemCode = catalog.register(sellerId(s), g).orElseThrow().itemCode();
        catalogue.add(orderable(sellerId(s), itemCode, g));
        items++;
      }
    }
    return new Result(List.copyOf(out), items, List.copyOf(catalogue));
  }

  private static Orderable orderable(String sellerId, String itemCode, NewGoods g) {
    List<OrderableOption> options =
        g.options().stream()
            .map(o -> new OrderableOption(o.optionCode(), o.priceDelta(), o.qty()))
            .toList();
    int stock = options.isEmpty() ? g.qty() : options.stream().mapToInt(o -> o.stock()).sum();
    return new Orderable(sellerId, itemCode, g.sellerCode(), g.price(), stock, stock > 0, options);
  }

  private SeededSeller seller(int index, long seed) {
    String id = sellerId(index);
    Category main = Category.KNOWN.get(Math.floorMod(seed + index, Category.KNOWN.size()));
    sellers.register(
        new NewSeller(id, password(seed), id + "@example.jp", main.mainName(), true, 0));
    String key = keysFromSeed ? keys.issueApiKey(id, apiKey(seed, index)) : keys.issueApiKey(id);
    return new SeededSeller(id, password(seed), key);
  }

  /** One item; every draw from {@code random} happens in a fixed order. */
  static NewGoods goods(SplittableRandom random, int n) {
    Template t = pick(random, DemoProducts.TEMPLATES);
    String sku = String.format("SKU-%04d", n);
    long price = pick(random, t.prices());
    String title = pick(random, DemoProducts.PREFIXES) + t.title();
    boolean food = Category.orCode(t.category()).mainCode().equals("100000003");
    List<InventoryOption> options = options(random, t, sku, price);
    ItemFields fields = fields(random, t, title, price);
    int qty = options.isEmpty() ? stock(random, 200) : 0;
    return new NewGoods(
        sku,
        fields,
        price,
        food ? "8" : "10",
        qty,
        null,
        "https://img.demo-shop.example/items/" + sku + ".jpg",
        "<p>" + title + "です。毎日使いやすい定番アイテムです。</p>",
        options);
  }

  private static ItemFields fields(SplittableRandom random, Template t, String title, long price) {
    boolean domestic = random.nextInt(3) > 0;
    ShipBy shipBy =
        random.nextInt(5) == 0
            ? new ShipBy(ShipBy.Type.PREPARATION, Integer.toString(4 + random.nextInt(4)))
            : ShipBy.normal(1 + random.nextInt(3));
    return new ItemFields(
        title,
        pick(random, DemoProducts.PROMOTIONS),
        t.category(),
        "",
        (price * 13 / 10) / 10 * 10,
        "0",
        shipBy,
        "",
        "",
        domestic ? "1" : "2",
        pick(random, domestic ? DemoProducts.PREFECTURES : DemoProducts.COUNTRIES),
        "J",
        jan(random),
        "N",
        "support@demo-shop.example",
        Category.orCode(t.category()).name() + "," + Category.orCode(t.category()).firstName());
  }

  /** Combination options over 0 to all of the template's axes, at most 24 of them. */
  private static List<InventoryOption> options(
      SplittableRandom random, Template t, String sku, long price) {
    int axes = t.axes().isEmpty() ? 0 : random.nextInt(t.axes().size() + 1);
    List<List<Integer>> combos = List.of(List.of());
    for (Axis a : t.axes().subList(0, axes)) {
      int count = Math.min(a.values().size(), 2 + random.nextInt(3));
      List<List<Integer>> next = new ArrayList<>();
      for (List<Integer> c : combos) {
        for (int v = 0; v < count; v++) {
          List<Integer> longer = new ArrayList<>(c);
          longer.add(v);
          next.add(longer);
        }
      }
      combos = next.subList(0, Math.min(24, next.size()));
    }
    List<InventoryOption> out = new ArrayList<>();
    for (List<Integer> c : axes == 0 ? List.<List<Integer>>of() : combos) {
      out.add(option(random, t.axes(), c, sku, out.isEmpty() ? 0 : delta(random, price)));
    }
    return out;
  }

  private static InventoryOption option(
      SplittableRandom random, List<Axis> axes, List<Integer> combo, String sku, long delta) {
    List<OptionAxis> values = new ArrayList<>();
    StringBuilder code = new StringBuilder(sku);
    for (int i = 0; i < combo.size(); i++) {
      Axis a = axes.get(i);
      values.add(new OptionAxis(a.name(), a.values().get(combo.get(i))));
      code.append('-').append(a.codes().get(combo.get(i)));
    }
    return new InventoryOption(values, delta, stock(random, 30), code.toString());
  }

  /** Mostly 0 yen extra; sometimes 100 to 500 yen, never beyond half the price. */
  private static long delta(SplittableRandom random, long price) {
    long d = random.nextInt(3) == 0 ? 100L * (1 + random.nextInt(5)) : 0;
    return Math.min(d, price / 2 / 100 * 100);
  }

  /** Stock up to {@code max}; about one in eight is sold out. */
  private static int stock(SplittableRandom random, int max) {
    return random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(max);
  }

  /** A JAN (EAN-13) code with the Japanese prefix 49 and a valid check digit. */
  static String jan(SplittableRandom random) {
    StringBuilder s = new StringBuilder("49");
    for (int i = 0; i < 10; i++) {
      s.append(random.nextInt(10));
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (s.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return s.append((10 - sum % 10) % 10).toString();
  }

  private static <T> T pick(SplittableRandom random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
