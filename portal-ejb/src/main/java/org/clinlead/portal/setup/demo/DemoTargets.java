package org.clinlead.portal.setup.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.projects.Spc;
import org.clinlead.portal.targets.OperatingTarget;
import org.clinlead.portal.targets.TargetFigure;
import org.clinlead.portal.targets.TargetReading;
import org.clinlead.portal.targets.TargetSeries;

/**
 * Twenty-four months of operating target figures, ending with the last month ended: the eight acute trusts on all
 * five targets, the primary care trusts on 18 weeks, the community trust on serious untoward incidents. Most run
 * comfortably within their standards; real exceptions are built in — Calderwick's admitted 18 weeks sliding below 90 %
 * over the last eight months, Dunmore Bay's non-admitted 18 weeks consistently short of 95 %, a run of MRSA
 * bacteraemias at Greyhaven, C. difficile hit and miss at Eastholme, Hollinbrook's and the community trust's
 * incident investigations closing late. Each series is read as an import would read it.
 */
public final class DemoTargets {

    private DemoTargets() {
    }

    public static void seed(EntityManager em, List<Organisation> organisations, LocalDate today, Instant now) {
        Map<String, OperatingTarget> targets = new HashMap<>();
        em.createQuery("select t from OperatingTarget t", OperatingTarget.class).getResultList().forEach(t -> targets.put(t.getCode(), t));
        YearMonth last = YearMonth.from(today).minusMonths(1);
        Random random = new Random(19);
        for (Organisation o : organisations) {
            String code = o.getNationalCode();
            if (o.getType() == OrganisationType.ACUTE_TRUST) {
                series(em, targets.get("RTT-ADM"), o, last, now, m -> code.equals("RZC") && m >= 16 ? 89.5 - (m - 16) * 0.8
                        : code.equals("RZF") ? 90.2 : 92.5, 1.0, random);
                series(em, targets.get("RTT-NONADM"), o, last, now, m -> code.equals("RZD") ? 92.6 : 96.8, 0.6, random);
                series(em, targets.get("MRSA"), o, last, now, m -> code.equals("RZG") && m >= 20 ? 3.6 : 0.4, -1, random);
                series(em, targets.get("CDIFF"), o, last, now, m -> code.equals("RZE") ? 4.2 : 2.2, -1, random);
                series(em, targets.get("SUI-60"), o, last, now, m -> code.equals("RZH") && m >= 18 ? 66 : 86, 3.0, random);
            } else if (o.getType() == OrganisationType.PRIMARY_CARE_TRUST) {
                series(em, targets.get("RTT-ADM"), o, last, now, m -> 92.0, 0.8, random);
                series(em, targets.get("RTT-NONADM"), o, last, now, m -> 96.5, 0.5, random);
            } else if (code.equals("RZP")) {
                series(em, targets.get("SUI-60"), o, last, now, m -> m >= 19 ? 62 : 83, 3.0, random);
            }
        }
    }

    /**
     * A series of 24 months around {@code level} (month 0 the oldest): percentages with normal noise of {@code spread}
     * kept within 0–100, counts ({@code spread} negative) drawn as Poisson numbers.
     */
    private static void series(EntityManager em, OperatingTarget target, Organisation o, YearMonth last, Instant now,
            java.util.function.IntToDoubleFunction level, double spread, Random random) {
        List<Spc.Point> points = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            LocalDate month = last.minusMonths(23 - m).atDay(1);
            double mean = level.applyAsDouble(m);
            BigDecimal value = spread < 0 ? BigDecimal.valueOf(poisson(mean, random))
                    : BigDecimal.valueOf(Math.max(0, Math.min(100, mean + random.nextGaussian() * spread))).setScale(1, RoundingMode.HALF_UP);
            em.persist(new TargetFigure(target, o, month, value));
            points.add(new Spc.Point(month, value.doubleValue()));
        }
        TargetSeries s = new TargetSeries(target, o);
        s.read(TargetReading.of(target, points), points.size(), now);
        em.persist(s);
    }

    private static int poisson(double mean, Random random) {
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
