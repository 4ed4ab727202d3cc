package org.clinlead.portal.boards;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.appointments.Appointment;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Persistence;

/**
 * Who sits on a board on a date: the members its secretary added, plus the senior clinical leads in post
 * for its pathway or programme (voting members, automatically). Two queries per board.
 */
public final class Membership {

    private static final String LEAD_IN_POST = "p.termStart <= :today and ((p.endedOn is null and p.termEnd >= :today) "
            + "or p.endedOn >= :today)";

    private Membership() {
    }

    static List<MemberView> of(EntityManager em, Board board, LocalDate today) {
        Map<Long, MemberView> members = new LinkedHashMap<>();
        for (BoardMember m : Persistence.named(em, "Membership.of", BoardMember.class, () -> Persistence.fetching(
                        em.createQuery("select m from BoardMember m join fetch m.clinician c where m.board = :b "
                                + "and m.fromDate <= :today and (m.toDate is null or m.toDate >= :today) order by m.id",
                                BoardMember.class), "m.clinician.organisation"))
                .setParameter("b", board).setParameter("today", today).getResultList()) {
            members.put(m.getClinician().getId(), new MemberView(m.getId(), m.getClinician().getId(),
                    m.getClinician().getDisplayName(), m.getClinician().getOrganisation().getName(), m.getRole().label(),
                    m.isVoting(), false, m.getFromDate(), m.getToDate()));
        }
        for (Appointment a : leads(em, board, today)) {
            Clinician c = a.getClinician();
            MemberView explicit = members.get(c.getId());
            members.put(c.getId(), new MemberView(explicit == null ? null : explicit.membershipId(), c.getId(),
                    c.getDisplayName(), c.getOrganisation().getName(),
                    explicit == null ? "Senior clinical lead" : explicit.role() + ", senior clinical lead", true, true,
                    a.getTermStart(), a.lastDay()));
        }
        return new ArrayList<>(members.values());
    }

    static boolean isMember(EntityManager em, Board board, Clinician clinician, LocalDate today) {
        return of(em, board, today).stream().anyMatch(m -> m.clinicianId() == clinician.getId());
    }

    /** The chair(s) of a board on a date. */
    static List<Long> chairs(EntityManager em, Board board, LocalDate today) {
        return em.createQuery("select m.clinician.id from BoardMember m where m.board = :b and m.role = :chair "
                        + "and m.fromDate <= :today and (m.toDate is null or m.toDate >= :today)", Long.class)
                .setParameter("b", board).setParameter("chair", BoardRole.CHAIR).setParameter("today", today).getResultList();
    }

    /** The ids of the boards {@code clinician} sits on, as members or as leads. */
    public static List<Long> boardIdsOf(EntityManager em, Clinician clinician, LocalDate today) {
        List<Long> ids = new ArrayList<>(em.createQuery("select m.board.id from BoardMember m where m.clinician = :c "
                        + "and m.fromDate <= :today and (m.toDate is null or m.toDate >= :today)", Long.class)
                .setParameter("c", clinician).setParameter("today", today).getResultList());
        ids.addAll(em.createQuery("select b.id from Board b, Appointment p where p.clinician = :c and " + LEAD_IN_POST
                        + " and ((b.pathway is not null and b.pathway = p.seat.pathway) "
                        + "or (b.programme is not null and b.programme = p.seat.programme))", Long.class)
                .setParameter("c", clinician).setParameter("today", today).getResultList());
        return ids.stream().distinct().toList();
    }

    private static List<Appointment> leads(EntityManager em, Board board, LocalDate today) {
        String area = board.getPathway() != null ? "s.pathway = :area" : "s.programme = :area";
        return Persistence.named(em, "Membership.leads/" + area, Appointment.class, () -> Persistence.fetching(
                        em.createQuery("select p from Appointment p join fetch p.seat s join fetch p.clinician c "
                                + "where " + area + " and " + LEAD_IN_POST + " order by s.number", Appointment.class),
                        "p.clinician.organisation"))
                .setParameter("area", board.getPathway() != null ? board.getPathway() : board.getProgramme())
                .setParameter("today", today).getResultList();
    }
}
