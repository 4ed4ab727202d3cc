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
import org.clinlead.portal.audit.UntilNextWrite;
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

    @Inject
    private UntilNextWrite kept;

    /**
     * The programme manager's dashboard: aggregates in the database, a fixed number of queries at any scale, worked
     * out again once anything has been written ({@link UntilNextWrite}) — at national scale a pass over 20,001
     * projects is most of a page's time, and sixteen people looking at once would otherwise each pay it.
     */
    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public Dashboard dashboard() {
        return kept.get("programme-dashboard|" + LocalDate.now(clock), this::workOut);
    }

    private Dashboard workOut() {
        Map<String, Long> participants = new LinkedHashMap<>();
        for (ParticipantStatus s : ParticipantStatus.values()) {
            participants.put(s.label(), 0L);
        }
        for (Object[] r : em.createQuery("select p.status, count(p.status) from Participant p group by p.status", Object[].class)
                .getResultList()) {
            participants.put(((ParticipantStatus) r[0]).label(), (Long) r[1]);
        }
        Map<String, Long> status = new LinkedHashMap<>();
        for (ProjectStatus s : ProjectStatus.values()) {
            status.put(s.label(), 0L);
        }
        Map<String, Long> spread = new LinkedHashMap<>();
        for (SpreadLevel s : SpreadLevel.values()) {
            spread.put(s.label(), 0L);
        }
        Map<String, Long> aims = new LinkedHashMap<>();
        Map<String, String> aimKey = new HashMap<>();
        for (Object[] r : em.createQuery("select a.code, a.title from StrategicAim a order by a.code", Object[].class)
                .getResultList()) {
            aims.put(r[0] + " — " + r[1], 0L);
            aimKey.put((String) r[0], r[0] + " — " + r[1]);
        }
        // Status, spread and aims in one pass over the projects, the aims from the column that holds them ("BD"):
        // each pass over 20,001 projects costs the same whatever it counts, and three passes and a join to the aims
        // table were most of this page's time at national scale.
        for (Object[] r : em.createQuery("select p.status, p.spread, p.aimCodes, count(p) from ChangeProject p "
                + "group by p.status, p.spread, p.aimCodes", Object[].class).getResultList()) {
            long n = (Long) r[3];
            status.merge(((ProjectStatus) r[0]).label(), n, Long::sum);
            spread.merge(((SpreadLevel) r[1]).label(), n, Long::sum);
            for (char code : ((String) r[2]).toCharArray()) {
                String c = String.valueOf(code);
                aims.merge(aimKey.getOrDefault(c, c), n, Long::sum);
            }
        }
        // Two counts, each a range of the (status, day of the latest value) index, counting a column of that index so
        // that no project row is read: with "is null or <" in one condition, or count(p), Derby read every active project.
        List<ProjectStatus> active = List.of(ProjectStatus.TESTING, ProjectStatus.IMPLEMENTING, ProjectStatus.SUSTAINING,
                ProjectStatus.SPREADING);
        long overdue = em.createQuery("select count(p.lastDataOn) from ChangeProject p where p.status in :active "
                        + "and p.lastDataOn < :cutoff", Long.class).setParameter("active", active)
                .setParameter("cutoff", LocalDate.now(clock).minusDays(OVERDUE_AFTER_DAYS)).getSingleResult()
                + em.createQuery("select count(p.status) from ChangeProject p where p.status in :active and p.lastDataOn is null",
                        Long.class).setParameter("active", active).getSingleResult();
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
