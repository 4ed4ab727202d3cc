package org.clinlead.portal.cohort;

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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The cohorts of the aspiring leaders programme: the programme manager or an administrator starts one;
 * everyone signed in sees them with their places.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Cohorts {

    static final String COHORT = "cohort";
    static final String APPLICATION = "cohort application";
    static final String PARTICIPANT = "participant";


    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Clock clock;

    @Inject
    private CohortReads reads;


    /** Every cohort, newest first, with its places; everyone signed in sees them (to apply, or to know). */
    public List<CohortSummary> cohorts() {
        return summaries(em.createQuery("select c from Cohort c order by c.startsOn desc, c.id desc", Cohort.class)
                .getResultList());
    }

    public CohortSummary cohort(long id) {
        return summaries(List.of(Records.find(em, Cohort.class, id, COHORT))).get(0);
    }

    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public CohortSummary create(CohortDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the cohort.");
        }
        Set<Pathway> pathways = new LinkedHashSet<>();
        for (String code : draft.pathwayCodes() == null ? Set.<String>of() : draft.pathwayCodes()) {
            Pathway pathway = code == null ? null : em.find(Pathway.class, code.strip());
            if (pathway == null) {
                throw new InvalidInputException("pathwayCodes", "There is no pathway " + code + ".");
            }
            pathways.add(pathway);
        }
        Cohort cohort = new Cohort(draft.name(), draft.startsOn(), draft.endsOn(), draft.fundedPlaces(),
                draft.fundingPerPlace(), pathways, Instant.now(clock));
        em.persist(cohort);
        Persistence.flush(em, COHORT, () -> new RuleViolationException("There is already a cohort called \""
                + cohort.getName() + "\"."));
        audit.record(AuditAction.CREATED, COHORT, cohort.getId(), cohort.getName() + ": " + cohort.getFundedPlaces()
                + " places, " + cohort.getStartsOn() + " to " + cohort.getEndsOn());
        return cohort(cohort.getId());
    }

    private List<CohortSummary> summaries(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cohorts.stream().map(Cohort::getId).toList();
        Map<Long, Long> taken = new HashMap<>();
        for (Object[] r : em.createQuery("select p.cohort.id, count(p) from Participant p where p.cohort.id in :cs "
                + "and p.status <> :w group by p.cohort.id", Object[].class).setParameter("cs", ids)
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
}
