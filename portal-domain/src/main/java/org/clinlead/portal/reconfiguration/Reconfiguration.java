package org.clinlead.portal.reconfiguration;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clinlead.portal.interests.PanelSeat;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AimCodes;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RuleViolationException;
import org.clinlead.portal.shared.UkTime;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A proposal for a service change and its review: the case for change submitted by the sponsoring organisation, a
 * clinical review by a panel of at least three with someone from outside the organisations concerned, every item of
 * the evidence checklist judged, the panel's recommendation (with conditions), the sponsor's decision, closure.
 * The stages follow one another; each action says why it is refused where the proposal is.
 */
@Entity
@Table(name = "reconfiguration")
public class Reconfiguration {

    public static final int TITLE_MAX = 200;
    public static final int SERVICES_MAX = 2000;
    public static final int TEXT_MAX = 8000;
    public static final int DECISION_MAX = 4000;
    public static final int MAX_ORGANISATIONS = 20;
    public static final int MAX_ITEMS = 30;
    public static final int MAX_CONDITIONS = 20;
    public static final int MIN_PANEL = 3;
    public static final int MAX_PANEL = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "sponsor_id", nullable = false, updatable = false)
    private Organisation sponsor;

    @Column(nullable = false, length = SERVICES_MAX)
    private String services;

    @Column(nullable = false, length = TEXT_MAX)
    private String summary;

    @Column(length = TEXT_MAX)
    private String options;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "pathway_code")
    private Pathway pathway;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reconfiguration_aim", joinColumns = @JoinColumn(name = "reconfiguration_id"))
    @Column(name = "aim_code", nullable = false, length = 1)
    private Set<String> aims = new TreeSet<>(Set.of("E"));

    /** The aims as one column the database checks is not empty (see {@link org.clinlead.portal.shared.AimCodes#joined}). */
    @Column(name = "aim_codes", nullable = false, length = 5)
    private String aimCodes = "E";

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "reconfiguration_organisation", joinColumns = @JoinColumn(name = "reconfiguration_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> affected = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage = Stage.SUBMITTED;

    @Column(name = "submitted_by", nullable = false, length = 100, updatable = false)
    private String submittedBy;

    @Column(name = "submitter_name", nullable = false, length = 200, updatable = false)
    private String submitterName;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "review_started_at")
    private Instant reviewStartedAt;

    @Column(name = "recommended_at")
    private Instant recommendedAt;

    @Column(name = "decision_recorded_at")
    private Instant decisionRecordedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Recommendation recommendation;

    @Column(length = TEXT_MAX)
    private String rationale;

    @Column(length = DECISION_MAX)
    private String decision;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "reconfiguration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReviewPanelMember> panel = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "reconfiguration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EvidenceItem> items = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "reconfiguration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Condition> conditions = new ArrayList<>();

    protected Reconfiguration() {
    }

    /** What the sponsor proposes and why. */
    public record CaseForChange(String title, String services, String summary, String options, Collection<String> aims) {
    }

    /** A case for change submitted by {@code sponsor}, with the default evidence checklist. */
    public Reconfiguration(CaseForChange c, Organisation sponsor, Collection<Organisation> affected, Pathway pathway,
            String submittedBy, String submitterName, Instant now) {
        new Check().text(c.title(), "title", "The title", TITLE_MAX)
                .text(c.services(), "services", "The list of services and sites concerned", SERVICES_MAX)
                .text(c.summary(), "summary", "The case for change", TEXT_MAX)
                .optionalText(c.options(), "options", "The options", TEXT_MAX)
                .require(sponsor != null, "sponsorId", "Choose the sponsoring organisation.")
                .require(affected == null || affected.size() <= MAX_ORGANISATIONS, "affected",
                        "Name at most " + MAX_ORGANISATIONS + " organisations affected.")
                .orThrow();
        this.title = c.title().strip();
        this.services = c.services().strip();
        this.summary = c.summary().strip();
        this.options = Check.clean(c.options());
        this.sponsor = sponsor;
        if (affected != null) {
            this.affected.addAll(affected);
        }
        this.pathway = pathway;
        this.aims.clear();
        this.aims.addAll(AimCodes.of(c.aims(), "E"));
        this.aimCodes = AimCodes.joined(this.aims);
        this.submittedBy = submittedBy;
        this.submitterName = submitterName;
        this.submittedAt = now;
        this.changedAt = now;
        for (String criterion : EvidenceItem.DEFAULTS) {
            items.add(new EvidenceItem(this, items.size() + 1, criterion));
        }
    }

    /** The sponsor and the organisations affected: where a panel member's interest matters, and who is "inside". */
    public Set<Long> concernedOrganisationIds() {
        Set<Long> ids = new HashSet<>();
        ids.add(sponsor.getId());
        affected.forEach(o -> ids.add(o.getId()));
        return ids;
    }

    /** Why {@code members} chaired by {@code chair} cannot be this proposal's panel (empty when they can). */
    public List<String> panelBlockers(List<Clinician> members, Clinician chair) {
        List<String> blockers = new ArrayList<>(PanelSeat.compositionBlockers(members, chair, MIN_PANEL, MAX_PANEL,
                "A clinical review panel"));
        Set<Long> inside = concernedOrganisationIds();
        if (members.stream().allMatch(m -> m.getOrganisation() != null && inside.contains(m.getOrganisation().getId()))) {
            blockers.add("At least one member of the panel comes from outside the organisations concerned "
                    + "(a regional or national clinical lead).");
        }
        return blockers;
    }

    /**
     * Sets the clinical review panel; the first time, this opens the clinical review. Members who stay keep their
     * statements of interest.
     */
    public void setPanel(List<Clinician> members, Clinician chair, Instant now) {
        if (stage != Stage.SUBMITTED && stage != Stage.CLINICAL_REVIEW) {
            throw new RuleViolationException("The panel is set before its recommendation; this proposal is at "
                    + stage.label().toLowerCase(Locale.ROOT) + ".");
        }
        List<String> blockers = panelBlockers(members, chair);
        if (!blockers.isEmpty()) {
            throw new InvalidInputException("panel", blockers.get(0));
        }
        Set<Long> chosen = new HashSet<>();
        members.forEach(m -> chosen.add(m.getId()));
        panel.removeIf(p -> !chosen.contains(p.getClinician().getId()));
        for (Clinician m : members) {
            if (member(m).isEmpty()) {
                panel.add(new ReviewPanelMember(this, m));
            }
        }
        panel.forEach(p -> p.setChair(p.is(chair)));
        if (stage == Stage.SUBMITTED) {
            stage = Stage.CLINICAL_REVIEW;
            reviewStartedAt = now;
        }
        changedAt = now;
    }

    public Optional<ReviewPanelMember> member(Clinician who) {
        return panel.stream().filter(p -> p.is(who)).findFirst();
    }

    public Optional<ReviewPanelMember> chair() {
        return panel.stream().filter(ReviewPanelMember::isChair).findFirst();
    }

    /** A panel member's statement of how their live declared {@code interests} are managed. */
    public void stateInterest(Clinician who, List<String> interests, String handling, Instant now) {
        ReviewPanelMember m = member(who).orElseThrow(() -> new RuleViolationException(
                "Only the members of the clinical review panel state an interest on it."));
        if (stage != Stage.CLINICAL_REVIEW) {
            throw new RuleViolationException("Interests are stated during the clinical review.");
        }
        m.state(interests, handling, now);
        changedAt = now;
    }

    /** A member with an interest they would rather not manage leaves the panel (the chair is replaced instead). */
    public void stepDown(Clinician who, Instant now) {
        ReviewPanelMember m = member(who).orElseThrow(() -> new RuleViolationException(
                "Only a member of the clinical review panel can step down from it."));
        if (stage != Stage.CLINICAL_REVIEW) {
            throw new RuleViolationException("Members step down during the clinical review.");
        }
        if (m.isChair()) {
            throw new RuleViolationException("The chair cannot step down: ask the medical director to choose another chair first.");
        }
        panel.remove(m);
        changedAt = now;
    }

    /** The sponsor's evidence for one item, while the panel has not yet recommended. */
    public void submitEvidence(EvidenceItem item, String text, Instant now) {
        requireOwn(item);
        if (stage != Stage.SUBMITTED && stage != Stage.CLINICAL_REVIEW) {
            throw new RuleViolationException("Evidence is submitted until the panel recommends; this proposal is at "
                    + stage.label().toLowerCase(Locale.ROOT) + ".");
        }
        item.submit(text, now);
        changedAt = now;
    }

    /** Adds an item to the checklist, while the panel has not yet recommended. */
    public EvidenceItem addItem(String criterion, Instant now) {
        if (stage != Stage.SUBMITTED && stage != Stage.CLINICAL_REVIEW) {
            throw new RuleViolationException("The checklist can change until the panel recommends.");
        }
        if (items.size() >= MAX_ITEMS) {
            throw new RuleViolationException("A checklist has at most " + MAX_ITEMS + " items.");
        }
        String name = criterion == null ? null : criterion.strip();
        if (items.stream().anyMatch(i -> i.getCriterion().equalsIgnoreCase(name))) {
            throw new InvalidInputException("criterion", "The checklist already has \"" + name + "\".");
        }
        EvidenceItem item = new EvidenceItem(this, items.size() + 1, criterion);
        items.add(item);
        changedAt = now;
        return item;
    }

    /** Why {@code who} cannot judge the evidence now, given their live declared {@code interests}. */
    public List<String> judgeBlockers(Clinician who, List<String> interests) {
        List<String> blockers = new ArrayList<>();
        Optional<ReviewPanelMember> m = member(who);
        if (stage != Stage.CLINICAL_REVIEW) {
            blockers.add("The evidence is judged during the clinical review; this proposal is at "
                    + stage.label().toLowerCase(Locale.ROOT) + ".");
        } else if (m.isEmpty()) {
            blockers.add("Only the members of the clinical review panel judge the evidence.");
        } else if (!m.get().mayTakePart(interests)) {
            blockers.add("You have a live declared interest (" + String.join("; ", interests) + "). State how it is "
                    + "managed, or step down, before you judge.");
        } else {
            List<Clinician> members = panel.stream().map(ReviewPanelMember::getClinician).toList();
            List<String> panelProblems = panelBlockers(members, chair().map(ReviewPanelMember::getClinician).orElse(null));
            if (!panelProblems.isEmpty()) {
                blockers.add("The panel is incomplete: " + panelProblems.get(0));
            }
        }
        return blockers;
    }

    /** A panel member's judgement of one item's evidence. */
    public void judge(EvidenceItem item, Clinician who, List<String> interests, Judgement judgement, String comment,
            boolean internal, Instant now) {
        requireOwn(item);
        refuseIf(judgeBlockers(who, interests));
        item.judge(judgement, comment, internal, who.getDisplayName(), now);
    }

    /** The items not yet judged, by name. */
    public List<String> unjudged() {
        return items.stream().filter(i -> !i.isJudged()).map(EvidenceItem::getCriterion).toList();
    }

    /** Why {@code who} cannot make the panel's recommendation now. */
    public List<String> recommendBlockers(Clinician who, List<String> interests) {
        List<String> blockers = new ArrayList<>(judgeBlockers(who, interests));
        if (stage == Stage.CLINICAL_REVIEW && member(who).isPresent() && !member(who).get().isChair()) {
            blockers.add(0, "The panel's chair makes its recommendation.");
        }
        List<String> open = unjudged();
        if (stage == Stage.CLINICAL_REVIEW && !open.isEmpty()) {
            blockers.add("Every item of the evidence checklist is judged before the recommendation: " + open.size()
                    + (open.size() == 1 ? " is" : " are") + " not (" + String.join(", ", open) + ").");
        }
        return blockers;
    }

    /** The chair's recommendation for the panel, with its conditions when support is conditional. */
    public void recommend(Clinician who, List<String> interests, Recommendation recommendation, String rationale,
            List<String> conditionTexts, Instant now) {
        List<String> texts = conditionTexts == null ? List.of()
                : conditionTexts.stream().map(Check::clean).filter(t -> t != null).toList();
        Check check = new Check()
                .require(recommendation != null, "recommendation", "Say whether the panel supports the proposal, supports "
                        + "it with conditions, or does not support it.")
                .text(rationale, "rationale", "The rationale", TEXT_MAX)
                .require(recommendation != Recommendation.SUPPORTED_WITH_CONDITIONS || !texts.isEmpty(), "conditions",
                        "Give at least one condition when the support is conditional.")
                .require(recommendation == Recommendation.SUPPORTED_WITH_CONDITIONS || texts.isEmpty(), "conditions",
                        "Conditions go with \"supported with conditions\".")
                .require(texts.size() <= MAX_CONDITIONS, "conditions", "Give at most " + MAX_CONDITIONS + " conditions.");
        texts.forEach(t -> check.require(t.length() <= Condition.TEXT_MAX, "conditions",
                "A condition is at most " + Condition.TEXT_MAX + " characters."));
        refuseIf(recommendBlockers(who, interests));
        check.orThrow();
        this.recommendation = recommendation;
        this.rationale = rationale.strip();
        conditions.clear();
        for (String t : texts) {
            conditions.add(new Condition(this, conditions.size() + 1, t));
        }
        this.stage = Stage.RECOMMENDATION;
        this.recommendedAt = now;
        this.changedAt = now;
    }

    /** The sponsor's decision, on the date it was taken (after the recommendation, not in the future). */
    public void recordDecision(String decision, LocalDate decidedOn, LocalDate today, Instant now) {
        if (stage != Stage.RECOMMENDATION) {
            throw new RuleViolationException(stage.ordinal() < Stage.RECOMMENDATION.ordinal()
                    ? "The sponsor's decision is recorded after the panel's recommendation; this proposal is at "
                            + stage.label().toLowerCase(Locale.ROOT) + "."
                    : "The sponsor's decision has already been recorded.");
        }
        LocalDate recommended = recommendedAt.atZone(UkTime.ZONE).toLocalDate();
        new Check().text(decision, "decision", "The decision", DECISION_MAX)
                .require(decidedOn != null, "decidedOn", "Give the date the decision was taken.")
                .require(decidedOn == null || !decidedOn.isAfter(today), "decidedOn", "The date of the decision is in the future.")
                .require(decidedOn == null || !decidedOn.isBefore(recommended), "decidedOn",
                        "The decision comes after the panel's recommendation of " + UkTime.format(recommended) + ".")
                .orThrow();
        this.decision = decision.strip();
        this.decidedOn = decidedOn;
        this.stage = Stage.DECIDED;
        this.decisionRecordedAt = now;
        this.changedAt = now;
    }

    /** Closes the review once the decision is recorded. */
    public void close(Instant now) {
        if (stage != Stage.DECIDED) {
            throw new RuleViolationException(stage == Stage.CLOSED ? "This review is already closed."
                    : "A review is closed once the sponsor's decision is recorded; this proposal is at "
                            + stage.label().toLowerCase(Locale.ROOT) + ".");
        }
        this.stage = Stage.CLOSED;
        this.closedAt = now;
        this.changedAt = now;
    }

    private void requireOwn(EvidenceItem item) {
        if (item == null || item.getReconfiguration() != this) {
            throw new InvalidInputException("itemId", "Choose an item of this proposal's checklist.");
        }
    }

    private static void refuseIf(List<String> blockers) {
        if (!blockers.isEmpty()) {
            throw new RuleViolationException(blockers.get(0));
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public Organisation getSponsor() {
        return sponsor;
    }

    public String getServices() {
        return services;
    }

    public String getSummary() {
        return summary;
    }

    public String getOptions() {
        return options;
    }

    public Pathway getPathway() {
        return pathway;
    }

    public Set<String> getAims() {
        return Collections.unmodifiableSet(aims);
    }

    public Set<Organisation> getAffected() {
        return Collections.unmodifiableSet(affected);
    }

    public Stage getStage() {
        return stage;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getSubmitterName() {
        return submitterName;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReviewStartedAt() {
        return reviewStartedAt;
    }

    public Instant getRecommendedAt() {
        return recommendedAt;
    }

    public Instant getDecisionRecordedAt() {
        return decisionRecordedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public String getRationale() {
        return rationale;
    }

    public String getDecision() {
        return decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public List<ReviewPanelMember> getPanel() {
        return Collections.unmodifiableList(panel);
    }

    public List<EvidenceItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public List<Condition> getConditions() {
        return Collections.unmodifiableList(conditions);
    }
}
