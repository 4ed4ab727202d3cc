package org.clinlead.portal.commissioning;

import java.math.BigDecimal;
import java.util.List;
import org.clinlead.portal.shared.Check;

/** The indicators' weights, in per cent of the CQUIN value: each above 0, together exactly 100. */
public final class Weights {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Weights() {
    }

    public static void check(List<BigDecimal> weights) {
        new Check().require(weights != null && !weights.isEmpty(), "weights", "A scheme needs at least one indicator.")
                .orThrow();
        new Check().require(weights.stream().allMatch(w -> w != null && w.signum() > 0), "weights",
                "Every indicator needs a weight above 0 %.").orThrow();
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        new Check().require(total.compareTo(HUNDRED) == 0, "weights", "The indicators' weights add up to "
                + total.stripTrailingZeros().toPlainString() + " %; they must add up to exactly 100 %.").orThrow();
    }
}
