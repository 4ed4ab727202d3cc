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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.shared.InvalidInputException;

/**
 * An indicator's variation between practices: the funnel plot of a period over a comparison area, and the number
 * of outliers period by period. The funnel is computed once per generation of the data and per area
 * ({@link ProfileCache}); which practices are named is decided per caller afterwards.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class ProfileVariation {

    private static final int CURVE_STEPS = 60;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ProfileAccess access;

    @Inject
    private ProfileCache cache;

    @Inject
    private FunnelFigures figures;

    /**
     * The funnel of {@code indicatorCode} in {@code period} (default: the latest with values) over {@code area}
     * ("region", a primary care trust's code, or by default the caller's own area), with or without the
     * overdispersion adjustment (default on).
     */
    public FunnelView funnel(String indicatorCode, String period, String area, Boolean overdispersion) {
        ProfileIndicator indicator = access.indicator(indicatorCode);
        access.requireSomeProfiles();
        Organisation comparison = access.area(area, null);
        boolean od = overdispersion == null || overdispersion;
        String generation = ProfileReads.generation(em);
        List<String> periods = figures.periods(indicator, generation);
        String chosen;
        if (period == null || period.isBlank()) {
            chosen = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        } else {
            chosen = indicator.getPeriodType().parse(period).orElseThrow(() -> new InvalidInputException("period",
                    "The period is " + indicator.getPeriodType().shape() + "."));
        }
        IndicatorSummary summary = IndicatorSummary.of(indicator);
        String areaCode = comparison == null ? null : comparison.getNationalCode();
        String areaName = comparison == null ? "The region" : comparison.getName();
        if (chosen == null) {
            return new FunnelView(summary, null, periods, areaCode, areaName, od, false, 0, 0, 0, List.of(), List.of(), List.of(),
                    areas(generation));
        }
        Long areaId = comparison == null ? null : comparison.getId();
        FunnelFigures.Computed c = figures.of(indicator, chosen, areaId, od, generation);
        List<FunnelView.PracticePoint> points = new ArrayList<>(c.funnel().points().size());
        for (Funnel.Point p : c.funnel().points()) {
            ProfileReads.PracticeFacts f = c.practices().get(Long.valueOf(p.unit().key()));
            boolean named = access.sees(f.id(), f.commissionerId());
            points.add(new FunnelView.PracticePoint(named ? f.code() : null, named ? f.name() : null, p.unit().numerator(),
                    p.unit().denominator(), p.value(), p.z(), p.flag(), p.flag().words(indicator.getPolarity()),
                    FunnelFigures.worse(p.flag(), indicator.getPolarity())));
        }
        double max = c.funnel().points().stream().mapToDouble(p -> p.unit().denominator()).max().orElse(100);
        double min = c.funnel().points().stream().mapToDouble(p -> p.unit().denominator()).min().orElse(1);
        return new FunnelView(summary, chosen, periods, areaCode, areaName, od, c.funnel().adjusted(), c.funnel().target(),
                c.funnel().phi(), c.funnel().tau2(), points, c.funnel().curve(Math.max(1, min * 0.8), max * 1.1, CURVE_STEPS),
                c.trend(), areas(generation));
    }

    private List<FunnelView.Area> areas(String generation) {
        return cache.get(generation, "areas", () -> em.createQuery("select distinct o.nationalCode, o.name from Practice p join p.commissioner o order by o.name",
                Object[].class).getResultList().stream().map(r -> new FunnelView.Area((String) r[0], (String) r[1])).toList());
    }
}
