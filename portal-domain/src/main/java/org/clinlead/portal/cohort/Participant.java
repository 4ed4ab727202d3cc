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
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.people.UserAccount;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A selected applicant on the programme: their pathway's action-learning set, their mentor (from another
 * organisation unless a reason is recorded), and their status — enrolled, completed (only with a change
 * project that reached testing and a final reflection) or withdrawn (with a reason).
 */
@Entity
@Table(name = "participant")
public class Participant {

    public static final int REFLECTION_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    /** The cohort's key as a column of this table, read only: counting by cohort needs no join (issue 17). */
    @Column(name = "cohort_id", insertable = false, updatable = false)
    private Long cohortId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false, updatable = false)
    private Clinician clinician;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pathway_code", nullable = false)
    private Pathway pathway;

    @Column(name = "learning_set", nullable = false, length = 200)
    private String learningSet;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mentor_id")
    private UserAccount mentor;

    @Column(name = "mentor_reason", length = 1000)
    private String mentorReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipantStatus status;

    @Column(name = "withdrawn_reason", length = 1000)
    private String withdrawnReason;

    @Column(name = "final_reflection", length = REFLECTION_MAX)
    private String finalReflection;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected Participant() {
    }

    /** Enrols a selected applicant in their pathway's action-learning set. */
    public Participant(CohortApplication application, LocalDate today) {
        if (application.getStatus() != ApplicationStatus.SELECTED) {
            throw new RuleViolationException("Only a selected applicant becomes a participant.");
        }
        this.cohort = application.getCohort();
        this.clinician = application.getClinician();
        this.pathway = application.getPathway();
        this.learningSet = learningSetFor(cohort, pathway);
        this.status = ParticipantStatus.ENROLLED;
        this.enrolledOn = today;
    }

    /** Action-learning sets are grouped by pathway within a cohort. */
    public static String learningSetFor(Cohort cohort, Pathway pathway) {
        return cohort.getName() + " · " + pathway.getName() + " set";
    }

    /**
     * Matches a mentor. The mentor must hold the mentor role and be someone else; a mentor from the
     * participant's own organisation needs a stated reason (an outside view is the point of mentoring).
     */
    public void assignMentor(UserAccount newMentor, String reason) {
        requireEnrolled("be given a mentor");
        String clean = Check.clean(reason);
        if (newMentor == null || !newMentor.isEnabled() || !newMentor.getRoles().contains(Role.MENTOR)) {
            throw new RuleViolationException("Choose an active account with the mentor role.");
        }
        Clinician mentorClinician = newMentor.getClinician();
        if (mentorClinician != null && mentorClinician.getId().equals(clinician.getId())) {
            throw new RuleViolationException("A participant cannot mentor themselves.");
        }
        boolean sameOrganisation = mentorClinician != null
                && mentorClinician.getOrganisation().getId().equals(clinician.getOrganisation().getId());
        new Check().require(!sameOrganisation || clean != null, "reason", newMentor.getDisplayName() + " works at "
                        + clinician.getOrganisation().getName() + " too; mentors come from another organisation unless "
                        + "you record why this match is right.")
                .optionalText(clean, "reason", "The reason", 1000).orThrow();
        this.mentor = newMentor;
        this.mentorReason = clean;
    }

    public void reflect(String reflection) {
        requireEnrolled("change their final reflection");
        new Check().text(reflection, "reflection", "The final reflection", REFLECTION_MAX).orThrow();
        this.finalReflection = reflection.strip();
    }

    /** Completes the participant once {@link Completion#blockers} has nothing left to say. */
    public void complete(boolean projectReachedTesting, LocalDate today) {
        requireEnrolled("complete the programme");
        List<String> blockers = Completion.blockers(projectReachedTesting, finalReflection);
        if (!blockers.isEmpty()) {
            throw new RuleViolationException(clinician.getDisplayName() + " cannot complete yet: " + String.join(" ", blockers));
        }
        this.status = ParticipantStatus.COMPLETED;
        this.completedOn = today;
    }

    public void withdraw(String reason) {
        requireEnrolled("withdraw");
        new Check().text(reason, "reason", "The reason for withdrawing", 1000).orThrow();
        this.status = ParticipantStatus.WITHDRAWN;
        this.withdrawnReason = reason.strip();
    }

    private void requireEnrolled(String toDoWhat) {
        if (status != ParticipantStatus.ENROLLED) {
            throw new RuleViolationException(clinician.getDisplayName() + " is " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + "; only an enrolled participant can " + toDoWhat + ".");
        }
    }

    public boolean isMentoredBy(UserAccount account) {
        return mentor != null && account != null && mentor.getId().equals(account.getId());
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

    public String getLearningSet() {
        return learningSet;
    }

    public UserAccount getMentor() {
        return mentor;
    }

    public String getMentorReason() {
        return mentorReason;
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public String getFinalReflection() {
        return finalReflection;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }
}
