package org.clinlead.portal.people;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.clinlead.portal.shared.RuleViolationException;

/** The clinician behind the signed-in account, for boundaries that act on a person's own records. */
public final class Callers {

    private Callers() {
    }

    public static Optional<Clinician> clinician(EntityManager em, String username) {
        List<Clinician> found = em.createQuery("select a.clinician from UserAccount a where a.username = :name",
                Clinician.class).setParameter("name", username).getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.ofNullable(found.get(0));
    }

    /** The caller's clinician, or a refusal that says why one is needed ({@code toDoWhat}, e.g. "to apply"). */
    public static Clinician requireClinician(EntityManager em, String username, String toDoWhat) {
        return clinician(em, username).orElseThrow(() -> new RuleViolationException("Your account is not linked to a "
                + "clinician, so you cannot " + toDoWhat + ". Ask the portal administrator to link it."));
    }

    /** The accounts of a clinician (usually one), for sending them notices. */
    public static List<String> usernamesOf(EntityManager em, Clinician clinician) {
        return em.createQuery("select a.username from UserAccount a where a.clinician = :c", String.class)
                .setParameter("c", clinician).getResultList();
    }
}
