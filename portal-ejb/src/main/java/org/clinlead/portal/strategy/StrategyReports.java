package org.clinlead.portal.strategy;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.boards.ItemOutcome;
import org.clinlead.portal.cohort.ParticipantStatus;
import org.clinlead.portal.cohort.Roi;
import org.clinlead.portal.projects.SpreadLevel;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.UkTime;

/**
 * The annual report the strategy's owners take to the SHA board, for a financial year: worked out from the records
 * (counts by {@code group by}, a few notable items each), as a PDF ({@link AnnualReportDocument}) or the same
 * figures for a spreadsheet. For medical directors, administrators, board members and the programme manager.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_MEMBER, PROGRAMME_MANAGER})
public class StrategyReports {

    private static final int NOTABLE = 5;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private StrategyCoverage coverage;

    @Inject
    private StrategyHeadlines headlines;

    @Inject
    private Clock clock;

    /** The year starting in April of {@code startYear}: from 2000 to the current financial year. */
    public AnnualReport report(int startYear) {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        int current = Quarter.of(today).startYear();
        if (startYear < 2000 || startYear > current) {
            throw new InvalidInputException("year", "Choose a financial year from 2000/01 to " + current + "/"
                    + String.format("%02d", (current + 1) % 100) + " (give the year it starts: " + current + ").");
        }
        LocalDate from = LocalDate.of(startYear, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        CoverageView year = coverage.coverage(from, to, null, null);
        List<AnnualReport.AimSection> aims = new ArrayList<>();
        for (CoverageView.AimRow aim : year.aims()) {
            List<AnnualReport.CapabilityTotal> capabilities = aim.cells().stream().filter(c -> c.total() > 0)
                    .map(c -> new AnnualReport.CapabilityTotal(c.capability(), c.total())).toList();
            List<AnnualReport.Notable> notable = em.createQuery("select a from Activity a where a.at >= :from and a.at < :to "
                    + "and a.aimCodes like :aim order by a.at desc", Activity.class).setParameter("from", start(from))
                    .setParameter("to", start(to.plusDays(1))).setParameter("aim", "%" + aim.code() + "%").setMaxResults(NOTABLE)
                    .getResultList().stream().map(a -> new AnnualReport.Notable(a.getTitle(), a.getKind().label(), a.getStatus(),
                            a.getKind().page(a.getPageId())))
                    .toList();
            aims.add(new AnnualReport.AimSection(aim.code(), aim.title(), aim.total(), capabilities, notable));
        }
        List<String> gaps = new ArrayList<>();
        year.pathways().forEach(p -> {
            List<String> missing = p.byAim().entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
            if (!missing.isEmpty()) {
                gaps.add(p.name() + ": nothing under aim" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + ".");
            }
        });
        year.aims().stream().filter(a -> a.total() == 0).forEach(a -> gaps.add(0, "Aim " + a.code() + " (" + a.title()
                + "): no activity in the year."));
        List<AnnualReport.Notable> spread = em.createQuery("select p.id, p.title, p.spread from ChangeProject p where p.spread in "
                + ":far and p.createdAt < :to order by p.title", Object[].class)
                .setParameter("far", List.of(SpreadLevel.ACROSS_ORGANISATION, SpreadLevel.ACROSS_ORGANISATIONS))
                .setParameter("to", start(to.plusDays(1))).setMaxResults(20).getResultList().stream()
                .map(r -> new AnnualReport.Notable((String) r[1], "Change project", ((SpreadLevel) r[2]).label(),
                        ActivityKind.PROJECT.page((Long) r[0])))
                .toList();
        List<AnnualReport.Notable> decisions = em.createQuery("select i.title, i.confidential, i.outcome, b.name, m.id from "
                + "AgendaItem i join i.meeting m join m.board b where i.outcome is not null and m.startsAt >= :from and "
                + "m.startsAt < :to order by m.startsAt", Object[].class).setParameter("from", start(from))
                .setParameter("to", start(to.plusDays(1))).setMaxResults(40).getResultList().stream()
                .map(r -> new AnnualReport.Notable(Boolean.TRUE.equals(r[1]) ? "A confidential item" : (String) r[0], (String) r[3],
                        ((ItemOutcome) r[2]).label(), ActivityKind.AGENDA_ITEM.page((Long) r[4]))).toList();
        Object[] cohorts = em.createQuery("select count(c), coalesce(sum(c.fundedPlaces), 0), coalesce(sum(c.fundedPlaces * "
                + "c.fundingPerPlace), 0) from Cohort c where c.startsOn <= :to and c.endsOn >= :from", Object[].class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        Object[] people = em.createQuery("select count(p), coalesce(sum(case when p.status = :completed then 1 else 0 end), 0) "
                + "from Participant p where p.status <> :withdrawn and p.cohort.startsOn <= :to and p.cohort.endsOn >= :from",
                Object[].class).setParameter("completed", ParticipantStatus.COMPLETED)
                .setParameter("withdrawn", ParticipantStatus.WITHDRAWN).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        List<AnnualReport.CohortReturn> returns = returns(to.isAfter(today) ? today : to);
        BigDecimal returnInvested = returns.stream().map(AnnualReport.CohortReturn::invested).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal returnSaved = returns.stream().map(AnnualReport.CohortReturn::saved).reduce(BigDecimal.ZERO, BigDecimal::add);
        AnnualReport.Programme programme = new AnnualReport.Programme((Long) cohorts[0], ((Number) cohorts[1]).longValue(),
                (Long) people[0], ((Number) people[1]).longValue(), decimal(cohorts[2]), returns, returnInvested, returnSaved,
                Roi.returnPerPound(returnSaved, returnInvested));
        return new AnnualReport(startYear + "/" + String.format("%02d", (startYear + 1) % 100), from, to, headlines.headlines(),
                year.total(), aims, gaps, spread, decisions, programme);
    }

    /**
     * The return so far of every cohort started by {@code to} (the year's end, or today in the current year; the latest 20): places taken (withdrawals included, as
     * the cohort's own report counts them), money saved in follow-ups answered by then, per pound — three group-bys.
     */
    private List<AnnualReport.CohortReturn> returns(LocalDate to) {
        List<Object[]> started = em.createQuery("select c.id, c.name, c.startsOn, c.fundingPerPlace from Cohort c where c.startsOn "
                + "<= :to order by c.startsOn desc, c.id desc", Object[].class).setParameter("to", to).setMaxResults(20).getResultList();
        started = new ArrayList<>(started);
        if (started.isEmpty()) {
            return List.of();
        }
        List<Long> ids = started.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Long> taken = new HashMap<>();
        em.createQuery("select p.cohort.id, count(p) from Participant p where p.cohort.id in :ids group by p.cohort.id", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> taken.put((Long) r[0], (Long) r[1]));
        Map<Long, BigDecimal> saved = new HashMap<>();
        em.createQuery("select r.round.cohort.id, sum(r.moneySaved) from FollowUpResponse r where r.round.cohort.id in :ids and "
                + "r.respondedAt < :to group by r.round.cohort.id", Object[].class).setParameter("ids", ids)
                .setParameter("to", start(to.plusDays(1))).getResultList().forEach(r -> saved.put((Long) r[0], decimal(r[1])));
        List<AnnualReport.CohortReturn> returns = new ArrayList<>();
        java.util.Collections.reverse(started);
        for (Object[] c : started) {
            BigDecimal invested = Roi.invested(taken.getOrDefault((Long) c[0], 0L), (BigDecimal) c[3]);
            BigDecimal money = saved.getOrDefault((Long) c[0], BigDecimal.ZERO).setScale(2, java.math.RoundingMode.HALF_UP);
            returns.add(new AnnualReport.CohortReturn((String) c[1], (LocalDate) c[2], taken.getOrDefault((Long) c[0], 0L), invested,
                    money, Roi.returnPerPound(money, invested)));
        }
        return returns;
    }

    private static BigDecimal decimal(Object sum) {
        return sum == null ? BigDecimal.ZERO : sum instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(sum));
    }

    /**
     * The report as a PDF, charts included; each notable item links to its page under {@code portal} (the portal's
     * address as the reader reached it, ending in "/").
     */
    public byte[] pdf(int startYear, String portal) {
        return AnnualReportDocument.of(report(startYear), Instant.now(clock), portal);
    }

    /** The report's figures as rows for a spreadsheet: section, item, figure, detail. */
    public List<List<Object>> rows(int startYear) {
        AnnualReport r = report(startYear);
        List<List<Object>> rows = new ArrayList<>();
        r.headlines().figures().forEach(f -> rows.add(List.of("Headline figures", f.label(), f.display(), f.text())));
        for (AnnualReport.AimSection a : r.aims()) {
            rows.add(List.of("Aim " + a.code(), a.title(), a.total(), "activities in " + r.year()));
            a.capabilities().forEach(c -> rows.add(List.of("Aim " + a.code(), c.capability(), c.total(), "")));
            a.notable().forEach(n -> rows.add(List.of("Aim " + a.code(), n.title(), n.status(), n.kind() + ", " + n.page())));
        }
        r.gaps().forEach(g -> rows.add(List.of("Gaps", g, "", "")));
        r.spread().forEach(n -> rows.add(List.of("Projects that spread", n.title(), n.status(), n.page())));
        r.decisions().forEach(n -> rows.add(List.of("Board decisions", n.title(), n.status(), n.kind() + ", " + n.page())));
        AnnualReport.Programme p = r.programme();
        Map<String, Object> programme = new LinkedHashMap<>();
        programme.put("Cohorts running", p.cohorts());
        programme.put("Places funded", p.fundedPlaces());
        programme.put("Aspiring leaders on the programme", p.participants());
        programme.put("Completed", p.completed());
        programme.put("Invested (GBP)", p.invested());
        programme.forEach((k, v) -> rows.add(List.of("Leaders programme", k, v, "")));
        p.returns().forEach(c -> rows.add(List.of("Return on investment", c.cohort(), c.perPound() == null ? "" : c.perPound(),
                "saved GBP " + c.saved().toPlainString() + " for GBP " + c.invested().toPlainString() + " invested in "
                        + c.placesTaken() + " places")));
        rows.add(List.of("Return on investment", "Every cohort to date", p.returnPerPound() == null ? "" : p.returnPerPound(),
                "saved GBP " + p.returnSaved().toPlainString() + " for GBP " + p.returnInvested().toPlainString() + " invested"));
        return rows;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(UkTime.ZONE).toInstant();
    }
}
