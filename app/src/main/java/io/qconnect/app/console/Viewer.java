package io.qconnect.app.console;

import java.util.Objects;

/** The logged-in person: a login ID and a role. */
public record Viewer(String login, Role role) {
  public Viewer {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(role, "role");
  }
}
