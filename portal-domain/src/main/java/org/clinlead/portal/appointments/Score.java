package org.clinlead.portal.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.FieldError;
import org.clinlead.portal.shared.InvalidInputException;

/** One panel member's score (0–4) for one application against one criterion, with a comment. */
@Entity
@Table(name = "panel_score")
public class Score {

    public static final int MIN = 0;
    public static final int MAX = 4;
    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private LeadApplication application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessor_id", nullable = false, updatable = false)
    private Clinician assessor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id", nullable = false, updatable = false)
    private Criterion criterion;

    @Column(nullable = false)
    private int points;

    @Column(name = "score_comment", nullable = false, length = COMMENT_MAX)
    private String comment;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected Score() {
    }

    public Score(LeadApplication application, Clinician assessor, Criterion criterion, Integer points, String comment,
            Instant now) {
        this.application = application;
        this.assessor = assessor;
        this.criterion = criterion;
        rescore(points, comment, now);
    }

    /** Checks a score against the scale and that it carries a comment; {@code field} names it for the form. */
    public static void check(Integer points, String comment, String field, String criterionName) {
        if (points == null || points < MIN || points > MAX) {
            throw new InvalidInputException(java.util.List.of(new FieldError(field,
                    "Score \"" + criterionName + "\" from " + MIN + " to " + MAX + ".")));
        }
        Check check = new Check().text(comment, field, "A comment on \"" + criterionName + "\"", COMMENT_MAX);
        check.orThrow();
    }

    public final void rescore(Integer points, String comment, Instant now) {
        check(points, comment, "scores", criterion.getName());
        this.points = points;
        this.comment = comment.strip();
        this.scoredAt = now;
    }

    public Long getId() {
        return id;
    }

    public LeadApplication getApplication() {
        return application;
    }

    public Clinician getAssessor() {
        return assessor;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public int getPoints() {
        return points;
    }

    public String getComment() {
        return comment;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
