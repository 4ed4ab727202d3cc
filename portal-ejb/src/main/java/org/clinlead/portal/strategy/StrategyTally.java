package org.clinlead.portal.strategy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.clinlead.portal.advice.AdviceRequest;
import org.clinlead.portal.appointments.Appointment;
import org.clinlead.portal.appointments.LeadCap;
import org.clinlead.portal.appointments.LeadSeat;
import org.clinlead.portal.appointments.Vacancy;
import org.clinlead.portal.assurance.AssuranceReview;
import org.clinlead.portal.boards.AgendaItem;
import org.clinlead.portal.boards.Board;
import org.clinlead.portal.boards.Meeting;
import org.clinlead.portal.cohort.Cohort;
import org.clinlead.portal.cohort.Participant;
import org.clinlead.portal.commissioning.CquinContract;
import org.clinlead.portal.commissioning.IndicatorAdvice;
import org.clinlead.portal.commissioning.QualityIndicator;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.projects.ChangeProject;
import org.clinlead.portal.reconfiguration.Reconfiguration;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.server.Server;

/**
 * The strategy's counts: every activity grouped in the database by kind, aims, day and pathway, and by organisation
 * concerned — two {@code group by}s over the counting views, a few hundred rows where there are tens of thousands of
 * activities — kept until an activity changes. A change is any write of a record the counting views read (JPA tells
 * us, after the transaction has committed); records written by plain JDBC (the national-scale loaders) say so with
 * {@link #changed()}. The figures are therefore never stale, and the dashboard does not re-read every capability's
 * rows on every request.
 *
 * <p>The generation is this server's: with several servers (the cluster of issue 19) a change made on one must reach
 * the others' counts — the cluster's shared generation belongs there.
 */
@ApplicationScoped
public class StrategyTally {

    /**
     * The records whose rows the counting views and the headline figures read: a write of any of them changes the
     * counts.
     */
    static final List<Class<?>> COUNTED = List.of(Vacancy.class, LeadSeat.class, LeadCap.class, Appointment.class,
            Clinician.class, AgendaItem.class, Meeting.class, Board.class, ChangeProject.class, Cohort.class, Participant.class,
            QualityIndicator.class, IndicatorAdvice.class, CquinContract.class, AdviceRequest.class, AssuranceReview.class,
            Reconfiguration.class);

    /** Activities of one kind, aims, day and pathway. */
    public record Count(ActivityKind kind, String aimCodes, LocalDate day, String pathwayCode, long activities) {
    }

    /** Activities concerning one organisation, of one kind, aims, day and pathway. */
    public record OrganisationCount(long organisationId, ActivityKind kind, String aimCodes, LocalDate day, String pathwayCode,
            long activities) {
    }

    /** The counts as at one generation of changes. */
    public record Counts(long generation, List<Count> activities, List<OrganisationCount> organisations) {
    }

    private static final Object CHANGING = new Object();

    private final AtomicLong generation = new AtomicLong();

    private volatile Counts counts;

    /** The headline figures as at a generation and a day (leads in post depend on the day). */
    private record Headlines(long generation, LocalDate day, HeadlineFigures figures) {
    }

    private volatile Headlines headlines;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Listens, from the start, for writes of the counted records. */
    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Server session = JpaHelper.getServerSession(em.getEntityManagerFactory());
        DescriptorEventAdapter writes = new DescriptorEventAdapter() {
            @Override
            public void postWrite(DescriptorEvent event) {
                changedOnCommit();
            }

            @Override
            public void postDelete(DescriptorEvent event) {
                changedOnCommit();
            }
        };
        COUNTED.forEach(type -> session.getDescriptor(type).getEventManager().addListener(writes));
    }

    /** The counts, grouped again only when a counted record has changed since they were last grouped. */
    public Counts counts() {
        Counts current = counts;
        if (current != null && current.generation() == generation.get()) {
            return current;
        }
        synchronized (this) {
            // The generation is read before the rows: a change committed meanwhile makes these counts old at once.
            long at = generation.get();
            if (counts != null && counts.generation() == at) {
                return counts;
            }
            List<Count> activities = em.createQuery("select a.kind, a.aimCodes, a.day, a.pathwayCode, count(a) from ActivityFact a "
                    + "group by a.kind, a.aimCodes, a.day, a.pathwayCode", Object[].class).getResultList().stream()
                    .map(r -> new Count((ActivityKind) r[0], (String) r[1], (LocalDate) r[2], (String) r[3], (Long) r[4])).toList();
            List<OrganisationCount> organisations = em.createQuery("select a.organisationId, a.kind, a.aimCodes, a.day, "
                    + "a.pathwayCode, count(a) from ActivityOrganisation a group by a.organisationId, a.kind, a.aimCodes, a.day, "
                    + "a.pathwayCode", Object[].class).getResultList().stream()
                    .map(r -> new OrganisationCount((Long) r[0], (ActivityKind) r[1], (String) r[2], (LocalDate) r[3], (String) r[4],
                            (Long) r[5])).toList();
            counts = new Counts(at, activities, organisations);
            return counts;
        }
    }

    /** The headline figures of {@code day}, worked out again by {@code work} only when a counted record has changed. */
    public HeadlineFigures headlines(LocalDate day, java.util.function.Supplier<HeadlineFigures> work) {
        long at = generation.get();
        Headlines kept = headlines;
        if (kept != null && kept.generation() == at && kept.day().equals(day)) {
            return kept.figures();
        }
        HeadlineFigures figures = work.get();
        headlines = new Headlines(at, day, figures);
        return figures;
    }

    /** Counted records were written without JPA (a bulk loader): the counts are grouped again when next asked for. */
    public void changed() {
        generation.incrementAndGet();
    }

    /** Within a transaction, once it has ended (its rows are then visible to the next grouping); otherwise now. */
    private void changedOnCommit() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            changed();
            return;
        }
        if (transactions.getResource(CHANGING) == null) {
            transactions.putResource(CHANGING, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // Nothing: the counts change once the rows are committed.
                }

                @Override
                public void afterCompletion(int status) {
                    changed();
                }
            });
        }
    }
}
