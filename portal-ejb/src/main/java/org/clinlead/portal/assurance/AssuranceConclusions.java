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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.StaleRecordException;
import org.clinlead.portal.shared.UkTime;

/**
 * The chair's conclusion of an assurance review — the assurance level, in words, and the recommendations with their
 * owners and due dates — and the progress of each recommendation until it is completed.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class AssuranceConclusions {

    static final String RECOMMENDATION = "assurance recommendation";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private AssuranceAccess access;

    @Inject
    private AssuranceViews views;

    @Inject
    private Clock clock;

    /** The chair concludes once every member has rated every criterion. */
    public AssuranceReviewView conclude(long id, AssuranceLevel level, String conclusion,
            List<AssuranceRecommendation.Draft> recommendations, long version) {
        AssuranceReview r = access.visible(id);
        Clinician me = access.asPanelMember(r, "conclude the review (its chair)");
        Persistence.checkVersion(AssuranceAccess.REVIEW, version, r.getVersion());
        Map<String, String> owners = new HashMap<>();
        List<String> names = recommendations == null ? List.of() : recommendations.stream().filter(Objects::nonNull)
                .map(AssuranceRecommendation.Draft::owner).filter(Objects::nonNull).map(String::strip).distinct().limit(50).toList();
        if (!names.isEmpty()) {
            em.createQuery("select a.username, a.displayName from UserAccount a where a.username in :u and a.enabled = true",
                    Object[].class).setParameter("u", names).getResultList().forEach(o -> owners.put((String) o[0], (String) o[1]));
        }
        r.conclude(me, access.interestsIn(r, me), level, conclusion, recommendations, owners, LocalDate.now(clock), Instant.now(clock));
        Persistence.flush(em, AssuranceAccess.REVIEW, () -> new StaleRecordException(AssuranceAccess.REVIEW));
        audit.record(AuditAction.CLOSED, AssuranceAccess.REVIEW, r.getId(), "Concluded by " + me.getDisplayName() + ": "
                + level.label() + ", " + r.getRecommendations().size() + " recommendations");
        for (AssuranceRecommendation x : r.getRecommendations()) {
            views.notify(List.of(x.getOwner()), "A recommendation for you: " + r.getTitle(), "The clinical panel recommends: "
                    + shortened(x.getText()) + " Due " + UkTime.format(x.getDueOn()) + ".", r, "recommendation:" + x.getId());
        }
        return views.view(r);
    }

    /** Progress on a recommendation: its owner, the chair, a medical director or an administrator. */
    public AssuranceReviewView updateRecommendation(long id, Long recommendationId, RecommendationStatus status, String note,
            long version) {
        AssuranceReview r = access.visible(id);
        AssuranceRecommendation x = r.getRecommendations().stream().filter(y -> y.getId().equals(recommendationId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(RECOMMENDATION, recommendationId == null ? 0 : recommendationId));
        if (!x.getOwner().equals(access.username()) && !access.runsReviews() && !access.isChair(r)) {
            throw new AccessRefusedException("The recommendation's owner (" + x.getOwnerName() + "), the panel's chair, a "
                    + "medical director or an administrator records its progress.");
        }
        Persistence.checkVersion(RECOMMENDATION, version, x.getVersion());
        x.update(status, note, Instant.now(clock));
        Persistence.flush(em, RECOMMENDATION, () -> new StaleRecordException(RECOMMENDATION));
        audit.record(AuditAction.UPDATED, RECOMMENDATION, x.getId(), "Recommendation " + x.getPosition() + " of review " + r.getId()
                + ": " + status.label().toLowerCase(Locale.ROOT) + (x.getNote() == null ? "" : " — " + x.getNote()));
        return views.view(r);
    }

    static String shortened(String text) {
        return text.length() > 160 ? text.substring(0, 159) + "…" : text;
    }
}
