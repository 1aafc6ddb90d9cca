package io.qconnect.marketplace.notice;

import io.qconnect.marketplace.core.MarketplaceException;

/**
 * A 通知管理 form that cannot be stored; {@link #problem()} names what is wrong, for the console to say
 * in its own language.
 */
public final class InvalidNotice extends MarketplaceException {
  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  public enum Problem {
    NO_TEMPLATE("choose a template (\"template\" / \"templateNo\")"),
    UNKNOWN_TEMPLATE("no such template in that group"),
    BAD_DESTINATION("the destination must be one valid e-mail address"),
    BAD_SENDER("the sender must be an e-mail address, optionally with a name"),
    BAD_SUBJECT("the subject must be one line of at most 300 characters"),
    BAD_DETAIL("the template detail may have at most 8000 characters"),
    BAD_CERT_KEY("the certification key must be 8 to 200 visible ASCII characters"),
    TOO_MANY("a seller may register at most 200 notification settings"),
    NOT_FOUND("no such notification setting of this seller");

    private final String en;

    Problem(String en) {
      this.en = en;
    }
  }

  private final Problem problem;

  public InvalidNotice(Problem problem) {
    super(problem.en);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
