package org.clinlead.portal.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.clinlead.portal.shared.Check;

/** A comment on a project by its mentor, the programme manager or the team. */
@Entity
@Table(name = "project_comment")
public class ProjectComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private ChangeProject project;

    @Column(nullable = false, length = 40)
    private String author;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProjectComment() {
    }

    public ProjectComment(ChangeProject project, String author, String authorName, String body, Instant now) {
        new Check().text(body, "body", "The comment", 2000).orThrow();
        this.project = project;
        this.author = author;
        this.authorName = authorName;
        this.body = body.strip();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
