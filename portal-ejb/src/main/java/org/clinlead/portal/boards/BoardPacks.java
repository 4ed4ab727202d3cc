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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;
import org.clinlead.portal.shared.UkTime;

/**
 * The meeting's pack: published once by a secretary (members are told; conflicts are flagged again), and
 * downloaded as one bookmarked PDF by those who may have it.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class BoardPacks {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private NoticeSender notices;

    @Inject
    private PaperStore store;

    @Inject
    private Caller caller;

    @Inject
    private BoardReads reads;

    @Inject
    private MeetingPages pages;

    @Inject
    private ConflictNotices conflicts;

    @Inject
    private Clock clock;

    /** Publishes the pack: members are told, and each conflict is flagged again to the member, chair and secretaries. */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MeetingSummary publish(long meetingId) {
        Meeting meeting = Records.find(em, Meeting.class, meetingId, Agendas.MEETING, LockModeType.PESSIMISTIC_WRITE);
        List<AgendaItem> items = reads.items(meeting);
        meeting.publish(caller.name(), items.size(), Instant.now(clock));
        em.flush();
        List<String> members = reads.accounts(Membership.of(em, meeting.getBoard(), LocalDate.now(clock)).stream()
                .map(MemberView::clinicianId).toList());
        notices.sendShareable(members, "Board pack published: " + meeting.getBoard().getName(), "The pack for the meeting on "
                        + meeting.getStartsAt().atZone(UkTime.ZONE).toLocalDate() + " is published. Your papers to review "
                        + "are on your home page.", Link.to(Link.Kind.MEETING, meetingId), "pack-published:" + meetingId);
        conflicts.flag(meeting, items, "pack-published");
        audit.record(AuditAction.UPDATED, Agendas.MEETING, meetingId, "Pack published for the "
                + meeting.getBoard().getName() + " meeting of " + meeting.getStartsAt() + (meeting.isPackLate()
                ? " (after its deadline " + meeting.getPackDeadline() + ")" : ""));
        return MeetingSummary.of(meeting, Instant.now(clock));
    }

    /**
     * The pack as one PDF — cover, agenda, then the papers the caller may have, bookmarked by item and paper.
     * For the board's members, its secretaries and administrators, and medical directors (public papers).
     */
    public byte[] pack(long meetingId) {
        Meeting meeting = Records.find(em, Meeting.class, meetingId, Agendas.MEETING);
        MeetingPage page = pages.page(meeting);
        if (!page.canManage() && !page.member() && !caller.isIn(MEDICAL_DIRECTOR)) {
            throw new RecordNotFoundException(Agendas.MEETING, meetingId);
        }
        if (!meeting.isPublished() && !page.canManage()) {
            throw new RuleViolationException("The pack has not been published yet.");
        }
        List<BoardPack.Entry> entries = new ArrayList<>();
        for (ItemView item : page.items()) {
            for (PaperSummary p : item.papers()) {
                PaperVersion latest = p.withheld() ? null : reads.latest(em.find(Paper.class, p.id()));
                entries.add(new BoardPack.Entry(item.order(), item.title(), item.purposeLabel(), p.title(),
                        latest == null ? null : store.file(latest.getSha256())));
            }
        }
        return BoardPack.build(page.meeting(), page.items(), entries);
    }
}
