package io.qconnect.hub.orders;

import io.qconnect.hub.core.HubException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a walk through the order lines stands: after the line stored with this row id. Lines are
 * walked in the order they were first stored, so a line imported during the walk comes at its end
 * and none is skipped or given twice. Opaque to clients (base64url of {@code v1:<id>}).
 *
 * @param afterId the last row id given; 0 before the first page
 */
public record OrderCursor(long afterId) {
  public static final OrderCursor START = new OrderCursor(0);

  private static final String PREFIX = "v1:";

  public OrderCursor {
    if (afterId < 0) {
      throw new HubException("a cursor cannot point before the first line");
    }
  }

  /**
   * Reads a cursor a previous page gave; blank is the start.
   *
   * @throws HubException when the text is not such a cursor
   */
  public static OrderCursor parse(String text) {
    if (text == null || text.isBlank()) {
      return START;
    }
    try {
      String s = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8);
      if (s.startsWith(PREFIX)) {
        return new OrderCursor(Long.parseLong(s.substring(PREFIX.length())));
      }
    } catch (IllegalArgumentException e) {
      // falls through: base64 or number not readable (NumberFormatException is one)
    }
    throw new HubException("after must be the cursor a previous page answered as \"next\"");
  }

  /** The cursor as clients pass it back. */
  public String text() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + afterId).getBytes(StandardCharsets.UTF_8));
  }
}
