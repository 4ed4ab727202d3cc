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
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
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
 * Appointments and their terms. Anyone signed in sees who holds which seat; medical directors and
 * administrators renew or end a term; an administrator records the NSR leads kept from the national
 * review, which need no panel.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class LeadAppointments {

    static final String APPOINTMENT = "appointment";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** Appointments, newest term first; filters {@code route} (COMPETITIVE, NSR) and {@code clinicianId}. */
    public Page<AppointmentSummary> appointments(PageRequest request) {
        LocalDate today = LocalDate.now(clock);
        return new Lists<>(em, Appointment.class,
                Map.of("termStart", r -> r.get("termStart"), "termEnd", r -> r.get("termEnd"), "seat", r -> r.get("seat").get("id")),
                Map.of("route", (cb, r) -> v -> cb.equal(r.get("route"), parseRoute(v)),
                        "clinicianId", (cb, r) -> v -> cb.equal(r.get("clinician").get("id"), parseId(v))),
                "termStart", false)
                .fetching(r -> {
                    r.fetch("seat");
                    r.fetch("clinician").fetch("organisation");
                })
                .page(request).map(a -> AppointmentSummary.of(a, today));
    }

    public AppointmentSummary appointment(long id) {
        return AppointmentSummary.of(load(id), LocalDate.now(clock));
    }

    /** Renews a term once, for another three years. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public AppointmentSummary renew(long id, long version) {
        Appointment appointment = load(id);
        Persistence.checkVersion(APPOINTMENT, version, appointment.getVersion());
        appointment.renew(LocalDate.now(clock));
        Persistence.flush(em, APPOINTMENT, () -> new RuleViolationException("The renewal could not be saved."));
        audit.record(AuditAction.RENEWED, APPOINTMENT, id, appointment.getClinician().getDisplayName() + "'s term in the "
                + appointment.getSeat().getLabel() + " renewed to " + appointment.getTermEnd());
        return AppointmentSummary.of(appointment, LocalDate.now(clock));
    }

    /** Ends a term early (resignation or removal) with a reason; the seat is vacant the day after. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public AppointmentSummary end(long id, long version, LocalDate on, EndKind kind, String reason) {
        Appointment appointment = load(id);
        Persistence.checkVersion(APPOINTMENT, version, appointment.getVersion());
        appointment.endEarly(on, kind, reason, LocalDate.now(clock));
        Persistence.flush(em, APPOINTMENT, () -> new RuleViolationException("The change could not be saved."));
        audit.record(AuditAction.CLOSED, APPOINTMENT, id, appointment.getClinician().getDisplayName() + "'s term in the "
                + appointment.getSeat().getLabel() + " ended on " + on + " (" + kind.label().toLowerCase(Locale.ROOT)
                + "): " + appointment.getEndReason());
        return AppointmentSummary.of(appointment, LocalDate.now(clock));
    }

    /** Records one of the leads kept from the national service review: no panel, but the seat and cap rules hold. */
    @RolesAllowed(ADMIN)
    public AppointmentSummary recordNsrLead(Long seatId, Long clinicianId, LocalDate termStart) {
        if (seatId == null || em.find(LeadSeat.class, seatId) == null) {
            throw new InvalidInputException("seatId", "Choose one of the lead seats.");
        }
        if (clinicianId == null || em.find(Clinician.class, clinicianId) == null) {
            throw new InvalidInputException("clinicianId", "Choose the clinician from the directory.");
        }
        LeadCap cap = em.find(LeadCap.class, LeadCap.ID, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = LocalDate.now(clock);
        LeadSeat seat = em.find(LeadSeat.class, seatId);
        if (InPost.seatFilled(em, seat, today)) {
            throw new RuleViolationException("The " + seat.getLabel() + " is already filled.");
        }
        cap.requireRoomFor(InPost.count(em, today));
        Appointment appointment = Appointment.nsr(seat, em.find(Clinician.class, clinicianId), termStart,
                caller.name(), Instant.now(clock));
        if (!appointment.isInPostOn(today)) {
            throw new InvalidInputException("termStart", "The term must include today: an NSR lead recorded here is in post.");
        }
        em.persist(appointment);
        em.flush();
        audit.record(AuditAction.CREATED, APPOINTMENT, appointment.getId(), appointment.getClinician().getDisplayName()
                + " recorded as NSR lead in the " + seat.getLabel() + ", term " + appointment.getTermStart() + " to "
                + appointment.getTermEnd());
        return AppointmentSummary.of(appointment, today);
    }

    private Appointment load(long id) {
        Appointment appointment = Records.find(em, Appointment.class, id, APPOINTMENT);
        return appointment;
    }

    private static Route parseRoute(String value) {
        try {
            return Route.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("route", "Route is COMPETITIVE or NSR.");
        }
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("clinicianId", "The clinician id is a number.");
        }
    }
}
