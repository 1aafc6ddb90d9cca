package io.qconnect.marketplace.download;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/** {@code GET /qapi-files/<token>}: the file a RequestFileDownload answer pointed to. */
public final class DownloadRoutes {
  private final FileDownloadService downloads;

  public DownloadRoutes(FileDownloadService downloads) {
    this.downloads = downloads;
  }

  public void mount(RoutesConfig routes) {
    routes.get("/qapi-files/{token}", this::file);
  }

  private void file(Context ctx) {
    Optional<FileDownloadService.File> f = downloads.file(ctx.pathParam("token"));
    if (f.isEmpty()) {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("no such file or expired");
      return;
    }
    ctx.header("Content-Disposition", "attachment; filename=\"" + f.get().name() + "\"");
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/csv; charset=utf-8").result(f.get().body());
  }
}
