package org.clinlead.portal.cohort;

import java.io.Serializable;
import java.time.LocalDate;

/** A follow-up round with how many alumni have answered. */
public record RoundView(long id, long cohortId, String cohortName, int year, LocalDate openedOn, LocalDate closesOn,
        boolean open, long alumni, long answered) implements Serializable {
}
