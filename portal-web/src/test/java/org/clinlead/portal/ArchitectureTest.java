package org.clinlead.portal;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The house rules, checked on the compiled classes of all three modules: dependencies run web → ejb → domain,
 * never back; and between business packages (the same names in every module) there are no cycles — where one
 * capability must react to another it does so through a CDI event, as the register of interests tells the
 * boards about a new interest, or through an interface the used capability defines. A new cycle fails the build.
 */
class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clinlead.portal");

    /**
     * Cycles still to be taken apart, by name (none today: the programme's tie to projects runs through
     * {@code ProgrammePlaces}, which projects define and cohorts implement). The plumbing packages — api,
     * security, shell, shared, setup — are outside this rule; the home page in {@code shell} reads every
     * capability.
     */
    private static final Set<String> KNOWN_CYCLES = Set.of();

    private static String module(JavaClass type) {
        String where = type.getSource().map(s -> s.getUri().toString()).orElse("");
        return where.contains("portal-domain") ? "domain" : where.contains("portal-ejb") ? "ejb"
                : where.contains("portal-web") ? "web" : "other";
    }

    @Test
    void dependenciesRunFromWebToEjbToDomainNeverBack() {
        List<String> wrong = new java.util.ArrayList<>();
        for (JavaClass type : PORTAL) {
            String from = module(type);
            for (Dependency d : type.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                if (!target.getPackageName().startsWith("org.clinlead.portal")) {
                    continue;
                }
                String to = module(target);
                if (from.equals("domain") && !to.equals("domain") || from.equals("ejb") && to.equals("web")) {
                    wrong.add(type.getName() + " (" + from + ") uses " + target.getName() + " (" + to + ")");
                }
            }
        }
        assertThat(PORTAL.size()).as("the classes of all three modules were found").isGreaterThan(300);
        assertThat(wrong).isEmpty();
    }

    @Test
    void businessPackagesHaveNoCyclesButTheKnownOnes() {
        // The shared plumbing (api, security, shell, shared, setup) serves every capability and is left out;
        // the rule is about the capabilities themselves.
        JavaClasses business = PORTAL.that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages(
                "org.clinlead.portal.api..", "org.clinlead.portal.security..", "org.clinlead.portal.shell..",
                "org.clinlead.portal.shared..", "org.clinlead.portal.setup.."));
        EvaluationResult result = slices().matching("org.clinlead.portal.(*)..").should().beFreeOfCycles()
                .evaluate(business);
        Set<String> cycles = new TreeSet<>();
        for (String detail : result.getFailureReport().getDetails()) {
            // "Cycle detected: Slice a -> \n Slice b -> \n Slice a" and then the dependencies: keep the chain.
            String chain = detail.lines().takeWhile(l -> !l.contains("Dependencies of"))
                    .flatMap(l -> java.util.regex.Pattern.compile("Slice (\\w+)").matcher(l).results().map(r -> r.group(1)))
                    .collect(java.util.stream.Collectors.joining(" -> "));
            cycles.add(chain);
        }
        assertThat(cycles).as("cycles between business packages").isEqualTo(KNOWN_CYCLES);
    }

    /**
     * The API's schemas (/openapi) are named after the records' simple names, so two public records with one name
     * would be shown as one shape: every public record of the ejb and web modules has a name of its own (the page
     * bean's {@code CurrentUser.Can} never reaches the API).
     */
    @Test
    void publicRecordsHaveNamesOfTheirOwn() {
        java.util.Map<String, List<String>> byName = new java.util.TreeMap<>();
        for (JavaClass type : PORTAL) {
            if (type.isRecord() && type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                    && !module(type).equals("domain") && !type.getName().equals("org.clinlead.portal.shell.CurrentUser$Can")) {
                byName.computeIfAbsent(type.getSimpleName(), k -> new java.util.ArrayList<>()).add(type.getName());
            }
        }
        assertThat(byName.values().stream().filter(names -> names.size() > 1).toList()).isEmpty();
    }
}
