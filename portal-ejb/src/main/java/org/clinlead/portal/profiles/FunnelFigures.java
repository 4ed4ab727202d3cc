package org.clinlead.portal.profiles;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An indicator's funnel over an area in a period, and apart from it the outliers of every period, each worked out
 * once per generation of the data and kept in {@link ProfileCache} — the same for every caller (who may see which practice is decided by
 * the boundary afterwards). Used by {@link ProfileVariation} and by {@link ProfileWarmUp}.
 */
@Dependent
public class FunnelFigures {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ProfileCache cache;

    /** The funnel with the area's practices keyed by id, and the outliers period by period. */
    record Computed(Funnel funnel, Map<Long, ProfileReads.PracticeFacts> practices, List<FunnelView.PeriodOutliers> trend) {
    }

    Computed of(ProfileIndicator indicator, String period, Long areaId, boolean od, String generation) {
        Map<Long, ProfileReads.PracticeFacts> practices = cache.get(generation, "practices|" + areaId,
                () -> ProfileReads.practices(em, areaId));
        Funnel funnel = cache.get(generation, "funnel|" + indicator.getId() + "|" + period + "|" + areaId + "|" + od,
                () -> Funnel.of(indicator.getKind(), units(ProfileReads.counts(em, indicator.getId(), period, areaId)), od));
        List<FunnelView.PeriodOutliers> trend = cache.get(generation, "trend|" + indicator.getId() + "|" + areaId + "|" + od,
                () -> trend(indicator, areaId, od));
        return new Computed(funnel, practices, trend);
    }

    /** The periods with values for the indicator, oldest first. */
    List<String> periods(ProfileIndicator indicator, String generation) {
        return cache.get(generation, "periods|" + indicator.getId(), () -> ProfileReads.periods(em, indicator.getId()));
    }

    static boolean worse(Funnel.Flag flag, Polarity polarity) {
        return flag.isOutlier() && polarity.reading(flag.isHigh()).equals("worse");
    }

    /**
     * The outliers of every period: kept apart from the funnel of one period (which reads that period only), so that
     * asking for another period does not read all of them again.
     */
    private List<FunnelView.PeriodOutliers> trend(ProfileIndicator indicator, Long areaId, boolean od) {
        Map<String, List<ProfileReads.Counts>> byPeriod = new java.util.TreeMap<>();
        for (ProfileReads.Counts c : ProfileReads.counts(em, indicator.getId(), null, areaId)) {
            byPeriod.computeIfAbsent(c.period(), k -> new ArrayList<>()).add(c);
        }
        List<FunnelView.PeriodOutliers> trend = new ArrayList<>();
        byPeriod.forEach((p, counts) -> {
            Funnel f = Funnel.of(indicator.getKind(), units(counts), od);
            int o95 = 0;
            int o998 = 0;
            int worse = 0;
            for (Funnel.Point pt : f.points()) {
                if (pt.flag().isOutlier()) {
                    o95++;
                    o998 += pt.flag().beyond998() ? 1 : 0;
                    worse += worse(pt.flag(), indicator.getPolarity()) ? 1 : 0;
                }
            }
            trend.add(new FunnelView.PeriodOutliers(p, f.points().size(), o95, o998, worse));
        });
        return List.copyOf(trend);
    }

    static List<Funnel.Unit> units(List<ProfileReads.Counts> counts) {
        return counts.stream().map(c -> new Funnel.Unit(String.valueOf(c.practiceId()), c.numerator(), c.denominator())).toList();
    }
}
