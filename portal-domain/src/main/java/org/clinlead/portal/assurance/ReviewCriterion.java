package org.clinlead.portal.assurance;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A criterion of a review's checklist with the panel members' ratings of it. */
@Entity
@Table(name = "assurance_criterion")
public class ReviewCriterion {

    public static final int NAME_MAX = 200;

    /** The checklist every review starts with; it can be changed per review. */
    public static final List<String> DEFAULTS = List.of("Clinical engagement in the plan", "Evidence base",
            "Quality and safety impact", "Fit with the pathways of the strategy", "Workforce", "Outcome measures");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false, updatable = false)
    private AssuranceReview review;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "criterion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CriterionRating> ratings = new ArrayList<>();

    protected ReviewCriterion() {
    }

    ReviewCriterion(AssuranceReview review, int position, String name) {
        new Check().text(name, "criterion", "The criterion", NAME_MAX).orThrow();
        this.review = review;
        this.position = position;
        this.name = name.strip();
    }

    void rate(Clinician who, Rag rag, String comment, Instant now) {
        new Check().require(rag != null, "rag", "Rate the criterion red, amber or green.")
                .text(comment, "comment", "The comment", CriterionRating.COMMENT_MAX).orThrow();
        CriterionRating rating = ratingBy(who).orElseGet(() -> {
            CriterionRating made = new CriterionRating(this, who);
            ratings.add(made);
            return made;
        });
        rating.set(rag, comment.strip(), now);
    }

    public Optional<CriterionRating> ratingBy(Clinician who) {
        return ratings.stream().filter(r -> r.getClinician().getId().equals(who.getId())).findFirst();
    }

    void forget(Clinician who) {
        ratings.removeIf(r -> r.getClinician().getId().equals(who.getId()));
    }

    /** The panel's rating: see {@link Rag#panel}. */
    public Rag panelRating() {
        return Rag.panel(ratings.stream().map(CriterionRating::getRag).toList());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AssuranceReview getReview() {
        return review;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public List<CriterionRating> getRatings() {
        return Collections.unmodifiableList(ratings);
    }
}
