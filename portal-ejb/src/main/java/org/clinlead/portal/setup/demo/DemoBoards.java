package org.clinlead.portal.setup.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.boards.AgendaItem;
import org.clinlead.portal.boards.Attendance;
import org.clinlead.portal.boards.AttendanceStatus;
import org.clinlead.portal.boards.Board;
import org.clinlead.portal.boards.BoardAction;
import org.clinlead.portal.boards.BoardMember;
import org.clinlead.portal.boards.BoardRole;
import org.clinlead.portal.boards.ItemOutcome;
import org.clinlead.portal.boards.Meeting;
import org.clinlead.portal.boards.MeetingMinutes;
import org.clinlead.portal.boards.Paper;
import org.clinlead.portal.boards.PaperReview;
import org.clinlead.portal.boards.PaperStore;
import org.clinlead.portal.boards.PaperVersion;
import org.clinlead.portal.shared.PdfDocuments;
import org.clinlead.portal.boards.PdfUpload;
import org.clinlead.portal.boards.Purpose;
import org.clinlead.portal.boards.ReviewPosition;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.UkTime;

/**
 * The demo region's Acute care Pathway Delivery Board, built through the domain's own steps: members
 * (the chair is the regional medical director; {@code board.member} and the commissioner sit on it; its
 * senior clinical lead joins automatically), two past meetings with decisions, attendance and minutes
 * (the first approved and published), actions open, overdue and done, a meeting that started an hour
 * ago waiting to be recorded, and one in ten days whose pack is published — with a paper waiting for
 * {@code board.member}'s review and a confidential item on a Calderwick contract, where
 * {@code board.member} (spouse employed there) is conflicted. The Maternity board has a past meeting
 * with published minutes.
 */
public final class DemoBoards {

    private DemoBoards() {
    }

