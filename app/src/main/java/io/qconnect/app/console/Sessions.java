package io.qconnect.app.console;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in memory, keyed by a random 256-bit ID. A session ends after 8 hours without a request
 * or 24 hours in all; logging in replaces the visitor's session with a new one (new ID, new CSRF
 * token), so that an ID planted before the login is worthless afterwards.
 */
final class Sessions {
  static final Duration IDLE = Duration.ofHours(8);
  static final Duration MAX_AGE = Duration.ofHours(24);
  private static final int MAX_SESSIONS = 20_000;

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  Sessions(Clock clock) {
    this.clock = clock;
  }

  /** A new session for a visitor (viewer null) or a login. */
  Session create(Viewer viewer) {
    Instant now = clock.instant();
    if (byId.size() >= MAX_SESSIONS) {
      purge(now);
    }
    Session s = new Session(token(), token(), viewer, now);
    byId.put(s.id(), s);
    return s;
  }

  /** The live session with this ID; touching it keeps it alive. */
  Optional<Session> find(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    Session s = byId.get(id);
    Instant now = clock.instant();
    if (s == null) {
      return Optional.empty();
    }
    if (expired(s, now)) {
      byId.remove(id);
      return Optional.empty();
    }
    s.touch(now);
    return Optional.of(s);
  }

  void remove(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  private void purge(Instant now) {
    byId.values().removeIf(s -> expired(s, now));
    if (byId.size() >= MAX_SESSIONS) {
      // still full of live sessions: drop the visitors' (not logged in) first
      byId.values().removeIf(s -> s.viewer() == null);
    }
  }

  private static boolean expired(Session s, Instant now) {
    return now.isAfter(s.lastSeen().plus(IDLE)) || now.isAfter(s.createdAt().plus(MAX_AGE));
  }

  private String token() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
