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

/**
 * One uploaded PDF of a paper. A new version supersedes the last; old ones stay viewable. The file itself
 * is stored outside the web root under its SHA-256; this row says which file, how big, who, when, and
 * whether it came late.
 */
@Entity
@Table(name = "paper_version")
public class PaperVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paper_id", nullable = false, updatable = false)
    private Paper paper;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 40, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(nullable = false, updatable = false)
    private boolean late;

    protected PaperVersion() {
    }

    public PaperVersion(Paper paper, int number, PdfUpload upload, String sha256, String uploadedBy, Instant now) {
        paper.getItem().getMeeting().requireOpenForPapers(now, number == 1 ? "be added" : "change");
        this.paper = paper;
        this.number = number;
        this.fileName = upload.safeFileName();
        this.size = upload.size();
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
        this.late = paper.getItem().getMeeting().isLate(now);
    }

    public Long getId() {
        return id;
    }

    public Paper getPaper() {
        return paper;
    }

    public int getNumber() {
        return number;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public boolean isLate() {
        return late;
    }
}
