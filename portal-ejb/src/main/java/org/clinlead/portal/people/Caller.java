package org.clinlead.portal.people;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Who is calling a boundary: the account's name, its roles, and the clinician behind it. Injected into
 * boundaries ({@code @Inject Caller caller}) in place of each one keeping its own session context and helpers;
 * it reads the context of the enterprise bean being called, so it answers for the caller of that bean.
 */
@Dependent
public class Caller {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

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

    public Optional<Clinician> clinician() {
        return Callers.clinician(em, name());
    }

    /** The caller's clinician, or a refusal that says why one is needed ({@code toDoWhat}, e.g. "apply"). */
    public Clinician requireClinician(String toDoWhat) {
        return Callers.requireClinician(em, name(), toDoWhat);
    }

    private static EJBContext context() {
        try {
            return (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
        } catch (NamingException e) {
            throw new IllegalStateException("Caller is only for enterprise beans: no bean is being called", e);
        }
    }
}
