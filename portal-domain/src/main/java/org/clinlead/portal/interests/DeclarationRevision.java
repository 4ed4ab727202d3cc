package org.clinlead.portal.interests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a declaration said before a change, who changed it and when: the history is never lost. */
@Entity
@Table(name = "declaration_revision")
public class DeclarationRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "declaration_id", nullable = false, updatable = false)
    private long declarationId;

    @Column(name = "revised_at", nullable = false, updatable = false)
    private Instant revisedAt;

    @Column(name = "revised_by", nullable = false, updatable = false, length = 40)
    private String revisedBy;

    @Column(name = "change_kind", nullable = false, updatable = false, length = 20)
    private String change;

    @Column(name = "previous_text", nullable = false, updatable = false, length = 2000)
    private String before;

    protected DeclarationRevision() {
    }

    public DeclarationRevision(Declaration declaration, String change, String revisedBy, Instant revisedAt) {
        this.declarationId = declaration.getId();
        this.change = change;
        this.revisedBy = revisedBy;
        this.revisedAt = revisedAt;
        String summary = declaration.summary();
        this.before = summary.length() > 2000 ? summary.substring(0, 1999) + "…" : summary;
    }

    public Long getId() {
        return id;
    }

    public long getDeclarationId() {
        return declarationId;
    }

    public Instant getRevisedAt() {
        return revisedAt;
    }

    public String getRevisedBy() {
        return revisedBy;
    }

    public String getChange() {
        return change;
    }

    public String getBefore() {
        return before;
    }
}
