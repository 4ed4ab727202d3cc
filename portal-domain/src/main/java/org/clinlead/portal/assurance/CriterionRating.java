package org.clinlead.portal.assurance;

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
import java.time.Instant;
import org.clinlead.portal.people.Clinician;

/** One panel member's red, amber or green on one criterion, with their comment; rated again, it is replaced. */
@Entity
@Table(name = "assurance_rating")
public class CriterionRating {

    public static final int COMMENT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id", nullable = false, updatable = false)
    private ReviewCriterion criterion;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false, updatable = false)
    private Clinician clinician;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Rag rag;

    @Column(name = "rating_comment", nullable = false, length = COMMENT_MAX)
    private String comment;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected CriterionRating() {
    }

    CriterionRating(ReviewCriterion criterion, Clinician clinician) {
        this.criterion = criterion;
        this.clinician = clinician;
    }

    void set(Rag rag, String comment, Instant now) {
        this.rag = rag;
        this.comment = comment;
        this.ratedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Clinician getClinician() {
        return clinician;
    }

    public Rag getRag() {
        return rag;
    }

    public String getComment() {
        return comment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }
}
