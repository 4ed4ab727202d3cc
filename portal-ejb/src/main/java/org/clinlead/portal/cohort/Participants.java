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
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.projects.ChangeProject;
import org.clinlead.portal.projects.ProjectReads;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.Filters;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Participants and their place on the programme: the participant page (as the caller may see it), the
 * final reflection, and completion or withdrawal by the programme manager.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Participants {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private CohortReads reads;

    @Inject
    private ParticipantAccess access;

    /** A cohort's participants (filters {@code status}, {@code set}, {@code name}), by name. */
    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public Page<ParticipantView> participants(long cohortId, PageRequest request) {
        request.requireSortIn(java.util.Set.of());
        Cohort cohort = Records.find(em, Cohort.class, cohortId, Cohorts.COHORT);
        ParticipantStatus status = Filters.constant(ParticipantStatus.class, request.filter("status"), "status");
        String set = request.filter("set");
        String name = request.filter("name");
        StringBuilder where = new StringBuilder(" where p.cohort = :c");
        if (status != null) {
            where.append(" and p.status = :s");
        }
        if (set != null) {
            where.append(" and p.learningSet = :set");
        }
        if (name != null) {
            where.append(" and lower(concat(concat(cl.givenName, ' '), cl.familyName)) like :name");
        }
        TypedQuery<Participant> query = org.clinlead.portal.shared.Persistence.fetching(em.createQuery("select p from Participant p "
                + "join fetch p.clinician cl join fetch p.pathway left join fetch p.mentor" + where
                + " order by cl.familyName, cl.givenName, p.id", Participant.class), "p.clinician.organisation");
        TypedQuery<Long> count = em.createQuery("select count(p) from Participant p join p.clinician cl" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("c", cohort);
            if (status != null) {
                q.setParameter("s", status);
            }
            if (set != null) {
                q.setParameter("set", set);
            }
            if (name != null) {
                q.setParameter("name", "%" + name.strip().toLowerCase(Locale.ROOT) + "%");
            }
        }
        return new Page<>(reads.views(query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList()),
                count.getSingleResult());
    }

    /** The caller's own places on the programme, newest cohort first. */
    public List<ParticipantView> myPlaces() {
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty()) {
            return List.of();
        }
        return reads.views(Persistence.named(em, "Participants.myPlaces", Participant.class, () -> Persistence.fetching(
                em.createQuery("select p from Participant p join fetch p.cohort c join fetch p.clinician cl "
                        + "join fetch p.pathway left join fetch p.mentor where p.clinician = :me order by c.startsOn desc",
                        Participant.class), "p.clinician.organisation"))
                .setParameter("me", me.get()).getResultList());
    }

    public ParticipantPage participant(long id) {
        Participant participant = access.visible(Records.find(em, Participant.class, id, Cohorts.PARTICIPANT));
        boolean manager = access.isManager();
        boolean self = access.isSelf(participant);
        boolean mentor = participant.isMentoredBy(access.account());
        List<ChangeProject> projects = em.createQuery("select p from ChangeProject p join fetch p.owner "
                + "join fetch p.organisation where p.participantId = :pt order by p.createdAt desc", ChangeProject.class)
                .setParameter("pt", participant.getId()).getResultList();
        boolean reached = projects.stream().anyMatch(p -> Completion.reachedTesting(p.getStatus()));
        boolean privateReader = self || mentor;
        List<SessionView> sessions = em.createQuery("select s from CoachingSession s join fetch s.mentor "
                        + "where s.participant = :p order by s.date desc, s.id desc", CoachingSession.class)
                .setParameter("p", participant).getResultList().stream()
                .map(s -> new SessionView(s.getId(), s.getDate(), s.getModel(), s.getModel().label(), s.getAgreedActions(),
                        privateReader ? s.getNotes() : null, s.getMentor().getDisplayName())).toList();
        return new ParticipantPage(ParticipantView.of(participant, projects.size(), reached),
                participant.getFinalReflection(), participant.getStatus() == ParticipantStatus.ENROLLED
                ? Completion.blockers(reached, participant.getFinalReflection()) : List.of(), sessions,
                ProjectReads.summaries(em, projects), mentor && participant.getStatus() == ParticipantStatus.ENROLLED,
                self && participant.getStatus() == ParticipantStatus.ENROLLED, manager);
    }

    public ParticipantView reflect(long participantId, long version, String reflection) {
        Participant participant = access.visible(Records.find(em, Participant.class, participantId, Cohorts.PARTICIPANT));
        if (!access.isSelf(participant)) {
            throw new AccessRefusedException("Only " + participant.getClinician().getDisplayName()
                    + " writes their final reflection.");
        }
        Persistence.checkVersion(Cohorts.PARTICIPANT, version, participant.getVersion());
        participant.reflect(reflection);
        Persistence.flush(em, Cohorts.PARTICIPANT, () -> new RuleViolationException("The reflection could not be saved."));
        audit.record(AuditAction.UPDATED, Cohorts.PARTICIPANT, participantId, "Final reflection written");
        return reads.view(participant);
    }

    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public ParticipantView complete(long participantId, long version) {
        Participant participant = Records.find(em, Participant.class, participantId, Cohorts.PARTICIPANT);
        Persistence.checkVersion(Cohorts.PARTICIPANT, version, participant.getVersion());
        participant.complete(reads.reachedTesting(participant), LocalDate.now(clock));
        Persistence.flush(em, Cohorts.PARTICIPANT, () -> new RuleViolationException("The participant could not be saved."));
        audit.record(AuditAction.CLOSED, Cohorts.PARTICIPANT, participantId, "Completed the programme");
        return reads.view(participant);
    }

    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public ParticipantView withdraw(long participantId, long version, String reason) {
        Participant participant = Records.find(em, Participant.class, participantId, Cohorts.PARTICIPANT);
        Persistence.checkVersion(Cohorts.PARTICIPANT, version, participant.getVersion());
        participant.withdraw(reason);
        Persistence.flush(em, Cohorts.PARTICIPANT, () -> new RuleViolationException("The participant could not be saved."));
        audit.record(AuditAction.CLOSED, Cohorts.PARTICIPANT, participantId, "Withdrawn: " + participant.getWithdrawnReason());
        return reads.view(participant);
    }

}