    public static void seed(EntityManager em, PaperStore store, List<Clinician> clinicians, List<Organisation> organisations,
            Instant now) {
        LocalDate today = now.atZone(UkTime.ZONE).toLocalDate();
        Board acute = board(em, "ACUTE_CARE");
        Clinician director = clinicians.get(0);
        Clinician member = clinicians.get(1);
        Clinician commissioner = clinicians.get(6);
        Organisation calderwick = organisations.get(3);
        Organisation fernley = organisations.get(1);
        LocalDate since = today.minusYears(1);
        em.persist(new BoardMember(acute, director, BoardRole.CHAIR, true, since, null));
        em.persist(new BoardMember(acute, member, BoardRole.MEMBER, true, since, null));
        em.persist(new BoardMember(acute, commissioner, BoardRole.MEMBER, true, since, null));
        List<Clinician> present = List.of(director, member, commissioner, clinicians.get(23));

        // Three months ago: decided, minuted, minutes approved at the next meeting and published.
        Meeting first = meeting(em, acute, today.minusMonths(3), "Board room, Northdale House", now);
        AgendaItem sdec = item(em, first, 1, "Same-day emergency care: expansion to seven days", Purpose.DECISION,
                "Acute care senior clinical lead", false, Set.of("A", "D"), Set.of(fernley));
        paper(em, store, sdec, "SDEC seven-day model", "Acute care senior clinical lead",
                "The case for opening same-day emergency care at weekends in all four acute trusts.", first, now);
        AgendaItem handover = item(em, first, 2, "Ambulance handover times", Purpose.ASSURANCE, "Commissioner", false,
                Set.of("D"), Set.of());
        publish(first, 2);
        attend(em, first, present);
        Instant during = first.getStartsAt().plus(1, ChronoUnit.HOURS);
        sdec.record("The board supported the model; costs to be confirmed with each trust.", ItemOutcome.AGREED, 4, 0, 0,
                during);
        handover.record("Handover delays are falling at three of four trusts; Calderwick is the exception.", null, null,
                null, null, during);
        BoardAction done = new BoardAction(sdec, "Confirm weekend staffing costs with each trust", director,
                today.minusMonths(2), first.getStartsAt());
        done.complete(today.minusMonths(2).minusDays(3));
        em.persist(done);
        em.persist(new BoardAction(handover, "Agree a handover recovery plan with Calderwick", commissioner,
                today.minusDays(14), first.getStartsAt()));
        MeetingMinutes firstMinutes = new MeetingMinutes(first, "Present: the chair and three members; quorate. "
                + "The board agreed the seven-day SDEC model and noted the handover report.", "secretary", during);
        em.persist(firstMinutes);

        // Six weeks ago: the earlier minutes approved; an action open for board.member.
        Meeting second = meeting(em, acute, today.minusWeeks(6), "Board room, Northdale House", now);
        AgendaItem approval = item(em, second, 1, "Minutes of the previous meeting", Purpose.DECISION, "Chair", false,
                Set.of("A"), Set.of());
        AgendaItem frailty = item(em, second, 2, "Frailty assessment units: first results", Purpose.DISCUSSION,
                "Board member", false, Set.of("B", "D"), Set.of());
        publish(second, 2);
        attend(em, second, present);
        Instant during2 = second.getStartsAt().plus(1, ChronoUnit.HOURS);
        approval.record("Approved as a correct record.", ItemOutcome.AGREED, 4, 0, 0, during2);
        frailty.record("Early results promising; spread to a second trust discussed.", null, null, null, null, during2);
        firstMinutes.approveAt(approval);
        firstMinutes.publish(during2.plus(1, ChronoUnit.DAYS));
        em.persist(new BoardAction(frailty, "Report frailty unit length-of-stay by trust", member, today.plusWeeks(2),
                second.getStartsAt()));
        em.persist(new MeetingMinutes(second, "Present: the chair and three members; quorate. Minutes of the previous "
                + "meeting approved. Frailty results discussed.", "secretary", during2));

        // Started an hour ago: the pack went out; the secretary records it.
        Instant anHourAgo = now.minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Meeting today1 = Meeting.schedule(acute, anHourAgo, anHourAgo.plus(2, ChronoUnit.HOURS), "Board room, Northdale House",
                "https://meet.northdale.example/acute-board", null, anHourAgo.minus(30, ChronoUnit.DAYS));
        em.persist(today1);
        item(em, today1, 1, "Minutes of the previous meeting", Purpose.DECISION, "Chair", false, Set.of("A"), Set.of());
        item(em, today1, 3, "Chair's report", Purpose.INFORMATION, "Chair", false, Set.of("A"), Set.of());
        AgendaItem virtualWard = item(em, today1, 2, "Virtual wards: commissioning intentions", Purpose.DECISION,
                "Commissioner", false, Set.of("C", "D"), Set.of());
        today1.publish("secretary", 3, anHourAgo.minus(8, ChronoUnit.DAYS));
        paper(em, store, virtualWard, "Virtual wards - commissioning intentions 2027/28", "Commissioner",
                "Proposed targets and funding for virtual ward capacity across the region.", today1,
                anHourAgo.minus(10, ChronoUnit.DAYS));

        // In ten days, pack published: a paper awaiting board.member's review and a conflicted confidential item.
        Meeting next = meeting(em, acute, today.plusDays(10), "Board room, Northdale House", now.minus(20, ChronoUnit.DAYS));
        AgendaItem stroke = item(em, next, 1, "Stroke thrombolysis: out-of-hours rota", Purpose.DECISION,
                "Acute care senior clinical lead", false, Set.of("A", "E"), Set.of(fernley));
        Paper rota = paper(em, store, stroke, "Out-of-hours thrombolysis rota - options appraisal",
                "Acute care senior clinical lead", "Three options for a shared out-of-hours thrombolysis rota.", next,
                now.minus(3, ChronoUnit.DAYS));
        AgendaItem contract = item(em, next, 2, "Calderwick radiology outsourcing contract", Purpose.DECISION,
                "Commissioner", true, Set.of("C"), Set.of(calderwick));
        paper(em, store, contract, "Radiology outsourcing - contract award (confidential)", "Commissioner",
                "Commercial terms of the proposed radiology reporting contract at Calderwick.", next,
                now.minus(3, ChronoUnit.DAYS));
        item(em, next, 3, "Quality dashboard", Purpose.INFORMATION, "Secretary", false, Set.of("D"), Set.of());
        next.publish("secretary", 3, now.minus(2, ChronoUnit.DAYS));
        // A review is made after reading, as the portal records it (ReadReceipts).
        em.persist(new org.clinlead.portal.boards.PaperRead(rota, commissioner, now.minus(1, ChronoUnit.DAYS).minusSeconds(3600)));
        PaperReview review = new PaperReview(rota, commissioner);
        review.review(ReviewPosition.SUPPORT_WITH_COMMENTS, "Support option 2; the travel times need checking.",
                now.minus(1, ChronoUnit.DAYS));
        em.persist(review);

        // Maternity and newborn: one past meeting, minutes published.
        Board maternity = board(em, "MATERNITY_NEWBORN");
        em.persist(new BoardMember(maternity, clinicians.get(5), BoardRole.CHAIR, true, since, null));
        em.persist(new BoardMember(maternity, clinicians.get(12), BoardRole.MEMBER, true, since, null));
        Meeting mat = meeting(em, maternity, today.minusMonths(1), "Room 2, Northdale House", now);
        AgendaItem continuity = item(em, mat, 1, "Continuity of carer: staffing model", Purpose.DECISION, "Chair", false,
                Set.of("A"), Set.of());
        publish(mat, 1);
        attend(em, mat, List.of(clinicians.get(5), clinicians.get(12), clinicians.get(20), clinicians.get(40)));
        Instant during3 = mat.getStartsAt().plus(1, ChronoUnit.HOURS);
        continuity.record("Agreed with the amendment that midwife-led units are included.", ItemOutcome.AGREED_WITH_AMENDMENTS,
                4, 0, 0, during3);
        MeetingMinutes matMinutes = new MeetingMinutes(mat, "Present: four voting members; quorate. The continuity of "
                + "carer staffing model was agreed with an amendment.", "secretary", during3);
        em.persist(matMinutes);
        em.flush();
        Meeting matNext = meeting(em, maternity, today.minusWeeks(2), "Room 2, Northdale House", now);
        AgendaItem matApproval = item(em, matNext, 1, "Minutes of the previous meeting", Purpose.DECISION, "Chair", false,
                Set.of("A"), Set.of());
        publish(matNext, 1);
        attend(em, matNext, List.of(clinicians.get(5), clinicians.get(12), clinicians.get(20), clinicians.get(40)));
        matApproval.record("Approved as a correct record.", ItemOutcome.AGREED, 4, 0, 0,
                matNext.getStartsAt().plus(1, ChronoUnit.HOURS));
        matMinutes.approveAt(matApproval);
        matMinutes.publish(matNext.getStartsAt().plus(1, ChronoUnit.DAYS));
        em.flush();
    }

