package ru.zabota.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules of DESIGN.md as tests: the engine is reached only through {@code workflow/}; features do not
 * depend on each other in cycles; no class calls a controller (pages and API share services, not controllers).
 */
class ArchitectureTest {
    static final String ROOT = "ru.zabota";
    static JavaClasses classes;

    @BeforeAll
    static void importProduction() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    /** The engine's services that change or query cases: only the workflow port holds them. */
    static final ArchRule ENGINE_ONLY_THROUGH_WORKFLOW = noClasses().that().resideOutsideOfPackage(ROOT + ".workflow..")
            // the one exception: a measurement of the engine's own history cleanup (moves the engine clock, runs the
            // cleanup job), started only with --zabota.measure.history-cleanup; no feature reaches it
            .and().doNotHaveFullyQualifiedName(ROOT + ".perf.HistoryCleanupMeasurement")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.TaskService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.FormService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.HistoryService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.ManagementService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RepositoryService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.AuthorizationService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.FilterService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.ProcessEngine")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.ProcessEngineServices")
            .because("DESIGN.md: only workflow/ talks to the engine; features go through the Workflow port");

    /** Staff identity: the port, the staff login and the demo region's staff accounts. */
    static final ArchRule IDENTITY_ONLY_FOR_STAFF_ACCOUNTS = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".workflow..", ROOT + ".security..", ROOT + ".demo..")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.IdentityService")
            .because("staff names and groups come from workflow.StaffDirectory");

    /**
     * The measurement tools of issue 14 skip what features must not: {@code Workflow.startGeneratedAt} starts an
     * instance past its delegates, {@code EngineSteps} completes staff tasks without Tasklist's REST layer.
     */
    static final ArchRule MEASUREMENT_SHORTCUTS_ONLY_IN_PERF = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".perf..", ROOT + ".workflow..")
            .should().callMethod(ru.zabota.workflow.Workflow.class, "startGeneratedAt", String.class, String.class, String.class, java.util.Map.class)
            .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".workflow.EngineSteps")
            .because("the generator and the engine baseline may take shortcuts past the processes' checks; features may not");

    static final ArchRule NO_FEATURE_CYCLES = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    static final ArchRule WORKFLOW_KNOWS_NO_FEATURE = noClasses().that().resideInAPackage(ROOT + ".workflow..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".cases..", ROOT + ".certificate..", ROOT + ".contract..",
                    ROOT + ".needs..", ROOT + ".people..", ROOT + ".registry..", ROOT + ".portal..", ROOT + ".security..",
                    ROOT + ".staff..", ROOT + ".interagency..", ROOT + ".demo..")
            .because("the port serves every process; a process class describes its model, not the port");

    /** An access to a controller from outside it; a controller using its own fields and methods is no call. */
    static final DescribedPredicate<JavaAccess<?>> ANOTHER_CONTROLLER = new DescribedPredicate<>("another class's controller") {
        @Override
        public boolean test(JavaAccess<?> access) {
            JavaClass target = access.getTargetOwner();
            return (target.isAnnotatedWith(RestController.class) || target.isAnnotatedWith(Controller.class))
                    && !outermost(target).equals(outermost(access.getOriginOwner()));
        }
    };

    static JavaClass outermost(JavaClass c) {
        return c.getEnclosingClass().map(ArchitectureTest::outermost).orElse(c);
    }

    static final ArchRule NOBODY_CALLS_A_CONTROLLER = noClasses().should().accessTargetWhere(ANOTHER_CONTROLLER)
            .because("pages and API share the feature's services and views, never each other's controllers");

    @Test
    void theEngineIsReachedOnlyThroughTheWorkflowPort() {
        ENGINE_ONLY_THROUGH_WORKFLOW.check(classes);
        IDENTITY_ONLY_FOR_STAFF_ACCOUNTS.check(classes);
        WORKFLOW_KNOWS_NO_FEATURE.check(classes);
        MEASUREMENT_SHORTCUTS_ONLY_IN_PERF.check(classes);
    }

    @Test
    void featuresHaveNoCycles() {
        NO_FEATURE_CYCLES.check(classes);
    }

    @Test
    void noClassCallsAController() {
        NOBODY_CALLS_A_CONTROLLER.check(classes);
    }

    /** Each rule can fail: on the deliberately broken fixture packages it finds the violation it is for. */
    @Test
    void theRulesCatchABrokenFeature() {
        JavaClasses broken = new ClassFileImporter().importPackages(ROOT + ".archfixturea", ROOT + ".archfixtureb");
        assertThat(ENGINE_ONLY_THROUGH_WORKFLOW.evaluate(broken).hasViolation()).as("direct RuntimeService use").isTrue();
        assertThat(NO_FEATURE_CYCLES.evaluate(broken).hasViolation()).as("a cycle between two features").isTrue();
        assertThat(MEASUREMENT_SHORTCUTS_ONLY_IN_PERF.evaluate(broken).hasViolation()).as("the generator's shortcut in a feature").isTrue();
        assertThat(NOBODY_CALLS_A_CONTROLLER.evaluate(broken).hasViolation()).as("a class calling a controller").isTrue();
    }
}
