package org.clinlead.portal.projects;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads shared by the boundaries that show projects (change projects, the programme): summaries with their
 * latest verdict and the data behind them, in a fixed number of queries however many projects.
 */
public final class ProjectReads {

    private ProjectReads() {
    }

    /** Summaries with each project's outcome verdict: three queries however many projects. */
    public static List<ProjectSummary> summaries(EntityManager em, List<ChangeProject> projects) {
        if (projects.isEmpty()) {
            return List.of();
        }
        List<Measure> outcomes = em.createQuery("select m from Measure m where m.project in :ps and m.type = :o order by m.id",
                Measure.class).setParameter("ps", projects).setParameter("o", MeasureType.OUTCOME).getResultList();
        Map<Long, Measure> firstOutcome = new HashMap<>();
        outcomes.forEach(m -> firstOutcome.putIfAbsent(m.getProject().getId(), m));
        Map<Long, List<DataPoint>> data = dataOf(em, List.copyOf(firstOutcome.values()));
        Map<Long, List<LocalDate>> rebases = rebasesOf(em, List.copyOf(firstOutcome.values()));
        return projects.stream().map(p -> {
            Measure m = firstOutcome.get(p.getId());
            PointType verdict = null;
            if (m != null) {
                verdict = Spc.calculate(data.getOrDefault(m.getId(), List.of()).stream()
                                .map(d -> new Spc.Point(d.getDate(), d.getValue())).toList(), m.getDirection(), m.getTarget(),
                        new HashSet<>(rebases.getOrDefault(m.getId(), List.of())), m.getBaselinePoints()).variation();
            }
            return ProjectSummary.of(p, verdict);
        }).toList();
    }

    static Map<Long, List<DataPoint>> dataOf(EntityManager em, List<Measure> measures) {
        if (measures.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select d from DataPoint d where d.measure in :ms order by d.date", DataPoint.class)
                .setParameter("ms", measures).getResultList().stream()
                .collect(Collectors.groupingBy(d -> d.getMeasure().getId()));
    }

    static Map<Long, List<LocalDate>> rebasesOf(EntityManager em, List<Measure> measures) {
        if (measures.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<LocalDate>> map = new HashMap<>();
        for (Object[] r : em.createQuery("select r.measure.id, r.fromDate from Rebase r where r.measure in :ms "
                + "order by r.fromDate", Object[].class).setParameter("ms", measures).getResultList()) {
            map.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((LocalDate) r[1]);
        }
        return map;
    }

}
