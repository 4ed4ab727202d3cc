package org.clinlead.portal.boards;

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
import org.clinlead.portal.people.Clinician;

/** A read receipt: the first time a member opened a paper. */
@Entity
@Table(name = "paper_read")
public class PaperRead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paper_id", nullable = false, updatable = false)
    private Paper paper;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false, updatable = false)
    private Clinician reader;

    @Column(name = "first_read_at", nullable = false, updatable = false)
    private Instant firstReadAt;

    protected PaperRead() {
    }

    public PaperRead(Paper paper, Clinician reader, Instant now) {
        this.paper = paper;
        this.reader = reader;
        this.firstReadAt = now;
    }

    public Long getId() {
        return id;
    }

    public Paper getPaper() {
        return paper;
    }

    public Clinician getReader() {
        return reader;
    }

    public Instant getFirstReadAt() {
        return firstReadAt;
    }
}
