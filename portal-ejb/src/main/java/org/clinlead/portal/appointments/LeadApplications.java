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
import org.clinlead.portal.interests.DeclarationRound;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Applications for a vacancy: a clinician who has declared this year applies; the candidate, the panel,
 * medical directors and administrators read the application file; panel members state their conflicts.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class LeadApplications {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private RecruitmentReads reads;

    @Inject
    private ApplicationFiles files;

    /** Applies to a vacancy: before its closing date, once, with a declaration current for this year. */
    public ApplicationSummary apply(long vacancyId, String statement) {
        Vacancy vacancy = Records.find(em, Vacancy.class, vacancyId, Vacancies.VACANCY);
        Clinician me = caller.requireClinician("apply");
        LocalDate today = LocalDate.now(clock);
        if (reads.panel(vacancy).stream().anyMatch(m -> m.getClinician().getId().equals(me.getId()))) {
            throw new RuleViolationException("You sit on this vacancy's panel, so you cannot apply for it.");
        }
        if (em.createQuery("select count(a) from LeadApplication a where a.vacancy = :v and a.candidate = :me", Long.class)
                .setParameter("v", vacancy).setParameter("me", me).getSingleResult() > 0) {
            throw new RuleViolationException("You have already applied for this vacancy; one application per candidate.");
        }
        LeadApplication application = LeadApplication.submit(vacancy, me, statement,
                DeclarationRound.hasDeclared(reads.declarationsOf(List.of(me)), today.getYear()), today, Instant.now(clock));
        em.persist(application);
        Persistence.flush(em, Vacancies.APPLICATION, () -> new RuleViolationException(
                "You have already applied for this vacancy; one application per candidate."));
        audit.record(AuditAction.CREATED, Vacancies.APPLICATION, application.getId(), me.getDisplayName() + " applied for the "
                + vacancy.getSeat().getLabel());
        return ApplicationSummary.of(application, em);
    }

    /** The caller's own applications, newest first. */
    public List<ApplicationSummary> myApplications() {
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty()) {
            return List.of();
        }
        return org.clinlead.portal.shared.Persistence.fetching(em.createQuery("select a from LeadApplication a join fetch a.vacancy "
                        + "join fetch a.candidate where a.candidate = :me "
                        + "order by a.submittedAt desc", LeadApplication.class), "a.vacancy.seat", "a.candidate.organisation")
                .setParameter("me", me.get()).getResultList().stream()
                .map(namedBy(org.clinlead.portal.people.Callers.namer(em))).toList();
    }

    /**
     * A vacancy's applications: all of them for medical directors, administrators and its panel; otherwise
     * only the caller's own.
     */
    public List<ApplicationSummary> applications(long vacancyId) {
        Vacancy vacancy = Records.find(em, Vacancy.class, vacancyId, Vacancies.VACANCY);
        Optional<Clinician> me = caller.clinician();
        boolean all = files.overseer() || me.isPresent() && reads.isOnPanel(vacancy, me.get());
        java.util.function.UnaryOperator<String> names = org.clinlead.portal.people.Callers.namer(em);
        return reads.applicationsTo(vacancy).stream()
                .filter(a -> all || me.isPresent() && a.getCandidate().getId().equals(me.get().getId()))
                .map(a -> ApplicationSummary.of(a, names)).toList();
    }

    /**
     * One application in full, for the medical directors, administrators and the vacancy's panel; the
     * candidate sees their own application without the panel's work. To anyone else it does not exist.
     */
    public ApplicationFile application(long id) {
        return files.file(files.visible(Records.find(em, LeadApplication.class, id, Vacancies.APPLICATION)));
    }

    /**
     * A flagged panel member or medical director states how their conflict with this candidate is managed.
     * The statement is kept with the conflict as it then read, and shown to the approver.
     */
    public ApplicationFile stateConflict(long applicationId, String statement) {
        LeadApplication application = files.visible(Records.find(em, LeadApplication.class, applicationId, Vacancies.APPLICATION));
        Clinician me = caller.requireClinician("state a conflict");
        if (!reads.isOnPanel(application.getVacancy(), me) && !caller.isIn(MEDICAL_DIRECTOR)) {
            throw new AccessRefusedException("Only panel members and medical directors state conflicts on an application.");
        }
        List<String> open = files.unmanaged(application, me);
        if (open.isEmpty()) {
            throw new RuleViolationException("The register of interests shows no unmanaged conflict for you on this "
                    + "application, so there is nothing to state.");
        }
        for (String conflict : open) {
            em.persist(new ConflictStatement(application, me, conflict, statement, caller.name(), Instant.now(clock)));
        }
        em.flush();
        audit.record(AuditAction.CREATED, Vacancies.APPLICATION, applicationId, "Conflict managed by " + me.getDisplayName() + ": "
                + String.join("; ", open) + " — " + statement.strip());
        return files.file(application);
    }

    private static java.util.function.Function<LeadApplication, ApplicationSummary> namedBy(java.util.function.UnaryOperator<String> names) {
        return a -> ApplicationSummary.of(a, names);
    }
}
