package org.clinlead.portal.assurance;

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

/** A senior clinical lead on an assurance review's clinical panel, possibly its chair, with any statement of interest. */
@Entity
@Table(name = "assurance_panel_member")
public class AssurancePanelMember {

    public static final int HANDLING_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false, updatable = false)
    private AssuranceReview review;

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

    protected AssurancePanelMember() {
    }

    AssurancePanelMember(AssuranceReview review, Clinician clinician) {
        this.review = review;
        this.clinician = clinician;
    }

    void setChair(boolean chair) {
        this.chair = chair;
    }

    void state(List<String> interests, String handling, Instant now) {
        if (interests.isEmpty()) {
            throw new RuleViolationException("You have no live declared interest in the organisation reviewed: there is "
                    + "nothing to state.");
        }
        new Check().text(handling, "handling", "How the interest is managed", HANDLING_MAX).orThrow();
        String words = String.join("; ", interests);
        this.declaredInterest = words.length() > HANDLING_MAX ? words.substring(0, HANDLING_MAX - 1) + "…" : words;
        this.interestHandling = handling.strip();
        this.statedAt = now;
    }

    boolean mayRate(List<String> interests) {
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
}
