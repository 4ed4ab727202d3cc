package org.clinlead.portal.assurance;

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
import java.util.Map;
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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * The clinical assurance of a strategic plan or a region-wide transformation programme: the plan (a PDF), a panel of
 * at least three senior clinical leads with a chair, conflict-screened against the organisation reviewed; every
 * member rates every criterion; the chair concludes with an assurance level and recommendations.
 */
@Entity
@Table(name = "assurance_review")
public class AssuranceReview {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 8000;
    public static final int MIN_PANEL = 3;
    public static final int MAX_PANEL = 12;
    public static final int MAX_CRITERIA = 20;
    public static final int MAX_RECOMMENDATIONS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_subject", nullable = false, length = 30, updatable = false)
    private ReviewSubject subject;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "period_start", nullable = false)
    private int periodStart;

    @Column(name = "period_end", nullable = false)
    private int periodEnd;

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "assurance_review_pathway", joinColumns = @JoinColumn(name = "review_id"),
            inverseJoinColumns = @JoinColumn(name = "pathway_code"))
    private Set<Pathway> pathways = new LinkedHashSet<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assurance_review_aim", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "aim_code", nullable = false, length = 1)
    private Set<String> aims = new TreeSet<>(Set.of("D"));

    /** The aims as one column the database checks is not empty (see {@link org.clinlead.portal.shared.AimCodes#joined}). */
    @Column(name = "aim_codes", nullable = false, length = 5)
    private String aimCodes = "D";

    @Column(name = "plan_file_name", length = 200)
    private String planFileName;

    @Column(name = "plan_sha256", length = 64)
    private String planSha256;

    @Column(name = "plan_size_bytes")
    private Long planSizeBytes;

    @Column(name = "plan_uploaded_at")
    private Instant planUploadedAt;

    @Column(name = "opened_by", nullable = false, length = 200, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "assurance_level", length = 20)
    private AssuranceLevel level;

    @Column(name = "conclusion", length = SUMMARY_MAX)
    private String conclusion;

    @Column(name = "concluded_at")
    private Instant concludedAt;

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<AssurancePanelMember> panel = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReviewCriterion> criteria = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AssuranceRecommendation> recommendations = new ArrayList<>();

    protected AssuranceReview() {
    }

    /** What is reviewed. */
    public record Scope(ReviewSubject subject, String title, Organisation organisation, Integer periodStart, Integer periodEnd,
            Collection<Pathway> pathways, Collection<String> aims) {
    }

    /** A review opened by the regional team, with the default criteria. */
    public AssuranceReview(Scope s, String openedBy, Instant now) {
        new Check().require(s.subject() != null, "subject", "Say whether a strategic plan or a region-wide programme is reviewed.")
                .text(s.title(), "title", "The title", TITLE_MAX)
                .require(s.organisation() != null, "organisationId", "Choose the organisation whose plan is reviewed.")
                .require(s.periodStart() != null && s.periodStart() >= 2000 && s.periodStart() <= 2100, "periodStart",
                        "Give the first year of the plan's period, for example 2026 for 2026/27.")
                .require(s.periodEnd() != null && s.periodStart() != null && s.periodEnd() >= s.periodStart()
                        && s.periodEnd() <= s.periodStart() + 10, "periodEnd",
                        "The plan's period ends in or after the year it starts, within ten years.")
                .orThrow();
        this.subject = s.subject();
        this.title = s.title().strip();
        this.organisation = s.organisation();
        this.periodStart = s.periodStart();
        this.periodEnd = s.periodEnd();
        if (s.pathways() != null) {
            this.pathways.addAll(s.pathways());
        }
        this.aims.clear();
        this.aims.addAll(AimCodes.of(s.aims(), "D"));
        this.aimCodes = AimCodes.joined(this.aims);
        this.openedBy = openedBy;
        this.openedAt = now;
        this.changedAt = now;
        for (String name : ReviewCriterion.DEFAULTS) {
            criteria.add(new ReviewCriterion(this, criteria.size() + 1, name));
        }
    }

    /** The plan as submitted (a PDF checked by its content), while the review is open. */
    public void attachPlan(String fileName, String sha256, long size, Instant now) {
        requireOpen("The plan is replaced while the review is open.");
        this.planFileName = fileName;
        this.planSha256 = sha256;
        this.planSizeBytes = size;
        this.planUploadedAt = now;
        this.changedAt = now;
    }

    public boolean isOpen() {
        return level == null;
    }

    /** Why {@code members} with {@code chair} cannot be the panel. */
    public static List<String> panelBlockers(List<Clinician> members, Clinician chair) {
        return PanelSeat.compositionBlockers(members, chair, MIN_PANEL, MAX_PANEL, "A clinical panel");
    }

    /** Sets the panel; members who stay keep their statements and ratings, those who leave take theirs with them. */
    public void setPanel(List<Clinician> members, Clinician chair, Instant now) {
        requireOpen("The panel is set while the review is open.");
        List<String> blockers = panelBlockers(members, chair);
        if (!blockers.isEmpty()) {
            throw new InvalidInputException("panel", blockers.get(0));
        }
        Set<Long> chosen = new HashSet<>();
        members.forEach(m -> chosen.add(m.getId()));
        for (AssurancePanelMember m : List.copyOf(panel)) {
            if (!chosen.contains(m.getClinician().getId())) {
                criteria.forEach(c -> c.forget(m.getClinician()));
                panel.remove(m);
            }
        }
        for (Clinician c : members) {
            if (member(c).isEmpty()) {
                panel.add(new AssurancePanelMember(this, c));
            }
        }
        panel.forEach(p -> p.setChair(p.is(chair)));
        changedAt = now;
    }

    public Optional<AssurancePanelMember> member(Clinician who) {
        return panel.stream().filter(p -> p.is(who)).findFirst();
    }

    public Optional<AssurancePanelMember> chair() {
        return panel.stream().filter(AssurancePanelMember::isChair).findFirst();
    }

    public void stateInterest(Clinician who, List<String> interests, String handling, Instant now) {
        AssurancePanelMember m = member(who).orElseThrow(() -> new RuleViolationException(
                "Only the members of the clinical panel state an interest on it."));
        requireOpen("Interests are stated while the review is open.");
        m.state(interests, handling, now);
        changedAt = now;
    }

    /** A member with an interest they would rather not manage leaves the panel; their ratings go with them. */
    public void stepDown(Clinician who, Instant now) {
        AssurancePanelMember m = member(who).orElseThrow(() -> new RuleViolationException(
                "Only a member of the clinical panel can step down from it."));
        requireOpen("Members step down while the review is open.");
        if (m.isChair()) {
            throw new RuleViolationException("The chair cannot step down: ask the medical director to choose another chair first.");
        }
        criteria.forEach(c -> c.forget(who));
        panel.remove(m);
        changedAt = now;
    }

    public ReviewCriterion addCriterion(String name, Instant now) {
        requireOpen("The criteria change while the review is open.");
        if (criteria.size() >= MAX_CRITERIA) {
            throw new RuleViolationException("A review has at most " + MAX_CRITERIA + " criteria.");
        }
        String n = name == null ? null : name.strip();
        if (criteria.stream().anyMatch(c -> c.getName().equalsIgnoreCase(n))) {
            throw new InvalidInputException("criterion", "The review already has \"" + n + "\".");
        }
        ReviewCriterion c = new ReviewCriterion(this, criteria.size() + 1, name);
        criteria.add(c);
        changedAt = now;
        return c;
    }

    /** Why {@code who} cannot rate now, given their live declared {@code interests} in the organisation reviewed. */
    public List<String> rateBlockers(Clinician who, List<String> interests) {
        List<String> blockers = new ArrayList<>();
        Optional<AssurancePanelMember> m = member(who);
        if (!isOpen()) {
            blockers.add("The review is concluded: ratings are closed.");
        } else if (m.isEmpty()) {
            blockers.add("Only the members of the clinical panel rate the plan.");
        } else if (!m.get().mayTakePart(interests)) {
            blockers.add("You have a live declared interest (" + String.join("; ", interests) + "). State how it is managed, "
                    + "or step down, before you rate.");
        } else if (planSha256 == null) {
            blockers.add("The plan has not been attached yet: ratings wait for it.");
        } else {
            List<String> panelProblems = panelBlockers(panel.stream().map(AssurancePanelMember::getClinician).toList(),
                    chair().map(AssurancePanelMember::getClinician).orElse(null));
            if (!panelProblems.isEmpty()) {
                blockers.add("The panel is incomplete: " + panelProblems.get(0));
            }
        }
        return blockers;
    }

    public void rate(ReviewCriterion criterion, Clinician who, List<String> interests, Rag rag, String comment, Instant now) {
        if (criterion == null || criterion.getReview() != this) {
            throw new InvalidInputException("criterionId", "Choose a criterion of this review.");
        }
        refuseIf(rateBlockers(who, interests));
        criterion.rate(who, rag, comment, now);
    }

    /** The ratings still missing before the conclusion, in words per member (empty when every member rated everything). */
    public List<String> missingRatings() {
        List<String> missing = new ArrayList<>();
        for (AssurancePanelMember m : panel) {
            long left = criteria.stream().filter(c -> c.ratingBy(m.getClinician()).isEmpty()).count();
            if (left > 0) {
                missing.add(m.getClinician().getDisplayName() + " has " + left + (left == 1 ? " criterion" : " criteria") + " to rate");
            }
        }
        return missing;
    }

    /** Why {@code who} cannot conclude the review now. */
    public List<String> concludeBlockers(Clinician who, List<String> interests) {
        List<String> blockers = new ArrayList<>(rateBlockers(who, interests));
        if (isOpen() && member(who).isPresent() && !member(who).get().isChair()) {
            blockers.add(0, "The panel's chair concludes the review.");
        }
        List<String> missing = missingRatings();
        if (isOpen() && !missing.isEmpty()) {
            blockers.add("Every member rates every criterion before the conclusion: " + String.join("; ", missing) + ".");
        }
        return blockers;
    }

    /** The chair's conclusion: the assurance level, in words, and recommendations (at least one short of full assurance). */
    public void conclude(Clinician who, List<String> interests, AssuranceLevel level, String conclusion,
            List<AssuranceRecommendation.Draft> drafts, Map<String, String> ownerNames, LocalDate today, Instant now) {
        List<AssuranceRecommendation.Draft> list = drafts == null ? List.of() : drafts;
        Check check = new Check()
                .require(level != null, "level", "Give the panel's assurance level: full, significant, limited or no assurance.")
                .text(conclusion, "conclusion", "The conclusion", SUMMARY_MAX)
                .require(level == null || level == AssuranceLevel.FULL || !list.isEmpty(), "recommendations",
                        "Give at least one recommendation when assurance is short of full.")
                .require(list.size() <= MAX_RECOMMENDATIONS, "recommendations",
                        "Give at most " + MAX_RECOMMENDATIONS + " recommendations.");
        for (AssuranceRecommendation.Draft d : list) {
            check.require(d != null && Check.clean(d.text()) != null && d.text().length() <= AssuranceRecommendation.TEXT_MAX,
                    "recommendations", "Each recommendation says what is to be done (up to " + AssuranceRecommendation.TEXT_MAX
                            + " characters).")
                    .require(d != null && d.owner() != null && ownerNames.containsKey(d.owner().strip()), "recommendations",
                            "Each recommendation has an owner: a person with an account in the portal.")
                    .require(d != null && d.dueOn() != null && d.dueOn().isAfter(today) && !d.dueOn().isAfter(today.plusYears(3)),
                            "recommendations", "Each recommendation is due after today, within three years.");
        }
        refuseIf(concludeBlockers(who, interests));
        check.orThrow();
        this.level = level;
        this.conclusion = conclusion.strip();
        for (AssuranceRecommendation.Draft d : list) {
            recommendations.add(new AssuranceRecommendation(this, recommendations.size() + 1, d, ownerNames.get(d.owner().strip())));
        }
        this.concludedAt = now;
        this.changedAt = now;
    }

    private void requireOpen(String message) {
        if (!isOpen()) {
            throw new RuleViolationException("The review is concluded. " + message);
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

    public ReviewSubject getSubject() {
        return subject;
    }

    public String getTitle() {
        return title;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public int getPeriodStart() {
        return periodStart;
    }

    public int getPeriodEnd() {
        return periodEnd;
    }

    /** The period as people write it: "2026/27 to 2030/31". */
    public String period() {
        return year(periodStart) + (periodEnd == periodStart ? "" : " to " + year(periodEnd));
    }

    private static String year(int start) {
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    public Set<Pathway> getPathways() {
        return Collections.unmodifiableSet(pathways);
    }

    public Set<String> getAims() {
        return Collections.unmodifiableSet(aims);
    }

    public String getPlanFileName() {
        return planFileName;
    }

    public String getPlanSha256() {
        return planSha256;
    }

    public Long getPlanSizeBytes() {
        return planSizeBytes;
    }

    public Instant getPlanUploadedAt() {
        return planUploadedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public AssuranceLevel getLevel() {
        return level;
    }

    public String getConclusion() {
        return conclusion;
    }

    public Instant getConcludedAt() {
        return concludedAt;
    }

    public List<AssurancePanelMember> getPanel() {
        return Collections.unmodifiableList(panel);
    }

    public List<ReviewCriterion> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }

    public List<AssuranceRecommendation> getRecommendations() {
        return Collections.unmodifiableList(recommendations);
    }
}
