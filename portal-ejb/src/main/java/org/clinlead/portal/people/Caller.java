package org.clinlead.portal.people;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.clinlead.portal.shared.PerRequest;

/**
 * Who is calling a boundary: the account's name, its roles, and the clinician behind it. Injected into
 * boundaries ({@code @Inject Caller caller}) in place of each one keeping its own session context and helpers;
 * it reads the context of the enterprise bean being called, so it answers for the caller of that bean.
 */
@Dependent
public class Caller {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PerRequest perRequest;

    /** The context of the bean this caller belongs to (one per bean instance; it answers for the current call). */
    private EJBContext context;

    public String name() {
        return context().getCallerPrincipal().getName();
    }

    public boolean isIn(String role) {
        return context().isCallerInRole(role);
    }

    /** Whether the caller holds any of {@code roles}. */
    public boolean isInAny(String... roles) {
        EJBContext context = context();
        for (String role : roles) {
            if (context.isCallerInRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The caller's clinician; the account's link is read once per request (a timer's call reads it each time). */
    public Optional<Clinician> clinician() {
        String name = name();
        Optional<Long> id = perRequest.once("clinician of " + name, () -> clinicianIdOf(name));
        // A reference, not a read: most callers only compare it or pass it to a query; reading any of its fields loads
        // it then. The home page asked for the caller's clinician nine times, one read each (issue 17).
        return id.map(found -> em.getReference(Clinician.class, found));
    }

    /** The organisation of the caller's clinician (their employer), read once per request. */
    public Optional<Long> organisationId() {
        String name = name();
        return perRequest.once("organisation of " + name, () -> em.createQuery("select a.clinician.organisation.id "
                + "from UserAccount a where a.username = :name", Long.class).setParameter("name", name)
                .getResultStream().findFirst());
    }

    /** The caller's clinician, or a refusal that says why one is needed ({@code toDoWhat}, e.g. "apply"). */
    public Clinician requireClinician(String toDoWhat) {
        return clinician().orElseThrow(() -> Callers.notLinked(toDoWhat));
    }

    private Optional<Long> clinicianIdOf(String username) {
        return em.createQuery("select a.clinician.id from UserAccount a where a.username = :name", Long.class)
                .setParameter("name", username).getResultStream().findFirst();
    }

    private EJBContext context() {
        if (context == null) {
            try {
                context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            } catch (NamingException e) {
                throw new IllegalStateException("Caller is only for enterprise beans: no bean is being called", e);
            }
        }
        return context;
    }
}
