package io.qconnect.app;

import io.qconnect.hub.Hub;
import io.qconnect.hub.mail.IntakeAddress;
import io.qconnect.hub.shop.NewShop;
import io.qconnect.hub.shop.ShopPatch;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.notice.NoticeForm;
import io.qconnect.marketplace.notice.NoticeService;
import io.qconnect.marketplace.sandbox.Seeder;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The all-in-one demo: a seeded marketplace (a demo seller with an approved API key and a
 * catalogue), the buyer simulator placing orders, and the hub with the demo shop connected to the
 * marketplace over HTTP, importing and auto-confirming on its schedule.
 */
final class Demo {
  static final long SEED = 7;
  static final String SELLER = Seeder.sellerId(1);

  /** The hub's name as an integrator in the marketplace's Get Auth window. */
  static final String INTEGRATOR_NAME = "qoo10-connect hub";

  private static final Logger LOG = LoggerFactory.getLogger(Demo.class);

  private Demo() {}

  /** Seeds an empty marketplace and starts the simulator. */
  static void prepareMarketplace(Marketplace market, double ordersPerMinute) {
    if (market.sellers().all().isEmpty()) {
      new Seeder(market.sellers(), market.keys(), market.catalog())
          .seed(new Seeder.Request(SEED, 1, 60));
      LOG.info("demo: seeded seller {} with 60 items", SELLER);
    }
    market.simulator().start(ordersPerMinute, SEED);
  }

  /**
   * Gives the demo seller {@code password} (the published one on this machine only, a generated one
   * when the server is open to the network) and, when its shop is connected already, the hub too.
   */
  static void usePassword(Hub hub, Marketplace market, String password) {
    if (market.sellers().find(SELLER).isEmpty()
        || market.sellers().authenticate(SELLER, password)) {
      return;
    }
    market.sellers().changePassword(SELLER, password);
    LOG.info("demo: seller {} has a new password", SELLER);
    if (hub.shops().find(SELLER).isPresent()) {
      hub.shops()
          .update(
              SELLER,
              new ShopPatch(null, password, null, null, null, null, null, null, null, null));
    }
  }

  /** The NextEngine order template ("[Email] NextEngine Order - Unit"). */
  static final int NOTICE_TEMPLATE = 4;

  /**
   * Has the marketplace mail the demo shop's order notifications to the hub's intake address (SMTP
   * to the hub's listener, every other mail staying in the catcher), registering the setting in the
   * seller's 通知管理 unless it is there already: a visitor sees orders in the hub seconds after
   * payment.
   */
  static void sendNoticesToHub(Hub hub, Marketplace market, String smtpHost, int mailPort) {
    if (hub.shops().find(SELLER).isEmpty()) {
      return;
    }
    IntakeAddress intake = hub.mail().address(SELLER);
    market.mailRelay().route(hub.config().mailDomain(), "smtp://" + smtpHost + ":" + mailPort);
    boolean registered =
        market.notices().settings(SELLER, 0, NoticeService.MAX_SETTINGS).stream()
            .anyMatch(n -> n.destination().equalsIgnoreCase(intake.address()));
    if (!registered) {
      market.notices().register(SELLER, NoticeForm.of(NOTICE_TEMPLATE, intake.address()), SELLER);
      LOG.info("demo: {}'s order notifications go to the hub's intake address", SELLER);
    }
  }

  /** Connects the demo shop in the hub to the marketplace, unless it is connected already. */
  static void connectShop(Hub hub, Marketplace market, URI qapiUrl, String password) {
    if (hub.shops().find(SELLER).isPresent()) {
      return;
    }
    String apiKey = market.keys().revealApiKey(SELLER).orElseThrow();
    ShopSettings demo =
        ShopSettings.defaults()
            .withStatuses(2, 3)
            .withIntervalMinutes(1)
            .withAutomation(true, true);
    hub.shops().connect(new NewShop(SELLER, apiKey, password, qapiUrl, demo));
    LOG.info("demo: shop {} connected to {}", SELLER, qapiUrl);
  }
}
