package io.qconnect.app.console;

import java.util.List;

/**
 * What the layout of every page needs: the texts, the page title, who is logged in (null on the
 * login page), the CSRF token for its forms, the current path (forms come back to it, the language
 * switch returns to it), the messages to show once and the menu.
 */
public record Shell(
    Msg t,
    String title,
    Viewer viewer,
    String csrf,
    String path,
    List<Flash> flashes,
    List<NavItem> nav,
    Kept kept) {

  public Shell {
    flashes = List.copyOf(flashes);
    nav = List.copyOf(nav);
    kept = kept == null ? Kept.NONE : kept;
  }

  /**
   * What the refused form posted to {@code action} held, to show again with its errors; {@link
   * Kept#NONE} for every other form of the page.
   */
  public Kept form(String action) {
    return kept.action().equals(action) ? kept : Kept.NONE;
  }

  /** One menu entry. */
  public record NavItem(String href, String label, boolean current) {}

  /** One entry of the language selector: a language, its own name for itself, the switch link. */
  public record LangLink(String lang, String name, String href) {}

  /** The language switch: the other language, returning to this page. */
  public String langSwitchHref() {
    return langHref(t.other());
  }

  /** The language selector: the two other languages, each named in its own language. */
  public List<LangLink> langLinks() {
    return t.others().stream().map(l -> new LangLink(l, Msg.nameOf(l), langHref(l))).toList();
  }

  private String langHref(String lang) {
    return "/lang?to="
        + lang
        + "&back="
        + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
  }
}
