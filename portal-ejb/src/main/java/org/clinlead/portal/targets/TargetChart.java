package org.clinlead.portal.targets;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.projects.Assurance;
import org.clinlead.portal.projects.SpcView;

/**
 * One organisation's series of one target: the SPC chart against the standard with the Making Data Count icons,
 * whether it is an exception and why, its months, and what has been done about it (advice asked, board items).
 */
public record TargetChart(long seriesId, long organisationId, String organisationCode, String organisationName,
        TargetSummary target, SpcView spc, String assuranceIcon, boolean exception, List<String> reasons,
        List<Month> months, List<AdviceLink> advice, List<AgendaLink> agendaItems, boolean canAct) implements Serializable {

    /** A month's figure and whether it met the standard. */
    public record Month(LocalDate month, BigDecimal value, boolean meets) implements Serializable {
    }

    /** An advice request about the series. */
    public record AdviceLink(long id, String question, String status) implements Serializable {
    }

    /** A board agenda item put forward from the series. */
    public record AgendaLink(long itemId, long meetingId, String boardName, Instant meetingStartsAt, String title)
            implements Serializable {
    }

    /** The Making Data Count assurance icon in words: "Consistently passing", "Hit and miss", "Consistently failing". */
    static String assuranceIcon(Assurance a) {
        return switch (a) {
            case CONSISTENTLY_PASSING -> "Consistently passing";
            case HIT_AND_MISS -> "Hit and miss";
            case CONSISTENTLY_FAILING -> "Consistently failing";
        };
    }
}
