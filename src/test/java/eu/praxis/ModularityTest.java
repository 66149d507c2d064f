package eu.praxis;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Service;

/**
 * Keeps the feature packages honest: Spring Modulith's module rules (no cycles, only public API
 * and named interfaces used across features) plus layering rules of our own.
 */
class ModularityTest {

    /**
     * Leaves out test classes wherever the build writes them: ArchUnit's own option knows them only under
     * {@code target/test-classes}, not in a separate build folder ({@code -Dpraxis.build.directory=target-x}), where
     * the tests' fixtures would otherwise join the modules and make cycles of their own.
     */
    static final ImportOption WITHOUT_TESTS = location -> !location.contains("/test-classes/");

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class, WITHOUT_TESTS);
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(WITHOUT_TESTS)
                .importPackages("eu.praxis");
    }

    @Test
    void feature_modules_have_no_cycles_and_use_only_each_others_api() {
        MODULES.verify();
    }

    @Test
    void views_use_neither_repositories_nor_entities() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }

    @Test
    void services_policies_and_entities_know_nothing_of_the_user_interface() {
        noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .or()
                .areAnnotatedWith(Entity.class)
                .or()
                .haveSimpleNameEndingWith("Policy")
                .or()
                .areAssignableTo(Repository.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "..ui..")
                .check(classes);
    }

    @Test
    void repositories_are_used_only_inside_their_feature() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .or()
                .resideInAPackage("eu.praxis.demo..")
                .should()
                .accessClassesThat()
                .areAssignableTo(Repository.class)
                .check(classes);
    }

    /** {@code base} is generic infrastructure: the index schema lives in {@code searchindex}, moderation in {@code content}. */
    @Test
    void the_shared_kernel_knows_no_search_engine_and_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("eu.praxis.base..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.hibernate.search..", "org.apache.lucene..")
                .orShould()
                .dependOnClassesThat(resideInAPackage("eu.praxis..").and(not(resideInAPackage("eu.praxis.base.."))))
                .check(classes);
    }

    @Test
    void writes_module_documentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
