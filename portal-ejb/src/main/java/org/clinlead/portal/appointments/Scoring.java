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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The panel's work on an application: each member scores every criterion, the chair leaves a candidate
 * off the shortlist or recommends one once every score is in and every conflict is managed.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Scoring {

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

    /** A panel member scores the application on every criterion, 0–4 with a comment; scoring again replaces them. */
    public ApplicationFile score(long applicationId, List<ScoreInput> scores) {
        LeadApplication application = files.visible(Records.find(em, LeadApplication.class, applicationId, Vacancies.APPLICATION));
        Clinician me = caller.requireClinician("score");
        Conflicts.requireNotCandidate(me, application.getCandidate(), "score");
        if (!reads.isOnPanel(application.getVacancy(), me)) {
            throw new AccessRefusedException("Only the vacancy's panel members score its applications.");
        }
        if (application.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new RuleViolationException("Scoring is closed: this application is "
                    + application.getStatus().label().toLowerCase(Locale.ROOT) + ".");
        }
        files.requireManaged(application, me);
        Map<Long, ScoreInput> byCriterion = reads.checkScores(application, scores);
        Map<Long, Score> existing = em.createQuery("select s from Score s where s.application = :a and s.assessor = :me",
                        Score.class).setParameter("a", application).setParameter("me", me).getResultList().stream()
                .collect(Collectors.toMap(s -> s.getCriterion().getId(), s -> s));
        Instant now = Instant.now(clock);
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
        audit.record(AuditAction.SCORED, Vacancies.APPLICATION, applicationId, me.getDisplayName() + " scored "
                + application.getCandidate().getDisplayName() + ": " + application.getVacancy().getCriteria().stream()
                .map(c -> c.getName() + " " + byCriterion.get(c.getId()).points()).collect(Collectors.joining(", ")));
        return files.file(application);
    }

    /** The panel chair recommends this candidate, once every panel member has scored every criterion. */
    public ApplicationFile recommend(long applicationId, String rationale) {
        LeadApplication application = Records.find(em, LeadApplication.class, applicationId, Vacancies.APPLICATION, LockModeType.PESSIMISTIC_WRITE);
        files.visible(application);
        Clinician me = caller.requireClinician("chair a panel");
        Conflicts.requireNotCandidate(me, application.getCandidate(), "recommend");
        List<PanelMember> panel = reads.panel(application.getVacancy());
        PanelMember.requireChair(panel, me, "recommends a candidate");
        files.requireManaged(application, me);
        List<String> missing = Approval.missingScores(application, panel, reads.scoresOf(application));
        if (!missing.isEmpty()) {
            throw new RuleViolationException("Every panel member must score every criterion before a recommendation: "
                    + String.join(" ", missing));
        }
        Optional<LeadApplication> pending = reads.applicationsTo(application.getVacancy()).stream()
                .filter(a -> a.getStatus() == ApplicationStatus.RECOMMENDED).findFirst();
        if (pending.isPresent() && !pending.get().getId().equals(applicationId)) {
            throw new RuleViolationException(pending.get().getCandidate().getDisplayName() + "'s application is already "
                    + "recommended and awaiting a medical director's decision.");
        }
        application.recommend(rationale, caller.name(), Instant.now(clock));
        Persistence.flush(em, Vacancies.APPLICATION, () -> new RuleViolationException("The recommendation could not be saved."));
        audit.record(AuditAction.RECOMMENDED, Vacancies.APPLICATION, applicationId, "Panel chair " + me.getDisplayName()
                + " recommended " + application.getCandidate().getDisplayName() + " for the "
                + application.getVacancy().getSeat().getLabel() + ": " + application.getRecommendation());
        return files.file(application);
    }

    /** The panel chair leaves an application off the shortlist, with a reason; it is then not scored. */
    public ApplicationFile leaveOffShortlist(long applicationId, String reason) {
        LeadApplication application = files.visible(Records.find(em, LeadApplication.class, applicationId, Vacancies.APPLICATION));
        Clinician me = caller.requireClinician("chair a panel");
        Conflicts.requireNotCandidate(me, application.getCandidate(), "shortlist");
        PanelMember.requireChair(reads.panel(application.getVacancy()), me, "decides the shortlist");
        application.leaveOffShortlist(reason);
        Persistence.flush(em, Vacancies.APPLICATION, () -> new RuleViolationException("The change could not be saved."));
        audit.record(AuditAction.UPDATED, Vacancies.APPLICATION, applicationId, application.getCandidate().getDisplayName()
                + " not shortlisted for the " + application.getVacancy().getSeat().getLabel() + ": " + reason.strip());
        return files.file(application);
    }
}
