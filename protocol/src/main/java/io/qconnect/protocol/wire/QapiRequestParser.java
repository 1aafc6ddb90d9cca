package io.qconnect.protocol.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an HTTP request into a {@link QapiRequest}, accepting the three styles seen in working
 * clients (docs/qapi.md §1.2):
 *
 * <ol>
 *   <li>POST {@code .../ebayjapan.qapi/Class.Method}, key in header {@code GiosisCertificationKey},
 *       parameters in the form body;
 *   <li>GET or POST {@code .../ebayjapan.qapi?method=Class.Method&key=...};
 *   <li>the path style with {@code key} as a parameter.
 * </ol>
 *
 * <p>Also accepted: {@code Giosis.qapi} in place of {@code ebayjapan.qapi}, and {@code
 * .../Class.qapi/Method}. Query and form parameters are merged; when both carry a name the query
 * value wins, the order ASP.NET's {@code Request[name]} uses. Framework-free: the caller passes the
 * pieces of the HTTP request.
 */
public final class QapiRequestParser {
  /** The service names that carry the method in the next path segment or {@code method}. */
  private static final List<String> SERVICES = List.of("ebayjapan.qapi", "giosis.qapi");

  private static final List<String> KEY_HEADERS =
      List.of("GiosisCertificationKey", "Giosis-Certification-Key");

  /** The only headers {@link #parse} reads: a caller may pass just these. */
  public static final List<String> HEADERS =
      List.of("GiosisCertificationKey", "Giosis-Certification-Key", "QAPIVersion");

  public QapiRequestParser() {}

  /**
   * Parses a request.
   *
   * @param path the request path, e.g. {@code
   *     /GMKT.INC.Front.QAPIService/ebayjapan.qapi/ShippingBasic.GetShippingInfo_v3}
   * @param rawQuery the raw query string without '?', or null
   * @param formBody the raw {@code application/x-www-form-urlencoded} body, or null
   * @param headers request headers (names are matched ignoring case)
   * @return the call, or empty when the path has no {@code .qapi} segment
   */
  public Optional<QapiRequest> parse(
      String path, String rawQuery, String formBody, Map<String, String> headers) {
    List<String> segments = segments(path);
    int svc = serviceIndex(segments);
    if (svc < 0) {
      return Optional.empty();
    }
    QapiParams.Builder all = QapiParams.builder().addForm(rawQuery).addForm(formBody);
    // the four names QAPI itself reads are taken out: the method sees only its own parameters
    String keyParam = all.take("key");
    String methodParam = all.take("method");
    String returnType = all.take("returnType");
    String versionParam = all.take("v");
    Map<String, String> h = headers == null ? Map.of() : headers;
    String service = segments.get(svc);
    String next = svc + 1 < segments.size() ? segments.get(svc + 1) : null;
    String[] classAndMethod = classAndMethod(service, next, methodParam == null ? "" : methodParam);
    return Optional.of(
        new QapiRequest(
            service,
            classAndMethod[0],
            classAndMethod[1],
            all.build(),
            key(h, keyParam),
            version(h, versionParam),
            ReturnType.fromParameter(returnType)));
  }

  private static String[] classAndMethod(String service, String next, String methodParam) {
    if (isService(service)) {
      String spec = next != null ? next : methodParam;
      int dot = spec.indexOf('.');
      return dot < 0
          ? new String[] {spec, ""}
          : new String[] {spec.substring(0, dot), spec.substring(dot + 1)};
    }
    String cls = service.substring(0, service.length() - ".qapi".length());
    return new String[] {cls, next != null ? next : methodParam};
  }

  private static boolean isService(String segment) {
    for (String s : SERVICES) {
      if (s.equalsIgnoreCase(segment)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> key(Map<String, String> headers, String keyParam) {
    for (String name : KEY_HEADERS) {
      String v = header(headers, name);
      if (v != null && !v.isBlank()) {
        return Optional.of(v.trim());
      }
    }
    return Optional.ofNullable(keyParam).map(String::trim).filter(s -> !s.isEmpty());
  }

  private static String version(Map<String, String> headers, String versionParam) {
    String v = header(headers, "QAPIVersion");
    if (v == null || v.isBlank()) {
      v = versionParam == null ? "" : versionParam;
    }
    return v.isBlank() ? "1.0" : v.trim();
  }

  /** A header by name, whatever its case (HTTP header names are case-insensitive). */
  private static String header(Map<String, String> headers, String name) {
    String exact = headers.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    if (path == null) {
      return out;
    }
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static int serviceIndex(List<String> segments) {
    for (int i = 0; i < segments.size(); i++) {
      String s = segments.get(i);
      if (s.regionMatches(true, s.length() - ".qapi".length(), ".qapi", 0, ".qapi".length())) {
        return i;
      }
    }
    return -1;
  }
}
