package org.conflictgraph;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house style that a compiler does not check: packages by feature without cycles, no
 * layer packages, null-marked packages, and foundations that do not depend on features.
 * The rules take the root package as a parameter so the same rules are shown to fail on a
 * fixture with a cycle ({@code architecturefixture}, test code only).
 */
class ArchitectureTests {

	private static final String ROOT = "org.conflictgraph";

	private static final String FIXTURE = ROOT + ".architecturefixture";

	private static JavaClasses service;

	@BeforeAll
	static void importServiceClasses() {
		service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
		// Guard against rules passing on nothing.
		assertThat(service.contain(ConflictGraphApplication.class)).isTrue();
		assertThat(service.containPackage(FIXTURE)).isFalse();
	}

	@Test
	void featurePackagesHaveNoCycles() {
		noCyclesBetweenFeatures(ROOT).check(service);
	}

	@Test
	void thereAreNoLayerPackages() {
		noLayerPackages(ROOT).check(service);
	}

	@Test
	void everyPackageIsNullMarked() {
		everyPackageNullMarked().check(service);
	}

	@Test
	void foundationsDoNotDependOnFeatures() {
		foundationsIndependentOfFeatures(ROOT).check(service);
	}

	@Test
	void rulesCatchTheirViolationsInTheFixture() {
		JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

		var cycles = noCyclesBetweenFeatures(FIXTURE).evaluate(fixture);
		assertThat(cycles.hasViolation()).isTrue();
		assertThat(cycles.getFailureReport().toString()).contains("alpha", "beta");

		var layers = noLayerPackages(FIXTURE).evaluate(fixture);
		assertThat(layers.hasViolation()).isTrue();
		assertThat(layers.getFailureReport().getDetails()).singleElement()
			.asString()
			.contains(FIXTURE + ".service.Helper");

		var nullMarked = everyPackageNullMarked().evaluate(fixture);
		assertThat(nullMarked.getFailureReport().getDetails()).isNotEmpty()
			.allSatisfy((detail) -> assertThat(detail).doesNotContain(".alpha."))
			.anySatisfy((detail) -> assertThat(detail).contains(FIXTURE + ".beta.Beta"));
	}

	static ArchRule noCyclesBetweenFeatures(String root) {
		return slices().matching(root + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles();
	}

	static ArchRule noLayerPackages(String root) {
		return noClasses().that()
			.resideInAPackage(root + "..")
			.should()
			.resideInAnyPackage("..controller..", "..controllers..", "..service..", "..services..", "..repository..",
					"..repositories..")
			.because("the code is packaged by feature, not by layer");
	}

	static ArchRule everyPackageNullMarked() {
		return classes().should(new ArchCondition<JavaClass>("be in a package whose package-info is @NullMarked") {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				boolean marked = javaClass.getPackage().isAnnotatedWith(NullMarked.class);
				events.add(new SimpleConditionEvent(javaClass, marked, javaClass.getName() + " is in package "
						+ javaClass.getPackageName() + " without a @NullMarked package-info"));
			}
		});
	}

	static ArchRule foundationsIndependentOfFeatures(String root) {
		String[] foundations = { root + ".database..", root + ".shared..", root + ".graph.." };
		DescribedPredicate<JavaClass> feature = resideInAPackage(root + "..")
			.and(DescribedPredicate.not(resideInAnyPackage(foundations)))
			.as("are part of a feature");
		return noClasses().that()
			.resideInAnyPackage(foundations)
			.should()
			.dependOnClassesThat(feature)
			.because("features build on database and shared, not the other way round");
	}

}
