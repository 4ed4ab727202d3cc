package org.clinlead.portal.strategy;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * "Clinical leadership and involvement: year in review" for one financial year: the headline figures, per aim what
 * was done (counts by capability and notable items), the gaps, the change projects that spread, the boards'
 * decisions, and the programme's cohorts and return.
 */
public record AnnualReport(String year, LocalDate from, LocalDate to, HeadlineFigures headlines, long total, List<AimSection> aims,
        List<String> gaps, List<Notable> spread, List<Notable> decisions, Programme programme) implements Serializable {

    /** One aim: how many activities, by capability, and a few of them. */
    public record AimSection(String code, String title, long total, List<CapabilityTotal> capabilities, List<Notable> notable)
            implements Serializable {
    }

    /** A capability's activities under an aim in the year. */
    public record CapabilityTotal(String capability, long total) implements Serializable {
    }

    /** An activity worth naming: what, what kind (or which board), its status, and the page that shows it. */
    public record Notable(String title, String kind, String status, String page) implements Serializable {
    }

    /**
     * The leaders programme in the year: cohorts running, places funded, leaders on it, completed, invested; and the
     * return so far of every cohort started by the year's end (money saved that its alumni reported in follow-ups
     * answered by then, per pound invested in the places taken), with the programme's total.
     */
    public record Programme(long cohorts, long fundedPlaces, long participants, long completed, BigDecimal invested,
            List<CohortReturn> returns, BigDecimal returnInvested, BigDecimal returnSaved, BigDecimal returnPerPound)
            implements Serializable {
    }

    /** One cohort's return so far: invested in the places taken, saved, saved per pound (null when nothing invested). */
    public record CohortReturn(String cohort, LocalDate startsOn, long placesTaken, BigDecimal invested, BigDecimal saved,
            BigDecimal perPound) implements Serializable {
    }
}
