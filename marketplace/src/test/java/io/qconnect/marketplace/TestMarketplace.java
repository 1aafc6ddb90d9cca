package io.qconnect.marketplace;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts a started {@link MarketplaceServer#start() MarketplaceServer} (H2, HTTP on port 0) into the
 * field: on a static field one server for the whole class, on an instance field a new one for each
 * test. JUnit stops it after the class or the test.
 *
 * <pre>{@code
 * class SomeQapiTest {
 *   @TestMarketplace static MarketplaceServer server;
 * }
 * }</pre>
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestMarketplace.Extension.class)
public @interface TestMarketplace {
  /**
   * Whether the server's clock stands still until the test moves it ({@link
   * MarketplaceServer#start(boolean)}); by default it runs on from its start.
   */
  boolean stillClock() default false;

  /** Starts the servers for the annotated fields; the extension store closes them. */
  final class Extension implements BeforeAllCallback, BeforeEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(TestMarketplace.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
      inject(context, context.getRequiredTestClass(), null);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
      for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
        inject(context, instance.getClass(), instance);
      }
    }

    /** Static fields when {@code instance} is null, else the instance's fields. */
    private static void inject(ExtensionContext context, Class<?> type, Object instance)
        throws IllegalAccessException {
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          boolean wanted = Modifier.isStatic(f.getModifiers()) == (instance == null);
          if (wanted && f.isAnnotationPresent(TestMarketplace.class)) {
            if (f.getType() != MarketplaceServer.class) {
              throw new IllegalStateException(
                  "@TestMarketplace needs a MarketplaceServer field, not " + f);
            }
            MarketplaceServer server =
                MarketplaceServer.start(f.getAnnotation(TestMarketplace.class).stillClock());
            context.getStore(NAMESPACE).put(f, server);
            f.setAccessible(true);
            f.set(instance, server);
          }
        }
      }
    }
  }
}
