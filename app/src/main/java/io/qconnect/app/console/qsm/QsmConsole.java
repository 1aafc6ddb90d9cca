package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;

/** Mounts the seller and staff screens of the marketplace. */
public final class QsmConsole {
  private QsmConsole() {}

  public static void mount(Router r, Marketplace market) {
    r.nav(Role.SELLER, "/qsm", "nav.qsm.home");
    r.nav(Role.SELLER, "/qsm/permissions", "nav.qsm.permissions");
    r.nav(Role.SELLER, "/qsm/permissions/request", "nav.qsm.request");
    r.nav(Role.SELLER, "/qsm/api", "nav.qsm.api");
    r.nav(Role.SELLER, "/qsm/items", "nav.qsm.items");
    r.nav(Role.SELLER, "/qsm/bulk", "nav.qsm.bulk");
    r.nav(Role.SELLER, "/qsm/orders", "nav.qsm.orders");
    r.nav(Role.SELLER, "/qsm/notices", "nav.qsm.notices");
    r.nav(Role.STAFF, "/staff", "nav.staff.queue");
    r.nav(Role.STAFF, "/staff/sellers", "nav.staff.sellers");
    r.nav(Role.STAFF, "/staff/integrators", "nav.staff.integrators");
    r.nav(Role.STAFF, "/staff/mails", "nav.staff.mails");
    new PermissionRoutes(market).mount(r);
    new KeyRoutes(market).mount(r);
    new BulkRoutes(market).mount(r);
    new AuthorizeRoutes(market).mount(r);
    new CatalogueFileRoutes(market).mount(r);
    new CatalogRoutes(market).mount(r);
    new OrderFileRoutes(market).mount(r);
    new OrderRoutes(market).mount(r);
    new QueueRoutes(market).mount(r);
    new SellerRoutes(market).mount(r);
    new IntegratorRoutes(market).mount(r);
    new NoticeRoutes(market).mount(r);
  }
}
