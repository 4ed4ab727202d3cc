package org.clinlead.portal.appointments;

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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.interests.DeclarationRound;
import org.clinlead.portal.interests.DeclarationSummary;
import org.clinlead.portal.people.Callers;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.FieldError;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The competitive appointment, step by step: a medical director (or administrator) opens a vacancy and
 * sets its panel; clinicians apply; each panel member scores every application on every criterion; the
 * chair recommends one (or closes the vacancy without appointing); a medical director approves or
 * rejects with a reason. Who may act is checked per role and per record (the panel, the chair, the
 * candidate), conflicts are flagged from the register of interests and must be answered with a statement
 * before the person acts, and every step is audited.
 */
@Stateless
public class Recruitment {

    static final String VACANCY = "vacancy";
    static final String APPLICATION = "application";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.system(DeclarationRound.UK);

    // ---- vacancies ---------------------------------------------------------------------------------------

    /** Opens a vacancy for a seat that is neither filled nor already being recruited. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public VacancySummary openVacancy(@Valid @NotNull(message = "{request.body.required}") VacancyDraft draft) {
        LocalDate today = today();
        LeadSeat seat = chooseSeat(draft, today);
        Set<String> aims = new LinkedHashSet<>(draft.aims() == null ? Set.of() : draft.aims());
        Set<String> known = new HashSet<>(em.createQuery("select a.code from StrategicAim a", String.class).getResultList());
        List<String> unknown = aims.stream().filter(a -> !known.contains(a)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("aims", "There is no strategic aim " + String.join(", ", unknown)
                    + "; the aims are A to E.");
        }
        Vacancy vacancy = Vacancy.open(seat, draft.closingDate(), draft.summary(), draft.criteria(), aims, caller(), today,
                now());
        em.find(LeadCap.class, LeadCap.ID).requireRoomFor(InPost.count(em, today));
        em.persist(vacancy);
        em.flush();
        audit.record(AuditAction.CREATED, VACANCY, vacancy.getId(), "Vacancy opened for the " + seat.getLabel()
                + ", closing " + vacancy.getClosingDate() + "; criteria: " + vacancy.getCriteria().stream()
                .map(Criterion::getName).collect(Collectors.joining("; ")));
        return summary(vacancy, today);
    }

    /** Vacancies, newest first by default; filter {@code status} (OPEN, FILLED, NO_APPOINTMENT), sort by closing date. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public Page<VacancySummary> vacancies(PageRequest request) {
        Page<Vacancy> page = new Lists<>(em, Vacancy.class,
                Map.of("closingDate", r -> r.get("closingDate"), "openedAt", r -> r.get("openedAt"),
                        "status", r -> r.get("status")),
                Map.of("status", (cb, r) -> v -> cb.equal(r.get("status"), parseStatus(v))),
                "openedAt", false)
                .fetching(r -> r.fetch("seat"))
                .page(request);
        return new Page<>(summaries(page.items()), page.total());
    }

    /** The vacancies still open, oldest closing date first. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<VacancySummary> openVacancies() {
        return summaries(em.createQuery("select v from Vacancy v join fetch v.seat where v.status = :open "
                + "order by v.closingDate, v.id", Vacancy.class).setParameter("open", VacancyStatus.OPEN).getResultList());
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public VacancySummary vacancy(long id) {
        return summary(loadVacancy(id), today());
    }

    /**
     * Sets a vacancy's panel: at least two different clinicians, one of them the chair, none of them an
     * applicant. Once scoring has started the panel is fixed.
     */
    /** The same, named by one of the vacancy's applications (one panel scores every application to a vacancy). */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public VacancySummary setPanelOfApplication(long applicationId, List<Long> memberIds, Long chairId) {
        return setPanel(loadApplication(applicationId).getVacancy().getId(), memberIds, chairId);
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public VacancySummary setPanel(long vacancyId, List<Long> memberIds, Long chairId) {
        Vacancy vacancy = Records.find(em, Vacancy.class, vacancyId, VACANCY, LockModeType.PESSIMISTIC_WRITE);
        vacancy.requireOpen();
        Set<Long> ids = new LinkedHashSet<>(memberIds == null ? List.of() : memberIds);
        ids.remove(null);
        if (ids.size() < PanelMember.MIN_SIZE) {
            throw new InvalidInputException("memberIds", "A panel needs at least " + PanelMember.MIN_SIZE
                    + " different members.");
        }
        if (chairId == null || !ids.contains(chairId)) {
            throw new InvalidInputException("chairId", "Choose the chair from among the panel members.");
        }
        List<Clinician> members = new ArrayList<>();
        for (Long id : ids) {
            Clinician c = em.find(Clinician.class, id);
            if (c == null) {
                throw new InvalidInputException("memberIds", "There is no clinician with id " + id + ".");
            }
            members.add(c);
        }
        List<String> applicants = em.createQuery("select a.candidate from LeadApplication a where a.vacancy = :v "
                        + "and a.candidate.id in :ids", Clinician.class).setParameter("v", vacancy).setParameter("ids", ids)
                .getResultList().stream().map(Clinician::getDisplayName).toList();
        if (!applicants.isEmpty()) {
            throw new RuleViolationException(String.join(", ", applicants) + " applied for this vacancy, so cannot sit on "
                    + "its panel.");
        }
        if (em.createQuery("select count(s) from Score s where s.application.vacancy = :v", Long.class)
                .setParameter("v", vacancy).getSingleResult() > 0) {
            throw new RuleViolationException("Scoring has started, so the panel can no longer change.");
        }
        em.createQuery("delete from PanelMember m where m.vacancy = :v").setParameter("v", vacancy).executeUpdate();
        for (Clinician c : members) {
            em.persist(new PanelMember(vacancy, c, c.getId().equals(chairId)));
        }
        em.flush();
        audit.record(AuditAction.UPDATED, VACANCY, vacancyId, "Panel set: " + members.stream()
                .map(c -> c.getDisplayName() + (c.getId().equals(chairId) ? " (chair)" : ""))
                .collect(Collectors.joining(", ")));
        return summary(vacancy, today());
    }

    /** The chair closes the vacancy without recommending anyone, with a reason. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public VacancySummary closeWithoutAppointment(long vacancyId, String reason) {
        Vacancy vacancy = loadVacancy(vacancyId);
        Clinician me = Callers.requireClinician(em, caller(), "chair a panel");
        if (panel(vacancy).stream().noneMatch(m -> m.isChair() && m.getClinician().getId().equals(me.getId()))) {
            throw new AccessRefusedException("Only the panel chair can close the vacancy without an appointment.");
        }
        if (em.createQuery("select count(a) from LeadApplication a where a.vacancy = :v and a.status = :s", Long.class)
                .setParameter("v", vacancy).setParameter("s", ApplicationStatus.RECOMMENDED).getSingleResult() > 0) {
            throw new RuleViolationException("A recommendation is awaiting a medical director's decision; it must be "
                    + "decided first.");
        }
        vacancy.closeWithoutAppointment(reason);
        for (LeadApplication a : applicationsTo(vacancy)) {
            a.notAppointed();
        }
        Persistence.flush(em, VACANCY, () -> new RuleViolationException("The vacancy could not be saved."));
        audit.record(AuditAction.RECOMMENDED, VACANCY, vacancyId, "Closed without appointment: " + reason.strip());
        return summary(vacancy, today());
    }

    // ---- applications -----------------------------------------------------------------------------------

    /** Applies to a vacancy: before its closing date, once, with a declaration current for this year. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ApplicationSummary apply(long vacancyId, String statement) {
        Vacancy vacancy = loadVacancy(vacancyId);
        Clinician me = Callers.requireClinician(em, caller(), "apply");
        LocalDate today = today();
        if (panel(vacancy).stream().anyMatch(m -> m.getClinician().getId().equals(me.getId()))) {
            throw new RuleViolationException("You sit on this vacancy's panel, so you cannot apply for it.");
        }
        if (em.createQuery("select count(a) from LeadApplication a where a.vacancy = :v and a.candidate = :me", Long.class)
                .setParameter("v", vacancy).setParameter("me", me).getSingleResult() > 0) {
            throw new RuleViolationException("You have already applied for this vacancy; one application per candidate.");
        }
        LeadApplication application = LeadApplication.submit(vacancy, me, statement,
                DeclarationRound.hasDeclared(declarationsOf(List.of(me)), today.getYear()), today, now());
        em.persist(application);
        Persistence.flush(em, APPLICATION, () -> new RuleViolationException(
                "You have already applied for this vacancy; one application per candidate."));
        audit.record(AuditAction.CREATED, APPLICATION, application.getId(), me.getDisplayName() + " applied for the "
                + vacancy.getSeat().getLabel());
        return ApplicationSummary.of(application);
    }

    /** The caller's own applications, newest first. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<ApplicationSummary> myApplications() {
        Optional<Clinician> me = Callers.clinician(em, caller());
        if (me.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from LeadApplication a join fetch a.vacancy v join fetch v.seat "
                        + "join fetch a.candidate c join fetch c.organisation where a.candidate = :me "
                        + "order by a.submittedAt desc", LeadApplication.class)
                .setParameter("me", me.get()).getResultList().stream().map(ApplicationSummary::of).toList();
    }

    /**
     * A vacancy's applications: all of them for medical directors, administrators and its panel; otherwise
     * only the caller's own.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<ApplicationSummary> applications(long vacancyId) {
        Vacancy vacancy = loadVacancy(vacancyId);
        Optional<Clinician> me = Callers.clinician(em, caller());
        boolean all = overseer() || me.isPresent() && isOnPanel(vacancy, me.get());
        return applicationsTo(vacancy).stream()
                .filter(a -> all || me.isPresent() && a.getCandidate().getId().equals(me.get().getId()))
                .map(ApplicationSummary::of).toList();
    }

    /**
     * One application in full, for the medical directors, administrators and the vacancy's panel; the
     * candidate sees their own application without the panel's work. To anyone else it does not exist.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ApplicationFile application(long id) {
        return file(visible(loadApplication(id)));
    }

    /**
     * A flagged panel member or medical director states how their conflict with this candidate is managed.
     * The statement is kept with the conflict as it then read, and shown to the approver.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ApplicationFile stateConflict(long applicationId, String statement) {
        LeadApplication application = visible(loadApplication(applicationId));
        Clinician me = Callers.requireClinician(em, caller(), "state a conflict");
        if (!isOnPanel(application.getVacancy(), me) && !context.isCallerInRole(MEDICAL_DIRECTOR)) {
            throw new AccessRefusedException("Only panel members and medical directors state conflicts on an application.");
        }
        List<String> open = unmanaged(application, me);
        if (open.isEmpty()) {
            throw new RuleViolationException("The register of interests shows no unmanaged conflict for you on this "
                    + "application, so there is nothing to state.");
        }
        for (String conflict : open) {
            em.persist(new ConflictStatement(application, me, conflict, statement, caller(), now()));
        }
        em.flush();
        audit.record(AuditAction.CREATED, APPLICATION, applicationId, "Conflict managed by " + me.getDisplayName() + ": "
                + String.join("; ", open) + " — " + statement.strip());
        return file(application);
    }

    /** A panel member scores the application on every criterion, 0–4 with a comment; scoring again replaces them. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ApplicationFile score(long applicationId, List<ScoreInput> scores) {
        LeadApplication application = visible(loadApplication(applicationId));
        Clinician me = Callers.requireClinician(em, caller(), "score");
        Conflicts.requireNotCandidate(me, application.getCandidate(), "score");
        if (!isOnPanel(application.getVacancy(), me)) {
            throw new AccessRefusedException("Only the vacancy's panel members score its applications.");
        }
        if (application.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new RuleViolationException("Scoring is closed: this application is "
                    + application.getStatus().label().toLowerCase(Locale.ROOT) + ".");
        }
        requireManaged(application, me);
        Map<Long, ScoreInput> byCriterion = checkScores(application, scores);
        Map<Long, Score> existing = em.createQuery("select s from Score s where s.application = :a and s.assessor = :me",
                        Score.class).setParameter("a", application).setParameter("me", me).getResultList().stream()
                .collect(Collectors.toMap(s -> s.getCriterion().getId(), s -> s));
        Instant now = now();
        for (Criterion criterion : application.getVacancy().getCriteria()) {
            ScoreInput input = byCriterion.get(criterion.getId());
            Score score = existing.get(criterion.getId());
            if (score == null) {
                em.persist(new Score(application, me, criterion, input.points(), input.comment(), now));
            } else {
                score.rescore(input.points(), input.comment(), now);
            }
        }
        Persistence.flush(em, "score", () -> new RuleViolationException("Your scores could not be saved; try again."));
        audit.record(AuditAction.SCORED, APPLICATION, applicationId, me.getDisplayName() + " scored "
                + application.getCandidate().getDisplayName() + ": " + application.getVacancy().getCriteria().stream()
                .map(c -> c.getName() + " " + byCriterion.get(c.getId()).points()).collect(Collectors.joining(", ")));
        return file(application);
    }

    /** The panel chair recommends this candidate, once every panel member has scored every criterion. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ApplicationFile recommend(long applicationId, String rationale) {
        LeadApplication application = Records.find(em, LeadApplication.class, applicationId, APPLICATION, LockModeType.PESSIMISTIC_WRITE);
        visible(application);
        Clinician me = Callers.requireClinician(em, caller(), "chair a panel");
        Conflicts.requireNotCandidate(me, application.getCandidate(), "recommend");
        List<PanelMember> panel = panel(application.getVacancy());
        if (panel.stream().noneMatch(m -> m.isChair() && m.getClinician().getId().equals(me.getId()))) {
            throw new AccessRefusedException("Only the panel chair recommends a candidate.");
        }
        requireManaged(application, me);
        List<String> missing = Approval.missingScores(application, panel, scoresOf(application));
        if (!missing.isEmpty()) {
            throw new RuleViolationException("Every panel member must score every criterion before a recommendation: "
                    + String.join(" ", missing));
        }
        Optional<LeadApplication> pending = applicationsTo(application.getVacancy()).stream()
                .filter(a -> a.getStatus() == ApplicationStatus.RECOMMENDED).findFirst();
        if (pending.isPresent() && !pending.get().getId().equals(applicationId)) {
            throw new RuleViolationException(pending.get().getCandidate().getDisplayName() + "'s application is already "
                    + "recommended and awaiting a medical director's decision.");
        }
        application.recommend(rationale, caller(), now());
        Persistence.flush(em, APPLICATION, () -> new RuleViolationException("The recommendation could not be saved."));
        audit.record(AuditAction.RECOMMENDED, APPLICATION, applicationId, "Panel chair " + me.getDisplayName()
                + " recommended " + application.getCandidate().getDisplayName() + " for the "
                + application.getVacancy().getSeat().getLabel() + ": " + application.getRecommendation());
        return file(application);
    }

    /** The panel chair leaves an application off the shortlist, with a reason; it is then not scored. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ApplicationFile leaveOffShortlist(long applicationId, String reason) {
        LeadApplication application = visible(loadApplication(applicationId));
        Clinician me = Callers.requireClinician(em, caller(), "chair a panel");
        Conflicts.requireNotCandidate(me, application.getCandidate(), "shortlist");
        if (panel(application.getVacancy()).stream()
                .noneMatch(m -> m.isChair() && m.getClinician().getId().equals(me.getId()))) {
            throw new AccessRefusedException("Only the panel chair decides the shortlist.");
        }
        application.leaveOffShortlist(reason);
        Persistence.flush(em, APPLICATION, () -> new RuleViolationException("The change could not be saved."));
        audit.record(AuditAction.UPDATED, APPLICATION, applicationId, application.getCandidate().getDisplayName()
                + " not shortlisted for the " + application.getVacancy().getSeat().getLabel() + ": " + reason.strip());
        return file(application);
    }

    /**
     * A medical director approves or rejects the recommendation with a reason. Approval needs every score,
     * the candidate's current declaration, a free seat and room under the cap, and every conflict managed;
     * it creates the appointment. The application and the cap are locked, so two decisions at once cannot
     * both succeed and two approvals cannot both take the last place under the cap.
     */
    @RolesAllowed(MEDICAL_DIRECTOR)
    public ApplicationFile decide(long applicationId, Outcome outcome, String reason) {
        if (outcome == null) {
            throw new InvalidInputException("outcome", "Choose APPROVED or REJECTED.");
        }
        LeadApplication application = Records.find(em, LeadApplication.class, applicationId, APPLICATION, LockModeType.PESSIMISTIC_WRITE);
        LeadCap cap = em.find(LeadCap.class, LeadCap.ID, LockModeType.PESSIMISTIC_WRITE);
        Clinician me = Callers.requireClinician(em, caller(), "decide on an appointment");
        Conflicts.requireNotCandidate(me, application.getCandidate(), "approve or reject");
        LocalDate today = today();
        Instant now = now();
        if (outcome == Outcome.REJECTED) {
            requireManaged(application, me);
            application.reject(reason, caller(), now);
            Persistence.flush(em, APPLICATION, () -> new RuleViolationException("The decision could not be saved."));
            audit.record(AuditAction.REJECTED, APPLICATION, applicationId, me.getDisplayName() + " rejected the "
                    + "recommendation of " + application.getCandidate().getDisplayName() + ": " + reason.strip());
            return file(application);
        }
        if (application.isDecided()) {
            application.approve(reason, caller(), today, now); // refuses, naming the earlier decision
        }
        List<String> blockers = blockers(application, me, cap, today);
        if (!blockers.isEmpty()) {
            throw new RuleViolationException("This appointment cannot be approved yet: " + String.join(" ", blockers));
        }
        Appointment appointment = application.approve(reason, caller(), today, now);
        for (LeadApplication other : applicationsTo(application.getVacancy())) {
            if (!other.getId().equals(applicationId)) {
                other.notAppointed();
            }
        }
        em.persist(appointment);
        Persistence.flush(em, APPLICATION, () -> new RuleViolationException("The decision could not be saved."));
        audit.record(AuditAction.APPROVED, APPLICATION, applicationId, me.getDisplayName() + " approved "
                + application.getCandidate().getDisplayName() + " for the " + application.getVacancy().getSeat().getLabel()
                + ": " + reason.strip());
        audit.record(AuditAction.CREATED, LeadAppointments.APPOINTMENT, appointment.getId(),
                application.getCandidate().getDisplayName() + " appointed to the " + appointment.getSeat().getLabel()
                        + ", term " + appointment.getTermStart() + " to " + appointment.getTermEnd());
        return file(application);
    }

    /** Recommendations waiting for a medical director, oldest first. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public List<QueueEntry> approvalQueue() {
        return em.createQuery("select a from LeadApplication a join fetch a.vacancy v join fetch v.seat "
                        + "join fetch a.candidate c join fetch c.organisation where a.status = :s "
                        + "order by a.recommendedAt, a.id", LeadApplication.class)
                .setParameter("s", ApplicationStatus.RECOMMENDED).getResultList().stream()
                .map(a -> new QueueEntry(a.getId(), a.getVacancy().getSeat().getLabel(), a.getCandidate().getDisplayName(),
                        a.getCandidate().getOrganisation().getName(), a.getRecommendedAt(), "Your decision"))
                .toList();
    }

    /** Applications on the caller's panels that still wait for the caller's scores, oldest first. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<QueueEntry> myPanelWork() {
        Optional<Clinician> me = Callers.clinician(em, caller());
        if (me.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from LeadApplication a join fetch a.vacancy v join fetch v.seat "
                        + "join fetch a.candidate c join fetch c.organisation where a.status = :s "
                        + "and exists (select m from PanelMember m where m.vacancy = v and m.clinician = :me) "
                        + "and (select count(s) from Score s where s.application = a and s.assessor = :me) "
                        + "< (select count(k) from Criterion k where k.vacancy = v) "
                        + "order by a.submittedAt, a.id", LeadApplication.class)
                .setParameter("s", ApplicationStatus.SUBMITTED).setParameter("me", me.get()).getResultList().stream()
                .map(a -> new QueueEntry(a.getId(), a.getVacancy().getSeat().getLabel(), a.getCandidate().getDisplayName(),
                        a.getCandidate().getOrganisation().getName(), a.getSubmittedAt(), "Your scores"))
                .toList();
    }

    // ---- the application file ---------------------------------------------------------------------------

    private ApplicationFile file(LeadApplication application) {
        Vacancy vacancy = application.getVacancy();
        LocalDate today = today();
        Optional<Clinician> me = Callers.clinician(em, caller());
        boolean candidate = me.isPresent() && me.get().getId().equals(application.getCandidate().getId());
        boolean restricted = candidate; // even a medical director sees their own application as a candidate does
        VacancySummary vacancySummary = summary(vacancy, today);
        if (restricted) {
            return new ApplicationFile(ApplicationSummary.of(application), vacancySummary, List.of(), List.of(), List.of(),
                    false, List.of(), List.of(), true, false, false, false, false, List.of());
        }
        List<PanelMember> panel = panel(vacancy);
        List<Score> scores = scoresOf(application);
        List<Declaration> candidateDeclarations = declarationsOf(List.of(application.getCandidate()));
        boolean current = DeclarationRound.hasDeclared(candidateDeclarations, today.getYear());
        List<ConflictView> conflicts = conflicts(application, panel, me);
        List<String> mine = me.isEmpty() ? List.of() : conflicts.stream()
                .filter(c -> c.clinicianId() == me.get().getId() && !c.isManaged()).map(ConflictView::conflict).toList();
        boolean onPanel = me.isPresent() && panel.stream().anyMatch(m -> m.getClinician().getId().equals(me.get().getId()));
        boolean chair = me.isPresent() && panel.stream()
                .anyMatch(m -> m.isChair() && m.getClinician().getId().equals(me.get().getId()));
        boolean md = context.isCallerInRole(MEDICAL_DIRECTOR) && !candidate;
        List<String> blockers = application.getStatus() == ApplicationStatus.RECOMMENDED
                ? Approval.blockers(application, panel, scores, current, InPost.seatFilled(em, vacancy.getSeat(), today),
                InPost.count(em, today), em.find(LeadCap.class, LeadCap.ID),
                conflicts.stream().filter(c -> !c.isManaged()).map(ConflictView::conflict).toList())
                : List.of();
        boolean submitted = application.getStatus() == ApplicationStatus.SUBMITTED;
        return new ApplicationFile(ApplicationSummary.of(application), vacancySummary, holders(vacancy.getSeat(), today),
                scores.stream().map(ScoreView::of).toList(),
                candidateDeclarations.stream().map(DeclarationSummary::of).toList(), current, conflicts, blockers, false,
                onPanel && !candidate && submitted && mine.isEmpty(),
                chair && !candidate && submitted && mine.isEmpty()
                        && Approval.missingScores(application, panel, scores).isEmpty(),
                chair && !candidate && submitted,
                md && application.getStatus() == ApplicationStatus.RECOMMENDED, mine);
    }

    /**
     * Conflict flags for everyone who acts on the application: each panel member, the medical director who
     * decided it, and the calling medical director — each with its statement when one was made.
     */
    private List<ConflictView> conflicts(LeadApplication application, List<PanelMember> panel, Optional<Clinician> me) {
        Map<Long, String> capacity = new LinkedHashMap<>();
        Map<Long, Clinician> people = new LinkedHashMap<>();
        for (PanelMember m : panel) {
            capacity.put(m.getClinician().getId(), m.isChair() ? "Panel chair" : "Panel member");
            people.put(m.getClinician().getId(), m.getClinician());
        }
        if (application.getDecidedBy() != null) {
            Callers.clinician(em, application.getDecidedBy()).ifPresent(c -> {
                capacity.merge(c.getId(), "Approver", (a, b) -> a + " and approver");
                people.put(c.getId(), c);
            });
        } else if (me.isPresent() && context.isCallerInRole(MEDICAL_DIRECTOR)) {
            capacity.merge(me.get().getId(), "Approver", (a, b) -> a + " and approver");
            people.put(me.get().getId(), me.get());
        }
        List<ConflictStatement> statements = em.createQuery("select s from ConflictStatement s join fetch s.clinician "
                + "where s.application = :a order by s.statedAt", ConflictStatement.class)
                .setParameter("a", application).getResultList();
        List<ConflictView> views = new ArrayList<>();
        for (ConflictStatement s : statements) {
            views.add(new ConflictView(s.getClinician().getId(), s.getClinician().getDisplayName(),
                    capacity.getOrDefault(s.getClinician().getId(), "Formerly involved"), s.getConflict(), s.getStatement(),
                    s.getStatedAt()));
        }
        LocalDate today = today();
        List<Declaration> declarations = declarationsOf(people.values());
        for (Clinician person : people.values()) {
            for (String flag : Conflicts.between(person, declarations, application.getCandidate(), today)) {
                boolean stated = statements.stream().anyMatch(s -> s.getClinician().getId().equals(person.getId())
                        && s.getConflict().equals(flag));
                if (!stated) {
                    views.add(new ConflictView(person.getId(), person.getDisplayName(), capacity.get(person.getId()), flag,
                            null, null));
                }
            }
        }
        return views;
    }

    private List<String> blockers(LeadApplication application, Clinician approver, LeadCap cap, LocalDate today) {
        Vacancy vacancy = application.getVacancy();
        List<PanelMember> panel = panel(vacancy);
        List<String> unmanaged = conflicts(application, panel, Optional.of(approver)).stream()
                .filter(c -> !c.isManaged()).map(c -> c.name() + " (" + c.capacity().toLowerCase(Locale.ROOT) + "): "
                        + c.conflict()).toList();
        return Approval.blockers(application, panel, scoresOf(application),
                DeclarationRound.hasDeclared(declarationsOf(List.of(application.getCandidate())), today.getYear()),
                InPost.seatFilled(em, vacancy.getSeat(), today), InPost.count(em, today), cap, unmanaged);
    }

    /** The caller's conflicts on the application that have no statement yet. */
    private List<String> unmanaged(LeadApplication application, Clinician me) {
        Set<String> stated = em.createQuery("select s.conflict from ConflictStatement s where s.application = :a "
                        + "and s.clinician = :me", String.class).setParameter("a", application).setParameter("me", me)
                .getResultStream().collect(Collectors.toSet());
        return Conflicts.between(me, declarationsOf(List.of(me)), application.getCandidate(), today()).stream()
                .filter(flag -> !stated.contains(flag)).toList();
    }

    private void requireManaged(LeadApplication application, Clinician me) {
        List<String> open = unmanaged(application, me);
        if (!open.isEmpty()) {
            throw new RuleViolationException("You have a conflict with this candidate: " + String.join("; ", open)
                    + ". State how it is managed before you act on this application.");
        }
    }

    private Map<Long, ScoreInput> checkScores(LeadApplication application, List<ScoreInput> scores) {
        List<Criterion> criteria = application.getVacancy().getCriteria();
        Map<Long, ScoreInput> byCriterion = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (ScoreInput input : scores == null ? List.<ScoreInput>of() : scores) {
            if (input == null || input.criterionId() == null
                    || criteria.stream().noneMatch(c -> c.getId().equals(input.criterionId()))) {
                errors.add(new FieldError("scores", "Each score must name one of this vacancy's criteria."));
            } else {
                byCriterion.put(input.criterionId(), input);
            }
        }
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            ScoreInput input = byCriterion.get(c.getId());
            if (input == null) {
                errors.add(new FieldError("scores[" + i + "]", "Score \"" + c.getName() + "\" from 0 to 4."));
                continue;
            }
            try {
                Score.check(input.points(), input.comment(), "scores[" + i + "]", c.getName());
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return byCriterion;
    }

    // ---- loading and access -----------------------------------------------------------------------------

    /** Medical directors and administrators oversee every recruitment. */
    private boolean overseer() {
        return context.isCallerInRole(MEDICAL_DIRECTOR) || context.isCallerInRole(ADMIN);
    }

    /** The application if the caller may see it — overseers, the vacancy's panel, the candidate — else "not found". */
    private LeadApplication visible(LeadApplication application) {
        if (overseer()) {
            return application;
        }
        Optional<Clinician> me = Callers.clinician(em, caller());
        if (me.isPresent() && (me.get().getId().equals(application.getCandidate().getId())
                || isOnPanel(application.getVacancy(), me.get()))) {
            return application;
        }
        throw new RecordNotFoundException(APPLICATION, application.getId());
    }

    private LeadSeat chooseSeat(VacancyDraft draft, LocalDate today) {
        Set<Long> recruiting = new HashSet<>(em.createQuery("select v.seat.id from Vacancy v where v.status = :open",
                Long.class).setParameter("open", VacancyStatus.OPEN).getResultList());
        if (draft.seatId() != null) {
            LeadSeat seat = em.find(LeadSeat.class, draft.seatId());
            if (seat == null) {
                throw new InvalidInputException("seatId", "There is no lead seat with id " + draft.seatId() + ".");
            }
            if (InPost.seatFilled(em, seat, today)) {
                throw new RuleViolationException("The " + seat.getLabel() + " is filled; a vacancy can be opened only "
                        + "for a vacant seat.");
            }
            if (recruiting.contains(seat.getId())) {
                throw new RuleViolationException("The " + seat.getLabel() + " is already being recruited.");
            }
            return seat;
        }
        if (draft.area() == null || draft.area().isBlank()) {
            throw new InvalidInputException("seatId", "Choose the seat (or the pathway or programme) to recruit to.");
        }
        String code = draft.area().strip().toUpperCase(Locale.ROOT);
        List<LeadSeat> seats = em.createQuery("select s from LeadSeat s left join s.pathway pw left join s.programme pg "
                + "where pw.code = :code or pg.code = :code order by s.number", LeadSeat.class)
                .setParameter("code", code).getResultList();
        if (seats.isEmpty()) {
            throw new InvalidInputException("area", "There is no pathway or programme with code " + code + ".");
        }
        return seats.stream().filter(s -> !recruiting.contains(s.getId()) && !InPost.seatFilled(em, s, today)).findFirst()
                .orElseThrow(() -> new RuleViolationException(seats.size() == 2
                        ? "Both lead seats of the " + seats.get(0).getAreaName() + " " + seats.get(0).getAreaKind()
                        + " are filled or being recruited; a " + seats.get(0).getAreaKind() + " has exactly two."
                        : "All " + seats.size() + " lead seat(s) of the " + seats.get(0).getAreaName() + " "
                        + seats.get(0).getAreaKind() + " are filled or being recruited."));
    }

    private VacancySummary summary(Vacancy vacancy, LocalDate today) {
        return VacancySummary.of(vacancy, panel(vacancy),
                em.createQuery("select count(a) from LeadApplication a where a.vacancy = :v", Long.class)
                        .setParameter("v", vacancy).getSingleResult(), today);
    }

    /** Summaries for a page of vacancies with two further queries (panels, application counts), not two per row. */
    private List<VacancySummary> summaries(List<Vacancy> vacancies) {
        if (vacancies.isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        Map<Long, List<PanelMember>> panels = em.createQuery("select m from PanelMember m join fetch m.clinician c "
                        + "join fetch c.organisation where m.vacancy in :vs order by m.id", PanelMember.class)
                .setParameter("vs", vacancies).getResultList().stream()
                .collect(Collectors.groupingBy(m -> m.getVacancy().getId()));
        Map<Long, Long> counts = em.createQuery("select a.vacancy.id, count(a) from LeadApplication a "
                        + "where a.vacancy in :vs group by a.vacancy.id", Object[].class)
                .setParameter("vs", vacancies).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return vacancies.stream().map(v -> VacancySummary.of(v, panels.getOrDefault(v.getId(), List.of()),
                counts.getOrDefault(v.getId(), 0L), today)).toList();
    }

    private List<AppointmentSummary> holders(LeadSeat seat, LocalDate today) {
        return InPost.leads(em, today).stream()
                .filter(a -> a.getSeat().getAreaName().equals(seat.getAreaName()))
                .map(a -> AppointmentSummary.of(a, today)).toList();
    }

    private List<PanelMember> panel(Vacancy vacancy) {
        return em.createQuery("select m from PanelMember m join fetch m.clinician c join fetch c.organisation "
                + "where m.vacancy = :v order by m.id", PanelMember.class).setParameter("v", vacancy).getResultList();
    }

    private boolean isOnPanel(Vacancy vacancy, Clinician clinician) {
        return em.createQuery("select count(m) from PanelMember m where m.vacancy = :v and m.clinician = :c", Long.class)
                .setParameter("v", vacancy).setParameter("c", clinician).getSingleResult() > 0;
    }

    private List<LeadApplication> applicationsTo(Vacancy vacancy) {
        return em.createQuery("select a from LeadApplication a join fetch a.candidate c join fetch c.organisation "
                + "where a.vacancy = :v order by a.submittedAt, a.id", LeadApplication.class)
                .setParameter("v", vacancy).getResultList();
    }

    private List<Score> scoresOf(LeadApplication application) {
        return em.createQuery("select s from Score s join fetch s.assessor join fetch s.criterion k "
                + "where s.application = :a order by k.order, s.id", Score.class)
                .setParameter("a", application).getResultList();
    }

    private List<Declaration> declarationsOf(Collection<Clinician> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Declaration d join fetch d.clinician left join fetch d.organisation "
                        + "where d.clinician in :people order by d.declaredAt desc", Declaration.class)
                .setParameter("people", people).getResultList();
    }

    private Vacancy loadVacancy(long id) {
        Vacancy vacancy = Records.find(em, Vacancy.class, id, VACANCY);
        return vacancy;
    }

    private LeadApplication loadApplication(long id) {
        LeadApplication application = Records.find(em, LeadApplication.class, id, APPLICATION);
        return application;
    }

    private static VacancyStatus parseStatus(String value) {
        try {
            return VacancyStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "Status is one of OPEN, FILLED, NO_APPOINTMENT.");
        }
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
