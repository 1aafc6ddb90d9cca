package io.qconnect.marketplace.notice;

import io.qconnect.marketplace.core.Times;
import io.qconnect.marketplace.notice.InvalidNotice.Problem;
import io.qconnect.protocol.secret.SecretBox;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * 通知管理: registers and modifies a seller's notification settings (no delete: Use = N stops the
 * mail), lists them, and reads the mail log. The console and {@code POST /sandbox/notices} both go
 * through {@link #register} and {@link #modify}, so they validate alike.
 */
public final class NoticeService {
  /** The most settings one seller may keep. */
  public static final int MAX_SETTINGS = 200;

  private final Jdbi jdbi;
  private final SecretBox box;
  private final Clock clock;
  private final Supplier<String> sender;
  private final JdbcNoticeStore store = new JdbcNoticeStore();
  private final JdbcMailStore mails = new JdbcMailStore();

  public NoticeService(Jdbi jdbi, SecretBox box, Clock clock, Supplier<String> sender) {
    this.jdbi = jdbi;
    this.box = box;
    this.clock = clock;
    this.sender = sender;
  }

  /** Registers a template to a destination; the registrant is the seller's login ID. */
  public NoticeSetting register(String sellerId, NoticeForm form, String registrant) {
    JdbcNoticeStore.Row r = validated(form, null, registrant);
    return jdbi.inTransaction(
        h -> {
          if (store.count(h, sellerId) >= MAX_SETTINGS) {
            throw new InvalidNotice(Problem.TOO_MANY);
          }
          long id = store.insert(h, sellerId, r);
          return view(store.find(h, sellerId, id).orElseThrow());
        });
  }

  /** Modifies a setting in place (R33); a blank certification key keeps the stored one. */
  public NoticeSetting modify(String sellerId, long id, NoticeForm form) {
    return jdbi.inTransaction(
        h -> {
          JdbcNoticeStore.Row old =
              store.find(h, sellerId, id).orElseThrow(() -> new InvalidNotice(Problem.NOT_FOUND));
          JdbcNoticeStore.Row r = validated(form, old.sealedKey(), old.registrant());
          store.update(h, sellerId, id, r, Times.now(clock));
          return view(store.find(h, sellerId, id).orElseThrow());
        });
  }

  public Optional<NoticeSetting> find(String sellerId, long id) {
    return jdbi.withHandle(h -> store.find(h, sellerId, id).map(this::view));
  }

  /** One page of a seller's settings, in registration order. */
  public List<NoticeSetting> settings(String sellerId, int offset, int limit) {
    return jdbi.withHandle(h -> store.ofSeller(h, sellerId, offset, limit)).stream()
        .map(this::view)
        .toList();
  }

  public int count(String sellerId) {
    return jdbi.withHandle(h -> store.count(h, sellerId));
  }

  /** The mail log, newest first: of a seller (null = all), to an address (null = any). */
  public List<Mail> mails(String sellerId, String to, LocalDateTime since, int limit) {
    return jdbi.withHandle(h -> mails.search(h, sellerId, to, since, false, limit));
  }

  /** How many mails {@link #mails} has for a seller and recipient (null for any). */
  public int countMails(String sellerId, String to) {
    return jdbi.withHandle(h -> mails.count(h, sellerId, to));
  }

  /** The mails actually sent (or caught), newest first: what {@code GET /sandbox/mails} shows. */
  public List<Mail> sentMails(String to, LocalDateTime since, int limit) {
    return jdbi.withHandle(h -> mails.search(h, null, to, since, true, limit));
  }

  public long countMails(Mail.Status s) {
    return jdbi.withHandle(h -> mails.countByStatus(h, s));
  }

  /**
   * Queues a notice to a seller that is not a template's (FTP opened, API-key decision): logged and
   * delivered like every other mail.
   */
  public long sellerNotice(String sellerId, String to, String event, String subject, String body) {
    // the mail log runs on real time (the relay's), not on the sandbox clock a test may have moved
    LocalDateTime now = Times.now(Clock.systemUTC());
    return jdbi.withHandle(
        h ->
            mails.insert(
                h,
                new JdbcMailStore.NewMail(
                    sellerId,
                    null,
                    null,
                    event,
                    null,
                    to,
                    sender.get(),
                    subject,
                    body,
                    null,
                    Mail.Status.PENDING,
                    null),
                now));
  }

  private JdbcNoticeStore.Row validated(NoticeForm f, String oldSealedKey, String registrant) {
    if (f.templateNo() == null) {
      throw new InvalidNotice(Problem.NO_TEMPLATE);
    }
    Template t =
        Templates.byNo(f.templateNo())
            .orElseThrow(() -> new InvalidNotice(Problem.UNKNOWN_TEMPLATE));
    String dest = destination(f.destination());
    String subject = blank(f.subject()) ? t.subject() : f.subject().strip();
    if (subject.length() > 300 || subject.contains("\n") || subject.contains("\r")) {
      throw new InvalidNotice(Problem.BAD_SUBJECT);
    }
    String from = blank(f.sender()) ? sender.get() : sender(f.sender().strip());
    String detail = blank(f.detail()) ? t.body() : f.detail().replace("\r\n", "\n").strip();
    if (detail.length() > 8000) {
      throw new InvalidNotice(Problem.BAD_DETAIL);
    }
    String sealed = oldSealedKey;
    if (!blank(f.certKey())) {
      String k = f.certKey().strip();
      if (k.length() < 8 || k.length() > 200 || !k.chars().allMatch(c -> c > 32 && c < 127)) {
        throw new InvalidNotice(Problem.BAD_CERT_KEY);
      }
      sealed = box.seal(k);
    }
    return new JdbcNoticeStore.Row(
        0,
        null,
        t.no(),
        dest,
        f.use(),
        f.standby(),
        sealed,
        subject,
        from,
        detail,
        registrant,
        Times.now(clock),
        null,
        null,
        null);
  }

  /** One plain address (no name), as a mail server would accept it. */
  static String destination(String s) {
    if (blank(s) || s.strip().length() > 254) {
      throw new InvalidNotice(Problem.BAD_DESTINATION);
    }
    String a = s.strip();
    try {
      InternetAddress ia = new InternetAddress(a, true);
      ia.validate();
      if (ia.getPersonal() != null
          || !a.equals(ia.getAddress())
          || !a.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        throw new InvalidNotice(Problem.BAD_DESTINATION);
      }
      return a;
    } catch (AddressException e) {
      throw new InvalidNotice(Problem.BAD_DESTINATION);
    }
  }

  static String sender(String s) {
    if (s.length() > 300 || s.contains("\n") || s.contains("\r")) {
      throw new InvalidNotice(Problem.BAD_SENDER);
    }
    try {
      InternetAddress[] a = InternetAddress.parse(s, true);
      if (a.length != 1) {
        throw new InvalidNotice(Problem.BAD_SENDER);
      }
      a[0].validate();
      return s;
    } catch (AddressException e) {
      throw new InvalidNotice(Problem.BAD_SENDER);
    }
  }

  private NoticeSetting view(JdbcNoticeStore.Row r) {
    Template t = Templates.byNo(r.templateNo()).orElseThrow();
    return new NoticeSetting(
        r.id(),
        r.sellerId(),
        t,
        r.destination(),
        r.use(),
        r.standby(),
        r.sealedKey() == null ? "" : mask(box.open(r.sealedKey())),
        r.subject(),
        r.sender(),
        r.detail(),
        r.registrant(),
        r.registeredAt(),
        r.modifiedAt(),
        r.failure(),
        r.failedAt());
  }

  static String mask(String k) {
    return k.length() <= 6 ? "…" : k.substring(0, 4) + "…" + k.substring(k.length() - 2);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
