package io.qconnect.app.console;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * The files of a console request, for {@link Call}: uploads read from a multipart form, downloads
 * and CSV files streamed to the response.
 */
final class Transfers {
  private Transfers() {}

  /** See {@link Call#upload(String)}. */
  static byte[] uploadBytes(Context ctx, String name) {
    io.javalin.http.UploadedFile f = ctx.uploadedFile(name);
    if (f == null || f.size() == 0) {
      return null;
    }
    try (java.io.InputStream in = f.content()) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** See {@link Call#upload(String, int, String)}. */
  static Optional<Call.Upload> upload(Context ctx, String field, int maxBytes, String tooLarge) {
    io.javalin.http.UploadedFile f = ctx.uploadedFile(field);
    if (f == null || f.size() == 0) {
      return Optional.empty();
    }
    if (f.size() > maxBytes) {
      throw new ConsoleInputException(tooLarge);
    }
    try (java.io.InputStream in = f.content()) {
      String name = f.filename() == null ? "" : f.filename();
      return Optional.of(
          new Call.Upload(name.substring(name.lastIndexOf('/') + 1), in.readAllBytes()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the uploaded file", e);
    }
  }

  /** See {@link Call#download}. */
  static void download(Context ctx, String fileName, String contentType, Call.Body body)
      throws java.io.IOException {
    ctx.contentType(contentType);
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\""
            + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
            + "\"; filename*=UTF-8''"
            + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
    java.io.OutputStream out =
        new java.io.BufferedOutputStream(ctx.res().getOutputStream(), 1 << 16);
    body.write(out);
    out.flush();
  }

  /** See {@link Call#csv}. */
  static void csv(Context ctx, String fileName, java.util.function.Consumer<java.io.Writer> body) {
    ctx.contentType("text/csv; charset=UTF-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    try {
      java.io.Writer w =
          new java.io.BufferedWriter(
              new java.io.OutputStreamWriter(
                  ctx.outputStream(), java.nio.charset.StandardCharsets.UTF_8));
      w.write('\uFEFF');
      body.accept(w);
      w.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + fileName, e);
    }
  }
}
