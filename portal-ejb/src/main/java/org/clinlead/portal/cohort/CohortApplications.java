package org.clinlead.portal.cohort;

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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Callers;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.Filters;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Applying for a place: a clinician applies, a medical director (or the programme manager, recording a
 * line manager's yes) confirms the organisation's support, and the programme manager selects, waitlists or
 * declines. Places are never exceeded.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class CohortApplications {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private NoticeSender notices;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private CohortReads reads;

    @Inject
    private ParticipantAccess access;

    public ApplicationView apply(long cohortId, ApplicationDraft draft) {
        Cohort cohort = Records.find(em, Cohort.class, cohortId, Cohorts.COHORT);
        Clinician me = caller.requireClinician("apply for a place");
        if (draft == null) {
            throw new InvalidInputException("body", "Fill in the application.");
        }
        if (!em.createQuery("select a from CohortApplication a where a.cohort = :c and a.clinician = :me",
                CohortApplication.class).setParameter("c", cohort).setParameter("me", me).getResultList().isEmpty()) {
            throw new RuleViolationException("You have already applied to " + cohort.getName() + ".");
        }
        Pathway pathway = draft.pathwayCode() == null || draft.pathwayCode().isBlank() ? null
                : em.find(Pathway.class, draft.pathwayCode().strip());
        CohortApplication application = new CohortApplication(cohort, me, pathway, draft.statement(), draft.supporterName(),
                draft.supporterRole(), LocalDate.now(clock), Instant.now(clock));
        em.persist(application);
        Persistence.flush(em, Cohorts.APPLICATION, () -> new RuleViolationException("You have already applied to "
                + cohort.getName() + "."));
        audit.record(AuditAction.CREATED, Cohorts.APPLICATION, application.getId(), me.getDisplayName() + " applied to "
                + cohort.getName());
        notices.send(reads.usernamesWithRole(Role.PROGRAMME_MANAGER), "New application to " + cohort.getName(),
                me.getDisplayName() + " (" + me.getOrganisation().getName() + ") applied for a place; support to be confirmed by "
                        + application.getSupporterRole().label().toLowerCase(Locale.ROOT) + " " + application.getSupporterName() + ".",
                Link.to(Link.Kind.COHORT, cohortId), "cohort-application-" + application.getId());
        return ApplicationView.of(application);
    }

    /** The caller's own applications, newest first. */
    public List<ApplicationView> myApplications() {
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from CohortApplication a join fetch a.cohort join fetch a.pathway "
                        + "where a.clinician = :me order by a.submittedAt desc", CohortApplication.class)
                .setParameter("me", me.get()).getResultList().stream().map(ApplicationView::of).toList();
    }

    /** A cohort's applications (filter {@code status}), oldest first: the programme manager's selection list. */
    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public Page<ApplicationView> applications(long cohortId, PageRequest request) {
        Cohort cohort = Records.find(em, Cohort.class, cohortId, Cohorts.COHORT);
        Page<CohortApplication> page = new Lists<>(em, CohortApplication.class, Map.of("submittedAt", r -> r.get("submittedAt")),
                Map.of("status", (cb, r) -> v -> cb.equal(r.get("status"), Filters.constant(ApplicationStatus.class, v, "status"))),
                "submittedAt", true)
                .within((cb, r) -> cb.equal(r.get("cohort"), cohort))
                .fetching(r -> {
                    r.fetch("clinician").fetch("organisation");
                    r.fetch("pathway");
                })
                .page(request);
        return new Page<>(page.items().stream().map(ApplicationView::of).toList(), page.total());
    }

    /** Applications naming a medical director as supporter and not yet confirmed: a medical director's to-do. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, PROGRAMME_MANAGER})
    public List<ApplicationView> awaitingSupport() {
        return Persistence.named(em, "CohortApplications.awaitingSupport", CohortApplication.class, () -> em.createQuery(
                        "select a from CohortApplication a join fetch a.cohort join fetch a.clinician cl "
                        + "join fetch cl.organisation join fetch a.pathway where a.supportConfirmedAt is null "
                        + "and a.supporterRole = :md and a.status <> :declined order by a.submittedAt", CohortApplication.class)
                        .setMaxResults(100))
                .setParameter("md", SupporterRole.MEDICAL_DIRECTOR).setParameter("declined", ApplicationStatus.DECLINED)
                .getResultList().stream().map(ApplicationView::of).toList();
    }

    /**
     * Records the organisation's yes. A medical director confirms in their own name; the programme manager
     * records the yes of the named medical director or line manager ({@code confirmedBy}).
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, PROGRAMME_MANAGER})
    public ApplicationView confirmSupport(long applicationId, String confirmedBy) {
        CohortApplication application = Records.find(em, CohortApplication.class, applicationId, Cohorts.APPLICATION);
        String by;
        if (caller.isIn(PROGRAMME_MANAGER) || caller.isIn(ADMIN)) {
            by = Check.clean(confirmedBy) == null ? null : confirmedBy.strip() + " (" + application.getSupporterRole().label()
                    .toLowerCase(Locale.ROOT) + ", recorded by " + access.displayName() + ")";
            if (by == null) {
                throw new InvalidInputException("confirmedBy", "Say who confirmed the organisation's support.");
            }
        } else {
            if (application.getSupporterRole() != SupporterRole.MEDICAL_DIRECTOR) {
                throw new RuleViolationException("This applicant named their line manager, " + application.getSupporterName()
                        + "; the programme manager records the line manager's yes.");
            }
            if (application.getClinician().getId().equals(caller.clinician().map(Clinician::getId).orElse(-1L))) {
                throw new RuleViolationException("You cannot confirm support for your own application.");
            }
            by = access.displayName() + " (medical director)";
        }
        application.confirmSupport(by, Instant.now(clock));
        Persistence.flush(em, Cohorts.APPLICATION, () -> new RuleViolationException("The application could not be saved."));
        audit.record(AuditAction.UPDATED, Cohorts.APPLICATION, applicationId, "Organisation's support confirmed by " + by);
        return ApplicationView.of(application);
    }

    /**
     * Selects, waitlists or declines. Selecting locks the cohort, so two programme managers selecting the
     * last place at once get one participant and one refusal; the new participant joins their pathway's
     * action-learning set.
     */
    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public ApplicationView decide(long applicationId, long version, Selection selection, String reason) {
        CohortApplication application = Records.find(em, CohortApplication.class, applicationId, Cohorts.APPLICATION);
        Persistence.checkVersion(Cohorts.APPLICATION, version, application.getVersion());
        if (selection == Selection.SELECT) {
            Cohort cohort = em.find(Cohort.class, application.getCohort().getId(), LockModeType.PESSIMISTIC_WRITE);
            cohort.checkRoomFor(reads.placesTaken(cohort));
            application.decide(selection, reason, caller.name(), Instant.now(clock));
            Participant participant = new Participant(application, LocalDate.now(clock));
            em.persist(participant);
        } else {
            application.decide(selection, reason, caller.name(), Instant.now(clock));
        }
        Persistence.flush(em, Cohorts.APPLICATION, () -> new RuleViolationException(application.getClinician().getDisplayName()
                + " already has a place on " + application.getCohort().getName() + "."));
        audit.record(AuditAction.UPDATED, Cohorts.APPLICATION, applicationId, application.getStatus().label()
                + (application.getDecisionReason() == null ? "" : ": " + application.getDecisionReason()));
        notices.send(Callers.usernamesOf(em, application.getClinician()), "Your application to " + application.getCohort().getName(),
                switch (application.getStatus()) {
                    case SELECTED -> "You have a place. Your action-learning set: "
                            + Participant.learningSetFor(application.getCohort(), application.getPathway()) + ".";
                    case WAITLISTED -> "You are on the waiting list" + (application.getDecisionReason() == null ? "."
                            : ": " + application.getDecisionReason());
                    default -> "Your application was declined: " + application.getDecisionReason();
                }, Link.to(Link.Kind.COHORT, application.getCohort().getId()), "cohort-decision-" + applicationId + "-"
                        + application.getStatus());
        return ApplicationView.of(application);
    }
}
