package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Msg;
import io.qconnect.marketplace.access.AccessRefused;
import io.qconnect.marketplace.access.Condition;
import io.qconnect.marketplace.access.Failure;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.access.RequestStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * The permission texts a reader acts on, in the console's language: each failed condition says what
 * is wrong with the value that failed it (「サービスポイントが0点未満です（現在 -3点）」), each refusal of the request
 * workflow says why and what to do.
 */
public final class AccessTexts {
  private static final java.util.Set<Condition> WITH_VALUE =
      java.util.EnumSet.of(
          Condition.SERVICE_POINTS,
          Condition.NO_SHIPPING_DELAYS,
          Condition.NO_UNANSWERED_INQUIRIES,
          Condition.NO_UNRESOLVED_CLAIMS,
          Condition.NOT_SUSPENDED);

  private AccessTexts() {}

  /**
   * What is wrong: {@code perm.fail.<CONDITION>} with the value; a failure recorded without a value
   * (before values were kept) reads {@code perm.failPlain.<CONDITION>} where the text needs one.
   */
  public static String failure(Msg t, Failure f) {
    if (f.value().isEmpty() && WITH_VALUE.contains(f.condition())) {
      return t.t("perm.failPlain." + f.condition().name());
    }
    return t.f("perm.fail." + f.condition().name(), f.value());
  }

  /** Every failure, joined for a one-line message (no trailing separator). */
  public static String failures(Msg t, List<Failure> fs) {
    return String.join(t.t("perm.fail.separator"), fs.stream().map(f -> failure(t, f)).toList());
  }

  /** Why a request could not be filed or decided. */
  public static String refused(Msg t, AccessRefused e) {
    Object[] args = e.args().stream().map(a -> text(t, a)).toArray();
    if (e.reason() == AccessRefused.Reason.CONDITIONS_FAIL) {
      return t.f("access.refused.CONDITIONS_FAIL", args[0], failures(t, e.failures()));
    }
    return t.f("access.refused." + e.reason().name(), args);
  }

  private static String text(Msg t, Object a) {
    if (a instanceof PermissionKind k) {
      return t.t("perm.kind." + k.name());
    }
    if (a instanceof LocalDate d) {
      return t.date(d);
    }
    if (a instanceof RequestStatus s) {
      return t.t("perm.state." + s.name());
    }
    return String.valueOf(a);
  }
}
