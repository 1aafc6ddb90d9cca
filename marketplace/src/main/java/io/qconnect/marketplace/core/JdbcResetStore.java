package io.qconnect.marketplace.core;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Empties the marketplace: every table of the schema, children before parents, and the item-code,
 * pack-number and order-number sequences back to their first values, so that the same seed and the
 * same orders give the same codes and numbers after a reset. Registered integrators stay: they are
 * the marketplace's configuration (a hub registered at start keeps working after a sandbox reset),
 * not a seller's data; so does staff's automatic-approval switch ({@code mk_access_switch}).
 * Stateless; the caller runs it in one transaction.
 */
public final class JdbcResetStore {
  private static final List<String> TABLES =
      List.of(
          "mk_file_download",
          "mk_inquiry_message",
          "mk_inquiry",
          "mk_ecoupon_use",
          "mk_exchange",
          "mk_bulk_row",
          "mk_bulk_request",
          "mk_mail",
          "mk_notice_setting",
          "mk_outbox",
          "mk_order_line",
          "mk_cart",
          "mk_item_image",
          "mk_item_add_option",
          "mk_item_extra",
          "mk_item_option",
          "mk_item",
          "mk_ftp_account",
          "mk_authorization_code",
          "mk_certification_key",
          "mk_api_key",
          "mk_permission_request",
          "mk_catalogue_setting",
          "mk_seller");

  /** Deletes every row of every marketplace table and restarts the item codes. */
  public void emptyAll(Handle h) {
    for (String table : TABLES) {
      h.execute("DELETE FROM " + table);
    }
    h.execute("ALTER SEQUENCE mk_item_code_seq RESTART WITH 1100000001");
    h.execute("ALTER SEQUENCE mk_pack_no_seq RESTART WITH 600000001");
    h.execute("ALTER SEQUENCE mk_order_no_seq RESTART WITH 1000000001");
    h.execute("ALTER SEQUENCE mk_question_no_seq RESTART WITH 70000001");
  }
}
