package org.clinlead.portal.reconfiguration;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.clinlead.portal.shared.Check;

/**
 * One item of a proposal's evidence checklist: what it asks for, the evidence the sponsor submitted, and the panel's
 * judgement with its comment (which may be marked internal: never in the public log).
 */
@Entity
@Table(name = "reconfiguration_evidence_item")
public class EvidenceItem {

    public static final int CRITERION_MAX = 200;
    public static final int EVIDENCE_MAX = 8000;
    public static final int COMMENT_MAX = 4000;

    /** The default checklist every proposal starts with. */
    public static final List<String> DEFAULTS = List.of("Clinical evidence base", "Patient and public engagement",
            "Support of the commissioning GPs", "Patient choice", "Workforce and training", "Access and travel times",
            "Equality impact", "Bed capacity");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reconfiguration_id", nullable = false, updatable = false)
    private Reconfiguration reconfiguration;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = CRITERION_MAX)
    private String criterion;

    @Column(length = EVIDENCE_MAX)
    private String evidence;

    @Column(name = "evidence_at")
    private Instant evidenceAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Judgement judgement;

    @Column(name = "judgement_comment", length = COMMENT_MAX)
    private String comment;

    @Column(name = "comment_internal", nullable = false)
    private boolean internal;

    @Column(name = "judged_by", length = 200)
    private String judgedBy;

    @Column(name = "judged_at")
    private Instant judgedAt;

    protected EvidenceItem() {
    }

    EvidenceItem(Reconfiguration reconfiguration, int position, String criterion) {
        new Check().text(criterion, "criterion", "The item", CRITERION_MAX).orThrow();
        this.reconfiguration = reconfiguration;
        this.position = position;
        this.criterion = criterion.strip();
    }

    /** The sponsor's evidence; a judgement of the evidence before it changed no longer stands. */
    void submit(String text, Instant now) {
        new Check().optionalText(text, "evidence", "The evidence", EVIDENCE_MAX).orThrow();
        this.evidence = Check.clean(text);
        this.evidenceAt = now;
        this.judgement = null;
        this.comment = null;
        this.internal = false;
        this.judgedBy = null;
        this.judgedAt = null;
    }

    void judge(Judgement judgement, String comment, boolean internal, String by, Instant now) {
        new Check().require(judgement != null, "judgement", "Say whether the evidence is met, partly met or not met.")
                .require(judgement == null || judgement == Judgement.MET || Check.clean(comment) != null, "comment",
                        "Say what is missing when the evidence is only partly met or not met.")
                .optionalText(comment, "comment", "The comment", COMMENT_MAX).orThrow();
        this.judgement = judgement;
        this.comment = Check.clean(comment);
        this.internal = internal;
        this.judgedBy = by;
        this.judgedAt = now;
    }

    public boolean isJudged() {
        return judgement != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Reconfiguration getReconfiguration() {
        return reconfiguration;
    }

    public int getPosition() {
        return position;
    }

    public String getCriterion() {
        return criterion;
    }

    public String getEvidence() {
        return evidence;
    }

    public Instant getEvidenceAt() {
        return evidenceAt;
    }

    public Judgement getJudgement() {
        return judgement;
    }

    public String getComment() {
        return comment;
    }

    public boolean isInternal() {
        return internal;
    }

    public String getJudgedBy() {
        return judgedBy;
    }

    public Instant getJudgedAt() {
        return judgedAt;
    }
}
