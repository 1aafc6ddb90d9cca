package io.qconnect.app.console;

import io.javalin.config.RoutesConfig;
import io.qconnect.hub.Hub;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.seller.PasswordHasher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The web console: login for marketplace staff, sellers and hub operators, and their screens.
 * Create it with the parts this process runs and mount it with the other routes; the screens of
 * each part ({@code console.qsm}, {@code console.hubui}) are handed in by the composition root, so
 * that this package, which they build on, does not depend on them.
 */
public final class Console {
  private final Marketplace market;
  private final Hub hub;
  private final Clock clock;
  private final ConsoleAccounts accounts;

  private Console(Marketplace market, Hub hub, Clock clock, ConsoleAccounts accounts) {
    this.market = market;
    this.hub = hub;
    this.clock = clock;
    this.accounts = accounts;
  }

  /**
   * @param market the marketplace, or null when this process runs none (no staff, no sellers)
   * @param hub the hub, or null when this process runs none (no operators)
   * @param logins the passwords of the console's own accounts
   * @param clock real time, for sessions and login throttling
   */
  public static Console create(Marketplace market, Hub hub, ConsoleLogins logins, Clock clock) {
    ConsoleAccounts accounts =
        new ConsoleAccounts(market == null ? null : market.sellers(), PasswordHasher.standard());
    if (market != null) {
      accounts.add(ConsoleLogins.STAFF, Role.STAFF, logins.password(ConsoleLogins.STAFF));
    }
    if (hub != null) {
      accounts.add(ConsoleLogins.OPERATOR, Role.OPERATOR, logins.password(ConsoleLogins.OPERATOR));
    }
    return new Console(market, hub, clock, accounts);
  }

  /** The accounts of the console's own logins that a process with these parts has. */
  public static List<String> ownLogins(boolean marketplace, boolean hub) {
    List<String> out = new ArrayList<>();
    if (marketplace) {
      out.add(ConsoleLogins.STAFF);
    }
    if (hub) {
      out.add(ConsoleLogins.OPERATOR);
    }
    return out;
  }

  /**
   * Mounts the login, the static files and the given screens.
   *
   * @param screens the screens of the parts this process runs, each mounted on the console's router
   */
  public void mount(RoutesConfig routes, List<Consumer<Router>> screens) {
    LoginThrottle throttle = new LoginThrottle(clock);
    Router router =
        new Router(routes, new Sessions(clock), Messages.load(), new Templates(), throttle);
    new StaticRoutes().mount(routes);
    router.mountNotFoundPage();
    new AuthRoutes(accounts, throttle, roles()).mount(router);
    screens.forEach(s -> s.accept(router));
  }

  private List<Role> roles() {
    List<Role> out = new ArrayList<>();
    if (market != null) {
      out.add(Role.SELLER);
      out.add(Role.STAFF);
    }
    if (hub != null) {
      out.add(Role.OPERATOR);
    }
    return out;
  }
}
