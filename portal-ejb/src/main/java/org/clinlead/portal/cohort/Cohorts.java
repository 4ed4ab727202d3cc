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
import java.util.LinkedHashSet;
import java.util.List;
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
        return reads.summaries(em.createQuery("select c from Cohort c order by c.startsOn desc, c.id desc", Cohort.class)
                .getResultList());
    }

    public CohortSummary cohort(long id) {
        return reads.summaries(List.of(Records.find(em, Cohort.class, id, COHORT))).get(0);
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

}
