package org.clinlead.portal.projects;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads shared by the boundaries that show projects (change projects, the programme): summaries with their
 * latest verdict and the data behind them, in a fixed number of queries however many projects.
 */
public final class ProjectReads {

    private ProjectReads() {
    }

    /** Summaries with each project's outcome verdict: three queries however many projects. */
    public static List<ProjectSummary> summaries(EntityManager em, List<ChangeProject> projects) {
        return summaries(projects, verdicts(em, projects));
    }

    /** Summaries with the verdicts {@link #verdicts} worked out (none for a project without outcome data). */
    public static List<ProjectSummary> summaries(List<ChangeProject> projects, Map<Long, PointType> verdicts) {
        return projects.stream().map(p -> ProjectSummary.of(p, verdicts.get(p.getId()))).toList();
    }

    /** Each project's verdict: the latest variation on its first outcome measure's chart; three queries. */
    public static Map<Long, PointType> verdicts(EntityManager em, List<ChangeProject> projects) {
        if (projects.isEmpty()) {
            return Map.of();
        }
        List<Measure> outcomes = em.createQuery("select m from Measure m where m.project in :ps and m.type = :o order by m.id",
                Measure.class).setParameter("ps", projects).setParameter("o", MeasureType.OUTCOME).getResultList();
        Map<Long, Measure> firstOutcome = new HashMap<>();
        outcomes.forEach(m -> firstOutcome.putIfAbsent(m.getProject().getId(), m));
        Map<Long, List<Spc.Point>> data = dataOf(em, List.copyOf(firstOutcome.values()));
        Map<Long, List<LocalDate>> rebases = rebasesOf(em, List.copyOf(firstOutcome.values()));
        Map<Long, PointType> verdicts = new HashMap<>();
        firstOutcome.forEach((project, m) -> {
            PointType verdict = Spc.calculate(data.getOrDefault(m.getId(), List.of()), m.getDirection(), m.getTarget(),
                    new HashSet<>(rebases.getOrDefault(m.getId(), List.of())), m.getBaselinePoints()).variation();
            if (verdict != null) {
                verdicts.put(project, verdict);
            }
        });
        return Map.copyOf(verdicts);
    }

    /**
     * Each measure's values in date order, read as values only: building an entity per point (and keeping it in the
     * shared cache) was a third of the programme dashboard's time at national scale, 100 points for each of 20 rows.
     */
    static Map<Long, List<Spc.Point>> dataOf(EntityManager em, List<Measure> measures) {
        if (measures.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Spc.Point>> map = new HashMap<>();
        for (Object[] r : em.createQuery("select d.measureId, d.date, d.value from DataPoint d where d.measureId in :ms "
                + "order by d.measureId, d.date", Object[].class).setParameter("ms", measures.stream().map(Measure::getId).toList())
                .getResultList()) {
            map.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Spc.Point((LocalDate) r[1], (Double) r[2]));
        }
        return map;
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

    /** A measure's SPC chart with its PDSA cycles as annotations (a cycle for no measure in particular marks every chart). */
    static SpcView spc(Measure m, List<Spc.Point> data, List<LocalDate> rebases, Integer fixAfter, List<PdsaCycle> cycles) {
        Spc.Result result = Spc.calculate(data, m.getDirection(), m.getTarget(), new HashSet<>(rebases), fixAfter);
        List<SpcView.Annotation> pdsa = cycles.stream()
                .filter(c -> c.getMeasures().isEmpty() || c.getMeasures().stream().anyMatch(x -> x.getId().equals(m.getId())))
                .map(c -> new SpcView.Annotation(c.getStartDate(), c.getChange(), c.getAct())).toList();
        return new SpcView(m.getId(), m.getName(), m.getType(), m.getUnit(), m.getDirection(), m.getTarget(), m.getDefinition(),
                fixAfter, List.copyOf(rebases), result.rows(), result.tooFewPoints(), result.variation(),
                result.variation() == null ? null : result.variation().label(), result.assurance(),
                result.assurance() == null ? null : result.assurance().label(), pdsa);
    }

    /** The charts of the project's outcome measures (no annotations: what counts is the signal). */
    static List<SpcView> outcomeViews(EntityManager em, ChangeProject project) {
        List<Measure> outcomes = measuresOf(em, project).stream().filter(m -> m.getType() == MeasureType.OUTCOME).toList();
        Map<Long, List<Spc.Point>> data = dataOf(em, outcomes);
        Map<Long, List<LocalDate>> rebases = rebasesOf(em, outcomes);
        return outcomes.stream().map(m -> spc(m, data.getOrDefault(m.getId(), List.of()),
                rebases.getOrDefault(m.getId(), List.of()), m.getBaselinePoints(), List.of())).toList();
    }

    /** Whether an outcome measure shows special-cause improvement: what putting a project forward needs. */
    static boolean outcomeImproved(List<SpcView> views) {
        return views.stream().filter(v -> v.type() == MeasureType.OUTCOME)
                .anyMatch(v -> v.rows().stream().anyMatch(r -> r.type() == PointType.IMPROVEMENT));
    }

    /** A summary with the verdict of the project's first outcome chart. */
    static ProjectSummary summary(ChangeProject project, List<SpcView> views) {
        PointType verdict = views.stream().filter(v -> v.type() == MeasureType.OUTCOME).map(SpcView::variation)
                .filter(Objects::nonNull).findFirst().orElse(null);
        return ProjectSummary.of(project, verdict);
    }

    static List<Measure> measuresOf(EntityManager em, ChangeProject project) {
        return em.createQuery("select m from Measure m where m.project = :p order by m.id", Measure.class)
                .setParameter("p", project).getResultList();
    }

    static List<PdsaCycle> cyclesOf(EntityManager em, ChangeProject project) {
        return em.createQuery("select c from PdsaCycle c where c.project = :p order by c.startDate, c.id", PdsaCycle.class)
                .setParameter("p", project).getResultList();
    }

    static Set<LocalDate> existingDates(EntityManager em, Measure measure) {
        return new HashSet<>(em.createQuery("select d.date from DataPoint d where d.measure = :m", LocalDate.class)
                .setParameter("m", measure).getResultList());
    }
}
