package org.clinlead.portal.projects;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.MENTOR;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;

/**
 * Who may see and change a project, in one place for every boundary of the package: to anyone not entitled
 * a project does not exist (404); someone who may see it but not do the thing is refused (403).
 */
@Dependent
public class ProjectAccess {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private org.clinlead.portal.boards.BoardsSatOn boardsSatOn;

    @Inject
    private ProgrammePlaces places;

    /**
     * The project if the caller may see it: its team, its participant's mentor, the programme manager and
     * administrators, the members of a board it was put forward to; anyone signed in once it is closed.
     */
    ChangeProject visible(ChangeProject project) {
        if (caller.isInAny(ADMIN, PROGRAMME_MANAGER) || project.getStatus() == ProjectStatus.CLOSED) {
            return project;
        }
        Optional<Clinician> me = caller.clinician();
        if (me.isPresent() && project.isTeamMember(me.get()) || isMentorOf(project)) {
            return project;
        }
        // Whoever sits on a board the project was put forward to may read it: membership counts, not a role
        // (a board's chair is often a medical director without the board-member role).
        if (me.isPresent()) {
            List<Long> boardIds = boardsSatOn.today(me.get());
            if (!boardIds.isEmpty() && em.createQuery("select count(r) from Referral r where r.project = :p "
                    + "and r.board.id in :b", Long.class).setParameter("p", project).setParameter("b", boardIds)
                    .getSingleResult() > 0) {
                return project;
            }
        }
        throw new RecordNotFoundException(ChangeProjects.PROJECT, project.getId());
    }

    ChangeProject visible(long projectId) {
        return visible(Records.find(em, ChangeProject.class, projectId, ChangeProjects.PROJECT));
    }

    /** Whether the caller is the mentor of the project's participant. */
    boolean isMentorOf(ChangeProject project) {
        return caller.isIn(MENTOR) && places.place(project.getParticipantId())
                .map(p -> caller.name().equals(p.mentorUsername())).orElse(false);
    }

    /** A project the caller owns (or, as an administrator, any). */
    ChangeProject owned(long id) {
        ChangeProject project = visible(id);
        if (caller.isIn(ADMIN)) {
            return project;
        }
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty() || !project.getOwner().getId().equals(me.get().getId())) {
            throw new AccessRefusedException("Only the project's owner changes it; team members add data and PDSA cycles.");
        }
        return project;
    }

    /** A measure of a project the caller is on the team of; for anyone else the data is not theirs to add. */
    Measure onTeam(long measureId) {
        Measure measure = Records.find(em, Measure.class, measureId, ChangeProjects.MEASURE);
        ChangeProject project = visible(measure.getProject());
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty() || !project.isTeamMember(me.get())) {
            throw new AccessRefusedException("Only the project's owner and team add its data.");
        }
        return measure;
    }

    /** The caller's name as people see it (for comments and sign-offs). */
    String displayName() {
        return em.createQuery("select a.displayName from UserAccount a where a.username = :u", String.class)
                .setParameter("u", caller.name()).getSingleResult();
    }
}
