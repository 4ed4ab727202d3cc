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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Vacancies for senior clinical lead seats: a medical director or administrator opens one (on a free seat,
 * within the cap); everyone signed in sees them; the panel chair may close one without an appointment.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Vacancies {

    static final String VACANCY = "vacancy";
    static final String APPLICATION = "application";


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


    /** Opens a vacancy for a seat that is neither filled nor already being recruited. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public VacancySummary openVacancy(@Valid @NotNull(message = "{request.body.required}") VacancyDraft draft) {
        LocalDate today = LocalDate.now(clock);
        LeadSeat seat = reads.chooseSeat(draft, today);
        Set<String> aims = new LinkedHashSet<>(draft.aims() == null ? Set.of() : draft.aims());
        Set<String> known = new HashSet<>(em.createQuery("select a.code from StrategicAim a", String.class).getResultList());
        List<String> unknown = aims.stream().filter(a -> !known.contains(a)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("aims", "There is no strategic aim " + String.join(", ", unknown)
                    + "; the aims are A to E.");
        }
        Vacancy vacancy = Vacancy.open(seat, draft.closingDate(), draft.summary(), draft.criteria(), aims, caller.name(), today,
                Instant.now(clock));
        em.find(LeadCap.class, LeadCap.ID).requireRoomFor(InPost.count(em, today));
        em.persist(vacancy);
        em.flush();
        audit.record(AuditAction.CREATED, VACANCY, vacancy.getId(), "Vacancy opened for the " + seat.getLabel()
                + ", closing " + vacancy.getClosingDate() + "; criteria: " + vacancy.getCriteria().stream()
                .map(Criterion::getName).collect(Collectors.joining("; ")));
        return reads.summary(vacancy, today);
    }

    /** Vacancies, newest first by default; filter {@code status} (OPEN, FILLED, NO_APPOINTMENT), sort by closing date. */
    public Page<VacancySummary> vacancies(PageRequest request) {
        Page<Vacancy> page = new Lists<>(em, Vacancy.class,
                Map.of("closingDate", r -> r.get("closingDate"), "openedAt", r -> r.get("openedAt"),
                        "status", r -> r.get("status")),
                Map.of("status", (cb, r) -> v -> cb.equal(r.get("status"), reads.parseStatus(v))),
                "openedAt", false)
                .fetching(r -> r.fetch("seat"))
                .page(request);
        return new Page<>(reads.summaries(page.items()), page.total());
    }

    /** The vacancies still open, oldest closing date first. */
    public List<VacancySummary> openVacancies() {
        return reads.summaries(em.createQuery("select v from Vacancy v join fetch v.seat where v.status = :open "
                + "order by v.closingDate, v.id", Vacancy.class).setParameter("open", VacancyStatus.OPEN).getResultList());
    }

    public VacancySummary vacancy(long id) {
        return reads.summary(Records.find(em, Vacancy.class, id, VACANCY), LocalDate.now(clock));
    }

    /** The chair closes the vacancy without recommending anyone, with a reason. */
    public VacancySummary closeWithoutAppointment(long vacancyId, String reason) {
        Vacancy vacancy = Records.find(em, Vacancy.class, vacancyId, VACANCY);
        Clinician me = caller.requireClinician("chair a panel");
        PanelMember.requireChair(reads.panel(vacancy), me, "can close the vacancy without an appointment");
        if (em.createQuery("select count(a) from LeadApplication a where a.vacancy = :v and a.status = :s", Long.class)
                .setParameter("v", vacancy).setParameter("s", ApplicationStatus.RECOMMENDED).getSingleResult() > 0) {
            throw new RuleViolationException("A recommendation is awaiting a medical director's decision; it must be "
                    + "decided first.");
        }
        vacancy.closeWithoutAppointment(reason);
        for (LeadApplication a : reads.applicationsTo(vacancy)) {
            a.notAppointed();
        }
        Persistence.flush(em, VACANCY, () -> new RuleViolationException("The vacancy could not be saved."));
        audit.record(AuditAction.RECOMMENDED, VACANCY, vacancyId, "Closed without appointment: " + reason.strip());
        return reads.summary(vacancy, LocalDate.now(clock));
    }
}
