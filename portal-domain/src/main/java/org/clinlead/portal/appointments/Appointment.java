package org.clinlead.portal.appointments;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A senior clinical lead in a seat for a fixed term (three years by default): renewed at most once, ended
 * early with a reason, or run out. While its term runs, the seat is filled and the lead is in the
 * Clinical Advisory Group.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    public static final int TERM_YEARS = 3;
    public static final int MAX_RENEWALS = 1;
    public static final int REASON_MAX = 2000;
    /** Reminders go to the lead and the medical directors this many days before the term ends. */
    public static final int[] REMINDER_DAYS = {90, 30};

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seat_id", nullable = false, updatable = false)
    private LeadSeat seat;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false, updatable = false)
    private Clinician clinician;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Route route;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "application_id", updatable = false)
    private LeadApplication application;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;

    @Column(nullable = false)
    private int renewals;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind", length = 20)
    private EndKind endKind;

    @Column(name = "end_reason", length = REASON_MAX)
    private String endReason;

    @Column(name = "recorded_by", nullable = false, length = 40, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "appointment_aim", joinColumns = @JoinColumn(name = "appointment_id"))
    @Column(name = "aim_code", length = 1)
    private Set<String> aims = new TreeSet<>();

    /** The aims as one column the database checks is not empty (see {@link org.clinlead.portal.shared.AimCodes#joined}). */
    @Column(name = "aim_codes", nullable = false, length = 5)
    private String aimCodes;

    protected Appointment() {
    }

    static Appointment competitive(LeadSeat seat, Clinician clinician, LeadApplication application, LocalDate termStart,
            Set<String> aims, String recordedBy, Instant now) {
        Appointment a = new Appointment(seat, clinician, Route.COMPETITIVE, termStart, recordedBy, now);
        a.application = application;
        a.aims.addAll(aims);
        a.aimCodes = org.clinlead.portal.shared.AimCodes.joined(a.aims);
        return a;
    }

    /** One of the eleven leads kept from the national service review: recorded by an administrator, no panel. */
    public static Appointment nsr(LeadSeat seat, Clinician clinician, LocalDate termStart, String recordedBy, Instant now) {
        new Check().require(termStart != null, "termStart", "Give the date the term starts.").orThrow();
        return new Appointment(seat, clinician, Route.NSR, termStart, recordedBy, now);
    }

    private Appointment(LeadSeat seat, Clinician clinician, Route route, LocalDate termStart, String recordedBy,
            Instant now) {
        this.seat = seat;
        this.clinician = clinician;
        this.route = route;
        this.termStart = termStart;
        this.termEnd = termEndFor(termStart);
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        this.aims.add(Vacancy.AIM);
        this.aimCodes = org.clinlead.portal.shared.AimCodes.joined(this.aims);
    }

    /** A term of {@value #TERM_YEARS} years: starting 1 April 2026, it ends on 31 March 2029. */
    public static LocalDate termEndFor(LocalDate start) {
        return start.plusYears(TERM_YEARS).minusDays(1);
    }

    /** Whether the lead is in post on {@code date}: the term has started, not run out, and not been ended early. */
    public boolean isInPostOn(LocalDate date) {
        return !termStart.isAfter(date) && !lastDay().isBefore(date);
    }

    /** The last day in post: the term end, or the day it was ended early. */
    public LocalDate lastDay() {
        return endedOn != null ? endedOn : termEnd;
    }

    /** Days from {@code today} to the end of the term (negative once it has ended). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, lastDay());
    }

    /** Whether the term ends within the next 90 days — the roster's "ending soon". */
    public boolean isEndingSoon(LocalDate today) {
        return isInPostOn(today) && daysLeft(today) <= REMINDER_DAYS[0];
    }

    /**
     * The reminder that should have gone out by {@code today}: 30 once the term is within 30 days of its end,
     * 90 once within 90, otherwise 0. A threshold rather than an exact day, so a day the server was down
     * does not lose a reminder; the sender keeps each one to once per term end.
     */
    public int reminderDueOn(LocalDate today) {
        if (!isInPostOn(today) || endedOn != null) {
            return 0;
        }
        long left = daysLeft(today);
        for (int i = REMINDER_DAYS.length - 1; i >= 0; i--) {
            if (left <= REMINDER_DAYS[i]) {
                return REMINDER_DAYS[i];
            }
        }
        return 0;
    }

    /** Renews the term once, for another {@value #TERM_YEARS} years from its current end. */
    public void renew(LocalDate today) {
        requireInPost(today, "renewed");
        if (renewals >= MAX_RENEWALS) {
            throw new RuleViolationException("This term has already been renewed once; a lead serves at most two terms. "
                    + "Open a vacancy for the seat instead.");
        }
        renewals++;
        termEnd = termEnd.plusYears(TERM_YEARS);
    }

    /** Ends the term early — resignation or removal — with a reason. */
    public void endEarly(LocalDate on, EndKind kind, String reason, LocalDate today) {
        requireInPost(today, "ended");
        new Check().require(on != null, "on", "Give the last day in post.")
                .require(on == null || !on.isBefore(termStart), "on", "The last day cannot be before the term started.")
                .require(on == null || !on.isAfter(termEnd), "on", "The last day cannot be after the term ends.")
                .require(kind != null, "kind", "Say whether this is a resignation or a removal.")
                .text(reason, "reason", "The reason", REASON_MAX)
                .orThrow();
        endedOn = on;
        endKind = kind;
        endReason = reason.strip();
    }

    private void requireInPost(LocalDate today, String what) {
        if (endedOn != null) {
            throw new RuleViolationException("This appointment was ended on " + endedOn + "; it cannot be " + what + ".");
        }
        if (termEnd.isBefore(today)) {
            throw new RuleViolationException("This term ran out on " + termEnd + "; it cannot be " + what + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public LeadSeat getSeat() {
        return seat;
    }

    public Clinician getClinician() {
        return clinician;
    }

    public Route getRoute() {
        return route;
    }

    public LeadApplication getApplication() {
        return application;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public int getRenewals() {
        return renewals;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public EndKind getEndKind() {
        return endKind;
    }

    public String getEndReason() {
        return endReason;
    }

    public Set<String> getAims() {
        return aims;
    }
}
