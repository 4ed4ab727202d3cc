package org.clinlead.portal.boards;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/** Members' reviews of papers, and each member's list of published papers still to read. */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class PaperReviews {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private Caller caller;

    @Inject
    private BoardsSatOn boardsSatOn;

    @Inject
    private BoardReads reads;

    @Inject
    private PaperVisibility visibility;

    @Inject
    private ReadReceipts receipts;

    @Inject
    private Clock clock;

    /** A member's review: position and comment, changeable until the meeting starts. */
    public ReviewView review(long paperId, ReviewPosition position, String comment) {
        Paper paper = Records.find(em, Paper.class, paperId, BoardPapers.PAPER);
        Clinician me = caller.requireClinician("review papers");
        PaperAccess access = visibility.of(paper);
        if (access == PaperAccess.NONE) {
            throw new RecordNotFoundException(BoardPapers.PAPER, paperId);
        }
        if (!Membership.isMember(em, paper.getItem().getMeeting().getBoard(), me, LocalDate.now(clock))) {
            throw new AccessRefusedException("Only the board's members review its papers.");
        }
        if (access == PaperAccess.WITHHELD) {
            throw new AccessRefusedException("This confidential paper is withheld from you because of your declared interest.");
        }
        PaperReview review = reads.reviewsOf(paper).stream().filter(r -> r.getReviewer().getId().equals(me.getId()))
                .findFirst().orElse(null);
        if (review == null) {
            review = new PaperReview(paper, me);
            review.review(position, comment, Instant.now(clock));
            em.persist(review);
        } else {
            review.review(position, comment, Instant.now(clock));
        }
        receipts.mark(paper, me);
        Persistence.flush(em, "review", () -> new RuleViolationException("Your review could not be saved; try again."));
        audit.record(AuditAction.UPDATED, BoardPapers.PAPER, paperId, me.getDisplayName() + " reviewed \""
                + paper.getTitle() + "\": " + position.label());
        return ReviewView.of(review);
    }

    /** Papers to review: published papers of the caller's boards they have not opened yet, oldest meeting first. */
    public List<InboxEntry> inbox() {
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty()) {
            return List.of();
        }
        List<Long> boards = boardsSatOn.today(me.get());
        if (boards.isEmpty()) {
            return List.of();
        }
        // The item itself, not only its title: the withheld check reads each paper's item, one statement each otherwise.
        List<Object[]> rows = Persistence.named(em, "PaperReviews.inbox", Object[].class, () -> Persistence.bound(
                        em.createQuery("select p, i, m, b from Paper p join p.item i join i.meeting m join m.board b "
                                + "where m.board.id in :boards and m.packPublishedAt is not null and m.startsAt > :now "
                                + "and m.cancelledAt is null "
                                + "and not exists (select r from PaperRead r where r.paper = p and r.reader = :me) "
                                + "order by m.startsAt, i.order, p.id", Object[].class)))
                .setParameter("boards", boards).setParameter("now", Instant.now(clock)).setParameter("me", me.get())
                .getResultList();
        Set<Long> withheld = visibility.withheldItems(me.get(), rows.stream().map(r -> ((Paper) r[0]).getItem()).toList());
        List<InboxEntry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            Paper p = (Paper) r[0];
            Meeting m = (Meeting) r[2];
            if (!withheld.contains(p.getItem().getId())) {
                entries.add(new InboxEntry(p.getId(), p.getTitle(), ((AgendaItem) r[1]).getTitle(), m.getId(), ((Board) r[3]).getName(),
                        m.getStartsAt(), false));
            }
        }
        return entries;
    }
}
