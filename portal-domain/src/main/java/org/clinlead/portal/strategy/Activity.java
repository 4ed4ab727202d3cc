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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One activity of the strategy as the read model {@code strategy_activity} shows it: kind, the record's id, title,
 * organisation, pathway, aims (as codes, "ACE"), when and its status. Read only: each capability writes its own
 * records; the view collects them.
 */
@Entity
@ReadOnly
@IdClass(Activity.Key.class)
@Table(name = "strategy_activity")
public class Activity {

    /** The view's key: kind and the record's id. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private ActivityKind kind;
        private Long activityId;

        public Key() {
        }

        public Key(ActivityKind kind, Long activityId) {
            this.kind = kind;
            this.activityId = activityId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.kind == kind && Objects.equals(k.activityId, activityId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, activityId);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private ActivityKind kind;

    @Id
    @Column(name = "activity_id")
    private Long activityId;

    /** The record whose page shows the activity: an agenda item's meeting, an indicator's contract, a lead's profile. */
    @Column(name = "page_id")
    private Long pageId;

    @Column(name = "title")
    private String title;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "pathway_code")
    private String pathwayCode;

    @Column(name = "aim_codes")
    private String aimCodes;

    @Column(name = "activity_at")
    private Instant at;

    /** The month of {@link #at} as yyyymm, so coverage groups by month in the database. */
    @Column(name = "activity_month")
    private Integer month;

    @Column(name = "status")
    private String status;

    protected Activity() {
    }

    public ActivityKind getKind() {
        return kind;
    }

    public Long getActivityId() {
        return activityId;
    }

    public Long getPageId() {
        return pageId;
    }

    public String getTitle() {
        return title;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getPathwayCode() {
        return pathwayCode;
    }

    public List<String> getAims() {
        return aimCodes == null ? List.of() : Arrays.stream(aimCodes.split("")).filter(s -> !s.isEmpty()).toList();
    }

    public Instant getAt() {
        return at;
    }

    public Integer getMonth() {
        return month;
    }

    public String getStatus() {
        return status;
    }
}
