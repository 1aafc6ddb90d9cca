package io.qconnect.marketplace.qapi;

/**
 * A feature's QAPI methods: the one way a feature puts its handlers on the {@link MethodTable}. The
 * facade collects the features and builds the table once at start ({@link MethodTable#of}).
 */
public interface QapiFeature {
  /** Registers every method this feature answers; a method registered twice fails the start. */
  void registerIn(MethodTable table);
}
