package org.clinlead.portal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Work done by the clock (reminders, daily e-mails), once across every node of the portal. Each node's timer asks
 * every few seconds; the job runs only where {@link #claim} wins its slot — the latest start of the job's period (an
 * hour by default, {@code portal.schedule.period}) at its minute — by one conditional update of the job's row, which
 * the database lets one node make. A node that is down simply does not ask; a slot missed while every node was down
 * runs at the next start. The first time any node sees a job, that moment is the baseline and nothing runs, so a new
 * installation does not send a burst of reminders on its first start. Nothing is claimed before the portal's start-up
 * has finished ({@link #open}): the timers begin with the deployment, while the migrations may still be running.
 */
@ApplicationScoped
public class ScheduledWork {

    /** Kept this long in the run log. */
    static final Duration KEEP_RUNS = Duration.ofDays(90);

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.schedule.period", defaultValue = "PT1H")
    private Duration period;

    @Inject
    @ConfigProperty(name = "portal.node")
    private java.util.Optional<String> nodeName;

    private volatile boolean open;

    /** The start-up is done (migrations, seeding): scheduled work may run from now on. */
    public void open() {
        open = true;
    }

    /** The slot due now for a job run at {@code minute} of each period (scaled when the period is not an hour). */
    static Instant slot(Instant now, Duration period, int minute) {
        long periodMillis = period.toMillis();
        long offset = periodMillis * minute / 60;
        long slots = Math.floorDiv(now.toEpochMilli() - offset, periodMillis);
        return Instant.ofEpochMilli(slots * periodMillis + offset);
    }

    /** Whether this node is to do {@code job}'s work now (it claimed the slot due now); false if another did, or not due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, int minute) {
        if (!open) {
            return false;
        }
        Instant now = Instant.now(clock);
        Timestamp slot = Timestamp.from(slot(now, period, minute));
        java.util.List<?> last = em.createNativeQuery("SELECT slot FROM scheduled_work WHERE job = ?1").setParameter(1, job)
                .getResultList();
        if (last.isEmpty()) {
            throw new IllegalStateException("No row for the scheduled job '" + job + "': add it in a migration");
        }
        if (last.get(0) == null) {
            em.createNativeQuery("UPDATE scheduled_work SET slot = ?1 WHERE job = ?2 AND slot IS NULL")
                    .setParameter(1, slot).setParameter(2, job).executeUpdate();
            return false;
        }
        if (!((Timestamp) last.get(0)).before(slot)) {
            return false;
        }
        // Two nodes may both get here: the row lock makes the second wait, and it then finds the slot taken.
        int won = em.createNativeQuery("UPDATE scheduled_work SET slot = ?1, node = ?2, started_at = ?3 WHERE job = ?4 AND slot < ?5")
                .setParameter(1, slot).setParameter(2, node()).setParameter(3, Timestamp.from(now)).setParameter(4, job)
                .setParameter(5, slot).executeUpdate();
        if (won == 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO scheduled_run (job, slot, node, started_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, job).setParameter(2, slot).setParameter(3, node()).setParameter(4, Timestamp.from(now))
                .executeUpdate();
        em.createNativeQuery("DELETE FROM scheduled_run WHERE job = ?1 AND slot < ?2")
                .setParameter(1, job).setParameter(2, Timestamp.from(now.minus(KEEP_RUNS))).executeUpdate();
        return true;
    }

    /** This node's name in the run log: {@code portal.node}, or the process's host and id. */
    String node() {
        return nodeName.filter(n -> !n.isBlank()).orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName());
    }
}
