package org.clinlead.portal.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * What the strategy's figures count of one activity ({@code strategy_activity_fact}): kind, aims, date, day and
 * pathway — none of the read model's titles and names, so a {@code group by} over every capability reads little.
 */
@Entity
@ReadOnly
@IdClass(Activity.Key.class)
@Table(name = "strategy_activity_fact")
public class ActivityFact {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private ActivityKind kind;

    @Id
    @Column(name = "activity_id")
    private Long activityId;

    @Column(name = "aim_codes")
    private String aimCodes;

    @Column(name = "activity_at")
    private Instant at;

    /** The day of {@link #at}, as the database keeps it, so counts group by day. */
    @Column(name = "activity_day")
    private java.time.LocalDate day;

    @Column(name = "pathway_code")
    private String pathwayCode;

    protected ActivityFact() {
    }

    public ActivityKind getKind() {
        return kind;
    }

    public Long getActivityId() {
        return activityId;
    }
}
