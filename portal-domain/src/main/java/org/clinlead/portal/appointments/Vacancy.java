package org.clinlead.portal.appointments;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A competitive recruitment to one lead seat: a closing date, a short summary of the role, the person
 * specification as scored criteria, and the strategic aims it serves (always including A).
 */
@Entity
@Table(name = "vacancy")
public class Vacancy {

    public static final int SUMMARY_MAX = 2000;
    public static final int MAX_CRITERIA = 8;
    public static final String AIM = "A";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seat_id", nullable = false, updatable = false)
    private LeadSeat seat;

    @Column(name = "closing_date", nullable = false)
    private LocalDate closingDate;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VacancyStatus status;

    @Column(name = "outcome_note", length = 1000)
    private String outcomeNote;

    @Column(name = "opened_by", nullable = false, length = 40, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "vacancy", cascade = CascadeType.PERSIST)
    @OrderBy("order")
    private List<Criterion> criteria = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "vacancy_aim", joinColumns = @JoinColumn(name = "vacancy_id"))
    @Column(name = "aim_code", length = 1)
    private Set<String> aims = new TreeSet<>();

    /** The aims as one column the database checks is not empty (see {@link org.clinlead.portal.shared.AimCodes#joined}). */
    @Column(name = "aim_codes", nullable = false, length = 5)
    private String aimCodes;

    protected Vacancy() {
    }

    /**
     * Opens a vacancy. The closing date must be after today; there must be one to {@value #MAX_CRITERIA}
     * distinct criteria; aim A is always among the aims.
     */
    public static Vacancy open(LeadSeat seat, LocalDate closingDate, String summary, List<String> criteria,
            Set<String> aims, String openedBy, LocalDate today, Instant now) {
        List<String> names = criteria == null ? List.of()
                : criteria.stream().map(Check::clean).filter(java.util.Objects::nonNull).toList();
        new Check().require(closingDate != null, "closingDate", "Give the closing date for applications.")
                .require(closingDate == null || closingDate.isAfter(today), "closingDate",
                        "The closing date must be after today.")
                .require(closingDate == null || !closingDate.isAfter(today.plusYears(1)), "closingDate",
                        "The closing date must be within a year.")
                .text(summary, "summary", "The summary of the role", SUMMARY_MAX)
                .require(!names.isEmpty(), "criteria", "Give at least one criterion candidates are scored against.")
                .require(names.size() <= MAX_CRITERIA, "criteria", "Give at most " + MAX_CRITERIA + " criteria.")
                .require(names.stream().allMatch(n -> n.length() <= Criterion.NAME_MAX), "criteria",
                        "Keep each criterion under " + Criterion.NAME_MAX + " characters.")
                .require(names.stream().map(String::toLowerCase).distinct().count() == names.size(), "criteria",
                        "Each criterion must be different.")
                .orThrow();
        Vacancy v = new Vacancy();
        v.seat = seat;
        v.closingDate = closingDate;
        v.summary = summary.strip();
        v.status = VacancyStatus.OPEN;
        v.openedBy = openedBy;
        v.openedAt = now;
        for (int i = 0; i < names.size(); i++) {
            v.criteria.add(new Criterion(v, i + 1, names.get(i)));
        }
        v.aims.add(AIM);
        if (aims != null) {
            v.aims.addAll(aims);
        }
        v.aimCodes = org.clinlead.portal.shared.AimCodes.joined(v.aims);
        return v;
    }

    /** Whether a candidate may still apply on {@code date}: the vacancy is open and the closing date not passed. */
    public boolean isTakingApplicationsOn(LocalDate date) {
        return status == VacancyStatus.OPEN && !date.isAfter(closingDate);
    }

    /**
     * The panel rules, checked when the panel is set: the vacancy is open; at least {@link PanelMember#MIN_SIZE}
     * different members, the chair among them; nobody who applied ({@code applicantsAmongThem}, by name); and
     * the panel is fixed once scoring has started.
     */
    public void checkPanel(Set<Long> memberIds, Long chairId, List<String> applicantsAmongThem, boolean scoringStarted) {
        requireOpen();
        new Check().require(memberIds.size() >= PanelMember.MIN_SIZE, "memberIds", "A panel needs at least "
                + PanelMember.MIN_SIZE + " different members.").orThrow();
        new Check().require(chairId != null && memberIds.contains(chairId), "chairId",
                "Choose the chair from among the panel members.").orThrow();
        if (!applicantsAmongThem.isEmpty()) {
            throw new RuleViolationException(String.join(", ", applicantsAmongThem) + " applied for this vacancy, so cannot "
                    + "sit on its panel.");
        }
        if (scoringStarted) {
            throw new RuleViolationException("Scoring has started, so the panel can no longer change.");
        }
    }

    public void requireOpen() {
        if (status != VacancyStatus.OPEN) {
            throw new RuleViolationException("This vacancy is " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + "; nothing more can be done on it.");
        }
    }

    void fill() {
        requireOpen();
        status = VacancyStatus.FILLED;
    }

    /** The chair closes the recruitment without recommending anyone. */
    public void closeWithoutAppointment(String note) {
        requireOpen();
        new Check().text(note, "reason", "The reason", 1000).orThrow();
        status = VacancyStatus.NO_APPOINTMENT;
        outcomeNote = note.strip();
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

    public LocalDate getClosingDate() {
        return closingDate;
    }

    public String getSummary() {
        return summary;
    }

    public VacancyStatus getStatus() {
        return status;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public List<Criterion> getCriteria() {
        return criteria;
    }

    public Set<String> getAims() {
        return aims;
    }
}
