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

  /** The language switch: the other language, returning to this page. */
  public String langSwitchHref() {
    return "/lang?to="
        + t.other()
        + "&back="
        + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
  }
}
