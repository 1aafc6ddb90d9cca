package io.qconnect.hub.mail;

import io.qconnect.hub.shop.ShopService;
import io.qconnect.hub.sync.SyncService;
import io.qconnect.protocol.secret.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's mail intake: each shop's address, what to do with a mail received for it, and the log
 * its page shows. A mail that names orders queues exactly those order numbers for a fetch ({@link
 * MailImports}); the SMTP reply never waits for Qoo10. Nothing a mail says is stored as order data.
 */
public final class MailIntake implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MailIntake.class);

  /** The local part of an intake address: a fixed prefix and 128 random bits in hex. */
  private static final Pattern LOCAL = Pattern.compile("orders-([0-9a-f]{32})");

  private static final int TOKEN_BYTES = 16;

  /** Rows one statement of {@link #prune()} deletes at most. */
  static final int PRUNE_BATCH = 10_000;

  private final Jdbi jdbi;
  private final SecretBox box;
  private final ShopService shops;
  private final Clock clock;
  private final String domain;
  private final Duration retention;
  private final RandomGenerator random;
  private final JdbcMailIntakeStore store = new JdbcMailIntakeStore();
  private final MailImports imports;
  private final AtomicLong unknownRecipients = new AtomicLong();
  private volatile boolean listening;

  /**
   * @param domain the domain part of intake addresses (where the hub's SMTP listener is reached)
   * @param retention how long the log keeps a mail ({@link #prune()})
   * @param random draws the addresses' secret part: give a {@link java.security.SecureRandom}
   */
  public MailIntake(
      Jdbi jdbi,
      SecretBox box,
      ShopService shops,
      SyncService sync,
      Clock clock,
      String domain,
      Duration retention,
      RandomGenerator random) {
    this.jdbi = jdbi;
    this.box = box;
    this.shops = shops;
    this.clock = clock;
    this.domain = domain;
    this.retention = retention;
    this.random = random;
    this.imports = new MailImports(sync, this::unknownOrders);
  }

  /** The shop's intake address; the first call for a shop draws it. */
  public IntakeAddress address(String shopId) {
    shops.get(shopId); // a shop that does not exist has no address
    String token =
        jdbi.inTransaction(
            h -> {
              Optional<String> sealed = store.sealedToken(h, shopId);
              if (sealed.isPresent()) {
                return box.open(sealed.get());
              }
              byte[] bytes = new byte[TOKEN_BYTES];
              random.nextBytes(bytes);
              String fresh = HexFormat.of().formatHex(bytes);
              if (store.insert(h, shopId, sha256(fresh), box.seal(fresh), clock.instant())) {
                return fresh;
              }
              return box.open(store.sealedToken(h, shopId).orElseThrow());
            });
    return new IntakeAddress(
        shopId, "orders-" + token + "@" + domain, IntakeAddress.GROUP, IntakeAddress.KIND);
  }

  /** The shop an address belongs to (any domain: the random part decides). */
  public Optional<String> shopFor(String recipient) {
    String r = recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT);
    int at = r.lastIndexOf('@');
    Matcher m = LOCAL.matcher(at < 0 ? r : r.substring(0, at));
    if (!m.matches()) {
      return Optional.empty();
    }
    String hash = sha256(m.group(1));
    return jdbi.withHandle(h -> store.shopByTokenHash(h, hash));
  }

  /** Counts and logs a mail to an address of no shop (refused with 550). */
  void unknownRecipient(String recipient) {
    long n = unknownRecipients.incrementAndGet();
    LOG.warn("mail intake: refused a mail to an unknown address ({} so far)", n);
  }

  /** Counts a mail over the size limit (refused with 552). */
  void oversized(String shopId, int limit) {
    log(shopId, MailEvent.Outcome.OVERSIZED, null, "", "larger than " + limit + " bytes");
  }

  /** Takes a mail for the shop: reads it, logs it and queues the orders it names. */
  MailEvent.Outcome receive(String shopId, byte[] raw) {
    MailReading reading = MailReading.of(raw);
    return switch (reading) {
      case MailReading.Malformed m -> log(shopId, MailEvent.Outcome.MALFORMED, null, "", m.why());
      case MailReading.Unparseable u ->
          log(shopId, MailEvent.Outcome.UNPARSEABLE, null, "", u.why() + ": " + u.subject());
      case MailReading.Orders o -> orders(shopId, o);
    };
  }

  private MailEvent.Outcome orders(String shopId, MailReading.Orders o) {
    String nos = o.orderNos().stream().map(String::valueOf).collect(Collectors.joining(","));
    boolean fresh =
        jdbi.withHandle(
            h ->
                store.log(
                    h, shopId, clock.instant(), MailEvent.Outcome.RECEIVED, o.dedupKey(), nos, ""));
    if (!fresh) {
      return log(shopId, MailEvent.Outcome.DUPLICATE, null, nos, "already received");
    }
    imports.queue(shopId, o.orderNos());
    return MailEvent.Outcome.RECEIVED;
  }

  private void unknownOrders(String shopId, List<Long> orderNos) {
    if (!orderNos.isEmpty()) {
      String nos = orderNos.stream().map(String::valueOf).collect(Collectors.joining(","));
      log(shopId, MailEvent.Outcome.UNKNOWN_ORDER, null, nos, "Qoo10 knows no such line");
    }
  }

  private MailEvent.Outcome log(
      String shopId, MailEvent.Outcome outcome, String key, String nos, String detail) {
    if (outcome != MailEvent.Outcome.RECEIVED) {
      LOG.warn("mail intake, shop {}: {} {} {}", shopId, outcome, nos, detail);
    }
    jdbi.useHandle(h -> store.log(h, shopId, clock.instant(), outcome, key, nos, detail));
    return outcome;
  }

  /** The shop's intake as its page shows it. */
  public MailStats stats(String shopId) {
    IntakeAddress address = address(shopId);
    return jdbi.withHandle(
        h ->
            new MailStats(
                address,
                store.counts(h, shopId),
                store.recent(h, shopId, 10),
                unknownRecipients.get(),
                listening));
  }

  /** Whether the shop exists and may import (a Get Auth shop waiting for its seller may not). */
  boolean accepts(String shopId) {
    return shops.find(shopId).map(s -> !s.authNeeded()).orElse(false);
  }

  /**
   * Deletes the log's mails received longer than the retention ago, {@link #PRUNE_BATCH} rows per
   * statement (each its own transaction, so a large backlog holds no long one), until none is left.
   * Their dedup keys go with them: inside the retention a mail sent again imports once, after it
   * the mail is received as new (its import is idempotent: lines are keyed on shop and order).
   *
   * @return how many were deleted
   */
  public long prune() {
    return prune(PRUNE_BATCH);
  }

  long prune(int batch) {
    Instant before = clock.instant().minus(retention);
    long total = 0;
    int deleted;
    do {
      deleted = jdbi.withHandle(h -> store.deleteReceivedBefore(h, before, batch));
      total += deleted;
    } while (deleted == batch);
    if (total > 0) {
      LOG.info("mail intake: deleted {} mails received before {}", total, before);
    }
    return total;
  }

  /** Starts the fetches queued by mails. */
  public void start() {
    imports.start();
  }

  void listening(boolean on) {
    this.listening = on;
  }

  /** Waits until every fetch queued so far has run (tests, benchmarks). */
  public boolean idle() {
    return imports.idle();
  }

  @Override
  public void close() {
    imports.close();
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
