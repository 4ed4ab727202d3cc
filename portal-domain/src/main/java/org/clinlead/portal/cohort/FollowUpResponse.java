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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * An alumnus's answer to a follow-up round: their role now, leadership roles taken since, whether they
 * still work in the region, whether their projects are sustained, further projects led, and the benefits
 * recorded since the last round (patients affected, staff hours and money saved). Changeable while the
 * round is open.
 */
@Entity
@Table(name = "follow_up_response")
public class FollowUpResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private FollowUpRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false, updatable = false)
    private Participant participant;

    @Column(name = "present_role", nullable = false, length = 200)
    private String presentRole;

    @Column(name = "leadership_roles", length = 2000)
    private String leadershipRoles;

    @Column(name = "in_region", nullable = false, length = 3)
    private String inRegion;

    @Enumerated(EnumType.STRING)
    @Column(name = "projects_sustained", nullable = false, length = 10)
    private Sustained projectsSustained;

    @Column(name = "further_projects", nullable = false)
    private int furtherProjects;

    @Column(name = "patients_affected", nullable = false)
    private int patientsAffected;

    @Column(name = "hours_saved", nullable = false)
    private int hoursSaved;

    @Column(name = "money_saved", nullable = false, precision = 12, scale = 2)
    private BigDecimal moneySaved;

    @Column(name = "responded_at", nullable = false)
    private Instant respondedAt;

    protected FollowUpResponse() {
    }

    public FollowUpResponse(FollowUpRound round, Participant participant) {
        if (participant.getStatus() == ParticipantStatus.WITHDRAWN
                || !participant.getCohort().getId().equals(round.getCohort().getId())) {
            throw new RuleViolationException("Only alumni of " + round.getCohort().getName() + " answer its follow-up.");
        }
        this.round = round;
        this.participant = participant;
    }

    public void answer(String presentRole, String leadershipRoles, Boolean inRegion, Sustained sustained,
            Integer furtherProjects, Integer patientsAffected, Integer hoursSaved, BigDecimal moneySaved, LocalDate today,
            Instant now) {
        if (!round.isOpen(today)) {
            throw new RuleViolationException("The " + round.getYear() + " follow-up closed on " + round.getClosesOn() + ".");
        }
        new Check().text(presentRole, "presentRole", "Your current role", 200)
                .optionalText(leadershipRoles, "leadershipRoles", "Leadership roles", 2000)
                .require(inRegion != null, "inRegion", "Say whether you still work in the region.")
                .require(sustained != null, "projectsSustained", "Say whether your projects are sustained.")
                .require(count(furtherProjects), "furtherProjects", "Give the number of further projects you led (0 or more).")
                .require(count(patientsAffected), "patientsAffected", "Give the number of patients affected (0 or more, a whole number).")
                .require(count(hoursSaved), "hoursSaved", "Give the staff hours saved (0 or more, a whole number).")
                .require(moneySaved == null || moneySaved.signum() >= 0 && moneySaved.compareTo(new BigDecimal("1000000000")) < 0,
                        "moneySaved", "Give the money saved in pounds (0 or more).")
                .orThrow();
        this.presentRole = presentRole.strip();
        this.leadershipRoles = Check.clean(leadershipRoles);
        this.inRegion = inRegion ? "YES" : "NO";
        this.projectsSustained = sustained;
        this.furtherProjects = furtherProjects;
        this.patientsAffected = patientsAffected;
        this.hoursSaved = hoursSaved;
        this.moneySaved = (moneySaved == null ? BigDecimal.ZERO : moneySaved).setScale(2, java.math.RoundingMode.HALF_UP);
        this.respondedAt = now;
    }

    private static boolean count(Integer value) {
        return value != null && value >= 0 && value < 100_000_000;
    }

    /** The answer as the return-on-investment arithmetic reads it. */
    public Roi.Answer toAnswer() {
        return new Roi.Answer(participant.getId(), "YES".equals(inRegion), leadershipRoles != null, projectsSustained,
                furtherProjects, patientsAffected, hoursSaved, moneySaved);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public FollowUpRound getRound() {
        return round;
    }

    public Participant getParticipant() {
        return participant;
    }

    public String getPresentRole() {
        return presentRole;
    }

    public String getLeadershipRoles() {
        return leadershipRoles;
    }

    public boolean isInRegion() {
        return "YES".equals(inRegion);
    }

    public Sustained getProjectsSustained() {
        return projectsSustained;
    }

    public int getFurtherProjects() {
        return furtherProjects;
    }

    public int getPatientsAffected() {
        return patientsAffected;
    }

    public int getHoursSaved() {
        return hoursSaved;
    }

    public BigDecimal getMoneySaved() {
        return moneySaved;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }
}
