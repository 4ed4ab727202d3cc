package org.clinlead.portal.projects;

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
import java.util.List;
import java.util.Optional;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * How far a project's change has spread and who hears of it: its spread level, adoptions by other
 * organisations, and putting it forward to its pathway's board, which the board's members then see.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class ProjectSpread {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private ProjectAccess access;

    @Inject
    private org.clinlead.portal.boards.Agendas agendas;

    @Inject
    private Caller caller;

    @Inject
    private org.clinlead.portal.boards.BoardsSatOn boardsSatOn;

    @Inject
    private Clock clock;

    public ProjectSummary spread(long projectId, long version, SpreadLevel level) {
        ChangeProject project = access.owned(projectId);
        Persistence.checkVersion(ChangeProjects.PROJECT, version, project.getVersion());
        project.spreadTo(level);
        Persistence.flush(em, ChangeProjects.PROJECT, () -> new RuleViolationException("The project could not be saved."));
        audit.record(AuditAction.UPDATED, ChangeProjects.PROJECT, projectId, "Spread: " + level.label());
        return ProjectSummary.of(project, null);
    }

    /**
     * Names an organisation that adopted the change, with the date. Spread follows the evidence: the project's
     * spread level rises to what the adoptions show (never lowered by them).
     */
    public AdoptionView adopt(long projectId, Long organisationId, LocalDate adoptedOn) {
        ChangeProject project = access.owned(projectId);
        Organisation organisation = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (organisationId != null && organisation == null) {
            throw new InvalidInputException("organisationId", "There is no organisation with id " + organisationId + ".");
        }
        Adoption adoption = new Adoption(project, organisation, adoptedOn, LocalDate.now(clock), caller.name());
        em.persist(adoption);
        if (adoption.level().compareTo(project.getSpread()) > 0) {
            project.spreadTo(adoption.level());
        }
        Persistence.flush(em, ChangeProjects.PROJECT, () -> new RuleViolationException(organisation.getName()
                + " is already recorded as adopting this change."));
        audit.record(AuditAction.UPDATED, ChangeProjects.PROJECT, projectId, "Adopted by " + organisation.getName() + " on " + adoptedOn);
        return new AdoptionView(adoption.getId(), organisation.getId(), organisation.getName(), adoptedOn,
                adoption.level().label());
    }

    /**
     * Puts a sustaining project with special-cause improvement on its outcome measure forward to its pathway
     * board: a recorded referral, and a proposed agenda item on the board's next meeting with an open pack.
     */
    public ReferralView refer(long projectId, String note) {
        ChangeProject project = access.owned(projectId);
        List<SpcView> views = ProjectReads.outcomeViews(em, project);
        org.clinlead.portal.boards.Board board = project.getPathway() == null ? null : em.createQuery(
                "select b from Board b where b.pathway = :p", org.clinlead.portal.boards.Board.class)
                .setParameter("p", project.getPathway()).getResultStream().findFirst().orElse(null);
        Referral referral = new Referral(project, board, ProjectReads.outcomeImproved(views), note, caller.name(), Instant.now(clock));
        em.persist(referral);
        Persistence.flush(em, ChangeProjects.PROJECT, () -> new RuleViolationException("The project is already put forward to "
                + referral.getBoard().getName() + "."));
        audit.record(AuditAction.CREATED, ChangeProjects.PROJECT, projectId, "Put forward to " + board.getName() + ": " + referral.getNote());
        Long item = agendas.propose(board.getId(), new org.clinlead.portal.boards.Proposal(project.getTitle(),
                "Proposed: spreading \"" + project.getTitle() + "\"",
                project.getOwner().getDisplayName(), project.getAims(), project.getOrganisation().getId(), referral.getNote(),
                Link.to(Link.Kind.PROJECT, project.getId()), "referral-" + referral.getId()));
        if (item != null) {
            referral.proposedAs(em.find(org.clinlead.portal.boards.AgendaItem.class, item));
        }
        return ReferralView.of(referral);
    }

    /** Projects put forward to the boards the caller sits on, newest first. */
    public List<ReferralView> referredToMe() {
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty()) {
            return List.of();
        }
        List<Long> boardIds = boardsSatOn.today(me.get());
        if (boardIds.isEmpty()) {
            return List.of();
        }
        return Persistence.named(em, "ProjectSpread.referredToMe", Referral.class, () -> em.createQuery("select r from Referral r "
                        + "join fetch r.project join fetch r.board left join fetch r.agendaItem "
                        + "where r.board.id in :b order by r.referredAt desc", Referral.class).setMaxResults(50))
                .setParameter("b", boardIds).getResultList().stream().map(ReferralView::of).toList();
    }
}
