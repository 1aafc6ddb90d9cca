package io.qconnect.app.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One browser's session: its CSRF token, the viewer once logged in, and what the next page shows
 * once (messages and results such as a connection report). Lives in memory only.
 */
final class Session {
  private final String id;
  private final String csrf;
  private final Viewer viewer;
  private final Instant createdAt;
  private volatile Instant lastSeen;
  private final List<Flash> flashes = new ArrayList<>();
  private final Map<String, Object> once = new HashMap<>();

  Session(String id, String csrf, Viewer viewer, Instant now) {
    this.id = id;
    this.csrf = csrf;
    this.viewer = viewer;
    this.createdAt = now;
    this.lastSeen = now;
  }

  String id() {
    return id;
  }

  String csrf() {
    return csrf;
  }

  /** The logged-in viewer, or null for a visitor on the login page. */
  Viewer viewer() {
    return viewer;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant lastSeen() {
    return lastSeen;
  }

  void touch(Instant now) {
    lastSeen = now;
  }

  synchronized void flash(Flash f) {
    flashes.add(f);
  }

  synchronized List<Flash> takeFlashes() {
    List<Flash> out = List.copyOf(flashes);
    flashes.clear();
    return out;
  }

  synchronized void putOnce(String key, Object value) {
    once.put(key, value);
  }

  synchronized boolean peekOnce(String key) {
    return once.containsKey(key);
  }

  synchronized <T> Optional<T> takeOnce(String key, Class<T> type) {
    Object v = once.remove(key);
    return type.isInstance(v) ? Optional.of(type.cast(v)) : Optional.empty();
  }
}
