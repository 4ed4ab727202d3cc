package org.clinlead.portal.cohort;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.projects.ProjectStatus;
import org.clinlead.portal.projects.SpreadLevel;

/**
 * The programme manager's dashboard: places and applications per cohort, enrolment and completion,
 * projects by status, aim and spread, and projects whose data is overdue — every figure a {@code group by}
 * in the database.
 */
@Stateless
public class ProgrammeDashboard {

    /** A project in testing or beyond whose latest value is older than this has overdue data. */
    public static final int OVERDUE_AFTER_DAYS = 28;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Cohorts cohorts;

    @Inject
    private Clock clock;

    /** The programme manager's dashboard: aggregates in the database, a fixed number of queries at any scale. */
    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public Dashboard dashboard() {
        Map<String, Long> participants = new LinkedHashMap<>();
        for (ParticipantStatus s : ParticipantStatus.values()) {
            participants.put(s.label(), 0L);
        }
        for (Object[] r : em.createQuery("select p.status, count(p) from Participant p group by p.status", Object[].class)
                .getResultList()) {
            participants.put(((ParticipantStatus) r[0]).label(), (Long) r[1]);
        }
        Map<String, Long> status = new LinkedHashMap<>();
        for (ProjectStatus s : ProjectStatus.values()) {
            status.put(s.label(), 0L);
        }
        for (Object[] r : em.createQuery("select p.status, count(p) from ChangeProject p group by p.status", Object[].class)
                .getResultList()) {
            status.put(((ProjectStatus) r[0]).label(), (Long) r[1]);
        }
        Map<String, Long> spread = new LinkedHashMap<>();
        for (SpreadLevel s : SpreadLevel.values()) {
            spread.put(s.label(), 0L);
        }
        for (Object[] r : em.createQuery("select p.spread, count(p) from ChangeProject p group by p.spread", Object[].class)
                .getResultList()) {
            spread.put(((SpreadLevel) r[0]).label(), (Long) r[1]);
        }
        Map<String, Long> aims = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select a.code, a.title from StrategicAim a order by a.code", Object[].class)
                .getResultList()) {
            aims.put(r[0] + " — " + r[1], 0L);
        }
        Map<String, String> aimKey = new HashMap<>();
        aims.keySet().forEach(k -> aimKey.put(k.substring(0, 1), k));
        // Counted in the aims table alone, through its aim index: the join to every project read each project again
        // (at national scale 20,001 projects, half of this page's time under load).
        @SuppressWarnings("unchecked")
        List<Object[]> byAim = em.createNativeQuery("select aim_code, count(*) from project_aim group by aim_code").getResultList();
        for (Object[] r : byAim) {
            String code = String.valueOf(r[0]).strip();
            aims.put(aimKey.getOrDefault(code, code), ((Number) r[1]).longValue());
        }
        long overdue = em.createQuery("select count(p) from ChangeProject p where p.status in :active "
                        + "and (p.lastDataOn is null or p.lastDataOn < :cutoff)", Long.class)
                .setParameter("active", List.of(ProjectStatus.TESTING, ProjectStatus.IMPLEMENTING, ProjectStatus.SUSTAINING,
                        ProjectStatus.SPREADING)).setParameter("cutoff", LocalDate.now(clock).minusDays(OVERDUE_AFTER_DAYS)).getSingleResult();
        long eligible = em.createQuery("select count(pt) from Participant pt where pt.status = :e "
                        + "and pt.finalReflection is not null and exists (select p from ChangeProject p "
                        + "where p.participantId = pt.id and p.status in :reached)", Long.class)
                .setParameter("e", ParticipantStatus.ENROLLED)
                .setParameter("reached", java.util.Arrays.stream(ProjectStatus.values()).filter(Completion::reachedTesting).toList())
                .getSingleResult();
        return new Dashboard(cohorts.cohorts(), participants, status, aims, spread, overdue, OVERDUE_AFTER_DAYS,
                participants.get(ParticipantStatus.COMPLETED.label()), eligible);
    }
}
