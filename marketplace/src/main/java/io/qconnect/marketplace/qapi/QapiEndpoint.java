package io.qconnect.marketplace.qapi;

import io.qconnect.marketplace.access.CertificationOutcome;
import io.qconnect.marketplace.access.KeyCheck;
import io.qconnect.marketplace.access.KeyService;
import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiRequest;
import io.qconnect.protocol.wire.QapiResponse;
import io.qconnect.protocol.wire.ResultCodes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The QAPI service without HTTP: resolves the method (case-insensitively), answers the plain-text
 * routing errors, checks the certification key with the gateway's {@code ErrorCode} envelope, and
 * dispatches to the method table.
 */
public final class QapiEndpoint {
  private static final Logger LOG = LoggerFactory.getLogger(QapiEndpoint.class);

  /** The classes the real service has; methods we do not emulate answer -10101, not "not found". */
  private static final Set<String> KNOWN_CLASSES =
      Set.of(
          "certificationapi",
          "shippingbasic",
          "claim",
          "itemslookup",
          "itemsbasic",
          "itemsoptions",
          "itemsorder",
          "itemscontents",
          "commoninfolookup",
          "cscenter",
          "ecouponauth");

  private final MethodTable table;
  private final KeyService keys;

  public QapiEndpoint(MethodTable table, KeyService keys) {
    this.table = table;
    this.keys = keys;
  }

  /**
   * Every method this endpoint answers, in {@link QapiMethod}'s order: the table's and
   * CreateCertificationKey, which needs no key.
   */
  public List<QapiMethod> methods() {
    java.util.Set<QapiMethod> all = java.util.EnumSet.of(QapiMethod.CREATE_CERTIFICATION_KEY);
    all.addAll(table.methods());
    return List.copyOf(all);
  }

  public QapiResponse handle(QapiRequest req) {
    return handle(req, "");
  }

  /**
   * Answers a call that came to {@code origin} ({@code scheme://host[:port]}), which download URLs
   * are built on.
   */
  public QapiResponse handle(QapiRequest req, String origin) {
    QapiMethod method = req.method().orElse(null);
    if (method == null || !table.has(method) && method != QapiMethod.CREATE_CERTIFICATION_KEY) {
      return unknown(req, method);
    }
    if (method == QapiMethod.CREATE_CERTIFICATION_KEY) {
      return certify(req);
    }
    return switch (keys.check(req.key().orElse(null))) {
      case KeyCheck.Unknown u -> apiNotFound();
      case KeyCheck.Expired e ->
          new QapiResponse.GatewayError(ResultCodes.KEY_EXPIRED, ResultCodes.KEY_EXPIRED_MESSAGE);
      case KeyCheck.Revoked r ->
          new QapiResponse.GatewayError(
              ResultCodes.KEY_EXPIRED_ALT, ResultCodes.KEY_EXPIRED_MESSAGE);
      case KeyCheck.Suspended s ->
          new QapiResponse.GatewayError(
              ResultCodes.NOT_AUTHORIZED, ResultCodes.NOT_AUTHORIZED_MESSAGE);
      case KeyCheck.Valid v ->
          dispatch(method, new SellerCall(v.sellerId(), req.params(), req.version(), origin));
    };
  }

  private QapiResponse dispatch(QapiMethod method, SellerCall call) {
    try {
      return table.find(method).orElseThrow().handle(call);
    } catch (MarketplaceException e) {
      return processingError(method, e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("QAPI {} failed for seller {}", method, call.sellerId(), e);
      return processingError(method, "internal error");
    }
  }

  private static QapiResponse processingError(QapiMethod method, String message) {
    return Answers.failure(method, ResultCodes.PROCESSING_ERROR, "Processing Error - " + message);
  }

  private QapiResponse certify(QapiRequest req) {
    CertificationOutcome o =
        keys.createCertificationKey(
            req.key().orElse(null), req.params().text("user_id"), req.params().text("pwd"));
    QapiMethod m = QapiMethod.CREATE_CERTIFICATION_KEY;
    return switch (o) {
      case CertificationOutcome.Issued i -> Answers.value(m, i.key());
      case CertificationOutcome.UnknownApiKey u -> apiNotFound();
      case CertificationOutcome.WrongLogin w -> wrongLogin(m);
      // Locked out after too many wrong logins (docs/qapi.md §2.2). Qoo10 documents no lock or
      // throttling code, so the answer is exactly the wrong-login one: every client already
      // handles -10001 as "the login failed", and the answer does not tell a locked account
      // from a wrong password.
      case CertificationOutcome.Locked l -> wrongLogin(m);
      case CertificationOutcome.Suspended s ->
          new QapiResponse.GatewayError(
              ResultCodes.NOT_AUTHORIZED, ResultCodes.NOT_AUTHORIZED_MESSAGE);
    };
  }

  private static QapiResponse wrongLogin(QapiMethod m) {
    return Answers.failValue(m, -10001, "The user ID or password is incorrect.");
  }

  private static QapiResponse unknown(QapiRequest req, QapiMethod method) {
    String cls = req.className().toLowerCase(Locale.ROOT);
    if (method == null && RealMethods.isMove(req.className(), req.methodName())) {
      return Answers.fail(
          ResultCodes.PROCESSING_ERROR,
          "Processing Error - "
              + req.fullMethodName()
              + " is not emulated by qoo10-connect: a MOVE method, whose parameters are not"
              + " published");
    }
    if (method != null || KNOWN_CLASSES.contains(cls) && isRealButNotEmulated(req)) {
      return Answers.fail(
          ResultCodes.PROCESSING_ERROR,
          "Processing Error - " + req.fullMethodName() + " is not emulated by qoo10-connect");
    }
    return KNOWN_CLASSES.contains(cls)
        ? QapiResponse.unknownMethod(req.methodName())
        : QapiResponse.unknownService(req.className());
  }

  /** Real methods of known classes that this emulator does not implement (docs/qapi.md §4). */
  private static boolean isRealButNotEmulated(QapiRequest req) {
    return RealMethods.exists(req.className(), req.methodName());
  }

  private static QapiResponse apiNotFound() {
    return new QapiResponse.GatewayError(
        ResultCodes.API_NOT_FOUND, ResultCodes.API_NOT_FOUND_MESSAGE);
  }
}
