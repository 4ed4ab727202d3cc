package org.clinlead.portal.appointments;

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
import org.clinlead.portal.shared.Check;

/**
 * How a flagged panel member or approver manages their conflict with a candidate, stated before they act
 * and shown to the approver. The conflict text is kept as it read when the statement was made.
 */
@Entity
@Table(name = "conflict_statement")
public class ConflictStatement {

    public static final int STATEMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private LeadApplication application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false, updatable = false)
    private Clinician clinician;

    @Column(nullable = false, length = 1000, updatable = false)
    private String conflict;

    @Column(nullable = false, length = STATEMENT_MAX, updatable = false)
    private String statement;

    @Column(name = "stated_by", nullable = false, length = 40, updatable = false)
    private String statedBy;

    @Column(name = "stated_at", nullable = false, updatable = false)
    private Instant statedAt;

    protected ConflictStatement() {
    }

    public ConflictStatement(LeadApplication application, Clinician clinician, String conflict, String statement,
            String statedBy, Instant now) {
        new Check().text(statement, "statement", "How the conflict is managed", STATEMENT_MAX).orThrow();
        this.application = application;
        this.clinician = clinician;
        this.conflict = conflict.length() > 1000 ? conflict.substring(0, 1000) : conflict;
        this.statement = statement.strip();
        this.statedBy = statedBy;
        this.statedAt = now;
    }

    public Long getId() {
        return id;
    }

    public LeadApplication getApplication() {
        return application;
    }

    public Clinician getClinician() {
        return clinician;
    }

    public String getConflict() {
        return conflict;
    }

    public String getStatement() {
        return statement;
    }

    public String getStatedBy() {
        return statedBy;
    }

    public Instant getStatedAt() {
        return statedAt;
    }
}
