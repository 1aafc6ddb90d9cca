package io.qconnect.protocol.wire;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Request parameters, looked up case-insensitively as ASP.NET does ({@code search_Sdate} and {@code
 * Search_Sdate} are the same parameter). Keeps the first spelling and the order in which names
 * first appeared; the first value wins when a name repeats.
 */
public final class QapiParams {
  private static final QapiParams EMPTY = new QapiParams(Map.of());

  private final Map<String, Entry> byKey;

  private record Entry(String name, String value) {}

  private QapiParams(Map<String, Entry> byKey) {
    this.byKey = byKey;
  }

  public static QapiParams empty() {
    return EMPTY;
  }

  /** Parameters from name/value pairs in order; later duplicates of a name are ignored. */
  public static QapiParams of(Map<String, String> values) {
    Builder b = builder();
    values.forEach(b::add);
    return b.build();
  }

  /** Parses {@code application/x-www-form-urlencoded} text (UTF-8; '+' is a space). */
  public static QapiParams parseForm(String encoded) {
    Builder b = builder();
    b.addForm(encoded);
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<String> get(String name) {
    Entry e = byKey.get(key(name));
    return e == null ? Optional.empty() : Optional.of(e.value());
  }

  /** The value, or "" when absent. */
  public String text(String name) {
    return get(name).orElse("");
  }

  public boolean has(String name) {
    return byKey.containsKey(key(name));
  }

  /** Name (as first spelled) to value, in order. */
  public Map<String, String> asMap() {
    Map<String, String> out = new LinkedHashMap<>();
    byKey.values().forEach(e -> out.put(e.name(), e.value()));
    return Collections.unmodifiableMap(out);
  }

  /** Form-encodes the parameters (UTF-8), in order. */
  public String toForm() {
    List<String> parts = new ArrayList<>();
    byKey
        .values()
        .forEach(
            e ->
                parts.add(
                    URLEncoder.encode(e.name(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.value(), StandardCharsets.UTF_8)));
    return String.join("&", parts);
  }

  public int size() {
    return byKey.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QapiParams other && asMap().equals(other.asMap());
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  /** Names only; values may be secrets ({@code pwd}, {@code key}). */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    byKey.values().forEach(e -> names.add(e.name()));
    return "QapiParams" + names;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Collects parameters; the first value of a name wins. */
  public static final class Builder {
    private Map<String, Entry> byKey = new LinkedHashMap<>();

    /** Set once {@link #build} handed {@link #byKey} over: a later add works on a copy. */
    private boolean built;

    private Builder() {}

    /**
     * Adds a parameter. The characters no answer can carry ({@link QapiText}: NUL and the other C0
     * controls but tab, line feed and carriage return, U+FFFE, U+FFFF, a lone surrogate) are left
     * out of the value as it is read (docs/qapi.md §3.6).
     */
    public Builder add(String name, String value) {
      if (name != null && !name.isEmpty()) {
        if (built) {
          byKey = new LinkedHashMap<>(byKey);
          built = false;
        }
        byKey.putIfAbsent(key(name), new Entry(name, value == null ? "" : QapiText.clean(value)));
      }
      return this;
    }

    public Builder addAll(QapiParams params) {
      params.byKey.values().forEach(e -> add(e.name(), e.value()));
      return this;
    }

    public Builder addForm(String encoded) {
      if (encoded == null || encoded.isEmpty()) {
        return this;
      }
      for (String pair : encoded.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        add(decode(name), decode(value));
      }
      return this;
    }

    /**
     * Takes a parameter out: its value (null when absent); the parameters built after do not hold
     * it.
     */
    public String take(String name) {
      if (built) {
        byKey = new LinkedHashMap<>(byKey);
        built = false;
      }
      Entry e = byKey.remove(key(name));
      return e == null ? null : e.value();
    }

    public QapiParams build() {
      built = true;
      return new QapiParams(Collections.unmodifiableMap(byKey));
    }

    private static String decode(String s) {
      if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
        return s; // nothing encoded: most names and many values
      }
      try {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return s; // a stray '%' is kept literally rather than losing the parameter
      }
    }
  }
}
