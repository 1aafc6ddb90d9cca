package io.qconnect.app.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code /static/htmx.min.js} (from the htmx WebJar on the classpath) and {@code
 * /static/console.css}. Pages work without them; they only make the console nicer.
 */
final class StaticRoutes {
  private static final String WEBJAR = "META-INF/resources/webjars/htmx.org/";

  private final byte[] htmx;
  private final byte[] css;

  StaticRoutes() {
    this.htmx = resource(WEBJAR + htmxVersion() + "/dist/htmx.min.js");
    this.css = resource("io/qconnect/app/console/console.css");
  }

  void mount(RoutesConfig routes) {
    routes.get("/static/htmx.min.js", ctx -> send(ctx, htmx, "text/javascript; charset=utf-8"));
    routes.get("/static/console.css", ctx -> send(ctx, css, "text/css; charset=utf-8"));
  }

  private static void send(Context ctx, byte[] body, String type) {
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.contentType(type).result(body);
  }

  /** The WebJar's version, from its Maven metadata, so that the POM alone decides it. */
  private static String htmxVersion() {
    Properties p = new Properties();
    try (InputStream in = open("META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the htmx WebJar's version", e);
    }
    return p.getProperty("version");
  }

  private static byte[] resource(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = StaticRoutes.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing console resource " + name);
    }
    return in;
  }
}
