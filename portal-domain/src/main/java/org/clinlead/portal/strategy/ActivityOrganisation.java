package org.clinlead.portal.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * An organisation an activity concerns ({@code strategy_activity_organisation}): the lead's organisation for an
 * appointment, each organisation an agenda item or advice request names, a project's, an indicator's provider, the
 * organisation reviewed, a reconfiguration's sponsor and each organisation affected. An activity concerning two
 * organisations counts for both.
 */
@Entity
@ReadOnly
@IdClass(ActivityOrganisation.Key.class)
@Table(name = "strategy_activity_organisation")
public class ActivityOrganisation {

    /** Kind, the record's id and the organisation. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private ActivityKind kind;
        private Long activityId;
        private Long organisationId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind == kind && Objects.equals(k.activityId, activityId)
                    && Objects.equals(k.organisationId, organisationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, activityId, organisationId);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private ActivityKind kind;

    @Id
    @Column(name = "activity_id")
    private Long activityId;

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "aim_codes")
    private String aimCodes;

    @Column(name = "activity_at")
    private Instant at;

    /** The day of {@link #at}, as the database keeps it, so counts group by day. */
    @Column(name = "activity_day")
    private java.time.LocalDate day;

    @Column(name = "pathway_code")
    private String pathwayCode;

    protected ActivityOrganisation() {
    }

    public ActivityKind getKind() {
        return kind;
    }

    public Long getActivityId() {
        return activityId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }
}
