package org.clinlead.portal.profiles;

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
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;

/**
 * A practice's profile (every indicator against its area and the region) and the list of practices the caller may
 * see. The area's spread and the pooled values come from {@link ProfileCache}; the practice's own values are read
 * fresh.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class PracticeProfiles {

    private static final int PEERS = 5;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ProfileAccess access;

    @Inject
    private ProfileCache cache;

    /** A practice as listed. */
    public record PracticeSummary(String code, String name, String areaCode, String areaName, int listSize) {
    }

    /** The practices the caller may see (none for someone who sees no profiles); filters {@code area} (a primary care trust's code) and {@code name}. */
    public Page<PracticeSummary> practices(PageRequest request) {
        boolean all = access.readsAll();
        Long area = access.myArea().map(Organisation::getId).orElse(null);
        Long mine = access.myPractice().orElse(null);
        Page<Practice> page = new Lists<>(em, Practice.class,
                Map.of("name", r -> r.get("organisation").get("name"), "code", r -> r.get("organisation").get("nationalCode"),
                        "listSize", r -> r.get("listSize")),
                Map.of("area", (cb, r) -> v -> cb.equal(r.get("commissioner").get("nationalCode"), v.strip().toUpperCase(java.util.Locale.ROOT)),
                        "name", (cb, r) -> v -> Lists.contains(cb, r.get("organisation").get("name"), v)),
                "name", true)
                .fetching(r -> {
                    r.fetch("organisation");
                    r.fetch("commissioner");
                })
                .within((CriteriaBuilder cb, Root<Practice> r) -> scope(cb, r, all, area, mine))
                .page(request);
        return new Page<>(page.items().stream().map(p -> new PracticeSummary(p.getCode(), p.getName(),
                p.getCommissioner().getNationalCode(), p.getCommissioner().getName(), p.getListSize())).toList(), page.total());
    }

    private static Predicate scope(CriteriaBuilder cb, Root<Practice> r, boolean all, Long area, Long mine) {
        if (all) {
            return cb.conjunction();
        }
        List<Predicate> any = new ArrayList<>();
        if (area != null) {
            any.add(cb.equal(r.get("commissioner").get("id"), area));
        }
        if (mine != null) {
            any.add(cb.equal(r.get("id"), mine));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }

    /** The profile of the practice with national code {@code code}. */
    public PracticeProfileView profile(String code) {
        Practice practice = access.practice(code);
        Organisation area = practice.getCommissioner();
        String generation = ProfileReads.generation(em);
        Map<String, long[]> areaPooled = cache.get(generation, "pooled|" + area.getId(), () -> ProfileReads.pooled(em, area.getId()));
        Map<String, long[]> regionPooled = cache.get(generation, "pooled|region", () -> ProfileReads.pooled(em, null));
        List<ProfileIndicator> indicators = em.createQuery("select i from ProfileIndicator i join fetch i.pathway order by i.code",
                ProfileIndicator.class).getResultList();
        Map<Long, List<Object[]>> mine = new HashMap<>();
        for (Object[] r : em.createQuery("select v.indicator.id, v.period, v.numerator, v.denominator from ProfileValue v "
                + "where v.practice = :p order by v.period", Object[].class).setParameter("p", practice).getResultList()) {
            mine.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r);
        }
        List<PracticeProfileView.IndicatorRow> rows = new ArrayList<>();
        int worse = 0;
        for (ProfileIndicator i : indicators) {
            List<Object[]> values = mine.get(i.getId());
            if (values == null) {
                continue;
            }
            int scale = i.getKind().scale();
            Object[] latest = values.get(values.size() - 1);
            String period = (String) latest[1];
            long num = (Long) latest[2];
            long den = (Long) latest[3];
            AreaFigures figures = cache.get(generation, "area|" + i.getId() + "|" + period + "|" + area.getId(),
                    () -> areaFigures(i, period, area.getId()));
            Funnel.Flag flag = figures.flags().getOrDefault(practice.getId(), Funnel.Flag.WITHIN);
            boolean isWorse = FunnelFigures.worse(flag, i.getPolarity());
            worse += isWorse ? 1 : 0;
            List<PracticeProfileView.TrendPoint> trend = values.stream().map(v -> new PracticeProfileView.TrendPoint(
                    (String) v[1], (double) (Long) v[2] / (Long) v[3] * scale,
                    value(areaPooled.get(i.getId() + "|" + v[1]), scale))).toList();
            rows.add(new PracticeProfileView.IndicatorRow(IndicatorSummary.of(i), period, num, den, (double) num / den * scale,
                    value(areaPooled.get(i.getId() + "|" + period), scale), value(regionPooled.get(i.getId() + "|" + period), scale),
                    figures.spine(), flag, flag.words(i.getPolarity()), isWorse, trend));
        }
        List<PracticeProfileView.Peer> peers = em.createQuery("select p from Practice p join fetch p.organisation "
                        + "where p.commissioner = :a and p.id <> :me and p.listSize between :lo and :hi", Practice.class)
                .setParameter("a", area).setParameter("me", practice.getId())
                .setParameter("lo", (int) (practice.getListSize() * 0.8)).setParameter("hi", (int) Math.ceil(practice.getListSize() * 1.2))
                .getResultList().stream()
                .filter(p -> access.sees(p.getId(), area.getId()))
                .sorted(Comparator.comparingInt(p -> Math.abs(p.getListSize() - practice.getListSize())))
                .limit(PEERS).map(p -> new PracticeProfileView.Peer(p.getCode(), p.getName(), p.getListSize())).toList();
        return new PracticeProfileView(practice.getCode(), practice.getName(), area.getNationalCode(), area.getName(),
                practice.getListSize(), rows, peers, worse);
    }

    /** The area's spread of one indicator in one period and each practice's funnel flag (overdispersion on). */
    private record AreaFigures(Spine spine, Map<Long, Funnel.Flag> flags) {
    }

    private AreaFigures areaFigures(ProfileIndicator i, String period, long areaId) {
        List<ProfileReads.Counts> counts = ProfileReads.counts(em, i.getId(), period, areaId);
        Funnel funnel = Funnel.of(i.getKind(), FunnelFigures.units(counts), true);
        Map<Long, Funnel.Flag> flags = new HashMap<>();
        List<Double> values = new ArrayList<>();
        for (Funnel.Point p : funnel.points()) {
            flags.put(Long.valueOf(p.unit().key()), p.flag());
            values.add(p.value());
        }
        return new AreaFigures(Spine.of(values), flags);
    }

    private static Double value(long[] pooled, int scale) {
        return pooled == null || pooled[1] == 0 ? null : (double) pooled[0] / pooled[1] * scale;
    }
}
