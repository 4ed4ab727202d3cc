package org.clinlead.portal.cohort;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.people.UserAccount;
import org.clinlead.portal.projects.ChangeProject;
import org.clinlead.portal.projects.ProjectStatus;

/**
 * The programme's queries shared by the boundaries of this package: cohort summaries with places taken,
 * participant views, and whether a participant's project has reached testing.
 */
@Dependent
public class CohortReads {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    long placesTaken(Cohort cohort) {
        return em.createQuery("select count(p) from Participant p where p.cohort = :c and p.status <> :w", Long.class)
                .setParameter("c", cohort).setParameter("w", ParticipantStatus.WITHDRAWN).getSingleResult();
    }

    boolean reachedTesting(Participant participant) {
        return em.createQuery("select p.status from ChangeProject p where p.participantId = :pt", ProjectStatus.class)
                .setParameter("pt", participant.getId()).getResultList().stream().anyMatch(Completion::reachedTesting);
    }

    List<CohortSummary> summaries(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cohorts.stream().map(Cohort::getId).toList();
        Map<Long, Long> taken = new HashMap<>();
        for (Object[] r : em.createQuery("select p.cohortId, count(p.status) from Participant p where p.cohortId in :cs "
                + "and p.status <> :w group by p.cohortId", Object[].class).setParameter("cs", ids)
                .setParameter("w", ParticipantStatus.WITHDRAWN).getResultList()) {
            taken.put((Long) r[0], (Long) r[1]);
        }
        Map<String, Long> apps = new HashMap<>();
        for (Object[] r : em.createQuery("select a.cohort.id, a.status, count(a) from CohortApplication a "
                + "where a.cohort.id in :cs group by a.cohort.id, a.status", Object[].class).setParameter("cs", ids)
                .getResultList()) {
            apps.put(r[0] + "/" + r[1], (Long) r[2]);
        }
        Map<Long, List<Pathway>> pathways = new HashMap<>();
        for (Object[] r : em.createQuery("select c.id, p from Cohort c join c.pathways p where c.id in :cs order by p.name",
                Object[].class).setParameter("cs", ids).getResultList()) {
            pathways.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>()).add((Pathway) r[1]);
        }
        LocalDate today = LocalDate.now(clock);
        return cohorts.stream().map(c -> {
            List<Pathway> ps = pathways.getOrDefault(c.getId(), List.of());
            return new CohortSummary(c.getId(), c.getVersion(), c.getName(), c.getStartsOn(), c.getEndsOn(),
                    c.phase(today), c.isOpenForApplications(today), c.hasEnded(today), c.getFundedPlaces(),
                    c.getFundingPerPlace(), ps.stream().map(Pathway::getName).toList(), ps.stream().map(Pathway::getCode).toList(),
                    taken.getOrDefault(c.getId(), 0L), apps.getOrDefault(c.getId() + "/SUBMITTED", 0L),
                    apps.getOrDefault(c.getId() + "/WAITLISTED", 0L));
        }).toList();
    }

    /** Participant views with their projects counted, in two queries however many participants. */
    List<ParticipantView> views(List<Participant> participants) {
        if (participants.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        Set<Long> reached = new HashSet<>();
        for (Object[] r : em.createQuery("select p.participantId, p.status, count(p) from ChangeProject p "
                + "where p.participantId in :ps group by p.participantId, p.status", Object[].class)
                .setParameter("ps", participants.stream().map(Participant::getId).toList()).getResultList()) {
            counts.merge((Long) r[0], (Long) r[2], Long::sum);
            if (Completion.reachedTesting((ProjectStatus) r[1])) {
                reached.add((Long) r[0]);
            }
        }
        return participants.stream().map(p -> ParticipantView.of(p, counts.getOrDefault(p.getId(), 0L),
                reached.contains(p.getId()))).toList();
    }

    ParticipantView view(Participant participant) {
        return views(List.of(participant)).get(0);
    }

    List<String> usernamesWithRole(Role role) {
        return em.createQuery("select distinct a.username from UserAccount a join a.roles r where r = :r", String.class)
                .setParameter("r", role).getResultList();
    }
}
