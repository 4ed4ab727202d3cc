package org.clinlead.portal.boards;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An item on a meeting's agenda: title, purpose, presenter, the strategic aims it serves (at least one),
 * the organisations it concerns (which is how conflicts are found), public or confidential; and at the
 * meeting, the discussion and — for a decision item — the decision and any vote.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Column(name = "display_order", nullable = false)
    private int order;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(nullable = false, length = 200)
    private String presenter;

    @Column(nullable = false)
    private boolean confidential;

    @Column(length = TEXT_MAX)
    private String discussion;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ItemOutcome outcome;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    @Column(name = "votes_abstaining")
    private Integer votesAbstaining;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "agenda_item_aim", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "aim_code", length = 1)
    private Set<String> aims = new TreeSet<>();

    /** The aims as one column the database checks is not empty (see {@link org.clinlead.portal.shared.AimCodes#joined}). */
    @Column(name = "aim_codes", nullable = false, length = 5)
    private String aimCodes;

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany
    @JoinTable(name = "agenda_item_organisation", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisations = new LinkedHashSet<>();

    protected AgendaItem() {
    }

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cquin_contract_id")
    private org.clinlead.portal.commissioning.CquinContract cquinContract;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cquin_indicator_id")
    private org.clinlead.portal.commissioning.QualityIndicator cquinIndicator;

    /** The record elsewhere in the portal the item was put forward from, as a notice link is kept ({@code project:12}). */
    @Column(name = "source_link", length = 60, updatable = false)
    private String sourceLink;

    public AgendaItem(Meeting meeting, int order, String title, Purpose purpose, String presenter, boolean confidential,
            Set<String> aims, Set<Organisation> organisations, Instant now) {
        new Check().text(title, "title", "The item's title", 300)
                .require(purpose != null, "purpose", "Say what the item is for: decision, assurance, discussion or information.")
                .text(presenter, "presenter", "The presenter", 200)
                .require(aims != null && !aims.isEmpty(), "aims", "Tag the item with at least one of the strategy's aims.")
                .orThrow();
        meeting.requireAgendaOpen(now);
        this.meeting = meeting;
        this.order = order;
        this.title = title.strip();
        this.purpose = purpose;
        this.presenter = presenter.strip();
        this.confidential = confidential;
        this.aims.addAll(aims);
        this.aimCodes = org.clinlead.portal.shared.AimCodes.joined(this.aims);
        if (organisations != null) {
            this.organisations.addAll(organisations);
        }
        this.addedAt = now;
    }

    void moveTo(int position) {
        this.order = position;
    }

    /** Records the discussion; for a decision item, the decision and the vote if one was taken. */
    public void record(String discussion, ItemOutcome outcome, Integer votesFor, Integer votesAgainst,
            Integer votesAbstaining, Instant now) {
        if (!meeting.hasStarted(now)) {
            throw new RuleViolationException("The meeting has not started yet; its record is written at or after it.");
        }
        if (outcome != null && purpose != Purpose.DECISION) {
            throw new RuleViolationException("This item is " + purpose.label().toLowerCase(java.util.Locale.ROOT)
                    + ", so no decision can be recorded on it; record the discussion instead.");
        }
        new Check().optionalText(discussion, "discussion", "The discussion summary", TEXT_MAX)
                .require(votesFor == null || votesFor >= 0, "votesFor", "Votes cannot be negative.")
                .require(votesAgainst == null || votesAgainst >= 0, "votesAgainst", "Votes cannot be negative.")
                .require(votesAbstaining == null || votesAbstaining >= 0, "votesAbstaining", "Votes cannot be negative.")
                .require(outcome != null || votesFor == null && votesAgainst == null && votesAbstaining == null, "outcome",
                        "Record the decision the vote led to.")
                .orThrow();
        this.discussion = Check.clean(discussion);
        this.outcome = outcome;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.votesAbstaining = votesAbstaining;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getOrder() {
        return order;
    }

    public String getTitle() {
        return title;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getPresenter() {
        return presenter;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public String getDiscussion() {
        return discussion;
    }

    public ItemOutcome getOutcome() {
        return outcome;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public Integer getVotesAbstaining() {
        return votesAbstaining;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public Set<String> getAims() {
        return aims;
    }

    public Set<Organisation> getOrganisations() {
        return organisations;
    }

    /**
     * Links the item to a CQUIN scheme, or to one of its indicators (which names its scheme too), so the board
     * reads the scheme it discusses. An indicator of another scheme than the one named is refused.
     */
    public void linkTo(org.clinlead.portal.commissioning.CquinContract contract,
            org.clinlead.portal.commissioning.QualityIndicator indicator) {
        if (contract != null && indicator != null && !indicator.getContract().getId().equals(contract.getId())) {
            throw new org.clinlead.portal.shared.InvalidInputException("cquinIndicatorId", "The indicator \""
                    + indicator.getName() + "\" belongs to another scheme than " + contract.getReference() + ".");
        }
        this.cquinIndicator = indicator;
        this.cquinContract = indicator != null ? indicator.getContract() : contract;
    }

    public org.clinlead.portal.commissioning.CquinContract getCquinContract() {
        return cquinContract;
    }

    public org.clinlead.portal.commissioning.QualityIndicator getCquinIndicator() {
        return cquinIndicator;
    }

    /** Names the record elsewhere in the portal the item was put forward from, in a notice link's stored form. */
    public void putForwardFrom(String link) {
        this.sourceLink = link;
    }

    public String getSourceLink() {
        return sourceLink;
    }
}
