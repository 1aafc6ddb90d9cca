package io.qconnect.protocol.client;

import io.qconnect.protocol.order.BulkRowResult;
import io.qconnect.protocol.wire.QapiJson;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiParams;
import io.qconnect.protocol.wire.QapiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One typed call made of several QAPI calls: a search range longer than the service allows, in
 * windows whose rows are merged; a bulk write longer than {@link QapiSeller#BULK_LIMIT}, in chunks
 * whose row results are joined.
 */
final class SplitCalls {
  private final BiFunction<QapiMethod, QapiParams, QapiResponse> call;

  SplitCalls(BiFunction<QapiMethod, QapiParams, QapiResponse> call) {
    this.call = call;
  }

  /** Calls once per window; the first failure is the answer, else the rows de-duplicated. */
  <T> QapiResult<List<T>> windowed(
      QapiMethod m,
      java.time.LocalDateTime from,
      java.time.LocalDateTime to,
      Function<DateWindows.Window, QapiParams> params,
      Class<T> rowType,
      Function<T, String> identity) {
    Map<String, T> rows = new LinkedHashMap<>();
    QapiResult<List<T>> last = null;
    for (DateWindows.Window w : DateWindows.split(from, to, DateWindows.MAX)) {
      last = Results.list(m, call.apply(m, params.apply(w)), rowType);
      if (!last.isSuccess()) {
        return last;
      }
      last.value().forEach(r -> rows.putIfAbsent(identity.apply(r), r));
    }
    return new QapiResult<>(m, last.code(), last.message(), List.copyOf(rows.values()));
  }

  <I, R extends BulkRowResult> BulkResult<R> bulk(
      QapiMethod m, String field, List<I> items, Function<I, Object> wire, Class<R> rowType) {
    List<R> rows = new ArrayList<>();
    int code = 0;
    String message = "SUCCESS";
    for (int i = 0; i < items.size(); i += QapiSeller.BULK_LIMIT) {
      List<Object> chunk =
          items.subList(i, Math.min(i + QapiSeller.BULK_LIMIT, items.size())).stream()
              .map(wire)
              .toList();
      QapiResponse r = call.apply(m, QapiParams.builder().add(field, json(chunk)).build());
      QapiResult<Void> head = Results.std(m, r);
      if (code == 0 && head.code() != 0) {
        code = head.code();
        message = head.message();
      } else if (code == 0) {
        message = head.message();
      }
      rows.addAll(Results.rows(m, r, rowType));
    }
    return new BulkResult<>(m, code, message, rows);
  }

  private static String json(Object value) {
    try {
      return QapiJson.mapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write bulk JSON", e);
    }
  }
}
