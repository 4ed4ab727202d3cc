package org.clinlead.portal.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The regional cap on senior clinical leads in post (30 by default). One row; approvals lock it, so two
 * approvals at once cannot both take the last place.
 */
@Entity
@Table(name = "lead_cap")
public class LeadCap {

    public static final int ID = 1;
    public static final int MAX = 200;

    @Id
    private Integer id;

    @Version
    private long version;

    @Column(nullable = false)
    private int cap;

    protected LeadCap() {
    }

    public LeadCap(int cap) {
        this.id = ID;
        this.cap = cap;
    }

    /** Sets a new cap; it cannot go below the number of leads already in post. */
    public void change(int newCap, long leadsInPost) {
        if (newCap < 1 || newCap > MAX) {
            throw new InvalidInputException("cap", "The cap is a whole number between 1 and " + MAX + ".");
        }
        if (newCap < leadsInPost) {
            throw new RuleViolationException("The cap cannot be set to " + newCap + ": " + leadsInPost
                    + " senior clinical leads are in post. End appointments first.");
        }
        this.cap = newCap;
    }

    /** Refuses one more lead when the region already has as many in post as the cap allows. */
    public void requireRoomFor(long leadsInPost) {
        if (leadsInPost >= cap) {
            throw new RuleViolationException("The regional cap of " + cap + " senior clinical leads is reached ("
                    + leadsInPost + " in post); no further appointment can be made until a term ends or the cap is raised.");
        }
    }

    public int getCap() {
        return cap;
    }

    public long getVersion() {
        return version;
    }
}
