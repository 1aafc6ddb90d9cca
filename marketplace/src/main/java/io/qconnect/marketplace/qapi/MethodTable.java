package io.qconnect.marketplace.qapi;

import io.qconnect.protocol.wire.QapiMethod;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which handler answers which method. Filled once at start by the features. */
public final class MethodTable {
  private final Map<QapiMethod, QapiHandler> handlers = new EnumMap<>(QapiMethod.class);

  /** The table of every method the given features answer. */
  public static MethodTable of(QapiFeature... features) {
    MethodTable table = new MethodTable();
    for (QapiFeature f : features) {
      f.registerIn(table);
    }
    return table;
  }

  public MethodTable register(QapiMethod method, QapiHandler handler) {
    if (handlers.putIfAbsent(method, handler) != null) {
      throw new IllegalStateException(method + " is registered twice");
    }
    return this;
  }

  public Optional<QapiHandler> find(QapiMethod method) {
    return Optional.ofNullable(handlers.get(method));
  }

  /** The methods registered, in {@link QapiMethod}'s order. */
  public List<QapiMethod> methods() {
    return List.copyOf(handlers.keySet());
  }

  public boolean has(QapiMethod method) {
    return handlers.containsKey(method);
  }
}
