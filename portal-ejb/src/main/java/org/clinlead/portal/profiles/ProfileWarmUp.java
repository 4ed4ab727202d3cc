package org.clinlead.portal.profiles;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once an import has committed, works out in the background what is slowest to compute — the region's pooled values
 * (a sum over every value held, which every profile shows) and each indicator's funnel over the whole region in its
 * latest period (the default view) — so the first person to open them after a national import does not wait.
 */
@ApplicationScoped
public class ProfileWarmUp {

    private static final Logger LOG = Logger.getLogger(ProfileWarmUp.class.getName());

    /** Fired by {@link ProfileImport} when values were saved. */
    public record ValuesImported(long rows) {
    }

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ProfileCache cache;

    @Inject
    private ProfileWarmUp self;

    @Inject
    private FunnelFigures figures;

    @Resource
    private ManagedExecutorService executor;

    void afterImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) ValuesImported imported) {
        executor.submit(() -> {
            try {
                self.warm();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Warming the profiles after an import failed; the first profile will work it out", e);
            }
        });
    }

    @Transactional
    public void warm() {
        long started = System.nanoTime();
        String generation = ProfileReads.generation(em);
        cache.get(generation, "pooled|region", () -> ProfileReads.pooled(em, null));
        for (ProfileIndicator indicator : em.createQuery("select i from ProfileIndicator i order by i.code", ProfileIndicator.class)
                .getResultList()) {
            List<String> periods = figures.periods(indicator, generation);
            if (!periods.isEmpty()) {
                figures.of(indicator, periods.get(periods.size() - 1), null, true, generation);
            }
        }
        LOG.info(() -> "Practice profiles warmed after an import in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
