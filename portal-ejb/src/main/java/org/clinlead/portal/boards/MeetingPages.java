package org.clinlead.portal.boards;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.interests.LiveInterests;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.UkTime;

/**
 * Builds the meeting page as the caller may see it: the agenda with its papers (by {@link PaperAccess}),
 * each item's conflicts and quorum, attendance, minutes, and for secretaries the later decisions that can
 * approve the minutes. Four queries for the whole agenda, whatever its length.
 */
@Dependent
public class MeetingPages {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private BoardReads reads;

    @Inject
    private PaperVisibility visibility;

    @Inject
    private Clock clock;

    MeetingPage page(long meetingId) {
        return page(Records.find(em, Meeting.class, meetingId, Agendas.MEETING));
    }

    MeetingPage page(Meeting meeting) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        Board board = meeting.getBoard();
        List<AgendaItem> items = reads.items(meeting);
        List<MemberView> members = Membership.of(em, board, today);
        Optional<Clinician> me = caller.clinician();
        boolean member = me.isPresent() && members.stream().anyMatch(m -> m.clinicianId() == me.get().getId());
        boolean manage = visibility.overseer();
        boolean medicalDirector = visibility.medicalDirector();
        Map<Long, List<Declaration>> declarations = reads.declarationsOf(members.stream().map(MemberView::clinicianId).toList());
        Map<String, ItemConflict> handled = items.isEmpty() ? Map.of() : em.createQuery("select c from ItemConflict c "
                        + "join fetch c.member where c.item in :items", ItemConflict.class)
                .setParameter("items", items).getResultList().stream()
                .collect(Collectors.toMap(c -> c.getItem().getId() + ":" + c.getMember().getId(), Function.identity()));
        Map<Long, AttendanceStatus> attendance = em.createQuery("select a from Attendance a where a.meeting = :m",
                        Attendance.class).setParameter("m", meeting).getResultList().stream()
                .collect(Collectors.toMap(a -> a.getMember().getId(), Attendance::getStatus));
        Map<Long, List<Paper>> papers = items.isEmpty() ? Map.of() : em.createQuery("select p from Paper p "
                        + "where p.item in :items order by p.id", Paper.class).setParameter("items", items).getResultList()
                .stream().collect(Collectors.groupingBy(p -> p.getItem().getId()));
        Map<Long, PaperVersion> latest = reads.latestVersions(papers.values().stream().flatMap(List::stream).toList());
        List<ItemView> views = new ArrayList<>();
        List<String> myConflicts = new ArrayList<>();
        for (AgendaItem item : items) {
            Set<Long> orgs = item.getOrganisations().stream().map(Organisation::getId).collect(Collectors.toSet());
            List<ConflictFlag> flags = new ArrayList<>();
            Set<Long> notTakingPart = new HashSet<>();
            for (MemberView m : members) {
                List<String> found = LiveInterests.flags(declarations.getOrDefault(m.clinicianId(), List.of()), orgs, today);
                ItemConflict record = handled.get(item.getId() + ":" + m.clinicianId());
                if (!found.isEmpty() || record != null) {
                    String interest = record != null ? record.getInterest() : String.join("; ", found);
                    flags.add(new ConflictFlag(item.getId(), m.clinicianId(), m.name(), interest,
                            record == null ? null : record.getHandling(),
                            record == null || record.getHandling() == null ? null : record.getHandling().label(),
                            record == null ? null : record.getReason()));
                    if (record == null || !record.tookPart()) {
                        notTakingPart.add(m.clinicianId());
                    }
                    if (me.isPresent() && m.clinicianId() == me.get().getId()) {
                        myConflicts.add(item.getTitle() + ": " + interest);
                    }
                }
            }
            boolean iAmConflicted = me.isPresent() && notTakingPart.contains(me.get().getId());
            List<PaperSummary> paperViews = new ArrayList<>();
            for (Paper p : papers.getOrDefault(item.getId(), List.of())) {
                PaperAccess access = PaperAccess.of(manage, meeting.isPublished(), member, iAmConflicted, medicalDirector,
                        p.isConfidential());
                if (access != PaperAccess.NONE) {
                    paperViews.add(PaperSummary.of(p, latest.get(p.getId()), access == PaperAccess.WITHHELD));
                }
            }
            List<Quorum.Present> present = members.stream().filter(MemberView::voting)
                    .filter(m -> attendance.get(m.clinicianId()) == AttendanceStatus.PRESENT)
                    .map(m -> new Quorum.Present(m.clinicianId(), m.lead())).toList();
            Quorum.Result quorum = Quorum.forItem(board.getQuorumMin(), board.isQuorumNeedsLead(), present, notTakingPart);
            boolean recorded = !attendance.isEmpty();
            views.add(new ItemView(item.getId(), item.getVersion(), item.getOrder(), item.getTitle(), item.getPurpose(),
                    item.getPurpose().label(), item.getPresenter(), item.isConfidential(), List.copyOf(item.getAims()),
                    item.getOrganisations().stream().map(Organisation::getName).toList(), paperViews,
                    manage || member || medicalDirector ? flags : List.of(), !recorded || quorum.quorate(),
                    recorded ? quorum.reason() : null, item.getDiscussion(), item.getOutcome(),
                    item.getOutcome() == null ? null : item.getOutcome().label(), item.getVotesFor(), item.getVotesAgainst(),
                    item.getVotesAbstaining(), item.getCquinContract() == null ? null : item.getCquinContract().getId(),
                    item.getCquinContract() == null ? null : "CQUIN scheme " + item.getCquinContract().getReference()
                            + (item.getCquinIndicator() == null ? "" : ": " + item.getCquinIndicator().getName()),
                    org.clinlead.portal.notices.Link.parse(item.getSourceLink())));
        }
        List<AttendanceLine> lines = members.stream().map(m -> new AttendanceLine(m.clinicianId(), m.name(), m.role(),
                m.voting(), m.lead(), attendance.get(m.clinicianId()))).toList();
        MeetingMinutes minutes = em.find(MeetingMinutes.class, meeting.getId());
        List<MeetingPage.ApprovalChoice> later = !manage || minutes == null ? List.of() : approvalChoices(meeting);
        return new MeetingPage(MeetingSummary.of(meeting, now),
                BoardSummary.of(board, reads.nextMeeting(board, now, false).orElse(null)), views, lines, manage, member,
                myConflicts, minutes == null ? null : minutes.getStatus(),
                minutes == null || !(manage || member) ? null : minutes.getBody(), later);
    }

    /** The board's later decisions that agreed something: one of them records the approval of these minutes. */
    private List<MeetingPage.ApprovalChoice> approvalChoices(Meeting meeting) {
        return em.createQuery("select i from AgendaItem i join fetch i.meeting m where m.board = :b and m.startsAt > :start "
                        + "and i.purpose = :decision and i.outcome in :agreed order by m.startsAt, i.order", AgendaItem.class)
                .setParameter("b", meeting.getBoard()).setParameter("start", meeting.getStartsAt())
                .setParameter("decision", Purpose.DECISION)
                .setParameter("agreed", List.of(ItemOutcome.AGREED, ItemOutcome.AGREED_WITH_AMENDMENTS)).getResultList()
                .stream().map(i -> new MeetingPage.ApprovalChoice(i.getId(), i.getMeeting().getStartsAt()
                        .atZone(UkTime.ZONE).toLocalDate() + ": " + i.getTitle() + " (" + i.getOutcome().label() + ")"))
                .toList();
    }
}
