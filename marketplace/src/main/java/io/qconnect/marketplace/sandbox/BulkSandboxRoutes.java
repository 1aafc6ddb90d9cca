package io.qconnect.marketplace.sandbox;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.qconnect.marketplace.bulk.BulkRequest;
import io.qconnect.marketplace.bulk.BulkUploads;
import io.qconnect.marketplace.bulk.RowResult;
import io.qconnect.marketplace.core.MarketplaceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /sandbox/bulk-requests?sellerId=...}: a seller's bulk upload requests, newest first
 * (the latest {@value #MAX_REQUESTS}), each with its status, counts and per-row results.
 */
public final class BulkSandboxRoutes {
  static final int MAX_REQUESTS = 100;

  private final BulkUploads bulk;

  public BulkSandboxRoutes(BulkUploads bulk) {
    this.bulk = bulk;
  }

  public void mount(RoutesConfig routes, SandboxRoutes guard) {
    routes.get("/sandbox/bulk-requests", guard.guarded(this::list));
  }

  private void list(Context ctx) {
    String seller = ctx.queryParam("sellerId");
    if (seller == null || seller.isBlank()) {
      throw new MarketplaceException("\"sellerId\" is required");
    }
    List<Map<String, Object>> out = new ArrayList<>();
    int pages = (MAX_REQUESTS + BulkUploads.PAGE_SIZE - 1) / BulkUploads.PAGE_SIZE;
    for (int page = 1; page <= pages; page++) {
      List<BulkRequest> chunk = bulk.page(seller.strip(), page);
      chunk.forEach(r -> out.add(json(r)));
      if (chunk.size() < BulkUploads.PAGE_SIZE) {
        break;
      }
    }
    ctx.json(Map.of("requests", out));
  }

  private Map<String, Object> json(BulkRequest r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("source", r.source().name());
    m.put("format", r.format() == null ? null : r.format().name());
    m.put("fileName", r.fileName());
    m.put("encoding", r.encoding());
    m.put("status", r.status().name());
    m.put("totalRows", r.counts().total());
    m.put("processedRows", r.counts().processed());
    m.put("okRows", r.counts().ok());
    m.put("failedRows", r.counts().failed());
    m.put("error", r.error());
    m.put("receivedAt", r.receivedAt() == null ? null : r.receivedAt().toString());
    m.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
    List<Map<String, Object>> rows = new ArrayList<>();
    bulk.eachRow(r.id(), row -> rows.add(row(row)));
    m.put("rows", rows);
    return m;
  }

  private static Map<String, Object> row(RowResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("row", r.row());
    m.put("ok", r.ok());
    m.put("itemCode", r.itemCode());
    m.put("resultCode", r.code());
    m.put("message", r.message());
    return m;
  }
}
