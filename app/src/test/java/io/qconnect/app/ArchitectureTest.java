package io.qconnect.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code base, held by the build: modules depend downwards only ({@code app ->
 * marketplace, hub -> protocol}), no package cycles, framework types only at the HTTP edges, and
 * module root packages that hold their facade and configuration only.
 */
class ArchitectureTest {
  private static JavaClasses main;

  /** The packages whose classes carry the domain: no HTTP framework type may appear there. */
  private static final String[] DOMAIN = {
    "io.qconnect.protocol..",
    "io.qconnect.marketplace.core..",
    "io.qconnect.marketplace.access..",
    "io.qconnect.marketplace.catalog..",
    "io.qconnect.marketplace.bulk..",
    "io.qconnect.marketplace.ftp..",
    "io.qconnect.marketplace.order..",
    "io.qconnect.marketplace.seller..",
    "io.qconnect.marketplace.notice..",
    "io.qconnect.hub.core..",
    "io.qconnect.hub.shop..",
    "io.qconnect.hub.orders..",
    "io.qconnect.hub.tracking..",
    "io.qconnect.hub.fulfilment..",
    "io.qconnect.hub.sync.."
  };

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // In a reactor build the other modules arrive as jars; their test-jars are tests too.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.qconnect");
  }

  @Test
  void has_no_package_cycles() {
    slices().matching("io.qconnect.(**)").should().beFreeOfCycles().check(main);
  }

  @Test
  void modules_depend_downwards_only() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("app")
        .definedBy("io.qconnect.app..")
        .layer("marketplace")
        .definedBy("io.qconnect.marketplace..")
        .layer("hub")
        .definedBy("io.qconnect.hub..")
        .layer("protocol")
        .definedBy("io.qconnect.protocol..")
        .whereLayer("app")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("marketplace")
        .mayOnlyBeAccessedByLayers("app")
        .whereLayer("hub")
        .mayOnlyBeAccessedByLayers("app")
        .whereLayer("protocol")
        .mayOnlyBeAccessedByLayers("app", "marketplace", "hub")
        .check(main);
  }

  @Test
  void marketplace_and_hub_never_import_each_other() {
    noClasses()
        .that()
        .resideInAPackage("io.qconnect.marketplace..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.qconnect.hub..")
        .check(main);
    noClasses()
        .that()
        .resideInAPackage("io.qconnect.hub..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.qconnect.marketplace..")
        .check(main);
  }

  @Test
  void domain_packages_use_no_http_framework_type() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
        .check(main);
  }

  @Test
  void module_root_packages_hold_the_facade_and_its_configuration_only() {
    classes()
        .that()
        .resideInAPackage("io.qconnect.marketplace")
        .and()
        .doNotHaveSimpleName("package-info")
        .and()
        .areTopLevelClasses()
        .should()
        .haveSimpleNameStartingWith("Marketplace")
        .check(main);
    classes()
        .that()
        .resideInAPackage("io.qconnect.hub")
        .and()
        .doNotHaveSimpleName("package-info")
        .and()
        .areTopLevelClasses()
        .should()
        .haveSimpleNameStartingWith("Hub")
        .check(main);
  }

  @Test
  void facades_hand_out_no_jdbc_store() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage("io.qconnect.marketplace", "io.qconnect.hub")
        .and()
        .arePublic()
        .should()
        .notHaveRawReturnType(JavaClass.Predicates.simpleNameStartingWith("Jdbc"))
        .check(main);
  }

  @Test
  void only_the_builder_makes_an_app_config() {
    JavaClasses mainAndTests = new ClassFileImporter().importPackages("io.qconnect.app");
    noClasses()
        .that()
        .doNotBelongToAnyOf(AppConfigBuilder.class)
        .should()
        .callConstructorWhere(
            JavaCall.Predicates.target(
                HasOwner.Predicates.With.owner(JavaClass.Predicates.equivalentTo(AppConfig.class))))
        .because("AppConfig.builder(...) is the one way to make a configuration")
        .check(mainAndTests);
  }
}
