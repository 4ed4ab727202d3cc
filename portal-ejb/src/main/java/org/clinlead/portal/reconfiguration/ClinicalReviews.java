package org.clinlead.portal.reconfiguration;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.ASPIRING_LEADER;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.MENTOR;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.clinlead.portal.appointments.LeadsInPost;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.StaleRecordException;

/**
 * The clinical review of a proposal: the regional team sets the panel (senior clinical leads in post, at least three,
 * with a chair and someone from outside the organisations concerned), which opens the review; a conflicted member
 * states how the interest is managed or steps down; members judge the evidence item by item; the chair makes the
 * recommendation; conditions are tracked until met.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class ClinicalReviews {

    static final String ITEM = "checklist item";
    static final String CONDITION = "condition";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private ReconfigurationAccess access;

    @Inject
    private ReconfigurationViews views;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private LeadsInPost leads;

    /** Sets the panel (the first time, this opens the clinical review): a medical director or an administrator. */
    public ReconfigurationView setPanel(long id, Collection<Long> memberIds, Long chairId, long version) {
        Reconfiguration r = access.asReviewRunner(id, "sets the clinical review panel");
        Persistence.checkVersion(ReconfigurationAccess.PROPOSAL, version, r.getVersion());
        List<Clinician> members = leads.panel(memberIds, LocalDate.now(clock), Reconfiguration.MAX_PANEL);
        Clinician chair = chairId == null ? null : members.stream().filter(c -> c.getId().equals(chairId)).findFirst().orElse(null);
        boolean opens = r.getStage() == Stage.SUBMITTED;
        List<String> before = r.getPanel().stream().map(m -> m.getClinician().getDisplayName()).toList();
        r.setPanel(members, chair, Instant.now(clock));
        flush(ReconfigurationAccess.PROPOSAL);
        String names = members.stream().map(Clinician::getDisplayName).collect(Collectors.joining(", "));
        audit.record(AuditAction.UPDATED, ReconfigurationAccess.PROPOSAL, r.getId(), (opens ? "Clinical review opened; panel: "
                : "Panel changed from " + String.join(", ", before) + " to: ") + names + " (chair " + chair.getDisplayName()
                + ") by " + access.displayName());
        List<String> accounts = new ArrayList<>();
        members.forEach(m -> accounts.addAll(leads.accountsOf(m)));
        views.notify(accounts, "You are on the clinical review panel: " + r.getTitle(), "You sit on the panel reviewing "
                + r.getSponsor().getName() + "'s proposal, chaired by " + chair.getDisplayName()
                + ". Judge the evidence item by item.", r, "panel:" + r.getVersion());
        return views.view(r);
    }

    /** A panel member's statement of how their live declared interest in an organisation concerned is managed. */
    public ReconfigurationView stateInterest(long id, String handling, long version) {
        Reconfiguration r = access.visible(id);
        Clinician me = access.asPanelMember(r, "state an interest on it");
        Persistence.checkVersion(ReconfigurationAccess.PROPOSAL, version, r.getVersion());
        r.stateInterest(me, access.interestsIn(r, me), handling, Instant.now(clock));
        ReviewPanelMember m = r.member(me).orElseThrow();
        audit.record(AuditAction.UPDATED, ReconfigurationAccess.PROPOSAL, r.getId(), me.getDisplayName() + " declared an interest ("
                + m.getDeclaredInterest() + ") managed by: " + m.getInterestHandling());
        return views.view(r);
    }

    /** A member leaves the panel (rather than manage an interest); the regional team completes it again. */
    public ReconfigurationView stepDown(long id, long version) {
        Reconfiguration r = access.visible(id);
        Clinician me = access.asPanelMember(r, "step down from it");
        Persistence.checkVersion(ReconfigurationAccess.PROPOSAL, version, r.getVersion());
        r.stepDown(me, Instant.now(clock));
        audit.record(AuditAction.UPDATED, ReconfigurationAccess.PROPOSAL, r.getId(), me.getDisplayName() + " stepped down from the panel");
        List<String> runners = new ArrayList<>();
        runners.add(r.getSubmittedBy());
        views.notify(runners, "A panel member stepped down: " + r.getTitle(), me.getDisplayName() + " stepped down from "
                + "the clinical review panel.", r, "stepped-down:" + me.getId());
        return views.view(r);
    }

    /** A panel member's judgement of one item's evidence (the item's version as shown). */
    public ReconfigurationView judge(long id, Long itemId, Judgement judgement, String comment, boolean internal, long itemVersion) {
        Reconfiguration r = access.visible(id);
        Clinician me = access.asPanelMember(r, "judge the evidence");
        EvidenceItem item = item(r, itemId);
        Persistence.checkVersion(ITEM, itemVersion, item.getVersion());
        r.judge(item, me, access.interestsIn(r, me), judgement, comment, internal, Instant.now(clock));
        flush(ITEM);
        audit.record(AuditAction.UPDATED, ITEM, item.getId(), me.getDisplayName() + " judged \"" + item.getCriterion() + "\" of proposal "
                + r.getId() + ": " + judgement.label() + (item.isInternal() ? " (comment internal)" : ""));
        return views.view(r);
    }

    /** The chair's recommendation for the panel, with its conditions. */
    public ReconfigurationView recommend(long id, Recommendation recommendation, String rationale, List<String> conditions,
            long version) {
        Reconfiguration r = access.visible(id);
        Clinician me = access.asPanelMember(r, "make its recommendation");
        Persistence.checkVersion(ReconfigurationAccess.PROPOSAL, version, r.getVersion());
        r.recommend(me, access.interestsIn(r, me), recommendation, rationale, conditions, Instant.now(clock));
        flush(ReconfigurationAccess.PROPOSAL);
        audit.record(AuditAction.UPDATED, ReconfigurationAccess.PROPOSAL, r.getId(), "Recommendation by " + me.getDisplayName()
                + " for the panel: " + recommendation.label() + (r.getConditions().isEmpty() ? ""
                        : " (" + r.getConditions().size() + " conditions)"));
        List<String> recipients = new ArrayList<>(views.sponsorAccounts(r));
        recipients.add(r.getSubmittedBy());
        views.notify(recipients, "Clinical review recommendation: " + r.getTitle(), "The clinical review panel's "
                + "recommendation: " + recommendation.label().toLowerCase(Locale.ROOT) + ". Record the decision when it is taken.",
                r, "recommended");
        return views.view(r);
    }

    /** Whether a condition was met: the chair, a medical director or an administrator. */
    public ReconfigurationView settleCondition(long id, Long conditionId, ConditionStatus status, String note, long conditionVersion) {
        Reconfiguration r = access.visible(id);
        boolean chair = caller.clinician().flatMap(r::member).map(ReviewPanelMember::isChair).orElse(false);
        if (!chair && !access.runsReviews()) {
            throw new AccessRefusedException("The panel's chair, a medical director or an administrator records whether a "
                    + "condition was met.");
        }
        Condition c = r.getConditions().stream().filter(x -> x.getId().equals(conditionId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(CONDITION, conditionId == null ? 0 : conditionId));
        Persistence.checkVersion(CONDITION, conditionVersion, c.getVersion());
        c.settle(status, note, access.displayName(), Instant.now(clock));
        flush(CONDITION);
        audit.record(AuditAction.UPDATED, CONDITION, c.getId(), "Condition " + c.getPosition() + " of proposal " + r.getId()
                + ": " + status.label() + (c.getNote() == null ? "" : " — " + c.getNote()));
        return views.view(r);
    }

    /** Writes now, so that someone else's change in the meantime is refused with a message, not at commit. */
    private void flush(String recordType) {
        Persistence.flush(em, recordType, () -> new StaleRecordException(recordType));
    }

    static EvidenceItem item(Reconfiguration r, Long itemId) {
        return r.getItems().stream().filter(i -> i.getId().equals(itemId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(ITEM, itemId == null ? 0 : itemId));
    }
}
