package org.clinlead.portal.assurance;

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
import java.util.Collection;
import java.util.List;
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
 * The clinical panel of an assurance review: the regional team sets it (senior clinical leads in post, at least three,
 * a chair); a member with a live declared interest in the organisation reviewed states how it is managed or steps
 * down; members rate every criterion red, amber or green with a comment; criteria are added by the regional team or
 * the chair.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class AssurancePanels {

    static final String CRITERION = "assurance criterion";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private AssuranceAccess access;

    @Inject
    private AssuranceViews views;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private LeadsInPost leads;

    /** Sets the panel (a medical director or an administrator), while the review is open. */
    public AssuranceReviewView setPanel(long id, Collection<Long> memberIds, Long chairId, long version) {
        AssuranceReview r = access.asReviewRunner(id, "sets the clinical panel");
        Persistence.checkVersion(AssuranceAccess.REVIEW, version, r.getVersion());
        List<Clinician> members = leads.panel(memberIds, LocalDate.now(clock), AssuranceReview.MAX_PANEL);
        Clinician chair = chairId == null ? null : members.stream().filter(c -> c.getId().equals(chairId)).findFirst().orElse(null);
        r.setPanel(members, chair, Instant.now(clock));
        flush(AssuranceAccess.REVIEW);
        audit.record(AuditAction.UPDATED, AssuranceAccess.REVIEW, r.getId(), "Panel: " + members.stream()
                .map(Clinician::getDisplayName).collect(Collectors.joining(", ")) + " (chair " + chair.getDisplayName() + ") set by "
                + access.displayName());
        views.notify(views.panelAccounts(r), "You are on the clinical panel: " + r.getTitle(), "You sit on the panel assuring "
                + r.getOrganisation().getName() + "'s " + r.getSubject().label().toLowerCase(java.util.Locale.ROOT)
                + ", chaired by " + chair.getDisplayName() + ". Rate every criterion.", r, "panel:" + r.getVersion());
        return views.view(r);
    }

    /** A member's statement of how their live declared interest in the organisation reviewed is managed. */
    public AssuranceReviewView stateInterest(long id, String handling, long version) {
        AssuranceReview r = access.visible(id);
        Clinician me = access.asPanelMember(r, "state an interest on it");
        Persistence.checkVersion(AssuranceAccess.REVIEW, version, r.getVersion());
        r.stateInterest(me, access.interestsIn(r, me), handling, Instant.now(clock));
        AssurancePanelMember m = r.member(me).orElseThrow();
        audit.record(AuditAction.UPDATED, AssuranceAccess.REVIEW, r.getId(), me.getDisplayName() + " declared an interest ("
                + m.getDeclaredInterest() + ") managed by: " + m.getInterestHandling());
        return views.view(r);
    }

    /** A member leaves the panel; their ratings go with them. */
    public AssuranceReviewView stepDown(long id, long version) {
        AssuranceReview r = access.visible(id);
        Clinician me = access.asPanelMember(r, "step down from it");
        Persistence.checkVersion(AssuranceAccess.REVIEW, version, r.getVersion());
        r.stepDown(me, Instant.now(clock));
        audit.record(AuditAction.UPDATED, AssuranceAccess.REVIEW, r.getId(), me.getDisplayName() + " stepped down from the panel");
        return views.view(r);
    }

    /** A member's rating of one criterion (the criterion's version as shown); rated again, it is replaced. */
    public AssuranceReviewView rate(long id, Long criterionId, Rag rag, String comment, long criterionVersion) {
        AssuranceReview r = access.visible(id);
        Clinician me = access.asPanelMember(r, "rate the plan");
        ReviewCriterion c = r.getCriteria().stream().filter(x -> x.getId().equals(criterionId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(CRITERION, criterionId == null ? 0 : criterionId));
        Persistence.checkVersion(CRITERION, criterionVersion, c.getVersion());
        r.rate(c, me, access.interestsIn(r, me), rag, comment, Instant.now(clock));
        em.lock(c, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush(CRITERION);
        audit.record(AuditAction.UPDATED, CRITERION, c.getId(), me.getDisplayName() + " rated \"" + c.getName() + "\" of review "
                + r.getId() + " " + rag.label().toLowerCase(java.util.Locale.ROOT));
        return views.view(r);
    }

    /** A criterion added to the checklist: the regional team or the chair, while the review is open. */
    public AssuranceReviewView addCriterion(long id, String name, long version) {
        AssuranceReview r = access.visible(id);
        if (!access.runsReviews() && !access.isChair(r)) {
            throw new AccessRefusedException("The panel's chair, a medical director or an administrator adds a criterion.");
        }
        Persistence.checkVersion(AssuranceAccess.REVIEW, version, r.getVersion());
        ReviewCriterion c = r.addCriterion(name, Instant.now(clock));
        flush(AssuranceAccess.REVIEW);
        audit.record(AuditAction.CREATED, CRITERION, c.getId(), "Criterion \"" + c.getName() + "\" added to review " + r.getId()
                + " by " + access.displayName());
        return views.view(r);
    }

    private void flush(String recordType) {
        Persistence.flush(em, recordType, () -> new StaleRecordException(recordType));
    }
}
