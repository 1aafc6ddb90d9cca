package io.qconnect.hub.orders;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Told about order lines just inserted or changed by an import, inside the import's transaction (so
 * what it writes commits or rolls back with the lines). The stock ledger listens here: a new line
 * reserves, a cancelled one releases, a shipped one consumes.
 */
@FunctionalInterface
public interface LineEvents {
  LineEvents NONE = (h, inserted, lines) -> {};

  /**
   * @param inserted the lines this transaction inserted: nothing was recorded of them before
   * @param changed the lines it changed (or, from a caller that cannot tell, any line)
   */
  void changed(Handle h, List<OrderLine> inserted, List<OrderLine> changed);

  /** Lines of which the caller cannot tell whether they are new. */
  default void changed(Handle h, List<OrderLine> lines) {
    changed(h, List.of(), lines);
  }
}
