package org.clinlead.portal.strategy;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.ASPIRING_LEADER;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.MENTOR;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.UkTime;

/**
 * The strategy's coverage over every capability: activities (paged in the database), coverage by aim × capability ×
 * quarter, pathway and organisation (each a {@code group by} over the read model, never records loaded), the gaps,
 * (the headline figures are {@link StrategyHeadlines}). Everyone signed in reads it.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class StrategyCoverage {

    /** The organisations expected to show activity: the region's trusts and commissioners. */
    static final Set<OrganisationType> ACTIVE_KINDS = EnumSet.of(OrganisationType.ACUTE_TRUST, OrganisationType.MENTAL_HEALTH_TRUST,
            OrganisationType.COMMUNITY_TRUST, OrganisationType.PRIMARY_CARE_TRUST);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private StrategyTally tally;

    @Inject
    private org.clinlead.portal.audit.UntilNextWrite kept;

    /**
     * Activities, newest first; filters {@code aim}, {@code kind}, {@code pathway}, {@code organisation} (id: the
     * activities concerning it, as the organisations' figures count them), {@code from}, {@code to} (dates).
     */
    public Page<ActivityRow> activities(PageRequest request) {
        String organisationFilter = request.filter("organisation");
        Long organisation = organisationFilter == null ? null : number(organisationFilter, "organisation");
        return new Lists<>(em, Activity.class, Map.of("at", a -> a.get("at"), "title", a -> a.get("title"), "kind", a -> a.get("kind")),
                Map.of("aim", (cb, a) -> v -> cb.like(a.get("aimCodes"), "%" + aim(v) + "%"),
                        "kind", (cb, a) -> v -> cb.equal(a.get("kind"), kind(v)),
                        "pathway", (cb, a) -> v -> cb.equal(a.get("pathwayCode"), v.strip().toUpperCase(Locale.ROOT)),
                        "from", (cb, a) -> v -> cb.greaterThanOrEqualTo(a.get("at"), start(day(v, "from"))),
                        "to", (cb, a) -> v -> cb.lessThan(a.get("at"), start(day(v, "to").plusDays(1)))),
                "at", false).within((cb, query, a) -> {
                    if (organisation == null) {
                        return null;
                    }
                    jakarta.persistence.criteria.Subquery<Long> concerned = query.subquery(Long.class);
                    jakarta.persistence.criteria.Root<ActivityOrganisation> o = concerned.from(ActivityOrganisation.class);
                    return cb.exists(concerned.select(o.get("activityId")).where(cb.equal(o.get("kind"), a.get("kind")),
                            cb.equal(o.get("activityId"), a.get("activityId")), cb.equal(o.get("organisationId"), organisation)));
                }).page(request).map(ActivityRow::of);
    }

    /**
     * Activity from {@code from} to {@code to} (default: the last four quarters, this one included), optionally of one
     * pathway or organisation, counted by aim × capability × quarter, by pathway × aim and by organisation.
     */
    public CoverageView coverage(LocalDate from, LocalDate to, String pathway, Long organisation) {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        LocalDate end = to == null ? today : to;
        LocalDate begin = from == null ? Quarter.of(today).previous().previous().previous().firstDay() : from;
        if (begin.isAfter(end)) {
            throw new InvalidInputException("from", "The period starts after it ends.");
        }
        if (begin.isBefore(end.minusYears(10))) {
            throw new InvalidInputException("from", "Ask for at most ten years at once.");
        }
        String p = pathway == null || pathway.isBlank() ? null : pathway.strip().toUpperCase(Locale.ROOT);
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = Quarter.of(begin); q.compareTo(Quarter.of(end)) <= 0; q = Quarter.of(q.end())) {
            quarters.add(q);
        }
        Map<String, String> aims = aims();
        // aim -> capability -> quarter index -> count
        Map<String, Map<String, long[]>> cells = new LinkedHashMap<>();
        aims.keySet().forEach(a -> cells.put(a, new LinkedHashMap<>()));
        Map<String, String> pathways = pathways();
        Map<String, Map<String, Long>> byPathway = new LinkedHashMap<>();
        pathways.keySet().forEach(code -> byPathway.put(code, new LinkedHashMap<>()));
        Map<String, Long> pathwayTotals = new HashMap<>();
        Map<Long, Long> byOrganisation = new HashMap<>();
        long total = 0;
        // Every figure from the counts grouped in the database (StrategyTally): one organisation's activities are
        // those concerning it; otherwise every activity once.
        StrategyTally.Counts counted = tally.counts();
        List<StrategyTally.Count> rows = organisation == null ? counted.activities() : counted.organisations().stream()
                .filter(o -> o.organisationId() == organisation)
                .map(o -> new StrategyTally.Count(o.kind(), o.aimCodes(), o.day(), o.pathwayCode(), o.activities())).toList();
        for (StrategyTally.Count r : rows) {
            if (!within(r.day(), begin, end) || (p != null && !p.equals(r.pathwayCode()))) {
                continue;
            }
            int index = quarters.indexOf(Quarter.of(r.day()));
            long n = r.activities();
            total += n;
            Map<String, Long> pathwayRow = r.pathwayCode() == null ? null : byPathway.get(r.pathwayCode());
            if (pathwayRow != null) {
                pathwayTotals.merge(r.pathwayCode(), n, Long::sum);
            }
            for (String aim : codes(r.aimCodes())) {
                long[] row = cells.computeIfAbsent(aim, k -> new LinkedHashMap<>()).computeIfAbsent(r.kind().capability(),
                        k -> new long[quarters.size()]);
                if (index >= 0) {
                    row[index] += n;
                }
                if (pathwayRow != null) {
                    pathwayRow.merge(aim, n, Long::sum);
                }
            }
        }
        for (StrategyTally.OrganisationCount o : counted.organisations()) {
            if (within(o.day(), begin, end) && (p == null || p.equals(o.pathwayCode()))
                    && (organisation == null || organisation == o.organisationId())) {
                byOrganisation.merge(o.organisationId(), o.activities(), Long::sum);
            }
        }
        Set<String> capabilities = new java.util.LinkedHashSet<>();
        for (ActivityKind k : ActivityKind.values()) {
            capabilities.add(k.capability());
        }
        List<CoverageView.AimRow> aimRows = new ArrayList<>();
        aims.forEach((code, title) -> {
            List<CoverageView.CapabilityCount> row = new ArrayList<>();
            long aimTotal = 0;
            for (String capability : capabilities) {
                long[] counts = cells.get(code).getOrDefault(capability, new long[quarters.size()]);
                List<Long> per = new ArrayList<>();
                long sum = 0;
                for (long c : counts) {
                    per.add(c);
                    sum += c;
                }
                aimTotal += sum;
                row.add(new CoverageView.CapabilityCount(capability, per, sum));
            }
            aimRows.add(new CoverageView.AimRow(code, title, aimTotal, row));
        });
        List<CoverageView.PathwayRow> pathwayRows = new ArrayList<>();
        byPathway.forEach((code, row) -> {
            Map<String, Long> full = new LinkedHashMap<>();
            aims.keySet().forEach(a -> full.put(a, row.getOrDefault(a, 0L)));
            pathwayRows.add(new CoverageView.PathwayRow(code, pathways.get(code), full, pathwayTotals.getOrDefault(code, 0L)));
        });
        // The organisations with most activity, named from the 50 busiest only.
        List<Map.Entry<Long, Long>> busiest = byOrganisation.entrySet().stream().sorted(Map.Entry.<Long, Long>comparingByValue()
                .reversed().thenComparing(Map.Entry.comparingByKey())).limit(50).toList();
        Map<Long, Object[]> names = new HashMap<>();
        if (!busiest.isEmpty()) {
            em.createQuery("select o.id, o.name, o.nationalCode from Organisation o where o.id in :ids", Object[].class)
                    .setParameter("ids", busiest.stream().map(Map.Entry::getKey).toList()).getResultList()
                    .forEach(r -> names.put((Long) r[0], r));
        }
        List<CoverageView.OrganisationRow> organisationRows = busiest.stream().filter(r -> names.containsKey(r.getKey()))
                .map(r -> new CoverageView.OrganisationRow(r.getKey(), (String) names.get(r.getKey())[1],
                        (String) names.get(r.getKey())[2], r.getValue())).toList();
        return new CoverageView(begin, end, p, organisation, quarters.stream().map(Quarter::label).toList(), aimRows,
                pathwayRows, organisationRows, total);
    }

    /**
     * The gaps: an aim with no new activity in the last three months (this one and the two before); over the last
     * twelve, a pathway with no activity under an aim and a trust or commissioner with none.
     */
    public GapsView gaps() {
        // From 7,000 organisations' names and the counts: kept until the next write or the counts' next generation.
        return kept.get("strategy-gaps|" + LocalDate.now(clock.withZone(UkTime.ZONE)) + "|" + tally.counts().generation(),
                this::workOutGaps);
    }

    private GapsView workOutGaps() {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        LocalDate yearFrom = today.withDayOfMonth(1).minusMonths(11);
        LocalDate yearTo = today;
        LocalDate recentFrom = today.withDayOfMonth(1).minusMonths(2);
        String recent = "the three months since " + UkTime.format(recentFrom);
        Set<String> activeLastQuarter = new HashSet<>();
        Map<String, Set<String>> byPathway = new HashMap<>();
        StrategyTally.Counts counted = tally.counts();
        for (StrategyTally.Count r : counted.activities()) {
            if (!within(r.day(), yearFrom, yearTo)) {
                continue;
            }
            List<String> aimsOfRow = codes(r.aimCodes());
            if (!r.day().isBefore(recentFrom)) {
                activeLastQuarter.addAll(aimsOfRow);
            }
            if (r.pathwayCode() != null) {
                byPathway.computeIfAbsent(r.pathwayCode(), k -> new TreeSet<>()).addAll(aimsOfRow);
            }
        }
        Set<Long> active = new HashSet<>();
        counted.organisations().stream().filter(o -> within(o.day(), yearFrom, yearTo)).forEach(o -> active.add(o.organisationId()));
        Map<Long, String> organisations = new LinkedHashMap<>();
        em.createQuery("select o.id, o.name from Organisation o where o.active = true and o.type in :kinds order by o.name",
                Object[].class).setParameter("kinds", ACTIVE_KINDS).getResultList().forEach(r -> organisations.put((Long) r[0], (String) r[1]));
        String period = "from " + UkTime.format(yearFrom) + " to " + UkTime.format(yearTo);
        List<Gap> gaps = Gap.find(new Gap.Ground(aims(), pathways(), organisations, recent, activeLastQuarter, byPathway, active,
                period));
        return new GapsView(recent, period, (int) gaps.stream().filter(g -> g.type() == Gap.Type.AIM_QUIET).count(),
                (int) gaps.stream().filter(g -> g.type() == Gap.Type.PATHWAY_WITHOUT_AIM).count(),
                (int) gaps.stream().filter(g -> g.type() == Gap.Type.ORGANISATION_QUIET).count(), gaps);
    }

    private Map<String, String> aims() {
        Map<String, String> aims = new LinkedHashMap<>();
        em.createQuery("select a.code, a.title from StrategicAim a order by a.code", Object[].class).getResultList()
                .forEach(r -> aims.put((String) r[0], (String) r[1]));
        return aims;
    }

    private Map<String, String> pathways() {
        Map<String, String> pathways = new LinkedHashMap<>();
        em.createQuery("select p.code, p.name from Pathway p order by p.displayOrder", Object[].class).getResultList()
                .forEach(r -> pathways.put((String) r[0], (String) r[1]));
        return pathways;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(UkTime.ZONE).toInstant();
    }

    private static List<String> codes(String aimCodes) {
        List<String> codes = new ArrayList<>();
        for (char c : aimCodes.toCharArray()) {
            codes.add(String.valueOf(c));
        }
        return codes;
    }

    private static String aim(String v) {
        String a = v.strip().toUpperCase(Locale.ROOT);
        if (!a.matches("[A-E]")) {
            throw new InvalidInputException("aim", "The aim is one of A, B, C, D or E.");
        }
        return a;
    }

    private static ActivityKind kind(String v) {
        try {
            return ActivityKind.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "The kind is one of " + String.join(", ",
                    java.util.Arrays.stream(ActivityKind.values()).map(Enum::name).toList()) + ".");
        }
    }

    private static long number(String v, String field) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "The " + field + " is given by its number.");
        }
    }

    private static LocalDate day(String v, String field) {
        try {
            return LocalDate.parse(v.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, "Write the date as 2026-04-01.");
        }
    }
}
