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
        return clinician(em, username).orElseThrow(() -> notLinked(toDoWhat));
    }

    static RuleViolationException notLinked(String toDoWhat) {
        return new RuleViolationException("Your account is not linked to a clinician, so you cannot " + toDoWhat
                + ". Ask the portal administrator to link it.");
    }

    /** The accounts of a clinician (usually one), for sending them notices. */
    public static List<String> usernamesOf(EntityManager em, Clinician clinician) {
        return em.createQuery("select a.username from UserAccount a where a.clinician = :c", String.class)
                .setParameter("c", clinician).getResultList();
    }

    /** The name a person is shown by ("Dr Aisha Rahman") for the username a record keeps; the username if none. */
    public static String nameOf(EntityManager em, String username) {
        if (username == null) {
            return null;
        }
        return em.createQuery("select a.displayName from UserAccount a where a.username = :u", String.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(username);
    }

    /**
     * Names for usernames, each looked up once however many records name it (a list of applications names the same
     * few chairs and directors over and over).
     */
    public static java.util.function.UnaryOperator<String> namer(EntityManager em) {
        java.util.Map<String, String> known = new java.util.HashMap<>();
        return username -> username == null ? null : known.computeIfAbsent(username, u -> nameOf(em, u));
    }
}
