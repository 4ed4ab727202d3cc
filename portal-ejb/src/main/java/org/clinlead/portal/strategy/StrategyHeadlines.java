package org.clinlead.portal.strategy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.appointments.InPost;
import org.clinlead.portal.appointments.Route;
import org.clinlead.portal.cohort.ParticipantStatus;
import org.clinlead.portal.reconfiguration.Stage;
import org.clinlead.portal.shared.UkTime;

/**
 * The headline figures the strategy names, worked out from the records each time: leads in post against the cap
 * (counted as the cap counts them, {@link InPost}), pathways with their two leads, the NSR leads kept, aspiring leaders
 * on the programme, CQUIN indicators with clinical advice, reconfigurations with a completed clinical review, the
 * median days to answer advice. Public: counts only, no names.
 */
@Stateless
public class StrategyHeadlines {

    static final int FUNDED_PLACES = 120;
    static final int NSR_LEADS = 11;
    static final int LEADS_PER_PATHWAY = 2;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private StrategyTally tally;

    /** The headline figures the strategy names, worked out from the records. Public: no names, only counts. */
    @PermitAll
    public HeadlineFigures headlines() {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        return tally.headlines(today, () -> workedOut(today));
    }

    /** Every figure from the records (kept by {@link StrategyTally} until a record it reads changes). */
    private HeadlineFigures workedOut(LocalDate today) {
        List<HeadlineFigures.Figure> figures = new ArrayList<>();
        long inPost = InPost.count(em, today);
        Integer cap = em.createQuery("select c.cap from LeadCap c", Integer.class).getResultStream().findFirst().orElse(30);
        figures.add(new HeadlineFigures.Figure("leadsInPost", "Senior clinical leads in post", (double) inPost, cap, "leads",
                inPost + " senior clinical leads are in post, against the cap of " + cap + "."));
        long pathways = count("select count(p) from Pathway p", Map.of());
        long full = em.createQuery("select p.seat.pathway.code from Appointment p where " + InPost.CONDITION
                + " and p.seat.pathway is not null group by p.seat.pathway.code having count(p) >= :two", String.class)
                .setParameter("today", today).setParameter("two", (long) LEADS_PER_PATHWAY).getResultList().size();
        figures.add(new HeadlineFigures.Figure("pathwaysWithTwoLeads", "Pathways with their two leads", (double) full, (int) pathways,
                "pathways", full + " of the " + pathways + " pathways have their two senior clinical leads in post."));
        long nsr = count("select count(p) from Appointment p where p.route = :nsr and " + InPost.CONDITION,
                Map.of("nsr", Route.NSR, "today", today));
        figures.add(new HeadlineFigures.Figure("nsrLeads", "National service review leads kept", (double) nsr, NSR_LEADS, "leads",
                nsr + " of the " + NSR_LEADS + " leads from the national service review are in post."));
        long funded = count("select count(p) from Participant p where p.status <> :withdrawn and p.cohort.startsOn <= :today "
                + "and p.cohort.endsOn >= :today", Map.of("withdrawn", ParticipantStatus.WITHDRAWN, "today", today));
        figures.add(new HeadlineFigures.Figure("aspiringLeaders", "Aspiring leaders funded", (double) funded, FUNDED_PLACES,
                "leaders", funded + " aspiring leaders are on the programme now, against " + FUNDED_PLACES + " funded places."));
        long indicators = count("select count(i) from QualityIndicator i", Map.of());
        long advised = count("select count(distinct a.indicator) from IndicatorAdvice a", Map.of());
        Integer share = Headlines.percent(advised, indicators);
        figures.add(new HeadlineFigures.Figure("cquinWithAdvice", "CQUIN indicators with clinical advice",
                share == null ? null : share.doubleValue(), 100, "%", advised + " of " + indicators + " CQUIN indicators have had "
                + "clinical advice."));
        long proposals = count("select count(r) from Reconfiguration r", Map.of());
        long reviewed = count("select count(r) from Reconfiguration r where r.stage in :done",
                Map.of("done", List.of(Stage.RECOMMENDATION, Stage.DECIDED, Stage.CLOSED)));
        Integer reviewedShare = Headlines.percent(reviewed, proposals);
        figures.add(new HeadlineFigures.Figure("reconfigurationsReviewed", "Reconfigurations with a completed clinical review",
                reviewedShare == null ? null : reviewedShare.doubleValue(), 100, "%", reviewed + " of " + proposals
                + " proposed service changes have a completed clinical review."));
        List<Long> days = new ArrayList<>();
        for (Object[] r : em.createQuery("select r.raisedAt, r.answeredAt from AdviceRequest r where r.answeredAt is not null",
                Object[].class).getResultList()) {
            days.add(Duration.between((Instant) r[0], (Instant) r[1]).toDays());
        }
        Double median = Headlines.median(days);
        figures.add(new HeadlineFigures.Figure("adviceMedianDays", "Median days to answer a request for clinical advice", median,
                null, "days", median == null ? "No request for clinical advice has been answered yet."
                        : "Requests for clinical advice were answered in a median of " + formatDays(median) + " ("
                        + days.size() + " answered)."));
        return new HeadlineFigures(figures);
    }

    private static String formatDays(double d) {
        return (d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d)) + (d == 1 ? " day" : " days");
    }

    private long count(String jpql, Map<String, Object> parameters) {
        TypedQuery<Long> q = em.createQuery(jpql, Long.class);
        parameters.forEach(q::setParameter);
        return q.getSingleResult();
    }
}
