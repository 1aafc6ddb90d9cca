package io.qconnect.marketplace.notice;

/**
 * One template of the catalogue (R27): its number, group, name, kind and send method (always
 * EMAIL), with the subject and body a setting copies when the seller confirms it in the picker.
 */
public record Template(
    int no, TemplateGroup group, String name, NoticeKind kind, String subject, String body) {

  /** The only send method the marketplace offers. */
  public String sendMethod() {
    return "EMAIL";
  }

  /** The sender every template proposes (R40); the relay's configured sender replaces it. */
  public static final String DEFAULT_SENDER = "Qoo10 <qoo10info@qoo10.jp>";
}
