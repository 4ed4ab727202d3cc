package org.clinlead.portal.appointments;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The medical director's decision on a recommended candidate (approve, with the checks of
 * {@code Approval.blockers}, or reject with a reason), and the queue of recommendations awaiting one.
 */
@Stateless
public class AppointmentDecisions {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private RecruitmentReads reads;

    @Inject
    private ApplicationFiles files;

    /**
     * A medical director approves or rejects the recommendation with a reason. Approval needs every score,
     * the candidate's current declaration, a free seat and room under the cap, and every conflict managed;
     * it creates the appointment. The application and the cap are locked, so two decisions at once cannot
     * both succeed and two approvals cannot both take the last place under the cap.
     */
    @RolesAllowed(MEDICAL_DIRECTOR)
    public ApplicationFile decide(long applicationId, Outcome outcome, String reason) {
        if (outcome == null) {
            throw new InvalidInputException("outcome", "Choose APPROVED or REJECTED.");
        }
        LeadApplication application = Records.find(em, LeadApplication.class, applicationId, Vacancies.APPLICATION, LockModeType.PESSIMISTIC_WRITE);
        LeadCap cap = em.find(LeadCap.class, LeadCap.ID, LockModeType.PESSIMISTIC_WRITE);
        Clinician me = caller.requireClinician("decide on an appointment");
        Conflicts.requireNotCandidate(me, application.getCandidate(), "approve or reject");
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        if (outcome == Outcome.REJECTED) {
            files.requireManaged(application, me);
            application.reject(reason, caller.name(), now);
            Persistence.flush(em, Vacancies.APPLICATION, () -> new RuleViolationException("The decision could not be saved."));
            audit.record(AuditAction.REJECTED, Vacancies.APPLICATION, applicationId, me.getDisplayName() + " rejected the "
                    + "recommendation of " + application.getCandidate().getDisplayName() + ": " + reason.strip());
            return files.file(application);
        }
        if (application.isDecided()) {
            application.approve(reason, caller.name(), today, now); // refuses, naming the earlier decision
        }
        List<String> blockers = files.blockers(application, me, cap, today);
        if (!blockers.isEmpty()) {
            throw new RuleViolationException("This appointment cannot be approved yet: " + String.join(" ", blockers));
        }
        Appointment appointment = application.approve(reason, caller.name(), today, now);
        for (LeadApplication other : reads.applicationsTo(application.getVacancy())) {
            if (!other.getId().equals(applicationId)) {
                other.notAppointed();
            }
        }
        em.persist(appointment);
        Persistence.flush(em, Vacancies.APPLICATION, () -> new RuleViolationException("The decision could not be saved."));
        audit.record(AuditAction.APPROVED, Vacancies.APPLICATION, applicationId, me.getDisplayName() + " approved "
                + application.getCandidate().getDisplayName() + " for the " + application.getVacancy().getSeat().getLabel()
                + ": " + reason.strip());
        audit.record(AuditAction.CREATED, LeadAppointments.APPOINTMENT, appointment.getId(),
                application.getCandidate().getDisplayName() + " appointed to the " + appointment.getSeat().getLabel()
                        + ", term " + appointment.getTermStart() + " to " + appointment.getTermEnd());
        return files.file(application);
    }

    /** Recommendations waiting for a medical director, oldest first. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public List<QueueEntry> approvalQueue() {
        return Persistence.named(em, "AppointmentDecisions.approvalQueue", LeadApplication.class, () -> Persistence.fetching(
                        em.createQuery("select a from LeadApplication a join fetch a.vacancy v join fetch a.candidate c "
                                + "where a.status = :s order by a.recommendedAt, a.id", LeadApplication.class),
                        "a.vacancy.seat", "a.candidate.organisation"))
                .setParameter("s", ApplicationStatus.RECOMMENDED).getResultList().stream()
                .map(a -> new QueueEntry(a.getId(), a.getVacancy().getSeat().getLabel(), a.getCandidate().getDisplayName(),
                        a.getCandidate().getOrganisation().getName(), a.getRecommendedAt(), "Your decision"))
                .toList();
    }
}
