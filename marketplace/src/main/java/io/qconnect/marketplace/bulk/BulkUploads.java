package io.qconnect.marketplace.bulk;

import io.qconnect.marketplace.catalog.CatalogRows;
import io.qconnect.marketplace.catalog.CatalogService;
import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.core.NotFoundException;
import io.qconnect.marketplace.core.Times;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk upload requests: {@link #submit} stores the file as a request (受付) and returns at once; a
 * background worker ({@link #start}) reads it and applies it row by row (処理中), storing each row's
 * result and the counts every {@value #PROGRESS_EVERY} rows so that progress shows while it runs,
 * then marks it 完了 — or エラー when the file is refused as a whole (wrong header, unreadable
 * encoding), in which case no row is applied. Rows are independent: each is applied whole or not at
 * all, and a refused row does not stop the next.
 */
public final class BulkUploads implements AutoCloseable {
  /** The largest file accepted (web or FTP). */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  /** Requests per page of the request list. */
  public static final int PAGE_SIZE = 20;

  static final int PROGRESS_EVERY = 200;

  private static final Logger LOG = LoggerFactory.getLogger(BulkUploads.class);

  private final JdbcBulkStore store = new JdbcBulkStore();
  private final Jdbi jdbi;
  private final Clock clock;
  private final RowApplier applier;
  private final List<Consumer<BulkRequest>> finished = new CopyOnWriteArrayList<>();
  private ExecutorService worker;

  public BulkUploads(Jdbi jdbi, CatalogService catalog, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.applier = new RowApplier(new CatalogRows(catalog));
  }

  /** Calls {@code listener} with each request once it is finished (done or refused). */
  public void onFinished(Consumer<BulkRequest> listener) {
    finished.add(listener);
  }

  /**
   * Files a request for {@code bytes} and queues it; a started worker processes it soon, else
   * {@link #processPending()} does.
   *
   * @param folder the FTP folder it was put in ({@code item} or {@code inventory}), or "" for a web
   *     upload, which may be any format
   */
  public BulkRequest submit(
      String sellerId, BulkSource source, String folder, String fileName, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new MarketplaceException(
          "ファイルが大きすぎます（" + bytes.length + " バイト、上限 " + MAX_BYTES + " バイト）");
    }
    String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
    name = name.length() > 200 ? name.substring(0, 200) : name;
    String stored = folder.isEmpty() ? name : folder + "/" + name;
    long id =
        jdbi.inTransaction(h -> store.insert(h, sellerId, source, stored, bytes, Times.now(clock)));
    LOG.info(
        "bulk request {} from {} ({}, {} bytes, {})", id, sellerId, source, bytes.length, stored);
    queue(id);
    return get(id);
  }

  /** Starts the background worker and queues what was waiting; a request left mid-way fails. */
  public synchronized void start() {
    if (worker != null) {
      return;
    }
    worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "bulk-upload");
              t.setDaemon(true);
              return t;
            });
    for (long id : jdbi.withHandle(h -> store.withStatus(h, BulkStatus.RUNNING))) {
      jdbi.useTransaction(
          h ->
              store.finish(
                  h, id, BulkStatus.ERROR, "処理中にサーバーが停止しました。もう一度アップロードしてください", Times.now(clock)));
    }
    jdbi.withHandle(h -> store.withStatus(h, BulkStatus.RECEIVED)).forEach(this::queue);
  }

  @Override
  public synchronized void close() {
    if (worker != null) {
      worker.shutdownNow();
      worker = null;
    }
  }

  /** Processes every waiting request now, in this thread (tests, or without a worker). */
  public void processPending() {
    for (long id : jdbi.withHandle(h -> store.withStatus(h, BulkStatus.RECEIVED))) {
      process(id);
    }
  }

  private synchronized void queue(long id) {
    if (worker != null) {
      worker.execute(() -> process(id));
    }
  }

  private void process(long id) {
    if (!jdbi.inTransaction(h -> store.claim(h, id, Times.now(clock)))) {
      return;
    }
    try {
      run(id);
    } catch (RuntimeException e) {
      LOG.error("bulk request {} failed", id, e);
      jdbi.useTransaction(
          h -> store.finish(h, id, BulkStatus.ERROR, "内部エラーで処理を中断しました", Times.now(clock)));
    }
    BulkRequest done = get(id);
    for (Consumer<BulkRequest> l : finished) {
      try {
        l.accept(done);
      } catch (RuntimeException e) {
        LOG.warn("bulk request {}: a finish listener failed", id, e);
      }
    }
  }

  private void run(long id) {
    BulkRequest r = get(id);
    byte[] bytes = jdbi.withHandle(h -> store.content(h, id)).orElse(new byte[0]);
    String folder =
        r.fileName().contains("/") ? r.fileName().substring(0, r.fileName().indexOf('/')) : "";
    String name = r.fileName().substring(r.fileName().lastIndexOf('/') + 1);
    List<BulkFormat> formats =
        folder.isEmpty() ? Arrays.asList(BulkFormat.values()) : BulkFormat.inFolder(folder);
    switch (BulkFile.read(name, bytes, formats)) {
      case BulkFile.Read.Refused x -> {
        jdbi.useTransaction(h -> store.refused(h, id, x.encoding(), x.message(), Times.now(clock)));
        LOG.info("bulk request {} refused: {}", id, x.message());
      }
      case BulkFile.Read.Rows rows -> apply(r, rows);
    }
  }

  private void apply(BulkRequest r, BulkFile.Read.Rows file) {
    long id = r.id();
    jdbi.useTransaction(
        h -> store.started(h, id, file.format(), file.encoding(), file.rows().size()));
    int ok = 0;
    int failed = 0;
    List<RowResult> batch = new ArrayList<>();
    for (BulkFile.Row row : file.rows()) {
      if (Thread.currentThread().isInterrupted()) {
        throw new MarketplaceException("interrupted: the marketplace is stopping");
      }
      RowResult result = applier.apply(r.sellerId(), file.format(), row);
      batch.add(result);
      if (result.ok()) {
        ok++;
      } else {
        failed++;
      }
      if (batch.size() == PROGRESS_EVERY) {
        flush(id, batch, new BulkRequest.Counts(file.rows().size(), ok + failed, ok, failed));
      }
    }
    flush(id, batch, new BulkRequest.Counts(file.rows().size(), ok + failed, ok, failed));
    jdbi.useTransaction(h -> store.finish(h, id, BulkStatus.DONE, "", Times.now(clock)));
    LOG.info("bulk request {} done: {} rows applied, {} refused", id, ok, failed);
  }

  private void flush(long id, List<RowResult> batch, BulkRequest.Counts counts) {
    List<RowResult> copy = List.copyOf(batch);
    jdbi.useTransaction(h -> store.progress(h, id, copy, counts));
    batch.clear();
  }

  public BulkRequest get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("no bulk request " + id));
  }

  public Optional<BulkRequest> find(long id) {
    return jdbi.withHandle(h -> store.find(h, id));
  }

  /** The seller's own request. */
  public BulkRequest get(String sellerId, long id) {
    return find(id)
        .filter(r -> r.sellerId().equals(sellerId))
        .orElseThrow(() -> new NotFoundException("no bulk request " + id));
  }

  /** The seller's request count. */
  public int count(String sellerId) {
    return jdbi.withHandle(h -> store.count(h, sellerId));
  }

  /** One page (from 1) of the seller's requests, newest first. */
  public List<BulkRequest> page(String sellerId, int page) {
    return jdbi.withHandle(
        h -> store.page(h, sellerId, (Math.max(1, page) - 1) * PAGE_SIZE, PAGE_SIZE));
  }

  /** Row results in order after {@code afterRow}, at most {@code limit}. */
  public List<RowResult> rows(long id, int afterRow, int limit) {
    return jdbi.withHandle(h -> store.rows(h, id, afterRow, limit));
  }

  /** One page of row results: {@code limit} from the {@code offset}-th on, in row order. */
  public List<RowResult> rowsAt(long id, int offset, int limit) {
    return jdbi.withHandle(h -> store.rowsAt(h, id, offset, limit));
  }

  /** Every row result of a request, streamed in chunks to {@code sink}. */
  public void eachRow(long id, Consumer<RowResult> sink) {
    int after = 0;
    while (true) {
      List<RowResult> chunk = rows(id, after, 1000);
      chunk.forEach(sink);
      if (chunk.size() < 1000) {
        return;
      }
      after = chunk.get(chunk.size() - 1).row();
    }
  }
}
