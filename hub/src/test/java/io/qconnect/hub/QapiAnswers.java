package io.qconnect.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.qconnect.protocol.wire.QapiJson;
import io.qconnect.protocol.wire.ResultCodes;
import java.util.LinkedHashMap;
import java.util.Map;

/** QAPI envelopes as the real service writes them (docs/qapi.md §3.1, 3.2). */
final class QapiAnswers {
  private QapiAnswers() {}

  static String ok(Object resultObject) {
    return custom(0, "SUCCESS", resultObject);
  }

  static String custom(int code, String message, Object resultObject) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ResultCode", code);
    m.put("ResultMsg", message);
    m.put("ResultObject", resultObject);
    return json(m);
  }

  static String std(int code, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ResultCode", code);
    m.put("ResultMsg", message);
    return json(m);
  }

  static String gateway(int code, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ErrorCode", code);
    m.put("ErrorMsg", message);
    return json(m);
  }

  static String unknownKey() {
    return gateway(ResultCodes.API_NOT_FOUND, ResultCodes.API_NOT_FOUND_MESSAGE);
  }

  static String expiredKey() {
    return gateway(ResultCodes.KEY_EXPIRED, ResultCodes.KEY_EXPIRED_MESSAGE);
  }

  static String json(Object o) {
    try {
      return QapiJson.mapper().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
