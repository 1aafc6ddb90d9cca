package io.qconnect.marketplace.notice;

/**
 * What the 通知管理 form (and {@code POST /sandbox/notices}) submits. Blank subject, sender and detail
 * take the template's; a blank certification key keeps the stored one on Modify (none on Register).
 */
public record NoticeForm(
    Integer templateNo,
    String destination,
    boolean use,
    boolean standby,
    String certKey,
    String subject,
    String sender,
    String detail) {

  /** A form that takes everything else from the template, Use = Y and Standby = N. */
  public static NoticeForm of(int templateNo, String destination) {
    return new NoticeForm(templateNo, destination, true, false, "", "", "", "");
  }
}
