package org.clinlead.portal.reconfiguration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A clinician on a proposal's clinical review panel (a senior clinical lead or a member of the Clinical Advisory
 * Group), possibly its chair, with their statement of how a live declared interest in an organisation concerned is
 * managed.
 */
@Entity
@Table(name = "reconfiguration_panel_member")
public class ReviewPanelMember {

    public static final int HANDLING_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reconfiguration_id", nullable = false, updatable = false)
    private Reconfiguration reconfiguration;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false, updatable = false)
    private Clinician clinician;

    @Column(nullable = false)
    private boolean chair;

    @Column(name = "declared_interest", length = HANDLING_MAX)
    private String declaredInterest;

    @Column(name = "interest_handling", length = HANDLING_MAX)
    private String interestHandling;

    @Column(name = "stated_at")
    private Instant statedAt;

    protected ReviewPanelMember() {
    }

    ReviewPanelMember(Reconfiguration reconfiguration, Clinician clinician, boolean chair) {
        this.reconfiguration = reconfiguration;
        this.clinician = clinician;
        this.chair = chair;
    }

    void setChair(boolean chair) {
        this.chair = chair;
    }

    /** How the member's live declared {@code interests} in an organisation concerned are managed. */
    void state(List<String> interests, String handling, Instant now) {
        if (interests.isEmpty()) {
            throw new RuleViolationException("You have no live declared interest in the organisations concerned: "
                    + "there is nothing to state.");
        }
        new Check().text(handling, "handling", "How the interest is managed", HANDLING_MAX).orThrow();
        String words = String.join("; ", interests);
        this.declaredInterest = words.length() > HANDLING_MAX ? words.substring(0, HANDLING_MAX - 1) + "…" : words;
        this.interestHandling = handling.strip();
        this.statedAt = now;
    }

    /** Whether the member may judge given their live declared {@code interests}: stated, or none. */
    boolean mayJudge(List<String> interests) {
        return interests.isEmpty() || interestHandling != null;
    }

    boolean is(Clinician who) {
        return who != null && clinician.getId().equals(who.getId());
    }

    public Long getId() {
        return id;
    }

    public Clinician getClinician() {
        return clinician;
    }

    public boolean isChair() {
        return chair;
    }

    public String getDeclaredInterest() {
        return declaredInterest;
    }

    public String getInterestHandling() {
        return interestHandling;
    }

    public Instant getStatedAt() {
        return statedAt;
    }
}
