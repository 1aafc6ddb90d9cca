package io.qconnect.protocol.wire;

/**
 * The result codes common to QAPI methods (docs/qapi.md §3.4). Method-specific -100xx codes mean
 * different things per method, so they are named next to the method that uses them.
 */
public final class ResultCodes {
  public static final int SUCCESS = 0;
  public static final int CHECK_KEY = -10000;
  public static final int API_NOT_FOUND = -90001;
  public static final int NOT_AUTHORIZED = -90002;
  public static final int NOT_AUTHORIZED_ALT = -90003;
  public static final int KEY_EXPIRED = -90004;
  public static final int KEY_EXPIRED_ALT = -90005;
  public static final int PROCESSING_ERROR = -10101;

  /** The JSON message of the gateway-level -90001 answer, exactly as observed. */
  public static final String API_NOT_FOUND_MESSAGE = "存在しないAPIです。";

  public static final String CHECK_KEY_MESSAGE = "Please check the Seller Authorization Key.";
  public static final String NOT_AUTHORIZED_MESSAGE = "You are not authorized for this.";
  public static final String KEY_EXPIRED_MESSAGE =
      "Seller authorization key is expired. Use a new key.";

  private ResultCodes() {}

  public static boolean isKeyExpired(int code) {
    return code == KEY_EXPIRED || code == KEY_EXPIRED_ALT;
  }

  public static boolean isKeyInvalid(int code) {
    return code == API_NOT_FOUND || code == CHECK_KEY;
  }

  public static boolean isNotAuthorized(int code) {
    return code == NOT_AUTHORIZED || code == NOT_AUTHORIZED_ALT;
  }
}
