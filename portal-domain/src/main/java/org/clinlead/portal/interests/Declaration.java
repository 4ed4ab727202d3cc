package org.clinlead.portal.interests;

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
import java.time.LocalDate;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * One entry in a clinician's declarations: either an interest (type, the organisation or outside body
 * concerned, description, from/to dates, the action taken to manage it) or a nil return for a year —
 * "nothing to declare" is a declaration too. Entries are amended or ended, never deleted; each change
 * leaves a {@link DeclarationRevision}.
 */
@Entity
@Table(name = "declaration")
public class Declaration {

    public static final int TEXT_MAX = 1000;
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false, updatable = false)
    private Clinician clinician;

    @Column(name = "nil_return", nullable = false, updatable = false)
    private boolean nilReturn;

    @Column(name = "declaration_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "interest_type", length = 40)
    private InterestType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "outside_body", length = NAME_MAX)
    private String outsideBody;

    @Column(name = "related_person", length = NAME_MAX)
    private String relatedPerson;

    @Column(length = TEXT_MAX)
    private String description;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "action_taken", length = TEXT_MAX)
    private String actionTaken;

    @Column(nullable = false)
    private boolean withheld;

    @Column(name = "withheld_reason", length = TEXT_MAX)
    private String withheldReason;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected Declaration() {
    }

    /** A nil return: the clinician has nothing to declare in {@code year}. */
    public static Declaration nilReturn(Clinician clinician, int year, Instant now) {
        Declaration d = new Declaration();
        d.clinician = clinician;
        d.nilReturn = true;
        d.year = year;
        d.declaredAt = now;
        return d;
    }

    /** An interest, checked as a whole: every problem is reported at once. */
    public static Declaration interest(Clinician clinician, InterestDetails details, Instant now) {
        Declaration d = new Declaration();
        d.clinician = clinician;
        d.nilReturn = false;
        d.declaredAt = now;
        d.describe(details);
        return d;
    }

    /** Replaces what the interest says; a nil return has nothing to amend. */
    public final void describe(InterestDetails details) {
        if (nilReturn) {
            throw new RuleViolationException("A nil return cannot be amended; declare the interest instead.");
        }
        details.check();
        this.type = details.type();
        this.organisation = details.organisation();
        this.outsideBody = Check.clean(details.outsideBody());
        this.relatedPerson = Check.clean(details.relatedPerson());
        this.description = details.description().strip();
        this.fromDate = details.fromDate();
        this.toDate = details.toDate();
        this.actionTaken = details.actionTaken().strip();
        this.year = details.fromDate().getYear();
    }

    /** The interest has ended on {@code on}; it stays on record (and on the public register for six months). */
    public void end(LocalDate on) {
        if (nilReturn) {
            throw new RuleViolationException("A nil return does not end; make a new declaration next year.");
        }
        new Check().require(on != null, "toDate", "Give the date the interest ended.")
                .require(on == null || !on.isBefore(fromDate), "toDate", "The end date cannot be before the start date.")
                .orThrow();
        this.toDate = on;
    }

    /** Keeps the entry off the public register; the reason is for administrators only. */
    public void withhold(String reason) {
        new Check().text(reason, "reason", "The reason for withholding", TEXT_MAX).orThrow();
        this.withheld = true;
        this.withheldReason = reason.strip();
    }

    public void publish() {
        this.withheld = false;
        this.withheldReason = null;
    }

    /** Whether the interest is in force on {@code date} (a nil return never is). */
    public boolean isLiveOn(LocalDate date) {
        return !nilReturn && !fromDate.isAfter(date) && (toDate == null || !toDate.isBefore(date));
    }

    /** The entry as one line, for the revision history and the audit log. */
    public String summary() {
        if (nilReturn) {
            return "Nil return for " + year;
        }
        return type.label() + " — " + (organisation != null ? organisation.getName() : outsideBody)
                + (relatedPerson == null ? "" : " (through " + relatedPerson + ")") + ": " + description
                + " [" + fromDate + " to " + (toDate == null ? "date" : toDate.toString()) + "; action: " + actionTaken + "]"
                + (withheld ? " WITHHELD" : "");
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Clinician getClinician() {
        return clinician;
    }

    public boolean isNilReturn() {
        return nilReturn;
    }

    public int getYear() {
        return year;
    }

    public InterestType getType() {
        return type;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getOutsideBody() {
        return outsideBody;
    }

    public String getRelatedPerson() {
        return relatedPerson;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public boolean isWithheld() {
        return withheld;
    }

    public String getWithheldReason() {
        return withheldReason;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
