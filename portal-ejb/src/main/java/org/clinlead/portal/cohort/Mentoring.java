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
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.people.UserAccount;
import org.clinlead.portal.projects.ChangeProject;
import org.clinlead.portal.projects.ProjectReads;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Mentoring: the programme manager matches a participant with a mentor; mentors see their mentees and
 * their projects and record coaching sessions, whose notes only the participant and mentor read.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Mentoring {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private NoticeSender notices;

    @Inject
    private Clock clock;

    @Inject
    private CohortReads reads;

    @Inject
    private ParticipantAccess access;

    @Inject
    private Participants participants;

    /** The mentor's mentees: enrolled first, then completed, then withdrawn; newest cohort first within each. */
    @RolesAllowed({MENTOR})
    public List<ParticipantView> mentees() {
        UserAccount me = access.account();
        List<Participant> mine = new java.util.ArrayList<>(Persistence.fetching(em.createQuery("select p from Participant p "
                + "join fetch p.cohort c join fetch p.clinician cl join fetch p.pathway left join fetch p.mentor "
                + "where p.mentor = :me order by c.startsOn desc, cl.familyName, cl.givenName", Participant.class),
                "p.clinician.organisation").setParameter("me", me).getResultList());
        mine.sort(java.util.Comparator.comparing(Participant::getStatus)); // enrolled first; stable, so cohort order holds
        return reads.views(mine);
    }

    /** How many mentees the calling mentor has (the home page shows the number, not the list). */
    @RolesAllowed({MENTOR})
    public long menteeCount() {
        return em.createQuery("select count(p) from Participant p where p.mentor = :me", Long.class)
                .setParameter("me", access.account()).getSingleResult();
    }

    /** The projects of the calling mentor's mentees, with their verdicts and sign-off, newest first. */
    @RolesAllowed({MENTOR})
    public List<org.clinlead.portal.projects.ProjectSummary> menteeProjects() {
        return ProjectReads.summaries(em, em.createQuery("select p from ChangeProject p join fetch p.owner "
                + "join fetch p.organisation, Participant pt where p.participantId = pt.id and pt.mentor = :me "
                + "order by p.createdAt desc",
                ChangeProject.class).setParameter("me", access.account()).getResultList());
    }

    /** Mentor accounts the programme manager can choose from, with how many mentees each has. */
    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public List<MentorChoice> mentors() {
        Map<Long, Long> load = new HashMap<>();
        for (Object[] r : em.createQuery("select p.mentor.id, count(p) from Participant p where p.status = :e "
                + "group by p.mentor.id", Object[].class).setParameter("e", ParticipantStatus.ENROLLED).getResultList()) {
            if (r[0] != null) {
                load.put((Long) r[0], (Long) r[1]);
            }
        }
        return em.createQuery("select distinct a from UserAccount a join a.roles r left join fetch a.clinician "
                        + "where r = :m order by a.displayName", UserAccount.class).setParameter("m", Role.MENTOR).getResultList().stream()
                .filter(UserAccount::isEnabled)
                .map(a -> new MentorChoice(a.getUsername(), a.getDisplayName(), a.getClinician() == null ? null
                        : a.getClinician().getOrganisation().getName(), load.getOrDefault(a.getId(), 0L))).toList();
    }

    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public ParticipantView assignMentor(long participantId, long version, String mentorUsername, String reason) {
        Participant participant = Records.find(em, Participant.class, participantId, Cohorts.PARTICIPANT);
        Persistence.checkVersion(Cohorts.PARTICIPANT, version, participant.getVersion());
        if (mentorUsername == null || mentorUsername.isBlank()) {
            throw new InvalidInputException("mentor", "Choose the mentor.");
        }
        List<UserAccount> found = em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", UserAccount.normaliseUsername(mentorUsername)).getResultList();
        if (found.isEmpty()) {
            throw new InvalidInputException("mentor", "There is no account \"" + mentorUsername.strip() + "\".");
        }
        participant.assignMentor(found.get(0), reason);
        Persistence.flush(em, Cohorts.PARTICIPANT, () -> new RuleViolationException("The participant could not be saved."));
        audit.record(AuditAction.UPDATED, Cohorts.PARTICIPANT, participantId, "Mentor " + found.get(0).getUsername()
                + (participant.getMentorReason() == null ? "" : " (same organisation: " + participant.getMentorReason() + ")"));
        notices.send(List.of(found.get(0).getUsername()), "New mentee: " + participant.getClinician().getDisplayName(),
                participant.getClinician().getDisplayName() + " (" + participant.getLearningSet() + ") is now your mentee.",
                Link.to(Link.Kind.PARTICIPANT, participantId), "mentee-" + participantId + "-" + found.get(0).getId());
        return reads.view(participant);
    }

    @RolesAllowed({MENTOR})
    public SessionView recordSession(long participantId, SessionDraft draft) {
        Participant participant = access.visible(Records.find(em, Participant.class, participantId, Cohorts.PARTICIPANT));
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the session.");
        }
        if (participant.getStatus() != ParticipantStatus.ENROLLED) {
            throw new RuleViolationException(participant.getClinician().getDisplayName() + " is no longer enrolled.");
        }
        CoachingSession session = new CoachingSession(participant, access.account(), draft.date(), draft.model(),
                draft.agreedActions(), draft.notes(), LocalDate.now(clock), Instant.now(clock));
        em.persist(session);
        em.flush();
        audit.record(AuditAction.CREATED, Cohorts.PARTICIPANT, participantId, "Coaching session on " + session.getDate() + " ("
                + session.getModel() + ")");
        return new SessionView(session.getId(), session.getDate(), session.getModel(), session.getModel().label(),
                session.getAgreedActions(), session.getNotes(), session.getMentor().getDisplayName());
    }

    /** Coaching sessions of a participant; notes only for the mentor and the participant. */
    public List<SessionView> sessions(long participantId) {
        return participants.participant(participantId).sessions();
    }

}
