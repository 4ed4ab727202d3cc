package org.clinlead.portal.interests;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.List;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A clinician's seat on a clinical panel that judges something about organisations (a reconfiguration, a plan),
 * screened against the register: a member with a live declared interest in an organisation concerned states how it
 * is managed before taking part. Each panel's table maps a subclass with its own parent.
 */
@MappedSuperclass
public abstract class PanelSeat {

    public static final int HANDLING_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    protected PanelSeat() {
    }

    protected PanelSeat(Clinician clinician) {
        this.clinician = clinician;
    }

    public void setChair(boolean chair) {
        this.chair = chair;
    }

    /** How the member's live declared {@code interests} are managed (there must be some to state). */
    public void state(List<String> interests, String handling, Instant now) {
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

    /**
     * Why {@code members} chaired by {@code chair} cannot make a panel of {@code min} to {@code max} people ("a clinical
     * review panel has at least 3 members"); empty when they can.
     */
    public static List<String> compositionBlockers(List<Clinician> members, Clinician chair, int min, int max, String panel) {
        List<String> blockers = new java.util.ArrayList<>();
        java.util.Set<Long> distinct = new java.util.HashSet<>();
        members.forEach(m -> distinct.add(m.getId()));
        if (distinct.size() < min) {
            blockers.add(panel + " has at least " + min + " members (" + distinct.size() + " chosen).");
        }
        if (distinct.size() > max) {
            blockers.add(panel + " has at most " + max + " members.");
        }
        if (chair == null || !distinct.contains(chair.getId())) {
            blockers.add("Choose the panel's chair from its members.");
        }
        return blockers;
    }

    /** Whether the member may take part given their live declared {@code interests}: none, or stated. */
    public boolean mayTakePart(List<String> interests) {
        return interests.isEmpty() || interestHandling != null;
    }

    public boolean is(Clinician who) {
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
