package io.qconnect.marketplace.access;

/** What the Get Auth window's [Issue SCK] did for a seller who logged in. */
public sealed interface Grant {
  /**
   * A key was issued; {@code code} goes to the integrator's redirect address, once.
   *
   * @param code the one-time code, never the key
   */
  record Granted(String code) implements Grant {
    @Override
    public String toString() {
      return "Granted[code hidden]";
    }
  }

  /** The seller has no API key yet: nothing issued. */
  record NoApiKey() implements Grant {}

  /** The seller's API use is restricted: nothing issued. */
  record Suspended() implements Grant {}

  /** The integrator is unknown or the address is not its registered one: nothing issued. */
  record UnknownIntegrator() implements Grant {}
}
