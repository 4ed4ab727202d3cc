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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Callers;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The people around a project: its owner adds and removes team members; team, mentor and programme manager
 * comment; the participant's mentor signs the project off.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class ProjectTeam {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private ProjectAccess access;

    @Inject
    private ChangeProjects projects;

    @Inject
    private org.clinlead.portal.notices.NoticeSender notices;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The owner adds a colleague to the team (by their clinician record): team members add data and PDSA cycles. */
    public List<TeamMember> addTeamMember(long projectId, Long clinicianId) {
        ChangeProject project = access.owned(projectId);
        Clinician clinician = clinicianId == null ? null : em.find(Clinician.class, clinicianId);
        if (clinician == null) {
            throw new InvalidInputException("clinicianId", "Choose the colleague to add from the clinician register.");
        }
        project.addToTeam(clinician);
        Persistence.flush(em, ChangeProjects.PROJECT, () -> new RuleViolationException(clinician.getDisplayName() + " is already on the team."));
        audit.record(AuditAction.UPDATED, ChangeProjects.PROJECT, projectId, clinician.getDisplayName() + " joined the team");
        return projects.project(projectId).teamMembers();
    }

    public List<TeamMember> removeTeamMember(long projectId, long clinicianId) {
        ChangeProject project = access.owned(projectId);
        Clinician clinician = Records.find(em, Clinician.class, clinicianId, "clinician");
        project.removeFromTeam(clinician);
        em.flush();
        audit.record(AuditAction.UPDATED, ChangeProjects.PROJECT, projectId, clinician.getDisplayName() + " left the team");
        return projects.project(projectId).teamMembers();
    }

    /** A comment from the mentor, the programme manager or the team. */
    public CommentView comment(long projectId, String body) {
        ChangeProject project = access.visible(projectId);
        Optional<Clinician> me = caller.clinician();
        boolean team = me.isPresent() && project.isTeamMember(me.get());
        if (!team && !access.isMentorOf(project) && !caller.isIn(ADMIN) && !caller.isIn(PROGRAMME_MANAGER)) {
            throw new AccessRefusedException("Comments come from the project's team, its participant's mentor and the "
                    + "programme manager.");
        }
        ProjectComment comment = new ProjectComment(project, caller.name(), access.displayName(), body, Instant.now(clock));
        em.persist(comment);
        em.flush();
        audit.record(AuditAction.CREATED, ChangeProjects.PROJECT, projectId, "Comment by " + comment.getAuthorName());
        Set<String> recipients = new LinkedHashSet<>(Callers.usernamesOf(em, project.getOwner()));
        recipients.remove(caller.name());
        notices.send(recipients, "Comment on \"" + project.getTitle() + "\"", comment.getAuthorName() + ": " + comment.getBody(),
                Link.to(Link.Kind.PROJECT, projectId), "project-comment-" + comment.getId());
        return new CommentView(comment.getId(), comment.getAuthorName(), comment.getBody(), comment.getCreatedAt());
    }

    /** The mentor signs the project off: they have reviewed it and agree it reached what it says. */
    @RolesAllowed({MENTOR})
    public ProjectSummary signOff(long projectId, long version, String note) {
        ChangeProject project = access.visible(projectId);
        if (!access.isMentorOf(project)) {
            throw new AccessRefusedException("Only the participant's mentor signs their project off.");
        }
        Persistence.checkVersion(ChangeProjects.PROJECT, version, project.getVersion());
        project.signOff(access.displayName(), note, Instant.now(clock));
        Persistence.flush(em, ChangeProjects.PROJECT, () -> new RuleViolationException("The project could not be saved."));
        audit.record(AuditAction.APPROVED, ChangeProjects.PROJECT, projectId, "Signed off by the mentor" + (project.getSignOffNote() == null
                ? "" : ": " + project.getSignOffNote()));
        notices.send(Callers.usernamesOf(em, project.getOwner()), "Your mentor signed off \"" + project.getTitle() + "\"",
                project.getSignedOffBy() + " signed the project off" + (project.getSignOffNote() == null ? "."
                        : ": " + project.getSignOffNote()), Link.to(Link.Kind.PROJECT, projectId),
                "project-signoff-" + projectId + "-" + project.getVersion());
        return ProjectSummary.of(project, null);
    }
}
