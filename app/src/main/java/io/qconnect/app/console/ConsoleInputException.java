package io.qconnect.app.console;

/** A form or query value the console cannot use; shown to the person who sent it. */
public class ConsoleInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConsoleInputException(String message) {
    super(message, null, false, false);
  }
}
