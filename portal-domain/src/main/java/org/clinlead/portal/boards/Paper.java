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
import jakarta.persistence.Version;
import java.time.Instant;
import org.clinlead.portal.shared.Check;

/** A paper for an agenda item: title, author, summary, confidential or not. Its PDFs are its versions. */
@Entity
@Table(name = "paper")
public class Paper {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private AgendaItem item;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 200)
    private String author;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(nullable = false)
    private boolean confidential;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Paper() {
    }

    public Paper(AgendaItem item, String title, String author, String summary, boolean confidential, Instant now) {
        new Check().text(title, "title", "The paper's title", 300)
                .text(author, "author", "The author", 200)
                .text(summary, "summary", "The summary", 2000)
                .orThrow();
        item.getMeeting().requireOpenForPapers(now, "be added");
        this.item = item;
        this.title = title.strip();
        this.author = author.strip();
        this.summary = summary.strip();
        this.confidential = confidential || item.isConfidential();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public String getSummary() {
        return summary;
    }

    /** Confidential itself, or on a confidential item. */
    public boolean isConfidential() {
        return confidential || item.isConfidential();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
