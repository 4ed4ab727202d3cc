package org.clinlead.portal.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * How people sign in, as the administrators set it: one row. When organisation sign-in is required, passwords are
 * refused for everyone but the break-glass administrator.
 */
@Entity
@Table(name = "sign_in_policy")
public class SignInPolicy {

    public static final long ONLY = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "organisation_required", nullable = false)
    private boolean organisationRequired;

    @Column(name = "changed_by", length = 60)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected SignInPolicy() {
    }

    public void change(boolean required, String by, Instant at) {
        organisationRequired = required;
        changedBy = by;
        changedAt = at;
    }

    public long getVersion() {
        return version;
    }

    public boolean isOrganisationRequired() {
        return organisationRequired;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
