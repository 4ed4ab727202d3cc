package org.clinlead.portal.cohort;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.UserAccount;
import org.clinlead.portal.shared.RecordNotFoundException;

/**
 * Who the caller is to a participant: the programme manager (or an administrator), the participant
 * themselves, or their mentor. To anyone else a participant does not exist.
 */
@Dependent
public class ParticipantAccess {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    Participant visible(Participant participant) {
        if (isManager() || isSelf(participant) || participant.isMentoredBy(account())) {
            return participant;
        }
        throw new RecordNotFoundException(Cohorts.PARTICIPANT, participant.getId());
    }

    boolean isManager() {
        return caller.isIn(ADMIN) || caller.isIn(PROGRAMME_MANAGER);
    }

    boolean isSelf(Participant participant) {
        return caller.clinician().map(c -> c.getId().equals(participant.getClinician().getId())).orElse(false);
    }

    UserAccount account() {
        return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", caller.name()).getSingleResult();
    }

    String displayName() {
        return account().getDisplayName();
    }
}
