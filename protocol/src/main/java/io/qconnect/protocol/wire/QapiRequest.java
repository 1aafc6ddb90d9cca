package io.qconnect.protocol.wire;

import java.util.Objects;
import java.util.Optional;

/**
 * One QAPI call as the service sees it, whatever request style carried it.
 *
 * @param service the service segment as sent ({@code ebayjapan.qapi}, {@code Giosis.qapi}, or
 *     {@code Class.qapi} in the {@code {Class}.qapi/{Method}} form)
 * @param className the class part of the method name as sent, e.g. {@code ShippingBasic}
 * @param methodName the method part as sent, e.g. {@code GetShippingInfo_v3}
 * @param params the call's parameters, without {@code key}, {@code method}, {@code returnType} and
 *     {@code v}
 * @param key the key from the {@code GiosisCertificationKey} header or the {@code key} parameter
 * @param version {@code QAPIVersion} header or {@code v} parameter; "1.0" when absent
 * @param returnType JSON unless XML was asked for
 */
public record QapiRequest(
    String service,
    String className,
    String methodName,
    QapiParams params,
    Optional<String> key,
    String version,
    ReturnType returnType) {

  public QapiRequest {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(methodName, "methodName");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(returnType, "returnType");
  }

  /** {@code Class.Method} as sent. */
  public String fullMethodName() {
    return className + "." + methodName;
  }

  /** The known method this call names, ignoring case. */
  public Optional<QapiMethod> method() {
    return QapiMethod.find(className, methodName);
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "QapiRequest["
        + service
        + " "
        + fullMethodName()
        + " v"
        + version
        + " "
        + returnType
        + " "
        + params
        + (key.isPresent() ? " key=***" : " no key")
        + "]";
  }
}
