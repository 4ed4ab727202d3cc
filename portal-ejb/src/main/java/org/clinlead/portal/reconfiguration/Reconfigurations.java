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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.UkTime;

/**
 * Proposals for service changes: the list the caller may see, one in full, a new case for change (the sponsor's
 * commissioners and providers, or the regional team), the sponsor's decision after the panel's recommendation, and
 * closure. The panel's work is {@link ClinicalReviews}; the evidence {@link ReconfigurationEvidence}.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Reconfigurations {

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

    /**
     * The proposals the caller may see, most recently changed first; filters {@code stage} (a stage name, or
     * {@code open} for those not closed), {@code sponsor} (a national code), {@code pathway} (code) and {@code q} (words
     * of the title).
     */
    public Page<ReconfigurationSummary> search(PageRequest request) {
        return new Lists<>(em, Reconfiguration.class,
                Map.of("changedAt", r -> r.get("changedAt"), "submittedAt", r -> r.get("submittedAt"), "title", r -> r.get("title"),
                        "stage", r -> r.get("stage")),
                Map.of("stage", (cb, r) -> v -> v.strip().equalsIgnoreCase("open") ? cb.notEqual(r.get("stage"), Stage.CLOSED)
                                : cb.equal(r.get("stage"), stage(v)),
                        "sponsor", (cb, r) -> v -> cb.equal(r.get("sponsor").get("nationalCode"), v.strip().toUpperCase(Locale.ROOT)),
                        "pathway", (cb, r) -> v -> cb.equal(r.get("pathway").get("code"), v.strip()),
                        "q", (cb, r) -> v -> Lists.contains(cb, r.get("title"), v)),
                "changedAt", false)
                .fetching(r -> {
                    r.fetch("sponsor");
                    r.fetch("pathway", jakarta.persistence.criteria.JoinType.LEFT);
                })
                .within(access::scope)
                .page(request).map(ReconfigurationSummary::of);
    }

    static Stage stage(String v) {
        try {
            return Stage.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("stage", "The stage is open, SUBMITTED, CLINICAL_REVIEW, RECOMMENDATION, DECIDED or CLOSED.");
        }
    }

    /** One proposal in full, with what the caller may do. */
    public ReconfigurationView proposal(long id) {
        return views.view(access.visible(id));
    }

    /** A new case for change; a commissioner or a provider submits for their own organisation. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, COMMISSIONER, PROVIDER})
    public ReconfigurationView submit(ReconfigurationDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "Give the title, the sponsoring organisation and the case for change.");
        }
        Organisation sponsor = draft.sponsorId() == null ? null : em.find(Organisation.class, draft.sponsorId());
        if (draft.sponsorId() != null && sponsor == null) {
            throw new InvalidInputException("sponsorId", "There is no organisation with id " + draft.sponsorId() + ".");
        }
        if (sponsor != null && !access.runsReviews() && !access.myOrganisationId().map(sponsor.getId()::equals).orElse(false)) {
            throw new AccessRefusedException("You submit cases for change for your own organisation only.");
        }
        Pathway pathway = null;
        if (draft.pathwayCode() != null && !draft.pathwayCode().isBlank()) {
            pathway = em.find(Pathway.class, draft.pathwayCode().strip());
            if (pathway == null) {
                throw new InvalidInputException("pathwayCode", "There is no pathway with code \"" + draft.pathwayCode() + "\".");
            }
        }
        List<Organisation> affected = organisations(draft.affectedIds());
        Reconfiguration r = new Reconfiguration(new Reconfiguration.CaseForChange(draft.title(), draft.services(),
                draft.summary(), draft.options(), draft.aims()), sponsor, affected, pathway, caller.name(),
                access.displayName(), Instant.now(clock));
        em.persist(r);
        em.flush();
        audit.record(AuditAction.CREATED, ReconfigurationAccess.PROPOSAL, r.getId(), "Case for change \"" + r.getTitle()
                + "\" submitted by " + r.getSubmitterName() + " for " + sponsor.getName());
        return views.view(r);
    }

    private List<Organisation> organisations(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("affectedIds", "The organisations affected are given by their ids (numbers).");
        }
        if (ids.size() > Reconfiguration.MAX_ORGANISATIONS) {
            throw new InvalidInputException("affectedIds", "Name at most " + Reconfiguration.MAX_ORGANISATIONS
                    + " organisations affected.");
        }
        List<Organisation> found = em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", Set.copyOf(ids)).getResultList();
        if (found.size() != Set.copyOf(ids).size()) {
            throw new InvalidInputException("affectedIds", "One of the organisations affected does not exist.");
        }
        return found;
    }

    /** The sponsor's decision, after the panel's recommendation. */
    public ReconfigurationView recordDecision(long id, String decision, LocalDate decidedOn, long version) {
        Reconfiguration r = access.asSponsor(id, "record the decision");
        Persistence.checkVersion(ReconfigurationAccess.PROPOSAL, version, r.getVersion());
        r.recordDecision(decision, decidedOn, LocalDate.now(clock), Instant.now(clock));
        audit.record(AuditAction.UPDATED, ReconfigurationAccess.PROPOSAL, r.getId(), "Decision of " + UkTime.format(decidedOn)
                + " recorded by " + access.displayName() + ": " + ReconfigurationViews.shortened(r.getDecision()));
        views.notify(views.panelAccounts(r), "Decision recorded: " + r.getTitle(), r.getSponsor().getName()
                + " recorded its decision on the proposal your panel reviewed.", r, "decided");
        return views.view(r);
    }

    /** Closes the review once the decision is recorded (a medical director or an administrator). */
    public ReconfigurationView close(long id, long version) {
        Reconfiguration r = access.asReviewRunner(id, "closes a review");
        Persistence.checkVersion(ReconfigurationAccess.PROPOSAL, version, r.getVersion());
        r.close(Instant.now(clock));
        audit.record(AuditAction.CLOSED, ReconfigurationAccess.PROPOSAL, r.getId(), "Review closed by " + access.displayName());
        return views.view(r);
    }
}
