package org.clinlead.portal.commissioning;

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
import org.clinlead.portal.shared.Check;

/** One message on a return's query thread: the commissioner's question, the provider's answer. Never edited. */
@Entity
@Table(name = "cquin_submission_message")
public class SubmissionMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    private QuarterlySubmission submission;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Side side;

    @Column(name = "author_name", nullable = false, length = 200, updatable = false)
    private String authorName;

    @Column(nullable = false, length = QuarterlySubmission.NARRATIVE_MAX, updatable = false)
    private String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected SubmissionMessage() {
    }

    public SubmissionMessage(QuarterlySubmission submission, Side side, String authorName, String body, String field,
            Instant now) {
        new Check().text(body, field, side == Side.COMMISSIONER ? "The question" : "The answer",
                QuarterlySubmission.NARRATIVE_MAX).orThrow();
        this.submission = submission;
        this.side = side;
        this.authorName = authorName;
        this.body = body.strip();
        this.writtenAt = now;
    }

    public Long getId() {
        return id;
    }

    public QuarterlySubmission getSubmission() {
        return submission;
    }

    public Side getSide() {
        return side;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
