package io.qconnect.hub.fulfilment;

import io.qconnect.hub.core.HubJdbi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Shipping instructions ({@code hub_instruction}). Stateless: runs on the caller's handle. */
final class JdbcInstructionStore {
  private static final String COLUMNS =
      """
      instruction_id, shop_id, order_no, webhook_state, attempts, last_error, next_attempt_at,
      delivered_at, exported_at, created_at""";

  /** Inserts the instruction unless the line has one; answers whether it was inserted. */
  boolean insert(Handle h, Instruction i, String payload) {
    return h.createUpdate(
                """
                INSERT INTO hub_instruction (instruction_id, shop_id, order_no, payload,
                  webhook_state, next_attempt_at, created_at)
                VALUES (:id, :shop, :no, :payload, :state, :now, :now)
                ON CONFLICT DO NOTHING""")
            .bind("id", i.instructionId())
            .bind("shop", i.shopId())
            .bind("no", i.orderNo())
            .bind("payload", payload)
            .bind("state", i.webhookState().name())
            .bind("now", i.createdAt())
            .execute()
        == 1;
  }

  Optional<Instruction> find(Handle h, String shopId, long orderNo) {
    return h.createQuery(
            "SELECT " + COLUMNS + " FROM hub_instruction WHERE shop_id = :shop AND order_no = :no")
        .bind("shop", shopId)
        .bind("no", orderNo)
        .map(this::row)
        .findOne();
  }

  /** Newest first. */
  List<Instruction> list(Handle h, String shopId, int limit) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM hub_instruction WHERE shop_id = :shop ORDER BY created_at DESC,"
                + " order_no DESC LIMIT :limit")
        .bind("shop", shopId)
        .bind("limit", limit)
        .map(this::row)
        .list();
  }

  /** Instructions whose webhook delivery is due, oldest first. */
  List<Instruction> due(Handle h, Instant now, int limit) {
    return h.createQuery(
            "SELECT "
                + COLUMNS
                + " FROM hub_instruction WHERE webhook_state IN ('PENDING', 'FAILED')"
                + " AND next_attempt_at <= :now ORDER BY next_attempt_at, order_no LIMIT :limit")
        .bind("now", now)
        .bind("limit", limit)
        .map(this::row)
        .list();
  }

  String payload(Handle h, String instructionId) {
    return h.createQuery("SELECT payload FROM hub_instruction WHERE instruction_id = :id")
        .bind("id", instructionId)
        .mapTo(String.class)
        .one();
  }

  void delivered(Handle h, String instructionId, Instant now) {
    h.createUpdate(
            """
            UPDATE hub_instruction SET webhook_state = 'DELIVERED', attempts = attempts + 1,
              last_error = '', delivered_at = :now
            WHERE instruction_id = :id""")
        .bind("id", instructionId)
        .bind("now", now)
        .execute();
  }

  void failed(Handle h, String instructionId, String error, Instant next) {
    h.createUpdate(
            """
            UPDATE hub_instruction SET webhook_state = 'FAILED', attempts = attempts + 1,
              last_error = :error, next_attempt_at = :next
            WHERE instruction_id = :id""")
        .bind("id", instructionId)
        .bind("error", HubJdbi.clip(error, 1000))
        .bind("next", next)
        .execute();
  }

  /** The payloads of the shop's instructions not exported yet, oldest first. */
  List<String> unexported(Handle h, String shopId) {
    return h.createQuery(
            """
            SELECT payload FROM hub_instruction WHERE shop_id = :shop AND exported_at IS NULL
            ORDER BY created_at, order_no""")
        .bind("shop", shopId)
        .mapTo(String.class)
        .list();
  }

  void markExported(Handle h, String shopId, Instant now) {
    h.createUpdate(
            """
            UPDATE hub_instruction SET exported_at = :now
            WHERE shop_id = :shop AND exported_at IS NULL""")
        .bind("shop", shopId)
        .bind("now", now)
        .execute();
  }

  private Instruction row(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Instruction(
        rs.getString("instruction_id"),
        rs.getString("shop_id"),
        rs.getLong("order_no"),
        Instruction.WebhookState.valueOf(rs.getString("webhook_state")),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        HubJdbi.instant(rs, "next_attempt_at"),
        HubJdbi.instant(rs, "delivered_at"),
        HubJdbi.instant(rs, "exported_at"),
        HubJdbi.instant(rs, "created_at"));
  }
}
