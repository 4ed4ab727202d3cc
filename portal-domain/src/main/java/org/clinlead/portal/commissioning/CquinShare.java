package org.clinlead.portal.commissioning;

import java.math.BigDecimal;
import org.clinlead.portal.shared.Check;

/** The share of a contract's annual value at risk for CQUIN, in per cent: 1.5 by default, 0 to 2.5. */
public final class CquinShare {

    public static final BigDecimal DEFAULT = new BigDecimal("1.5");
    public static final BigDecimal MAXIMUM = new BigDecimal("2.5");

    private CquinShare() {
    }

    /** The share asked for, checked; the default when none is given. */
    public static BigDecimal of(BigDecimal percent) {
        if (percent == null) {
            return DEFAULT;
        }
        new Check().require(percent.signum() >= 0 && percent.compareTo(MAXIMUM) <= 0, "cquinShare",
                "The CQUIN share is between 0 and " + MAXIMUM.toPlainString() + " % of the contract's value; "
                        + percent.toPlainString() + " % is not.")
                .decimal(percent, "cquinShare", "The CQUIN share", 1, 2).orThrow();
        return percent;
    }
}
