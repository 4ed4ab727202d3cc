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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Programmes, lead seats and the regional cap, and the Clinical Advisory Group they add up to. Anyone
 * signed in may see them; only an administrator changes the cap.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class LeadSeats {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Vacancies vacancies;

    @Inject
    private Clock clock;

    public List<ProgrammeSummary> programmes() {
        return em.createQuery("select p from Programme p order by p.displayOrder", Programme.class).getResultList()
                .stream().map(ProgrammeSummary::of).toList();
    }

    /** Every seat with its state, in pathway then programme order: three queries whatever the number of seats. */
    public List<SeatSummary> seats() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Appointment> holders = InPost.leads(em, today).stream()
                .collect(Collectors.toMap(a -> a.getSeat().getId(), Function.identity(), (a, b) -> a));
        Map<Long, Vacancy> recruiting = em.createQuery("select v from Vacancy v where v.status = :open", Vacancy.class)
                .setParameter("open", VacancyStatus.OPEN).getResultList().stream()
                .collect(Collectors.toMap(v -> v.getSeat().getId(), Function.identity(), (a, b) -> a));
        return em.createQuery("select s from LeadSeat s left join fetch s.pathway left join fetch s.programme order by s.id",
                        LeadSeat.class).getResultList().stream()
                .map(s -> SeatSummary.of(s, holders.get(s.getId()), recruiting.get(s.getId()))).toList();
    }

    public CapSummary cap() {
        LeadCap cap = em.find(LeadCap.class, LeadCap.ID);
        return new CapSummary(cap.getCap(), InPost.count(em, LocalDate.now(clock)), cap.getVersion());
    }

    /** Sets the regional cap; never below the number of leads in post. */
    @RolesAllowed(ADMIN)
    public CapSummary changeCap(int newCap, long version) {
        LeadCap cap = em.find(LeadCap.class, LeadCap.ID, LockModeType.PESSIMISTIC_WRITE);
        Persistence.checkVersion("regional cap", version, cap.getVersion());
        int before = cap.getCap();
        long inPost = InPost.count(em, LocalDate.now(clock));
        cap.change(newCap, inPost);
        Persistence.flush(em, "regional cap", () -> new RuleViolationException("The cap could not be saved."));
        audit.record(AuditAction.UPDATED, "regional cap", (long) LeadCap.ID, "Cap on senior clinical leads " + before + " → "
                + newCap);
        return new CapSummary(cap.getCap(), inPost, cap.getVersion());
    }

    /** The Clinical Advisory Group roster. */
    public AdvisoryGroup advisoryGroup() {
        LocalDate today = LocalDate.now(clock);
        List<AppointmentSummary> leads = InPost.leads(em, today).stream().map(a -> AppointmentSummary.of(a, today)).toList();
        List<SeatSummary> open = seats().stream().filter(s -> s.state() != SeatState.FILLED).toList();
        return new AdvisoryGroup(leads, open, vacancies.openVacancies(),
                leads.stream().filter(AppointmentSummary::endingSoon).toList(), cap());
    }
}
