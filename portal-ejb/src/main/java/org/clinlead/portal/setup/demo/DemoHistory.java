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
import org.clinlead.portal.boards.BoardMember;
import org.clinlead.portal.boards.BoardRole;
import org.clinlead.portal.boards.ItemOutcome;
import org.clinlead.portal.boards.Meeting;
import org.clinlead.portal.boards.Paper;
import org.clinlead.portal.boards.PaperRead;
import org.clinlead.portal.boards.PaperReview;
import org.clinlead.portal.boards.PaperStore;
import org.clinlead.portal.boards.PaperVersion;
import org.clinlead.portal.shared.PdfDocuments;
import org.clinlead.portal.boards.PdfUpload;
import org.clinlead.portal.boards.Purpose;
import org.clinlead.portal.boards.ReviewPosition;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.UkTime;

/**
 * A region's worth of board history, for measuring (bin/bench-boards): every pathway board gets ten
 * meetings a year for five years, each with three items and six papers, read and reviewed by
 * {@code board.member} (who sits on every board), plus a meeting next month with its pack published and
 * six unread papers — so the review inbox has something to find among thousands of papers.
 */
public final class DemoHistory {

    public static final int YEARS = 5;
    public static final int MEETINGS_PER_YEAR = 10;
    public static final int PAPERS_PER_MEETING = 6;

    private DemoHistory() {
    }

    public static int seed(EntityManager em, PaperStore store, List<Clinician> clinicians, Instant now) {
        LocalDate today = now.atZone(UkTime.ZONE).toLocalDate();
        Clinician member = clinicians.get(1);
        byte[] pdf = PdfDocuments.text("Board paper", List.of("A paper from the board's history."));
        String sha = store.store(pdf);
        int papers = 0;
        List<Board> boards = em.createQuery("select b from Board b order by b.id", Board.class).getResultList();
        for (Board board : boards) {
            if (em.createQuery("select count(m) from BoardMember m where m.board = :b and m.clinician = :c", Long.class)
                    .setParameter("b", board).setParameter("c", member).getSingleResult() == 0) {
                em.persist(new BoardMember(board, member, BoardRole.MEMBER, true, today.minusYears(YEARS + 1), null));
            }
            for (int n = YEARS * MEETINGS_PER_YEAR; n >= 0; n--) {
                LocalDate day = n == 0 ? today.plusDays(30 + board.getId() % 7) : today.minusDays(n * 36L + board.getId() % 5);
                Instant start = day.atTime(LocalTime.of(10, 0)).atZone(UkTime.ZONE).toInstant();
                Meeting meeting = Meeting.schedule(board, start, null, "Board room", null, null, start.minus(40, ChronoUnit.DAYS));
                em.persist(meeting);
                for (int i = 1; i <= PAPERS_PER_MEETING / 2; i++) {
                    AgendaItem item = new AgendaItem(meeting, i, "Item " + i, Purpose.DECISION, "Lead", false, Set.of("A"),
                            Set.of(), start.minus(30, ChronoUnit.DAYS));
                    em.persist(item);
                    for (int p = 1; p <= 2; p++) {
                        Instant at = start.minus(20, ChronoUnit.DAYS);
                        Paper paper = new Paper(item, "Paper " + i + "." + p, "Author", "Summary", false, at);
                        em.persist(paper);
                        em.persist(new PaperVersion(paper, 1, new PdfUpload("paper.pdf", pdf), sha, "secretary", at));
                        papers++;
                        if (n > 0) {
                            em.persist(new PaperRead(paper, member, start.minus(3, ChronoUnit.DAYS)));
                            PaperReview review = new PaperReview(paper, member);
                            review.review(ReviewPosition.SUPPORT, null, start.minus(3, ChronoUnit.DAYS));
                            em.persist(review);
                        }
                    }
                    if (n > 0) {
                        item.record("Discussed.", ItemOutcome.AGREED, null, null, null, start.plus(1, ChronoUnit.HOURS));
                    }
                }
                meeting.publish("secretary", PAPERS_PER_MEETING / 2, start.minus(8, ChronoUnit.DAYS).isBefore(now) ? start.minus(8, ChronoUnit.DAYS)
                        : now.minus(1, ChronoUnit.HOURS));
                if (n > 0) {
                    em.persist(new Attendance(meeting, member, AttendanceStatus.PRESENT));
                }
            }
            em.flush();
            em.clear();
        }
        return papers;
    }
}
