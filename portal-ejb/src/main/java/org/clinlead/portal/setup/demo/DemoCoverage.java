package org.clinlead.portal.setup.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.boards.AgendaItem;
import org.clinlead.portal.boards.Board;
import org.clinlead.portal.boards.Meeting;
import org.clinlead.portal.boards.Purpose;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.shared.UkTime;

/**
 * The strategy's coverage in the demo. Four weeks ago every Pathway Delivery Board held its quarterly review and took an
 * item under each of the five aims, each naming one of the region's trusts or primary care trusts in turn, so every
 * pathway and every organisation shows activity in the year — <b>except one gap left on purpose</b> for the coverage
 * dashboard to show: the End of life pathway has nothing under aim C, commissioning for quality (no quality standard
 * written for end-of-life care into any contract).
 */
public final class DemoCoverage {

    /** The gap the demo leaves: a pathway without activity under an aim. */
    public static final String GAP_PATHWAY = "END_OF_LIFE";
    public static final String GAP_AIM = "C";

    private static final Set<OrganisationType> ORGANISATIONS_EXPECTED = EnumSet.of(OrganisationType.ACUTE_TRUST,
            OrganisationType.MENTAL_HEALTH_TRUST, OrganisationType.COMMUNITY_TRUST, OrganisationType.PRIMARY_CARE_TRUST);

    /** An item per aim: aim, title, presenter. */
    private static final String[][] REVIEW = {
        {"A", "Senior clinical leads: the pathway's report", "Pathway senior clinical lead"},
        {"B", "Aspiring leaders' change projects on the pathway", "Programme manager"},
        {"C", "Quality standards for next year's contracts", "Commissioner"},
        {"D", "Operating targets: the pathway's exceptions", "Medical director"},
        {"E", "Service changes proposed: clinical review", "Pathway senior clinical lead"},
    };

    private DemoCoverage() {
    }

    public static void seed(EntityManager em, List<Organisation> organisations, LocalDate today) {
        List<Organisation> expected = organisations.stream().filter(o -> ORGANISATIONS_EXPECTED.contains(o.getType())).toList();
        Instant start = today.minusWeeks(4).atTime(LocalTime.of(10, 0)).atZone(UkTime.ZONE).toInstant();
        int next = 0;
        for (Board board : em.createQuery("select b from Board b where b.pathway is not null order by b.id", Board.class)
                .getResultList()) {
            Meeting review = Meeting.schedule(board, start, null, "Quarterly pathway review, Northdale House", null, null,
                    start.minus(30, ChronoUnit.DAYS));
            em.persist(review);
            int order = 1;
            for (String[] item : REVIEW) {
                if (board.getPathway().getCode().equals(GAP_PATHWAY) && item[0].equals(GAP_AIM)) {
                    continue;
                }
                em.persist(new AgendaItem(review, order++, item[1], Purpose.DISCUSSION, item[2], false, Set.of(item[0]),
                        Set.of(expected.get(next++ % expected.size())), start.minus(20, ChronoUnit.DAYS)));
            }
        }
    }
}
