package org.clinlead.portal.strategy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gap in the strategy's coverage, in words: an aim with no new activity recently (the last three months), a pathway with
 * no activity under an aim in the period, an organisation with none in the period. Each names what to drill into.
 */
public record Gap(Type type, String aim, String pathwayCode, Long organisationId, String text) implements Serializable {

    private static String words(List<String> codes) {
        return codes.size() == 1 ? codes.get(0)
                : String.join(", ", codes.subList(0, codes.size() - 1)) + " and " + codes.get(codes.size() - 1);
    }

    /** What is missing. */
    public enum Type {
        AIM_QUIET, PATHWAY_WITHOUT_AIM, ORGANISATION_QUIET
    }

    /** What was found in the database, grouped: the ground the gaps are read from. */
    public record Ground(Map<String, String> aims, Map<String, String> pathways, Map<Long, String> organisations,
            String recent, Set<String> aimsActiveRecently, Map<String, Set<String>> aimsByPathway,
            Set<Long> organisationsActive, String periodLabel) {
    }

    /** Every gap: aims first, then pathways (one gap per pathway naming the aims it misses), then organisations. */
    public static List<Gap> find(Ground g) {
        List<Gap> gaps = new ArrayList<>();
        g.aims().forEach((code, title) -> {
            if (!g.aimsActiveRecently().contains(code)) {
                gaps.add(new Gap(Type.AIM_QUIET, code, null, null, "No new activity under aim " + code + " (" + title + ") in "
                        + g.recent() + "."));
            }
        });
        g.pathways().forEach((code, name) -> {
            Collection<String> present = g.aimsByPathway().getOrDefault(code, Set.of());
            List<String> missing = g.aims().keySet().stream().filter(aim -> !present.contains(aim)).toList();
            if (!missing.isEmpty()) {
                gaps.add(new Gap(Type.PATHWAY_WITHOUT_AIM, String.join("", missing), code, null, "No activity of the " + name
                        + " pathway " + (missing.size() == g.aims().size() ? "at all" : "under aim" + (missing.size() == 1 ? " " : "s ")
                        + words(missing)) + " " + g.periodLabel() + "."));
            }
        });
        g.organisations().forEach((id, name) -> {
            if (!g.organisationsActive().contains(id)) {
                gaps.add(new Gap(Type.ORGANISATION_QUIET, null, null, id, "No activity of " + name + " " + g.periodLabel() + "."));
            }
        });
        return gaps;
    }
}
