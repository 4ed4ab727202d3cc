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

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Callers;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.people.UserAccount;
import org.clinlead.portal.projects.ChangeProject;
import org.clinlead.portal.projects.ProjectReads;
import org.clinlead.portal.projects.ProjectStatus;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.Filters;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Cohorts of the aspiring clinical leaders programme. The programme manager runs them: creates cohorts,
 * selects, waitlists or declines applicants (never past the funded places), matches mentors, completes or
 * withdraws participants. Clinicians apply; their medical director (or the programme manager, recording a
 * line manager's yes) confirms their organisation's support. Mentors record coaching sessions whose notes
 * only they and the participant read. A participant's record is visible to them, their mentor, the
 * programme manager and administrators; to anyone else it does not exist.
 */
@Stateless
public class Cohorts {

    static final String COHORT = "cohort";
    static final String APPLICATION = "cohort application";
    static final String PARTICIPANT = "participant";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private NoticeSender notices;

    @Resource
    private SessionContext context;

    private final Clock clock = org.clinlead.portal.shared.UkTime.clock();

    /** Every cohort, newest first, with its places; everyone signed in sees them (to apply, or to know). */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<CohortSummary> cohorts() {
        return summaries(em.createQuery("select c from Cohort c order by c.startsOn desc, c.id desc", Cohort.class)
                .getResultList());
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public CohortSummary cohort(long id) {
        return summaries(List.of(loadCohort(id))).get(0);
    }

    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public CohortSummary create(CohortDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the cohort.");
        }
        Set<Pathway> pathways = new LinkedHashSet<>();
        for (String code : draft.pathwayCodes() == null ? Set.<String>of() : draft.pathwayCodes()) {
            Pathway pathway = code == null ? null : em.find(Pathway.class, code.strip());
            if (pathway == null) {
                throw new InvalidInputException("pathwayCodes", "There is no pathway " + code + ".");
            }
            pathways.add(pathway);
        }
        Cohort cohort = new Cohort(draft.name(), draft.startsOn(), draft.endsOn(), draft.fundedPlaces(),
                draft.fundingPerPlace(), pathways, now());
        em.persist(cohort);
        Persistence.flush(em, COHORT, () -> new RuleViolationException("There is already a cohort called \""
                + cohort.getName() + "\"."));
        audit.record(AuditAction.CREATED, COHORT, cohort.getId(), cohort.getName() + ": " + cohort.getFundedPlaces()
                + " places, " + cohort.getStartsOn() + " to " + cohort.getEndsOn());
        return cohort(cohort.getId());
    }

    // ---- applications ---------------------------------------------------------------------------------------

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ApplicationView apply(long cohortId, ApplicationDraft draft) {
        Cohort cohort = loadCohort(cohortId);
        Clinician me = Callers.requireClinician(em, caller(), "apply for a place");
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
                draft.supporterRole(), today(), now());
        em.persist(application);
        Persistence.flush(em, APPLICATION, () -> new RuleViolationException("You have already applied to "
                + cohort.getName() + "."));
        audit.record(AuditAction.CREATED, APPLICATION, application.getId(), me.getDisplayName() + " applied to "
                + cohort.getName());
        notices.send(usernamesWithRole(Role.PROGRAMME_MANAGER), "New application to " + cohort.getName(),
                me.getDisplayName() + " (" + me.getOrganisation().getName() + ") applied for a place; support to be confirmed by "
                        + application.getSupporterRole().label().toLowerCase(Locale.ROOT) + " " + application.getSupporterName() + ".",
                "/cohort/cohort.xhtml?id=" + cohortId, "cohort-application-" + application.getId());
        return ApplicationView.of(application);
    }

    /** The caller's own applications, newest first. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<ApplicationView> myApplications() {
        Optional<Clinician> me = Callers.clinician(em, caller());
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
        request.requireSortIn(java.util.Set.of());
        Cohort cohort = loadCohort(cohortId);
        ApplicationStatus status = Filters.constant(ApplicationStatus.class, request.filter("status"), "status");
        String where = " where a.cohort = :c" + (status == null ? "" : " and a.status = :s");
        TypedQuery<CohortApplication> query = em.createQuery("select a from CohortApplication a join fetch a.clinician cl "
                + "join fetch cl.organisation join fetch a.pathway" + where + " order by a.submittedAt, a.id",
                CohortApplication.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from CohortApplication a" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            q.setParameter("c", cohort);
            if (status != null) {
                q.setParameter("s", status);
            }
        }
        return new Page<>(query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList().stream()
                .map(ApplicationView::of).toList(), count.getSingleResult());
    }

    /** Applications naming a medical director as supporter and not yet confirmed: a medical director's to-do. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, PROGRAMME_MANAGER})
    public List<ApplicationView> awaitingSupport() {
        return em.createQuery("select a from CohortApplication a join fetch a.cohort join fetch a.clinician cl "
                        + "join fetch cl.organisation join fetch a.pathway where a.supportConfirmedAt is null "
                        + "and a.supporterRole = :md and a.status <> :declined order by a.submittedAt", CohortApplication.class)
                .setParameter("md", SupporterRole.MEDICAL_DIRECTOR).setParameter("declined", ApplicationStatus.DECLINED)
                .setMaxResults(100).getResultList().stream().map(ApplicationView::of).toList();
    }

    /**
     * Records the organisation's yes. A medical director confirms in their own name; the programme manager
     * records the yes of the named medical director or line manager ({@code confirmedBy}).
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, PROGRAMME_MANAGER})
    public ApplicationView confirmSupport(long applicationId, String confirmedBy) {
        CohortApplication application = loadApplication(applicationId);
        String by;
        if (context.isCallerInRole(PROGRAMME_MANAGER) || context.isCallerInRole(ADMIN)) {
            by = Check.clean(confirmedBy) == null ? null : confirmedBy.strip() + " (" + application.getSupporterRole().label()
                    .toLowerCase(Locale.ROOT) + ", recorded by " + displayName() + ")";
            if (by == null) {
                throw new InvalidInputException("confirmedBy", "Say who confirmed the organisation's support.");
            }
        } else {
            if (application.getSupporterRole() != SupporterRole.MEDICAL_DIRECTOR) {
                throw new RuleViolationException("This applicant named their line manager, " + application.getSupporterName()
                        + "; the programme manager records the line manager's yes.");
            }
            if (application.getClinician().getId().equals(Callers.clinician(em, caller()).map(Clinician::getId).orElse(-1L))) {
                throw new RuleViolationException("You cannot confirm support for your own application.");
            }
            by = displayName() + " (medical director)";
        }
        application.confirmSupport(by, now());
        Persistence.flush(em, APPLICATION, () -> new RuleViolationException("The application could not be saved."));
        audit.record(AuditAction.UPDATED, APPLICATION, applicationId, "Organisation's support confirmed by " + by);
        return ApplicationView.of(application);
    }

    /**
     * Selects, waitlists or declines. Selecting locks the cohort, so two programme managers selecting the
     * last place at once get one participant and one refusal; the new participant joins their pathway's
     * action-learning set.
     */
    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public ApplicationView decide(long applicationId, long version, Selection selection, String reason) {
        CohortApplication application = loadApplication(applicationId);
        Persistence.checkVersion(APPLICATION, version, application.getVersion());
        if (selection == Selection.SELECT) {
            Cohort cohort = em.find(Cohort.class, application.getCohort().getId(), LockModeType.PESSIMISTIC_WRITE);
            cohort.checkRoomFor(placesTaken(cohort));
            application.decide(selection, reason, caller(), now());
            Participant participant = new Participant(application, today());
            em.persist(participant);
        } else {
            application.decide(selection, reason, caller(), now());
        }
        Persistence.flush(em, APPLICATION, () -> new RuleViolationException(application.getClinician().getDisplayName()
                + " already has a place on " + application.getCohort().getName() + "."));
        audit.record(AuditAction.UPDATED, APPLICATION, applicationId, application.getStatus().label()
                + (application.getDecisionReason() == null ? "" : ": " + application.getDecisionReason()));
        notices.send(Callers.usernamesOf(em, application.getClinician()), "Your application to " + application.getCohort().getName(),
                switch (application.getStatus()) {
                    case SELECTED -> "You have a place. Your action-learning set: "
                            + Participant.learningSetFor(application.getCohort(), application.getPathway()) + ".";
                    case WAITLISTED -> "You are on the waiting list" + (application.getDecisionReason() == null ? "."
                            : ": " + application.getDecisionReason());
                    default -> "Your application was declined: " + application.getDecisionReason();
                }, "/cohort/cohort.xhtml?id=" + application.getCohort().getId(), "cohort-decision-" + applicationId + "-"
                        + application.getStatus());
        return ApplicationView.of(application);
    }

    // ---- participants ---------------------------------------------------------------------------------------

    /** A cohort's participants (filters {@code status}, {@code set}, {@code name}), by name. */
    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public Page<ParticipantView> participants(long cohortId, PageRequest request) {
        request.requireSortIn(java.util.Set.of());
        Cohort cohort = loadCohort(cohortId);
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
        TypedQuery<Participant> query = em.createQuery("select p from Participant p join fetch p.clinician cl "
                + "join fetch cl.organisation join fetch p.pathway left join fetch p.mentor" + where
                + " order by cl.familyName, cl.givenName, p.id", Participant.class);
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
        return new Page<>(views(query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList()),
                count.getSingleResult());
    }

    /** The caller's own places on the programme, newest cohort first. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<ParticipantView> myPlaces() {
        Optional<Clinician> me = Callers.clinician(em, caller());
        if (me.isEmpty()) {
            return List.of();
        }
        return views(em.createQuery("select p from Participant p join fetch p.cohort c join fetch p.clinician cl "
                + "join fetch cl.organisation join fetch p.pathway left join fetch p.mentor where p.clinician = :me "
                + "order by c.startsOn desc", Participant.class).setParameter("me", me.get()).getResultList());
    }

    /** The mentor's mentees: enrolled first, then completed, then withdrawn; newest cohort first within each. */
    @RolesAllowed({MENTOR})
    public List<ParticipantView> mentees() {
        UserAccount me = account();
        List<Participant> mine = new java.util.ArrayList<>(em.createQuery("select p from Participant p join fetch p.cohort c "
                + "join fetch p.clinician cl join fetch cl.organisation join fetch p.pathway left join fetch p.mentor "
                + "where p.mentor = :me order by c.startsOn desc, cl.familyName, cl.givenName", Participant.class)
                .setParameter("me", me).getResultList());
        mine.sort(java.util.Comparator.comparing(Participant::getStatus)); // enrolled first; stable, so cohort order holds
        return views(mine);
    }

    /** The projects of the calling mentor's mentees, with their verdicts and sign-off, newest first. */
    @RolesAllowed({MENTOR})
    public List<org.clinlead.portal.projects.ProjectSummary> menteeProjects() {
        return ProjectReads.summaries(em, em.createQuery("select p from ChangeProject p join fetch p.owner "
                + "join fetch p.organisation join p.participant pt where pt.mentor = :me order by p.createdAt desc",
                ChangeProject.class).setParameter("me", account()).getResultList());
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ParticipantPage participant(long id) {
        Participant participant = visible(loadParticipant(id));
        boolean manager = isManager();
        boolean self = isSelf(participant);
        boolean mentor = participant.isMentoredBy(account());
        List<ChangeProject> projects = em.createQuery("select p from ChangeProject p join fetch p.owner "
                + "join fetch p.organisation where p.participant = :pt order by p.createdAt desc", ChangeProject.class)
                .setParameter("pt", participant).getResultList();
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
        Participant participant = loadParticipant(participantId);
        Persistence.checkVersion(PARTICIPANT, version, participant.getVersion());
        if (mentorUsername == null || mentorUsername.isBlank()) {
            throw new InvalidInputException("mentor", "Choose the mentor.");
        }
        List<UserAccount> found = em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", UserAccount.normaliseUsername(mentorUsername)).getResultList();
        if (found.isEmpty()) {
            throw new InvalidInputException("mentor", "There is no account \"" + mentorUsername.strip() + "\".");
        }
        participant.assignMentor(found.get(0), reason);
        Persistence.flush(em, PARTICIPANT, () -> new RuleViolationException("The participant could not be saved."));
        audit.record(AuditAction.UPDATED, PARTICIPANT, participantId, "Mentor " + found.get(0).getUsername()
                + (participant.getMentorReason() == null ? "" : " (same organisation: " + participant.getMentorReason() + ")"));
        notices.send(List.of(found.get(0).getUsername()), "New mentee: " + participant.getClinician().getDisplayName(),
                participant.getClinician().getDisplayName() + " (" + participant.getLearningSet() + ") is now your mentee.",
                "/cohort/participant.xhtml?id=" + participantId, "mentee-" + participantId + "-" + found.get(0).getId());
        return view(participant);
    }

    @RolesAllowed({MENTOR})
    public SessionView recordSession(long participantId, SessionDraft draft) {
        Participant participant = visible(loadParticipant(participantId));
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the session.");
        }
        if (participant.getStatus() != ParticipantStatus.ENROLLED) {
            throw new RuleViolationException(participant.getClinician().getDisplayName() + " is no longer enrolled.");
        }
        CoachingSession session = new CoachingSession(participant, account(), draft.date(), draft.model(),
                draft.agreedActions(), draft.notes(), today(), now());
        em.persist(session);
        em.flush();
        audit.record(AuditAction.CREATED, PARTICIPANT, participantId, "Coaching session on " + session.getDate() + " ("
                + session.getModel() + ")");
        return new SessionView(session.getId(), session.getDate(), session.getModel(), session.getModel().label(),
                session.getAgreedActions(), session.getNotes(), session.getMentor().getDisplayName());
    }

    /** Coaching sessions of a participant; notes only for the mentor and the participant. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<SessionView> sessions(long participantId) {
        return participant(participantId).sessions();
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ParticipantView reflect(long participantId, long version, String reflection) {
        Participant participant = visible(loadParticipant(participantId));
        if (!isSelf(participant)) {
            throw new AccessRefusedException("Only " + participant.getClinician().getDisplayName()
                    + " writes their final reflection.");
        }
        Persistence.checkVersion(PARTICIPANT, version, participant.getVersion());
        participant.reflect(reflection);
        Persistence.flush(em, PARTICIPANT, () -> new RuleViolationException("The reflection could not be saved."));
        audit.record(AuditAction.UPDATED, PARTICIPANT, participantId, "Final reflection written");
        return view(participant);
    }

    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public ParticipantView complete(long participantId, long version) {
        Participant participant = loadParticipant(participantId);
        Persistence.checkVersion(PARTICIPANT, version, participant.getVersion());
        participant.complete(reachedTesting(participant), today());
        Persistence.flush(em, PARTICIPANT, () -> new RuleViolationException("The participant could not be saved."));
        audit.record(AuditAction.CLOSED, PARTICIPANT, participantId, "Completed the programme");
        return view(participant);
    }

    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public ParticipantView withdraw(long participantId, long version, String reason) {
        Participant participant = loadParticipant(participantId);
        Persistence.checkVersion(PARTICIPANT, version, participant.getVersion());
        participant.withdraw(reason);
        Persistence.flush(em, PARTICIPANT, () -> new RuleViolationException("The participant could not be saved."));
        audit.record(AuditAction.CLOSED, PARTICIPANT, participantId, "Withdrawn: " + participant.getWithdrawnReason());
        return view(participant);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private long placesTaken(Cohort cohort) {
        return em.createQuery("select count(p) from Participant p where p.cohort = :c and p.status <> :w", Long.class)
                .setParameter("c", cohort).setParameter("w", ParticipantStatus.WITHDRAWN).getSingleResult();
    }

    private boolean reachedTesting(Participant participant) {
        return em.createQuery("select p.status from ChangeProject p where p.participant = :pt", ProjectStatus.class)
                .setParameter("pt", participant).getResultList().stream().anyMatch(Completion::reachedTesting);
    }

    private List<CohortSummary> summaries(List<Cohort> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = cohorts.stream().map(Cohort::getId).toList();
        Map<Long, Long> taken = new HashMap<>();
        for (Object[] r : em.createQuery("select p.cohort.id, count(p) from Participant p where p.cohort.id in :cs "
                + "and p.status <> :w group by p.cohort.id", Object[].class).setParameter("cs", ids)
                .setParameter("w", ParticipantStatus.WITHDRAWN).getResultList()) {
            taken.put((Long) r[0], (Long) r[1]);
        }
        Map<String, Long> apps = new HashMap<>();
        for (Object[] r : em.createQuery("select a.cohort.id, a.status, count(a) from CohortApplication a "
                + "where a.cohort.id in :cs group by a.cohort.id, a.status", Object[].class).setParameter("cs", ids)
                .getResultList()) {
            apps.put(r[0] + "/" + r[1], (Long) r[2]);
        }
        Map<Long, List<Pathway>> pathways = new HashMap<>();
        for (Object[] r : em.createQuery("select c.id, p from Cohort c join c.pathways p where c.id in :cs order by p.name",
                Object[].class).setParameter("cs", ids).getResultList()) {
            pathways.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>()).add((Pathway) r[1]);
        }
        LocalDate today = today();
        return cohorts.stream().map(c -> {
            List<Pathway> ps = pathways.getOrDefault(c.getId(), List.of());
            return new CohortSummary(c.getId(), c.getVersion(), c.getName(), c.getStartsOn(), c.getEndsOn(),
                    c.phase(today), c.isOpenForApplications(today), c.hasEnded(today), c.getFundedPlaces(),
                    c.getFundingPerPlace(), ps.stream().map(Pathway::getName).toList(), ps.stream().map(Pathway::getCode).toList(),
                    taken.getOrDefault(c.getId(), 0L), apps.getOrDefault(c.getId() + "/SUBMITTED", 0L),
                    apps.getOrDefault(c.getId() + "/WAITLISTED", 0L));
        }).toList();
    }

    /** Participant views with their projects counted, in two queries however many participants. */
    private List<ParticipantView> views(List<Participant> participants) {
        if (participants.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        Set<Long> reached = new HashSet<>();
        for (Object[] r : em.createQuery("select p.participant.id, p.status, count(p) from ChangeProject p "
                + "where p.participant.id in :ps group by p.participant.id, p.status", Object[].class)
                .setParameter("ps", participants.stream().map(Participant::getId).toList()).getResultList()) {
            counts.merge((Long) r[0], (Long) r[2], Long::sum);
            if (Completion.reachedTesting((ProjectStatus) r[1])) {
                reached.add((Long) r[0]);
            }
        }
        return participants.stream().map(p -> ParticipantView.of(p, counts.getOrDefault(p.getId(), 0L),
                reached.contains(p.getId()))).toList();
    }

    private ParticipantView view(Participant participant) {
        return views(List.of(participant)).get(0);
    }

    private Participant visible(Participant participant) {
        if (isManager() || isSelf(participant) || participant.isMentoredBy(account())) {
            return participant;
        }
        throw new RecordNotFoundException(PARTICIPANT, participant.getId());
    }

    private boolean isManager() {
        return context.isCallerInRole(ADMIN) || context.isCallerInRole(PROGRAMME_MANAGER);
    }

    private boolean isSelf(Participant participant) {
        return Callers.clinician(em, caller()).map(c -> c.getId().equals(participant.getClinician().getId())).orElse(false);
    }

    private UserAccount account() {
        return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", caller()).getSingleResult();
    }

    private String displayName() {
        return account().getDisplayName();
    }

    List<String> usernamesWithRole(Role role) {
        return em.createQuery("select distinct a.username from UserAccount a join a.roles r where r = :r", String.class)
                .setParameter("r", role).getResultList();
    }


    private Cohort loadCohort(long id) {
        Cohort cohort = Records.find(em, Cohort.class, id, COHORT);
        return cohort;
    }

    private CohortApplication loadApplication(long id) {
        CohortApplication application = Records.find(em, CohortApplication.class, id, APPLICATION);
        return application;
    }

    private Participant loadParticipant(long id) {
        Participant participant = Records.find(em, Participant.class, id, PARTICIPANT);
        return participant;
    }


    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