    private static Board board(EntityManager em, String pathway) {
        return em.createQuery("select b from Board b where b.pathway.code = :p", Board.class).setParameter("p", pathway)
                .getSingleResult();
    }

    /** A meeting at 14:00 on {@code day}, scheduled (as the domain requires) a month before it. */
    private static Meeting meeting(EntityManager em, Board board, LocalDate day, String place, Instant now) {
        Instant start = day.atTime(LocalTime.of(14, 0)).atZone(UkTime.ZONE).toInstant();
        Instant scheduledAt = start.minus(30, ChronoUnit.DAYS).isBefore(now) ? start.minus(30, ChronoUnit.DAYS) : now;
        Meeting m = Meeting.schedule(board, start, null, place, null, null, scheduledAt);
        em.persist(m);
        return m;
    }

    /** Publishes {@code m}'s pack of {@code items} agenda items a week before it starts. */
    private static void publish(Meeting m, int items) {
        m.publish("secretary", items, m.getStartsAt().minus(7, ChronoUnit.DAYS));
    }

    private static AgendaItem item(EntityManager em, Meeting m, int order, String title, Purpose purpose, String presenter,
            boolean confidential, Set<String> aims, Set<Organisation> organisations) {
        AgendaItem item = new AgendaItem(m, order, title, purpose, presenter, confidential, aims, organisations,
                m.getStartsAt().minus(20, ChronoUnit.DAYS));
        em.persist(item);
        return item;
    }

    private static Paper paper(EntityManager em, PaperStore store, AgendaItem item, String title, String author,
            String summary, Meeting m, Instant at) {
        Instant when = at.isBefore(m.getStartsAt()) ? at : m.getStartsAt().minus(9, ChronoUnit.DAYS);
        Paper paper = new Paper(item, title, author, summary, false, when);
        em.persist(paper);
        byte[] pdf = PdfDocuments.text(title, List.of("Author: " + author, "", summary, "",
                "This is a demonstration paper for the " + m.getBoard().getName() + ".",
                "Recommendation: the board is asked to consider the options set out above and agree the preferred one.",
                "Aims served: " + String.join(", ", item.getAims()) + "."));
        em.persist(new PaperVersion(paper, 1, new PdfUpload(slug(title) + ".pdf", pdf), store.store(pdf), "secretary", when));
        return paper;
    }

    private static void attend(EntityManager em, Meeting m, List<Clinician> present) {
        for (Clinician c : present) {
            em.persist(new Attendance(m, c, AttendanceStatus.PRESENT));
        }
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
