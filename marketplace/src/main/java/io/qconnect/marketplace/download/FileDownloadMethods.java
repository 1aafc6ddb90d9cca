package io.qconnect.marketplace.download;

import io.qconnect.marketplace.qapi.Answers;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiFeature;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.util.Locale;

/** ItemsLookup.RequestFileDownload ({@link FileDownloadService}). */
public final class FileDownloadMethods implements QapiFeature {
  private final FileDownloadService downloads;

  public FileDownloadMethods(FileDownloadService downloads) {
    this.downloads = downloads;
  }

  @Override
  public void registerIn(MethodTable t) {
    t.register(QapiMethod.REQUEST_FILE_DOWNLOAD, this::request);
  }

  private QapiResponse request(SellerCall c) {
    QapiMethod m = QapiMethod.REQUEST_FILE_DOWNLOAD;
    FileDownloadService.Result r =
        downloads.request(
            c.sellerId(),
            c.text("apply_type").toLowerCase(Locale.ROOT),
            c.text("target_from_dt"),
            c.text("target_to_dt"),
            c.text("email"),
            c.origin());
    return r.code() == 0 ? Answers.value(m, r.rows()) : Answers.failValue(m, r.code(), r.message());
  }
}
