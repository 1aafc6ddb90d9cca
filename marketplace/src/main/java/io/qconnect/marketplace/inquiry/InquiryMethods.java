package io.qconnect.marketplace.inquiry;

import io.qconnect.marketplace.qapi.Answers;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiFeature;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.wire.QapiDates;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSCenter.GetInquiryMessage and SetInquiryMessage (docs/qapi.md §8). GetInquiryMessage takes
 * search_start_dt and search_end_dt (yyyyMMdd or yyyyMMddHHmmss, at most 90 days apart, as the
 * other period lookups) and proc_status S1/S2/S3; any bad argument answers -10001.
 */
public final class InquiryMethods implements QapiFeature {
  private final InquiryService inquiries;

  public InquiryMethods(InquiryService inquiries) {
    this.inquiries = inquiries;
  }

  @Override
  public void registerIn(MethodTable t) {
    t.register(QapiMethod.GET_INQUIRY_MESSAGE, this::get)
        .register(QapiMethod.SET_INQUIRY_MESSAGE, this::set);
  }

  private QapiResponse get(SellerCall c) {
    QapiMethod m = QapiMethod.GET_INQUIRY_MESSAGE;
    String status = c.text("proc_status").toUpperCase(Locale.ROOT);
    if (!status.isEmpty() && !status.matches("S[123]")) {
      return Answers.failValue(m, -10001, "proc_status must be S1, S2 or S3.");
    }
    LocalDateTime from;
    LocalDateTime to;
    try {
      from = QapiDates.parseSearchBound(c.text("search_start_dt"), false);
      to = QapiDates.parseSearchBound(c.text("search_end_dt"), true);
    } catch (IllegalArgumentException e) {
      return Answers.failValue(
          m, -10001, "search_start_dt and search_end_dt must be yyyyMMdd or yyyyMMddHHmmss.");
    }
    if (to.isBefore(from) || Duration.between(from, to).compareTo(Duration.ofDays(90)) > 0) {
      return Answers.failValue(
          m, -10001, "The period must end after it starts and span at most 90 days.");
    }
    List<Map<String, Object>> rows =
        inquiries.find(c.sellerId(), status, from, to).stream().map(InquiryMethods::row).toList();
    return Answers.value(m, rows);
  }

  private static Map<String, Object> row(Inquiry q) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("INQ_TYPE", q.type());
    r.put("SEQ_NO", 1);
    r.put("QUESTION_NO", q.questionNo());
    r.put("INQ_DT", QapiDates.wire(q.askedAt().withNano(0)));
    r.put("CUST_NM", q.customerName());
    r.put("CATE_NM", category(q.type()));
    r.put("CATE_CD", q.type());
    r.put("TITLE", q.title());
    r.put("CONTENTS", q.contents());
    r.put("GD_NO", q.itemCode());
    r.put("GD_NM", q.itemTitle());
    r.put("CONTR_NO", q.orderNo() == null ? "" : Long.toString(q.orderNo()));
    r.put("CLAIM_YN", q.claimYn());
    r.put("STATUS", q.status());
    return r;
  }

  private static String category(String type) {
    return switch (type) {
      case "HELP" -> "注文・配送に関するお問い合わせ";
      case "ITEM" -> "商品に関するお問い合わせ";
      default -> "販売者へのメッセージ";
    };
  }

  private QapiResponse set(SellerCall c) {
    QapiMethod m = QapiMethod.SET_INQUIRY_MESSAGE;
    String type = c.text("inq_type").toUpperCase(Locale.ROOT);
    String question = c.text("question_no");
    String seq = c.text("seq_no");
    if (!InquiryService.TYPES.contains(type)
        || !question.matches("\\d{1,18}")
        || !seq.matches("\\d{1,9}")) {
      return Answers.failValue(
          m, -10001, "inq_type (MSG, HELP or ITEM), question_no and seq_no are required.");
    }
    InquiryService.Answer a =
        inquiries.answer(
            c.sellerId(),
            type,
            Long.parseLong(question),
            Integer.parseInt(seq),
            c.params().text("contents"));
    return a.code() == 0
        ? Answers.value(m, Map.of("SEQ_NO", a.seqNo()))
        : Answers.failValue(m, a.code(), a.message());
  }
}
