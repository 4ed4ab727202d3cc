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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.ContentStore;
import org.clinlead.portal.shared.EvidenceContent;
import org.clinlead.portal.shared.EvidenceFile;
import org.clinlead.portal.shared.EvidenceUpload;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.RecordNotFoundException;

/**
 * Assurance reviews: the list the caller may see (per organisation, with its history), a new review (the regional
 * team), one in full, the plan (a PDF checked by opening it) and its download. The panel's work is
 * {@link AssurancePanels}; the conclusion {@link AssuranceConclusions}.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class AssuranceReviews {

    /** Where plans are kept by content (with the other evidence files). */
    static final String PLAN_FOLDER = "evidence";

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

    @Inject
    private ContentStore store;

    /**
     * The reviews the caller may see, most recently opened first; filters {@code organisation} (a national code: that
     * organisation's history), {@code open} ({@code true} or {@code false}), {@code subject}.
     */
    public Page<AssuranceReviewSummary> search(PageRequest request) {
        LocalDate today = LocalDate.now(clock);
        Page<AssuranceReview> page = new Lists<>(em, AssuranceReview.class,
                Map.of("openedAt", r -> r.get("openedAt"), "changedAt", r -> r.get("changedAt"), "title", r -> r.get("title")),
                Map.of("organisation", (cb, r) -> v -> cb.equal(r.get("organisation").get("nationalCode"), v.strip().toUpperCase(Locale.ROOT)),
                        "open", (cb, r) -> v -> flag(v) ? cb.isNull(r.get("level")) : cb.isNotNull(r.get("level")),
                        "subject", (cb, r) -> v -> cb.equal(r.get("subject"), subject(v))),
                "openedAt", false)
                .fetching(r -> r.fetch("organisation"))
                .within(access::scope)
                .page(request);
        return page.map(r -> AssuranceViews.summary(r, today));
    }

    private static boolean flag(String v) {
        if (!v.strip().equalsIgnoreCase("true") && !v.strip().equalsIgnoreCase("false")) {
            throw new InvalidInputException("open", "The open filter is true or false.");
        }
        return v.strip().equalsIgnoreCase("true");
    }

    private static ReviewSubject subject(String v) {
        try {
            return ReviewSubject.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("subject", "The subject is STRATEGIC_PLAN or TRANSFORMATION_PROGRAMME.");
        }
    }

    /** One review in full, with what the caller may do. */
    public AssuranceReviewView review(long id) {
        return views.view(access.visible(id));
    }

    /** A new review with the default criteria (a medical director or an administrator). */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public AssuranceReviewView open(AssuranceDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "Say what is reviewed, whose plan it is and its period.");
        }
        Organisation organisation = draft.organisationId() == null ? null : em.find(Organisation.class, draft.organisationId());
        if (draft.organisationId() != null && organisation == null) {
            throw new InvalidInputException("organisationId", "There is no organisation with id " + draft.organisationId() + ".");
        }
        List<Pathway> pathways = new ArrayList<>();
        if (draft.pathwayCodes() != null) {
            if (draft.pathwayCodes().size() > 20) {
                throw new InvalidInputException("pathwayCodes", "Name at most 20 pathways.");
            }
            for (String code : draft.pathwayCodes()) {
                Pathway p = code == null ? null : em.find(Pathway.class, code.strip());
                if (p == null) {
                    throw new InvalidInputException("pathwayCodes", "There is no pathway with code \"" + code + "\".");
                }
                pathways.add(p);
            }
        }
        AssuranceReview r = new AssuranceReview(new AssuranceReview.Scope(draft.subject(), draft.title(), organisation,
                draft.periodStart(), draft.periodEnd(), pathways, draft.aims()), access.displayName(), Instant.now(clock));
        em.persist(r);
        em.flush();
        audit.record(AuditAction.CREATED, AssuranceAccess.REVIEW, r.getId(), "Assurance review of " + organisation.getName()
                + "'s " + r.getSubject().label().toLowerCase(Locale.ROOT) + " (" + r.period() + ") opened by " + r.getOpenedBy());
        return views.view(r);
    }

    /** The plan, a PDF: the regional team or the organisation's commissioners and providers, while the review is open. */
    public AssuranceReviewView attachPlan(long id, EvidenceUpload upload) {
        AssuranceReview r = access.visible(id);
        if (!access.runsReviews() && !access.ofMyOrganisation(r)) {
            throw new AccessRefusedException("The plan is attached by " + r.getOrganisation().getName() + " or the regional team.");
        }
        EvidenceFile.Checked file = EvidenceFile.check(upload);
        if (!file.kind().equals("pdf")) {
            throw new InvalidInputException("file", "The plan is a PDF; " + file.fileName() + " is not.");
        }
        String sha = store.store(PLAN_FOLDER, file.kind(), file.content());
        r.attachPlan(file.fileName(), sha, file.content().length, Instant.now(clock));
        audit.record(AuditAction.UPDATED, AssuranceAccess.REVIEW, r.getId(), "Plan " + file.fileName() + " ("
                + file.content().length + " bytes, sha-256 " + sha + ") attached by " + access.displayName());
        views.notify(views.panelAccounts(r), "The plan is ready to rate: " + r.getTitle(), access.displayName()
                + " attached the plan for the panel's ratings.", r, "plan:" + sha);
        return views.view(r);
    }

    /** The plan's content, for whoever may see the review. */
    public EvidenceContent plan(long id) {
        AssuranceReview r = access.visible(id);
        if (r.getPlanSha256() == null) {
            throw new RecordNotFoundException("plan of assurance review", id);
        }
        return new EvidenceContent(store.file(PLAN_FOLDER, "pdf", r.getPlanSha256()), r.getPlanFileName(),
                EvidenceFile.mediaType("pdf"), r.getPlanSizeBytes());
    }

    /** The review's report as a PDF: the plan, the panel, every criterion's ratings, the conclusion and recommendations. */
    public byte[] report(long id) {
        return AssuranceReport.of(views.view(access.visible(id)));
    }
}
