package io.qconnect.app;

/** What one process runs. */
public enum RunMode {
  /** The all-in-one demo: marketplace, hub connected to it, console. */
  ALL,
  /** The Qoo10-compatible marketplace alone (a local Qoo10). */
  MARKETPLACE,
  /** The integrator hub alone, pointed at a QAPI URL. */
  HUB;

  public boolean runsMarketplace() {
    return this != HUB;
  }

  public boolean runsHub() {
    return this != MARKETPLACE;
  }
}
