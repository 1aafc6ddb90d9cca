package io.qconnect.app.console;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The console's jte templates, compiled to classes at build time ({@code src/main/jte}); Html
 * content type, so that every {@code ${...}} is escaped for its place in the page.
 */
final class Templates {
  static final String PACKAGE = "io.qconnect.app.console.templates";

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE);

  /** Renders {@code name} (e.g. {@code hub/shops.jte}) with its parameters. */
  String render(String name, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(name, params, out);
    return out.toString();
  }
}
