package org.clinlead.portal.projects;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.clinlead.portal.shared.InvalidInputException;

/** The IHI progress score, 0.5 to 5.0 in half steps, and what each means. */
public final class ProgressScore {

    public static final Map<BigDecimal, String> MEANINGS = new TreeMap<>();

    static {
        MEANINGS.put(new BigDecimal("0.5"), "Intent to participate");
        MEANINGS.put(new BigDecimal("1.0"), "Team formed and project charter written");
        MEANINGS.put(new BigDecimal("1.5"), "Planning for the project has begun");
        MEANINGS.put(new BigDecimal("2.0"), "Activity, but no changes yet");
        MEANINGS.put(new BigDecimal("2.5"), "Changes tested, but no improvement");
        MEANINGS.put(new BigDecimal("3.0"), "Modest improvement");
        MEANINGS.put(new BigDecimal("3.5"), "Improvement");
        MEANINGS.put(new BigDecimal("4.0"), "Significant improvement");
        MEANINGS.put(new BigDecimal("4.5"), "Sustainable improvement");
        MEANINGS.put(new BigDecimal("5.0"), "Outstanding sustainable results");
    }

    private ProgressScore() {
    }

    public static BigDecimal check(BigDecimal score) {
        BigDecimal known = score == null ? null
                : MEANINGS.keySet().stream().filter(k -> k.compareTo(score) == 0).findFirst().orElse(null);
        if (known == null) {
            throw new InvalidInputException("progressScore", "The progress score runs from 0.5 to 5.0 in steps of 0.5 "
                    + "(for example 2.5: changes tested, but no improvement yet).");
        }
        return known;
    }

    public static String meaning(BigDecimal score) {
        return MEANINGS.entrySet().stream().filter(e -> e.getKey().compareTo(score) == 0).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
