package se.trygghetsnav;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of the modular monolith (see the architecture notes). */
class ArchitectureTest {

    /** Features nothing else may depend on. */
    private static final String[] LEAF_FEATURES = {"barometer", "mapping", "incident", "community", "walk"};

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.trygghetsnav");
    }

    @Test
    void platformKnowsNoFeature() {
        noClasses().that().resideInAPackage("se.trygghetsnav.platform..")
                .should().dependOnClassesThat().resideOutsideOfPackages("se.trygghetsnav.platform..", "java..", "javax..",
                        "jakarta..", "org..", "com..", "io..", "tools..")
                .check(classes);
    }

    @Test
    void leafFeaturesAreUsedByNoOtherFeature() {
        for (String feature : LEAF_FEATURES) {
            noClasses().that().resideOutsideOfPackage("se.trygghetsnav." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("se.trygghetsnav." + feature + "..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void sharedFeaturesDoNotReachIntoLeafFeatures() {
        noClasses().that().resideInAnyPackage("se.trygghetsnav.survey..", "se.trygghetsnav.account..",
                        "se.trygghetsnav.municipality..", "se.trygghetsnav.analysis..", "se.trygghetsnav.measure..",
                        "se.trygghetsnav.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("se.trygghetsnav.barometer..", "se.trygghetsnav.mapping..",
                        "se.trygghetsnav.incident..", "se.trygghetsnav.community..", "se.trygghetsnav.walk..")
                .check(classes);
    }

    /** Events between leaf features (e.g. a community post forwarded to the incident reports) are plain records of JDK types. */
    @Test
    void eventsBetweenFeaturesAreNeutral() {
        noClasses().that().resideInAPackage("se.trygghetsnav.platform.events..")
                .should().dependOnClassesThat().resideOutsideOfPackages("se.trygghetsnav.platform.events..", "java..")
                .check(classes);
    }
}
