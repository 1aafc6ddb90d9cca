package io.qconnect.marketplace.inquiry;

import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.core.Times;
import io.qconnect.marketplace.seller.Standing;
import io.qconnect.marketplace.seller.StandingSource;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * Buyer inquiries: buyers ask (the simulator, the sandbox), sellers answer (CSCenter.
 * SetInquiryMessage); each inquiry not yet answered counts in the seller's standing (問合せ未回答).
 */
public final class InquiryService implements StandingSource {
  static final Set<String> TYPES = Set.of("MSG", "HELP", "ITEM");

  private final Jdbi jdbi;
  private final JdbcInquiryStore store = new JdbcInquiryStore();
  private final Clock clock;

  public InquiryService(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** A buyer asks; answers the new inquiry's QUESTION_NO. */
  public long ask(NewInquiry q) {
    if (!TYPES.contains(q.type())) {
      throw new MarketplaceException("an inquiry type is MSG, HELP or ITEM, not " + q.type());
    }
    if (q.title().isBlank() || q.contents().isBlank()) {
      throw new MarketplaceException("an inquiry needs a title and contents");
    }
    if (q.title().length() > 200
        || q.contents().length() > 4000
        || q.customerName().length() > 100
        || q.itemTitle().length() > 200) {
      throw new MarketplaceException(
          "title (200), contents (4000), name (100) or item title (200) is too long");
    }
    if (!q.itemCode().matches("\\d{0,12}")) {
      throw new MarketplaceException("itemCode is an item code (digits): " + q.itemCode());
    }
    return jdbi.inTransaction(
        h -> {
          if (!store.sellerExists(h, q.sellerId())) {
            throw new MarketplaceException("no seller '" + q.sellerId() + "'");
          }
          return store.insert(h, q, now());
        });
  }

  /** A buyer asks about an order line once: nothing happens when that order has an inquiry. */
  public boolean askOnceAboutOrder(NewInquiry q) {
    return jdbi.inTransaction(
        h -> {
          if (q.orderNo() == null || store.existsForOrder(h, q.orderNo())) {
            return false;
          }
          store.insert(h, q, now());
          return true;
        });
  }

  /** The seller's inquiries asked in a period, of one status or all ("" ). */
  public List<Inquiry> find(String sellerId, String status, LocalDateTime from, LocalDateTime to) {
    return jdbi.withHandle(h -> store.find(h, sellerId, status, from, to));
  }

  /** The outcome of an answer: 0 and the new message's SEQ_NO, or a code and why. */
  public record Answer(int code, String message, int seqNo) {}

  /**
   * CSCenter.SetInquiryMessage: the seller answers inquiry {@code questionNo}, replying to its
   * message {@code seqNo}; the inquiry becomes answered (S3). -10002 when it is not the seller's,
   * the type or the message does not match, or the text is empty or over 4,000 characters.
   */
  public Answer answer(String sellerId, String type, long questionNo, int seqNo, String text) {
    if (text.isBlank() || text.length() > 4000) {
      return new Answer(-10002, "contents must be 1 to 4000 characters.", 0);
    }
    return jdbi.inTransaction(
        h -> {
          Inquiry q =
              store.lock(h, questionNo).filter(x -> x.sellerId().equals(sellerId)).orElse(null);
          if (q == null) {
            return new Answer(-10002, "No inquiry " + questionNo + " for this seller.", 0);
          }
          if (!q.type().equals(type)) {
            return new Answer(-10002, "Inquiry " + questionNo + " is of type " + q.type() + ".", 0);
          }
          if (seqNo < 1 || seqNo > q.lastSeq()) {
            return new Answer(
                -10002, "Inquiry " + questionNo + " has no message " + seqNo + ".", 0);
          }
          int seq = q.lastSeq() + 1;
          store.message(h, questionNo, seq, true, text, now());
          store.setStatus(h, questionNo, "S3");
          return new Answer(0, "SUCCESS", seq);
        });
  }

  /** The unanswered inquiries, for the seller's standing. */
  @Override
  public Standing computed(String sellerId) {
    int n = jdbi.withHandle(h -> store.unanswered(h, sellerId));
    return new Standing(0, n, 0);
  }

  private LocalDateTime now() {
    return Times.now(clock);
  }
}
