package org.clinlead.portal.cohort;

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
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A clinician's application for a place: a statement, the pathway their project will serve, and their
 * organisation's support — named when they apply, confirmed as a recorded yes by their medical director
 * or line manager before the programme manager can select them.
 */
@Entity
@Table(name = "cohort_application")
public class CohortApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false, updatable = false)
    private Clinician clinician;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pathway_code", nullable = false)
    private Pathway pathway;

    @Column(nullable = false, length = 3000)
    private String statement;

    @Column(name = "supporter_name", nullable = false, length = 200)
    private String supporterName;

    @Enumerated(EnumType.STRING)
    @Column(name = "supporter_role", nullable = false, length = 20)
    private SupporterRole supporterRole;

    @Column(name = "support_confirmed_by", length = 200)
    private String supportConfirmedBy;

    @Column(name = "support_confirmed_at")
    private Instant supportConfirmedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "decided_by", length = 40)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    protected CohortApplication() {
    }

    public CohortApplication(Cohort cohort, Clinician clinician, Pathway pathway, String statement, String supporterName,
            SupporterRole supporterRole, LocalDate today, Instant now) {
        new Check().require(pathway != null, "pathwayCode", "Choose the pathway your project will serve.")
                .require(pathway == null || cohort.covers(pathway), "pathwayCode",
                        "This cohort covers " + String.join(", ", cohort.getPathwayNames()) + " only.")
                .text(statement, "statement", "Your statement", 3000)
                .text(supporterName, "supporterName", "The name of the person confirming your organisation's support", 200)
                .require(supporterRole != null, "supporterRole", "Say whether your medical director or your line manager "
                        + "confirms your organisation's support.")
                .orThrow();
        if (!cohort.isOpenForApplications(today)) {
            throw new RuleViolationException(cohort.getName() + " started on " + cohort.getStartsOn()
                    + "; it no longer takes applications.");
        }
        this.cohort = cohort;
        this.clinician = clinician;
        this.pathway = pathway;
        this.statement = statement.strip();
        this.supporterName = supporterName.strip();
        this.supporterRole = supporterRole;
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
    }

    /** Records the organisation's yes, by the person who gave it. */
    public void confirmSupport(String confirmedBy, Instant now) {
        if (supportConfirmedAt != null) {
            throw new RuleViolationException("Support for this application was already confirmed by " + supportConfirmedBy + ".");
        }
        new Check().text(confirmedBy, "confirmedBy", "Who confirmed the support", 200).orThrow();
        this.supportConfirmedBy = confirmedBy.strip();
        this.supportConfirmedAt = now;
    }

    /**
     * Selects, waitlists or declines. A declined application needs a reason the applicant can read; a
     * selection needs the organisation's confirmed support. A waitlisted application can later be selected
     * or declined; a selected or declined one is settled.
     */
    public void decide(Selection selection, String reason, String by, Instant now) {
        if (status == ApplicationStatus.SELECTED || status == ApplicationStatus.DECLINED) {
            throw new RuleViolationException("This application was already " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + " by " + decidedBy + ".");
        }
        String clean = Check.clean(reason);
        new Check().require(selection != null, "decision", "Choose select, waitlist or decline.")
                .require(selection != Selection.DECLINE || clean != null, "reason",
                        "Give the applicant a reason for declining.")
                .optionalText(clean, "reason", "The reason", 1000).orThrow();
        if (selection == Selection.SELECT && supportConfirmedAt == null) {
            throw new RuleViolationException("The applicant's organisation has not yet confirmed its support ("
                    + supporterRole.label().toLowerCase(java.util.Locale.ROOT) + " " + supporterName + ").");
        }
        if (selection == Selection.WAITLIST && status == ApplicationStatus.WAITLISTED) {
            throw new RuleViolationException("This application is already on the waiting list.");
        }
        this.status = switch (selection) {
            case SELECT -> ApplicationStatus.SELECTED;
            case WAITLIST -> ApplicationStatus.WAITLISTED;
            case DECLINE -> ApplicationStatus.DECLINED;
        };
        this.decisionReason = clean;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public boolean isSupportConfirmed() {
        return supportConfirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Clinician getClinician() {
        return clinician;
    }

    public Pathway getPathway() {
        return pathway;
    }

    public String getStatement() {
        return statement;
    }

    public String getSupporterName() {
        return supporterName;
    }

    public SupporterRole getSupporterRole() {
        return supporterRole;
    }

    public String getSupportConfirmedBy() {
        return supportConfirmedBy;
    }

    public Instant getSupportConfirmedAt() {
        return supportConfirmedAt;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
