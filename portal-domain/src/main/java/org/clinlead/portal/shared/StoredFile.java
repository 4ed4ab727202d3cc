package org.clinlead.portal.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A file a person attached as evidence (PDF, XLSX or CSV, checked by opening it before it is kept): its name, kind,
 * size and SHA-256 — the bytes are stored outside the web root under that hash — and who attached it when. Each kind
 * of evidence (a return's, an advice's, a reconfiguration's) maps a subclass with its own parent and rules.
 */
@MappedSuperclass
public abstract class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "file_kind", nullable = false, length = 10, updatable = false)
    private String kind;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 200, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected StoredFile() {
    }

    protected StoredFile(String fileName, String kind, long sizeBytes, String sha256, String uploadedBy, Instant now) {
        this.fileName = fileName;
        this.kind = kind;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getKind() {
        return kind;
    }

    public long getSizeBytes() {
        return sizeBytes;
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
}
