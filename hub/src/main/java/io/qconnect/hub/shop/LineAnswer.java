package io.qconnect.hub.shop;

/**
 * Qoo10's answer about one order line of a write: its result code and message, or no code when no
 * answer for the line came (the message then says why).
 */
public record LineAnswer(Integer code, String message) {

  /** The code and the message, or the message alone when there is no code. */
  public String describe() {
    return code == null ? message : code + " " + message;
  }
}
