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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;

/**
 * Interview panels: a medical director or administrator sets a vacancy's panel (the rules are
 * {@link Vacancy#checkPanel}); panel members see the work waiting for them.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Panels {

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

    /**
     * Sets a vacancy's panel: at least two different clinicians, one of them the chair, none of them an
     * applicant. Once scoring has started the panel is fixed.
     */
    /** The same, named by one of the vacancy's applications (one panel scores every application to a vacancy). */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public VacancySummary setPanelOfApplication(long applicationId, List<Long> memberIds, Long chairId) {
        return setPanel(Records.find(em, LeadApplication.class, applicationId, Vacancies.APPLICATION).getVacancy().getId(), memberIds, chairId);
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public VacancySummary setPanel(long vacancyId, List<Long> memberIds, Long chairId) {
        Vacancy vacancy = Records.find(em, Vacancy.class, vacancyId, Vacancies.VACANCY, LockModeType.PESSIMISTIC_WRITE);
        Set<Long> ids = new LinkedHashSet<>(memberIds == null ? List.of() : memberIds);
        ids.remove(null);
        List<String> applicants = ids.isEmpty() ? List.of() : em.createQuery("select a.candidate from LeadApplication a "
                        + "where a.vacancy = :v and a.candidate.id in :ids", Clinician.class).setParameter("v", vacancy)
                .setParameter("ids", ids).getResultList().stream().map(Clinician::getDisplayName).toList();
        boolean scoringStarted = em.createQuery("select count(s) from Score s where s.application.vacancy = :v", Long.class)
                .setParameter("v", vacancy).getSingleResult() > 0;
        vacancy.checkPanel(ids, chairId, applicants, scoringStarted);
        List<Clinician> members = new ArrayList<>();
        for (Long id : ids) {
            Clinician c = em.find(Clinician.class, id);
            if (c == null) {
                throw new InvalidInputException("memberIds", "There is no clinician with id " + id + ".");
            }
            members.add(c);
        }
        em.createQuery("delete from PanelMember m where m.vacancy = :v").setParameter("v", vacancy).executeUpdate();
        for (Clinician c : members) {
            em.persist(new PanelMember(vacancy, c, c.getId().equals(chairId)));
        }
        em.flush();
        audit.record(AuditAction.UPDATED, Vacancies.VACANCY, vacancyId, "Panel set: " + members.stream()
                .map(c -> c.getDisplayName() + (c.getId().equals(chairId) ? " (chair)" : ""))
                .collect(Collectors.joining(", ")));
        return reads.summary(vacancy, LocalDate.now(clock));
    }

    /** Applications on the caller's panels that still wait for the caller's scores, oldest first. */
    public List<QueueEntry> myPanelWork() {
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty()) {
            return List.of();
        }
        return Persistence.named(em, "Panels.myPanelWork", LeadApplication.class, () -> Persistence.fetching(
                        Persistence.bound(em.createQuery("select a from LeadApplication a join fetch a.vacancy v "
                                + "join fetch a.candidate c where a.status = :s "
                                + "and exists (select m from PanelMember m where m.vacancy = v and m.clinician = :me) "
                                + "and (select count(s) from Score s where s.application = a and s.assessor = :me) "
                                + "< (select count(k) from Criterion k where k.vacancy = v) "
                                + "order by a.submittedAt, a.id", LeadApplication.class)), "a.vacancy.seat", "a.candidate.organisation"))
                .setParameter("s", ApplicationStatus.SUBMITTED).setParameter("me", me.get()).getResultList().stream()
                .map(a -> new QueueEntry(a.getId(), a.getVacancy().getSeat().getLabel(), a.getCandidate().getDisplayName(),
                        a.getCandidate().getOrganisation().getName(), a.getSubmittedAt(), "Your scores"))
                .toList();
    }
}
