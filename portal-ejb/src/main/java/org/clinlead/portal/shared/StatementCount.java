package org.clinlead.portal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * How many SQL statements the current thread has sent since it last started counting: a page counts its own
 * (shell.ServerTimingFilter says the number in the {@code Server-Timing} header when diagnostics are on), so that a
 * test can hold each main page to its count and a query per row cannot come back unnoticed (issue 17).
 */
@ApplicationScoped
public class StatementCount {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Listens, from the start, for every statement EclipseLink sends to the database. */
    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        JpaHelper.getServerSession(em.getEntityManagerFactory()).getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                int[] count = COUNT.get();
                if (count != null) {
                    count[0]++;
                }
            }
        });
    }

    /** Starts counting this thread's statements from zero. */
    public static void start() {
        COUNT.set(new int[1]);
    }

    /** The statements since {@link #start()}; the thread stops counting. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }
}
