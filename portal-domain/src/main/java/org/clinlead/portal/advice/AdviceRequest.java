package org.clinlead.portal.advice;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clinlead.portal.appointments.Programme;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AimCodes;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;
import org.clinlead.portal.shared.UkTime;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A commissioner's (or a board secretary's, a medical director's) request for clinical advice, routed to the senior
 * clinical leads of a pathway. One lead accepts it or it is assigned to a lead; a responder with a live declared
 * interest in an organisation concerned states how it is managed before answering; the requester then records
 * whether the advice was followed. Each step is refused with the reason when it does not fit where the request is.
 */
@Entity
@Table(name = "advice_request")
public class AdviceRequest {

    public static final int QUESTION_MAX = 2000;
    public static final int TEXT_MAX = 8000;
    public static final int SHORT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = QUESTION_MAX)
    private String question;

    @Column(length = TEXT_MAX)
    private String background;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "pathway_code")
    private Pathway pathway;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "programme_code")
    private Programme programme;

    /** The two codes as plain columns, for queries that filter on them without joining (either may be null). */
    @Column(name = "pathway_code", insertable = false, updatable = false)
    private String pathwayCode;

    @Column(name = "programme_code", insertable = false, updatable = false)
    private String programmeCode;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "advice_request_aim", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "aim_code", nullable = false, length = 1)
    private Set<String> aims = new TreeSet<>(Set.of("C"));

    /** The aims as one column the database checks is not empty (see {@link org.clinlead.portal.shared.AimCodes#joined}). */
    @Column(name = "aim_codes", nullable = false, length = 5)
    private String aimCodes = "C";

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "advice_request_organisation", joinColumns = @JoinColumn(name = "request_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisations = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", length = 30, updatable = false)
    private AdviceSubject subject;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(name = "subject_label", length = 300, updatable = false)
    private String subjectLabel;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Urgency urgency;

    @Column(name = "requested_by", nullable = false, length = 100, updatable = false)
    private String requestedBy;

    @Column(name = "requester_name", nullable = false, length = 200, updatable = false)
    private String requesterName;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "advice_status", nullable = false, length = 20)
    private AdviceStatus status = AdviceStatus.OPEN;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responder_id")
    private Clinician responder;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "declared_interest", length = SHORT_MAX)
    private String declaredInterest;

    @Column(name = "interest_handling", length = SHORT_MAX)
    private String interestHandling;

    @Column(length = TEXT_MAX)
    private String advice;

    @Column(length = SHORT_MAX)
    private String recommendation;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private AdviceOutcome outcome;

    @Column(name = "outcome_reason", length = SHORT_MAX)
    private String outcomeReason;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @Column(name = "reminded_due_soon", nullable = false)
    private boolean remindedDueSoon;

    @Column(name = "reminded_overdue", nullable = false)
    private boolean remindedOverdue;

    protected AdviceRequest() {
    }

    /** What is asked, of whom and by when. */
    public record Question(String question, String background, Pathway pathway, Programme programme,
            Collection<String> aims, Collection<Organisation> organisations, LocalDate dueOn, Urgency urgency) {
    }

    public AdviceRequest(Question q, AdviceSubject subject, Long subjectId, String subjectLabel, String requestedBy,
            String requesterName, Instant now, LocalDate today) {
        new Check()
                .text(q.question(), "question", "The question", QUESTION_MAX)
                .optionalText(q.background(), "background", "The background", TEXT_MAX)
                .require(q.pathway() != null || q.programme() != null, "pathway",
                        "Choose the pathway or the key programme whose leads are asked.")
                .require(q.pathway() == null || q.programme() == null, "programme",
                        "Ask the leads of a pathway or of a key programme, not both.")
                .require(q.dueOn() != null, "dueOn", "Give the date the advice is needed by.")
                .require(q.dueOn() == null || !q.dueOn().isBefore(today), "dueOn", "The date the advice is needed by is in the past.")
                .require(q.dueOn() == null || !q.dueOn().isAfter(today.plusYears(1)), "dueOn",
                        "The date the advice is needed by is within a year.")
                .require(q.urgency() != null, "urgency", "Say whether the request is routine or urgent.")
                .require(q.organisations() == null || q.organisations().size() <= 20, "organisations",
                        "Name at most 20 organisations concerned.")
                .orThrow();
        this.question = q.question().strip();
        this.background = Check.clean(q.background());
        this.pathway = q.pathway();
        this.programme = q.programme();
        this.aims.clear();
        this.aims.addAll(AimCodes.of(q.aims(), "C"));
        this.aimCodes = AimCodes.joined(this.aims);
        if (q.organisations() != null) {
            this.organisations.addAll(q.organisations());
        }
        this.dueOn = q.dueOn();
        this.urgency = q.urgency();
        this.subject = subject;
        this.subjectId = subject == null ? null : subjectId;
        this.subjectLabel = subject == null || subjectLabel == null ? null
                : subjectLabel.length() > 300 ? subjectLabel.substring(0, 299) + "…" : subjectLabel;
        this.requestedBy = requestedBy;
        this.requesterName = requesterName;
        this.raisedAt = now;
    }

    /** Why {@code lead} cannot take the request on now (empty when they can). */
    public List<String> acceptBlockers() {
        List<String> blockers = new ArrayList<>();
        if (status != AdviceStatus.OPEN) {
            blockers.add(status == AdviceStatus.ACCEPTED && responder != null
                    ? "This request has already been taken on by " + responder.getDisplayName() + "."
                    : "This request is " + status.label().toLowerCase(java.util.Locale.ROOT) + ": there is nothing to accept.");
        }
        return blockers;
    }

    /** A lead of the pathway takes the request on. */
    public void accept(Clinician lead, Instant now) {
        refuseIf(acceptBlockers());
        takeOn(lead, now);
    }

    /** Gives the request to {@code to} (a lead or a member of the Clinical Advisory Group), before it is answered. */
    public void assign(Clinician to, Instant now) {
        if (!status.isPending()) {
            throw new RuleViolationException("This request is " + status.label().toLowerCase(java.util.Locale.ROOT)
                    + ": it can no longer be assigned.");
        }
        if (responder != null && responder.getId() != null && responder.getId().equals(to.getId())) {
            throw new RuleViolationException(to.getDisplayName() + " is already answering this request.");
        }
        takeOn(to, now);
    }

    private void takeOn(Clinician lead, Instant now) {
        this.responder = lead;
        this.acceptedAt = now;
        this.declaredInterest = null;
        this.interestHandling = null;
        this.status = AdviceStatus.ACCEPTED;
    }

    /** The responder's statement of how their live declared {@code interests} in an organisation concerned are managed. */
    public void stateInterest(List<String> interests, String handling) {
        if (status != AdviceStatus.ACCEPTED) {
            throw new RuleViolationException("A declared interest is stated by the lead answering, before answering.");
        }
        if (interests.isEmpty()) {
            throw new RuleViolationException("You have no live declared interest in the organisations concerned: "
                    + "there is nothing to state.");
        }
        new Check().text(handling, "handling", "How the interest is managed", SHORT_MAX).orThrow();
        this.declaredInterest = String.join("; ", interests);
        this.interestHandling = handling.strip();
    }

    /** Why the responder cannot answer now, given their live declared {@code interests} in the organisations concerned. */
    public List<String> answerBlockers(List<String> interests) {
        List<String> blockers = new ArrayList<>();
        if (status != AdviceStatus.ACCEPTED) {
            blockers.add(status == AdviceStatus.OPEN ? "Accept the request before answering it."
                    : "This request is " + status.label().toLowerCase(java.util.Locale.ROOT) + ".");
        } else if (!interests.isEmpty() && interestHandling == null) {
            blockers.add("You have a live declared interest (" + String.join("; ", interests) + "). State how it is "
                    + "managed before answering.");
        }
        return blockers;
    }

    /** The advice given. */
    public void answer(String advice, String recommendation, List<String> interests, Instant now) {
        refuseIf(answerBlockers(interests));
        new Check().text(advice, "advice", "The advice", TEXT_MAX)
                .optionalText(recommendation, "recommendation", "The recommendation", SHORT_MAX).orThrow();
        if (!interests.isEmpty() && declaredInterest == null) {
            declaredInterest = String.join("; ", interests);
        }
        this.advice = advice.strip();
        this.recommendation = Check.clean(recommendation);
        this.answeredAt = now;
        this.status = AdviceStatus.ANSWERED;
    }

    /** The requester's record of what happened: a reason is needed unless the advice was followed. */
    public void recordOutcome(AdviceOutcome outcome, String reason, Instant now) {
        if (status != AdviceStatus.ANSWERED) {
            throw new RuleViolationException(status == AdviceStatus.CLOSED ? "What happened has already been recorded."
                    : "The outcome is recorded once the advice has been given.");
        }
        new Check().require(outcome != null, "outcome", "Say whether the advice was followed, partly followed or not followed.")
                .require(outcome == null || outcome == AdviceOutcome.FOLLOWED || Check.clean(reason) != null, "reason",
                        "Say why the advice was not followed in full.")
                .optionalText(reason, "reason", "The reason", SHORT_MAX).orThrow();
        this.outcome = outcome;
        this.outcomeReason = Check.clean(reason);
        this.outcomeAt = now;
        this.status = AdviceStatus.CLOSED;
    }

    /** The requester no longer needs the advice. */
    public void withdraw() {
        if (!status.isPending()) {
            throw new RuleViolationException("Only a request still waiting for advice can be withdrawn.");
        }
        this.status = AdviceStatus.WITHDRAWN;
    }

    /** Past its due date and still waiting for advice. */
    public boolean isOverdue(LocalDate today) {
        return status.isPending() && today.isAfter(dueOn);
    }

    /** Whole days from raising to answering (UK dates); null while unanswered. */
    public Long daysToAnswer() {
        return answeredAt == null ? null
                : java.time.temporal.ChronoUnit.DAYS.between(raisedAt.atZone(UkTime.ZONE).toLocalDate(),
                        answeredAt.atZone(UkTime.ZONE).toLocalDate());
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

    public String getQuestion() {
        return question;
    }

    public String getBackground() {
        return background;
    }

    /** The pathway whose leads are asked (null when a key programme's are). */
    public Pathway getPathway() {
        return pathway;
    }

    /** The key programme whose leads are asked (null when a pathway's are). */
    public Programme getProgramme() {
        return programme;
    }

    /** The code of the pathway or programme asked. */
    public String networkCode() {
        return pathway != null ? pathway.getCode() : programme.getCode();
    }

    /** Who is asked, in words: "the Acute care pathway", "the Stroke programme". */
    public String networkName() {
        return pathway != null ? "the " + pathway.getName() + " pathway" : "the " + programme.getName() + " programme";
    }

    public Set<String> getAims() {
        return Collections.unmodifiableSet(aims);
    }

    public Set<Organisation> getOrganisations() {
        return Collections.unmodifiableSet(organisations);
    }

    public AdviceSubject getSubject() {
        return subject;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getRequesterName() {
        return requesterName;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public AdviceStatus getStatus() {
        return status;
    }

    public Clinician getResponder() {
        return responder;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getDeclaredInterest() {
        return declaredInterest;
    }

    public String getInterestHandling() {
        return interestHandling;
    }

    public String getAdvice() {
        return advice;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public AdviceOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    public boolean isRemindedDueSoon() {
        return remindedDueSoon;
    }

    public boolean isRemindedOverdue() {
        return remindedOverdue;
    }
}
