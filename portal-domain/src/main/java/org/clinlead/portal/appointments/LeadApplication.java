package org.clinlead.portal.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A clinician's application to a vacancy: a supporting statement, then the panel's scores, the chair's
 * recommendation and a medical director's decision — each step with who and when.
 */
@Entity
@Table(name = "lead_application")
public class LeadApplication {

    public static final int STATEMENT_MAX = 4000;
    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vacancy_id", nullable = false, updatable = false)
    private Vacancy vacancy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id", nullable = false, updatable = false)
    private Clinician candidate;

    @Column(nullable = false, length = STATEMENT_MAX)
    private String statement;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "shortlist_note", length = 1000)
    private String shortlistNote;

    @Column(length = REASON_MAX)
    private String recommendation;

    @Column(name = "recommended_by", length = 40)
    private String recommendedBy;

    @Column(name = "recommended_at")
    private Instant recommendedAt;

    @Column(name = "decision_reason", length = REASON_MAX)
    private String decisionReason;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected LeadApplication() {
    }

    /**
     * Applies to a vacancy that is still taking applications, with a current declaration of interests for the
     * year (a nil return counts). The one-application-per-candidate rule is the boundary's (it needs the others).
     */
    public static LeadApplication submit(Vacancy vacancy, Clinician candidate, String statement, boolean declarationCurrent,
            LocalDate today, Instant now) {
        new Check().text(statement, "statement", "Your supporting statement", STATEMENT_MAX).orThrow();
        if (!vacancy.isTakingApplicationsOn(today)) {
            throw new RuleViolationException(vacancy.getStatus() == VacancyStatus.OPEN
                    ? "Applications for this vacancy closed on " + vacancy.getClosingDate() + "."
                    : "This vacancy is no longer open.");
        }
        if (!declarationCurrent) {
            throw new RuleViolationException("Your declaration of interests is not current for " + today.getYear()
                    + ": declare your interests, or make a nil return, before you apply.");
        }
        LeadApplication a = new LeadApplication();
        a.vacancy = vacancy;
        a.candidate = candidate;
        a.statement = statement.strip();
        a.submittedAt = now;
        a.status = ApplicationStatus.SUBMITTED;
        return a;
    }

    /** The chair recommends this candidate for appointment; a medical director decides. */
    public void recommend(String rationale, String chair, Instant now) {
        vacancy.requireOpen();
        if (status != ApplicationStatus.SUBMITTED) {
            throw new RuleViolationException("This application is " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + "; it cannot be recommended again.");
        }
        new Check().text(rationale, "rationale", "The reason for the recommendation", REASON_MAX).orThrow();
        status = ApplicationStatus.RECOMMENDED;
        recommendation = rationale.strip();
        recommendedBy = chair;
        recommendedAt = now;
    }

    /** The chair leaves this application off the shortlist, with a reason: it is not scored. */
    public void leaveOffShortlist(String reason) {
        vacancy.requireOpen();
        if (status != ApplicationStatus.SUBMITTED) {
            throw new RuleViolationException("This application is " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + "; only a submitted application can be left off the shortlist.");
        }
        new Check().text(reason, "reason", "The reason", 1000).orThrow();
        status = ApplicationStatus.NOT_SHORTLISTED;
        shortlistNote = reason.strip();
    }

    /** Approves the recommendation: the vacancy is filled and the appointment returned for saving. */
    public Appointment approve(String reason, String approver, LocalDate termStart, Instant now) {
        decide(reason, approver, now, ApplicationStatus.APPROVED);
        vacancy.fill();
        return Appointment.competitive(vacancy.getSeat(), candidate, this, termStart, vacancy.getAims(), approver, now);
    }

    /** Rejects the recommendation; the vacancy stays open for the chair to recommend again (or close it). */
    public void reject(String reason, String approver, Instant now) {
        decide(reason, approver, now, ApplicationStatus.REJECTED);
    }

    /** Another candidate was appointed. */
    public void notAppointed() {
        if (status == ApplicationStatus.SUBMITTED) {
            status = ApplicationStatus.NOT_APPOINTED;
        }
    }

    private void decide(String reason, String approver, Instant now, ApplicationStatus outcome) {
        if (status == ApplicationStatus.APPROVED || status == ApplicationStatus.REJECTED) {
            throw new RuleViolationException("This application has already been decided ("
                    + status.label().toLowerCase(java.util.Locale.ROOT) + " by " + decidedBy + ").");
        }
        if (status != ApplicationStatus.RECOMMENDED) {
            throw new RuleViolationException("Only a recommended application can be decided; the panel chair has not "
                    + "recommended this one.");
        }
        new Check().text(reason, "reason", "The reason for the decision", REASON_MAX).orThrow();
        status = outcome;
        decisionReason = reason.strip();
        decidedBy = approver;
        decidedAt = now;
    }

    public boolean isDecided() {
        return decidedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Vacancy getVacancy() {
        return vacancy;
    }

    public Clinician getCandidate() {
        return candidate;
    }

    public String getStatement() {
        return statement;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getShortlistNote() {
        return shortlistNote;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public String getRecommendedBy() {
        return recommendedBy;
    }

    public Instant getRecommendedAt() {
        return recommendedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
