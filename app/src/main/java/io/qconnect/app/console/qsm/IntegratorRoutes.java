package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Fields;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.access.Integrator;
import io.qconnect.marketplace.core.ListPage;
import java.util.List;

/**
 * Staff: the integrators a seller may authorize through the Get Auth window, and the form that
 * registers one (a name and the exact redirect address).
 */
public final class IntegratorRoutes {
  private final Marketplace market;

  IntegratorRoutes(Marketplace market) {
    this.market = market;
  }

  /** The staff screen's model. */
  public record IntegratorsPage(
      List<Integrator> integrators, ListParams params, int total, int page, int pages) {}

  void mount(Router r) {
    r.page("/staff/integrators", Role.STAFF, this::list);
    r.action("/staff/integrators", Role.STAFF, this::register);
  }

  private void list(Call c) {
    ListParams p = ListParams.read(c);
    ListPage<Integrator> found =
        market.authorizations().integrators(p.q(), p.page(), ListParams.PAGE_SIZE);
    c.render(
        "staff/integrators.jte",
        c.shell("staff.integrators.title"),
        new IntegratorsPage(
            found.rows(), p, found.total(), found.page(), found.pages(ListParams.PAGE_SIZE)));
  }

  private String register(Call c) {
    Fields f = c.fields();
    String name = f.required("name", "staff.integrators.name", Integrator.MAX_NAME);
    String uri = f.required("redirectUri", "staff.integrators.redirectUri", Integrator.MAX_URI);
    f.check();
    Integrator i = market.authorizations().register(name, uri);
    c.flash(Flash.Kind.OK, c.t().f("staff.integrators.added", i.name(), i.integratorId()));
    return "/staff/integrators";
  }
}
