package org.clinlead.portal.commissioning;

import java.time.LocalDate;
import java.util.List;

/** One quarter of the contract's year: its dates, whether returns can be made, and a cell per indicator. */
public record QuarterView(int number, String label, LocalDate end, LocalDate deadline, boolean ended, boolean pastDeadline,
        List<Cell> cells) {

    /** The return for an indicator in this quarter; null when none was made yet. */
    public record Cell(long indicatorId, String indicatorName, boolean proportion, String unit, ReturnView submission) {
    }
}
