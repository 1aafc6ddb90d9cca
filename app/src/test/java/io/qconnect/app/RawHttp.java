package io.qconnect.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP over a raw socket, for requests no HTTP client would send. */
public final class RawHttp {
  private RawHttp() {}

  /** What came back: the status (-1 when none), the head and the body. */
  public record Answer(int status, String head, String body) {}

  /**
   * Sends {@code head} as given (with its line ends) to {@code 127.0.0.1:port}, then {@code body};
   * reads until close.
   */
  public static Answer send(int port, String head, byte[] body) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      try {
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
      } catch (IOException e) {
        // the server may answer and close before reading everything
      }
      InputStream in = s.getInputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) > 0; ) {
          got.write(buf, 0, n);
        }
      } catch (IOException e) {
        // a reset after the answer
      }
      String text = got.toString(StandardCharsets.UTF_8);
      int split = text.indexOf("\r\n\r\n");
      String h = split < 0 ? text : text.substring(0, split);
      String b = split < 0 ? "" : text.substring(split + 4);
      int status = h.length() >= 12 ? Integer.parseInt(h.substring(9, 12)) : -1;
      return new Answer(status, h, b);
    }
  }
}
