package io.qconnect.marketplace.inquiry;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Inquiries and their messages. Stateless. */
final class JdbcInquiryStore {
  private static final String COLUMNS =
      """
      i.question_no, i.seller_id, i.inq_type, i.customer_name, i.title, i.contents, i.item_code,
      i.item_title, i.order_no, i.claim_yn, i.status, i.asked_at,
      (SELECT MAX(m.seq_no) FROM mk_inquiry_message m WHERE m.question_no = i.question_no) last_seq""";

  long insert(Handle h, NewInquiry q, LocalDateTime at) {
    long no = h.createQuery("SELECT nextval('mk_question_no_seq')").mapTo(Long.class).one();
    h.createUpdate(
            """
            INSERT INTO mk_inquiry (question_no, seller_id, inq_type, customer_name, title,
              contents, item_code, item_title, order_no, claim_yn, status, asked_at)
            VALUES (:no, :s, :t, :cust, :title, :contents, :item, :itemTitle, :order, :claim,
              'S1', :at)""")
        .bind("no", no)
        .bind("s", q.sellerId())
        .bind("t", q.type())
        .bind("cust", q.customerName())
        .bind("title", q.title())
        .bind("contents", q.contents())
        .bind("item", q.itemCode())
        .bind("itemTitle", q.itemTitle())
        .bind("order", q.orderNo())
        .bind("claim", q.claim() ? "Y" : "N")
        .bind("at", at)
        .execute();
    message(h, no, 1, false, q.contents(), at);
    return no;
  }

  void message(
      Handle h, long questionNo, int seq, boolean fromSeller, String text, LocalDateTime at) {
    h.createUpdate(
            """
            INSERT INTO mk_inquiry_message (question_no, seq_no, from_seller, contents, written_at)
            VALUES (:q, :seq, :seller, :c, :at)""")
        .bind("q", questionNo)
        .bind("seq", seq)
        .bind("seller", fromSeller)
        .bind("c", text)
        .bind("at", at)
        .execute();
  }

  void setStatus(Handle h, long questionNo, String status) {
    h.createUpdate("UPDATE mk_inquiry SET status = :s WHERE question_no = :q")
        .bind("q", questionNo)
        .bind("s", status)
        .execute();
  }

  Optional<Inquiry> lock(Handle h, long questionNo) {
    return h.createQuery(
            "SELECT " + COLUMNS + " FROM mk_inquiry i WHERE i.question_no = :q FOR UPDATE")
        .bind("q", questionNo)
        .map(JdbcInquiryStore::map)
        .findOne();
  }

  boolean sellerExists(Handle h, String sellerId) {
    return h.createQuery("SELECT COUNT(*) FROM mk_seller WHERE seller_id = :s")
            .bind("s", sellerId)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  boolean existsForOrder(Handle h, long orderNo) {
    return h.createQuery("SELECT COUNT(*) FROM mk_inquiry WHERE order_no = :o")
            .bind("o", orderNo)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  List<Inquiry> find(
      Handle h, String sellerId, String status, LocalDateTime from, LocalDateTime to) {
    Query q =
        h.createQuery(
                "SELECT "
                    + COLUMNS
                    + " FROM mk_inquiry i WHERE i.seller_id = :s AND i.asked_at BETWEEN :f AND :t"
                    + (status.isEmpty() ? "" : " AND i.status = :st")
                    + " ORDER BY i.asked_at, i.question_no")
            .bind("s", sellerId)
            .bind("f", from)
            .bind("t", to);
    if (!status.isEmpty()) {
      q.bind("st", status);
    }
    return q.map(JdbcInquiryStore::map).list();
  }

  int unanswered(Handle h, String sellerId) {
    return h.createQuery("SELECT COUNT(*) FROM mk_inquiry WHERE seller_id = :s AND status <> 'S3'")
        .bind("s", sellerId)
        .mapTo(Integer.class)
        .one();
  }

  private static Inquiry map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext c)
      throws java.sql.SQLException {
    long order = rs.getLong("order_no");
    Long orderNo = rs.wasNull() ? null : order;
    return new Inquiry(
        rs.getLong("question_no"),
        rs.getString("seller_id"),
        rs.getString("inq_type"),
        rs.getString("customer_name"),
        rs.getString("title"),
        rs.getString("contents"),
        rs.getString("item_code"),
        rs.getString("item_title"),
        orderNo,
        rs.getString("claim_yn"),
        rs.getString("status"),
        rs.getObject("asked_at", LocalDateTime.class),
        rs.getInt("last_seq"));
  }
}
