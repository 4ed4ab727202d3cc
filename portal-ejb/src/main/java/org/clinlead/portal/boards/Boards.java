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

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Callers;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Boards, meetings, agendas and papers. Board secretaries and administrators run every board: they add
 * members, schedule meetings, build agendas, upload papers and publish packs. Members see their boards'
 * published papers and review them; a member conflicted on a confidential item does not get its papers.
 * Conflicts come from the register of interests and are flagged when an item is added, when an interest
 * is declared, and when the pack is published.
 */
@Stateless
public class Boards {

    static final String MEETING = "meeting";
    static final String PAPER = "paper";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private NoticeSender notices;

    @Inject
    private PaperStore store;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.system(Meeting.UK);

    // ---- boards and members -------------------------------------------------------------------------------

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<BoardSummary> boards() {
        Instant now = now();
        Map<Long, Meeting> next = new HashMap<>();
        for (Meeting m : em.createQuery("select m from Meeting m where m.startsAt > :now order by m.startsAt", Meeting.class)
                .setParameter("now", now).getResultList()) {
            next.putIfAbsent(m.getBoard().getId(), m);
        }
        return em.createQuery("select b from Board b left join fetch b.pathway left join fetch b.programme order by b.name",
                Board.class).getResultList().stream().map(b -> BoardSummary.of(b, next.get(b.getId()))).toList();
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public BoardSummary board(long id) {
        Board board = loadBoard(id);
        List<Meeting> next = em.createQuery("select m from Meeting m where m.board = :b and m.startsAt > :now "
                + "order by m.startsAt", Meeting.class).setParameter("b", board).setParameter("now", now())
                .setMaxResults(1).getResultList();
        return BoardSummary.of(board, next.isEmpty() ? null : next.get(0));
    }

    /** The board's members today: those its secretary added and its senior clinical leads in post. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<MemberView> members(long boardId) {
        return Membership.of(em, loadBoard(boardId), today());
    }

    /**
     * The board's latest decisions, newest first; confidential items only for its members, secretaries and
     * administrators.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<DecisionLine> recentDecisions(long boardId, int count) {
        Board board = loadBoard(boardId);
        Optional<Clinician> me = Callers.clinician(em, caller());
        boolean insider = overseer() || me.isPresent() && Membership.isMember(em, board, me.get(), today());
        return em.createQuery("select i from AgendaItem i join fetch i.meeting m where m.board = :b "
                        + "and i.outcome is not null order by m.startsAt desc, i.order", AgendaItem.class)
                .setParameter("b", board).setMaxResults(Math.min(Math.max(count, 1), 50) * 2).getResultList().stream()
                .filter(i -> insider || !i.isConfidential()).limit(Math.min(Math.max(count, 1), 50))
                .map(i -> new DecisionLine(i.getMeeting().getId(), i.getMeeting().getStartsAt(), i.getTitle(),
                        i.getOutcome().label(), i.getDiscussion())).toList();
    }

    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MemberView addMember(long boardId, Long clinicianId, BoardRole role, boolean voting, LocalDate from,
            LocalDate to) {
        Board board = loadBoard(boardId);
        Clinician clinician = clinicianId == null ? null : em.find(Clinician.class, clinicianId);
        if (clinician == null) {
            throw new InvalidInputException("clinicianId", "Choose the clinician from the directory.");
        }
        if (Membership.isMember(em, board, clinician, from == null ? today() : from)) {
            throw new RuleViolationException(clinician.getDisplayName() + " is already a member of this board.");
        }
        BoardMember member = new BoardMember(board, clinician, role, voting, from == null ? today() : from, to);
        em.persist(member);
        em.flush();
        audit.record(AuditAction.CREATED, "board member", member.getId(), clinician.getDisplayName() + " joins the "
                + board.getName() + " as " + member.getRole().label().toLowerCase(java.util.Locale.ROOT)
                + (voting ? " (voting)" : " (not voting)"));
        // Built from the new row, not read back from today's members: someone joining later is not one yet.
        return new MemberView(member.getId(), clinician.getId(), clinician.getDisplayName(),
                clinician.getOrganisation().getName(), member.getRole().label(), member.isVoting(), false,
                member.getFromDate(), member.getToDate());
    }

    // ---- meetings and agendas -----------------------------------------------------------------------------

    /** A board's meetings, newest first by default; sort {@code startsAt}. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public Page<MeetingSummary> meetings(long boardId, PageRequest request) {
        request.requireSortIn(java.util.Set.of("startsAt"));
        Board board = loadBoard(boardId);
        Instant now = now();
        boolean ascending = "startsAt".equals(request.sortField()) && request.ascending();
        List<MeetingSummary> items = em.createQuery("select m from Meeting m join fetch m.board where m.board = :b "
                        + "order by m.startsAt " + (ascending ? "asc" : "desc") + ", m.id", Meeting.class)
                .setParameter("b", board).setFirstResult(request.offset()).setMaxResults(request.size()).getResultList()
                .stream().map(m -> MeetingSummary.of(m, now)).toList();
        long total = em.createQuery("select count(m) from Meeting m where m.board = :b", Long.class)
                .setParameter("b", board).getSingleResult();
        return new Page<>(items, total);
    }

    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MeetingSummary schedule(long boardId, MeetingDraft draft) {
        Board board = loadBoard(boardId);
        if (draft == null || draft.startsAt() == null) {
            throw new InvalidInputException("startsAt", "Give the date and time the meeting starts.");
        }
        Meeting meeting = Meeting.schedule(board, draft.startsAt().atZone(Meeting.UK).toInstant(),
                draft.endsAt() == null ? null : draft.endsAt().atZone(Meeting.UK).toInstant(), draft.place(),
                draft.videoLink(), draft.packDeadline(), now());
        em.persist(meeting);
        em.flush();
        audit.record(AuditAction.CREATED, MEETING, meeting.getId(), board.getName() + " meeting scheduled for "
                + draft.startsAt() + "; pack due " + meeting.getPackDeadline());
        return MeetingSummary.of(meeting, now());
    }

    /** The meeting page: agenda with papers as the caller may see them, conflicts, quorum, attendance. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public MeetingPage meeting(long id) {
        return page(loadMeeting(id));
    }

    /** Adds an item at the end of the agenda; members with a live interest in its organisations are flagged. */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public ItemView addItem(long meetingId, ItemDraft draft) {
        Meeting meeting = loadMeeting(meetingId);
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the agenda item.");
        }
        Set<String> aims = draft.aims() == null ? Set.of() : new LinkedHashSet<>(draft.aims());
        Set<String> known = new HashSet<>(em.createQuery("select a.code from StrategicAim a", String.class).getResultList());
        if (!known.containsAll(aims)) {
            throw new InvalidInputException("aims", "The strategy's aims are A to E.");
        }
        Set<Organisation> organisations = new LinkedHashSet<>();
        for (Long id : draft.organisationIds() == null ? Set.<Long>of() : draft.organisationIds()) {
            Organisation o = id == null ? null : em.find(Organisation.class, id);
            if (o == null) {
                throw new InvalidInputException("organisationIds", "There is no organisation with id " + id + ".");
            }
            organisations.add(o);
        }
        int next = em.createQuery("select coalesce(max(i.order), 0) from AgendaItem i where i.meeting = :m", Integer.class)
                .setParameter("m", meeting).getSingleResult() + 1;
        AgendaItem item = new AgendaItem(meeting, next, draft.title(), draft.purpose(), draft.presenter(),
                draft.confidential(), aims, organisations, now());
        em.persist(item);
        em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(AuditAction.CREATED, "agenda item", item.getId(), "Item " + next + " added to the "
                + meeting.getBoard().getName() + " meeting of " + meeting.getStartsAt() + ": " + item.getTitle());
        notifyConflicts(meeting, List.of(item), "item-added");
        return page(meeting).items().stream().filter(i -> i.id() == item.getId()).findFirst().orElseThrow();
    }

    /** Reorders the agenda: every item once, from the version of the meeting the secretary was looking at. */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MeetingPage reorder(long meetingId, long version, List<Long> itemIds) {
        Meeting meeting = loadMeeting(meetingId);
        Persistence.checkVersion(MEETING, version, meeting.getVersion());
        if (meeting.hasStarted(now())) {
            throw new RuleViolationException("The meeting has started; its agenda can no longer change.");
        }
        Agenda.reorder(items(meeting), itemIds);
        em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Persistence.flush(em, MEETING, () -> new RuleViolationException("The agenda could not be saved."));
        audit.record(AuditAction.UPDATED, MEETING, meetingId, "Agenda reordered");
        return page(meeting);
    }

    // ---- papers -------------------------------------------------------------------------------------------

    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public PaperSummary addPaper(long itemId, String title, String author, String summary, boolean confidential,
            String fileName, byte[] content) {
        AgendaItem item = Records.find(em, AgendaItem.class, itemId, "agenda item");
        if (item.getMeeting().hasStarted(now())) {
            throw new RuleViolationException("The meeting has started; papers can no longer be added.");
        }
        PdfUpload upload = new PdfUpload(fileName, content);
        PdfCheck.opens(upload);
        Paper paper = new Paper(item, title, author, summary, confidential, now());
        em.persist(paper);
        PaperVersion version = new PaperVersion(paper, 1, upload, store.store(content), caller(), now());
        em.persist(version);
        em.flush();
        audit.record(AuditAction.CREATED, PAPER, paper.getId(), "Paper \"" + paper.getTitle() + "\" (" + upload.size()
                + " bytes" + (version.isLate() ? ", late" : "") + ") for item \"" + item.getTitle() + "\"");
        return summary(paper, version, false);
    }

    /** A new version of a paper's PDF; it supersedes the last, which stays viewable. */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public PaperSummary addVersion(long paperId, String fileName, byte[] content) {
        Paper paper = Records.find(em, Paper.class, paperId, PAPER, LockModeType.PESSIMISTIC_WRITE);
        if (paper.getItem().getMeeting().hasStarted(now())) {
            throw new RuleViolationException("The meeting has started; papers can no longer change.");
        }
        PdfUpload upload = new PdfUpload(fileName, content);
        PdfCheck.opens(upload);
        int number = latest(paper).getNumber() + 1;
        PaperVersion version = new PaperVersion(paper, number, upload, store.store(content), caller(), now());
        em.persist(version);
        em.flush();
        audit.record(AuditAction.UPDATED, PAPER, paperId, "Version " + number + " of \"" + paper.getTitle() + "\""
                + (version.isLate() ? " (late)" : ""));
        return summary(paper, version, false);
    }

    /** Publishes the pack: members are told, and each conflict is flagged again to the member, chair and secretaries. */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public MeetingSummary publish(long meetingId) {
        Meeting meeting = Records.find(em, Meeting.class, meetingId, MEETING, LockModeType.PESSIMISTIC_WRITE);
        if (meeting.isPublished()) {
            throw new RuleViolationException("The pack was already published on " + meeting.getPackPublishedAt()
                    + "; papers added since are marked late.");
        }
        List<AgendaItem> items = items(meeting);
        if (items.isEmpty()) {
            throw new RuleViolationException("The agenda is empty; add items and papers before publishing the pack.");
        }
        meeting.publish(caller(), now());
        em.flush();
        List<String> members = accounts(Membership.of(em, meeting.getBoard(), today()).stream()
                .map(MemberView::clinicianId).toList());
        notices.send(members, "Board pack published: " + meeting.getBoard().getName(), "The pack for the meeting on "
                        + meeting.getStartsAt().atZone(Meeting.UK).toLocalDate() + " is published. Your papers to review are "
                        + "on your home page.", "/boards/meeting.xhtml?id=" + meetingId, "pack-published:" + meetingId);
        notifyConflicts(meeting, items, "pack-published");
        audit.record(AuditAction.UPDATED, MEETING, meetingId, "Pack published for the " + meeting.getBoard().getName()
                + " meeting of " + meeting.getStartsAt() + (meeting.isPackLate() ? " (after its deadline "
                + meeting.getPackDeadline() + ")" : ""));
        return MeetingSummary.of(meeting, now());
    }

    /** A paper's page; opening it as a member records that it was read. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public PaperPage paper(long id) {
        Paper paper = loadPaper(id);
        Access access = access(paper);
        if (access == Access.NONE) {
            throw new RecordNotFoundException(PAPER, id);
        }
        Optional<Clinician> me = Callers.clinician(em, caller());
        if (access == Access.FULL) {
            me.ifPresent(c -> markRead(paper, c));
        }
        Meeting meeting = paper.getItem().getMeeting();
        boolean overseer = overseer() || me.isPresent() && Membership.chairs(em, meeting.getBoard(), today())
                .contains(me.get().getId());
        List<ReadView> reads = List.of();
        List<ReviewView> reviews = List.of();
        List<String> notYetRead = List.of();
        if (overseer) {
            reads = em.createQuery("select r from PaperRead r join fetch r.reader where r.paper = :p order by r.firstReadAt",
                            PaperRead.class).setParameter("p", paper).getResultList().stream()
                    .map(r -> new ReadView(r.getReader().getId(), r.getReader().getDisplayName(), r.getFirstReadAt())).toList();
            reviews = reviewsOf(paper).stream().map(ReviewView::of).toList();
            Set<Long> read = reads.stream().map(ReadView::clinicianId).collect(Collectors.toSet());
            notYetRead = Membership.of(em, meeting.getBoard(), today()).stream().filter(m -> !read.contains(m.clinicianId()))
                    .map(MemberView::name).toList();
        }
        ReviewView mine = me.flatMap(c -> reviewsOf(paper).stream().filter(r -> r.getReviewer().getId().equals(c.getId()))
                .findFirst()).map(ReviewView::of).orElse(null);
        boolean member = me.isPresent() && Membership.isMember(em, meeting.getBoard(), me.get(), today());
        List<VersionView> versions = access == Access.WITHHELD ? List.of() : versionsOf(paper).stream().map(VersionView::of).toList();
        return new PaperPage(summary(paper, latest(paper), access == Access.WITHHELD), MeetingSummary.of(meeting, now()),
                paper.getItem().getTitle(), versions, reads, reviews, notYetRead, mine,
                member && access == Access.FULL && !meeting.hasStarted(now()), overseer);
    }

    /**
     * A version of the paper's PDF (the latest when {@code number} is null). A member conflicted on a
     * confidential item is refused — 403, and the attempt is audited; to anyone else without access the
     * paper does not exist.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public PaperContent content(long paperId, Integer number) {
        Paper paper = loadPaper(paperId);
        Access access = access(paper);
        if (access == Access.NONE) {
            throw new RecordNotFoundException(PAPER, paperId);
        }
        if (access == Access.WITHHELD) {
            audit.recordSecurityEvent(caller(), AuditAction.ACCESS_DENIED, PAPER, paperId, "Withheld confidential paper \""
                    + paper.getTitle() + "\" requested by a member with a declared conflict on its item");
            throw new AccessRefusedException("This confidential paper is withheld from you because you have a declared "
                    + "interest in an organisation its item concerns.");
        }
        PaperVersion version = number == null ? latest(paper) : versionsOf(paper).stream()
                .filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("paper version", number));
        Callers.clinician(em, caller()).ifPresent(c -> markRead(paper, c));
        return new PaperContent(version.getFileName(), store.file(version.getSha256()), version.getSize());
    }

    /**
     * The pack as one PDF — cover, agenda, then the papers the caller may have, bookmarked by item and paper.
     * For the board's members, its secretaries and administrators, and medical directors (public papers).
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public byte[] pack(long meetingId) {
        Meeting meeting = loadMeeting(meetingId);
        MeetingPage page = page(meeting);
        if (!page.canManage() && !page.member() && !context.isCallerInRole(MEDICAL_DIRECTOR)) {
            throw new RecordNotFoundException(MEETING, meetingId);
        }
        if (!meeting.isPublished() && !page.canManage()) {
            throw new RuleViolationException("The pack has not been published yet.");
        }
        List<BoardPack.Entry> entries = new ArrayList<>();
        for (ItemView item : page.items()) {
            for (PaperSummary p : item.papers()) {
                PaperVersion latest = p.withheld() ? null : latest(em.find(Paper.class, p.id()));
                entries.add(new BoardPack.Entry(item.order(), item.title(), item.purposeLabel(), p.title(),
                        latest == null ? null : store.file(latest.getSha256())));
            }
        }
        return BoardPack.build(page.meeting(), page.items(), entries);
    }

    /** A member's review: position and comment, changeable until the meeting starts. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ReviewView review(long paperId, ReviewPosition position, String comment) {
        Paper paper = loadPaper(paperId);
        Clinician me = Callers.requireClinician(em, caller(), "review papers");
        Access access = access(paper);
        if (access == Access.NONE) {
            throw new RecordNotFoundException(PAPER, paperId);
        }
        if (!Membership.isMember(em, paper.getItem().getMeeting().getBoard(), me, today())) {
            throw new AccessRefusedException("Only the board's members review its papers.");
        }
        if (access == Access.WITHHELD) {
            throw new AccessRefusedException("This confidential paper is withheld from you because of your declared interest.");
        }
        PaperReview review = reviewsOf(paper).stream().filter(r -> r.getReviewer().getId().equals(me.getId())).findFirst()
                .orElse(null);
        if (review == null) {
            review = new PaperReview(paper, me);
            review.review(position, comment, now());
            em.persist(review);
        } else {
            review.review(position, comment, now());
        }
        markRead(paper, me);
        Persistence.flush(em, "review", () -> new RuleViolationException("Your review could not be saved; try again."));
        audit.record(AuditAction.UPDATED, PAPER, paperId, me.getDisplayName() + " reviewed \"" + paper.getTitle() + "\": "
                + position.label());
        return ReviewView.of(review);
    }

    /** Papers to review: published papers of the caller's boards they have not opened yet, oldest meeting first. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<InboxEntry> inbox() {
        Optional<Clinician> me = Callers.clinician(em, caller());
        if (me.isEmpty()) {
            return List.of();
        }
        List<Long> boards = Membership.boardIdsOf(em, me.get(), today());
        if (boards.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select p, i.title, m, b "
                        + "from Paper p join p.item i join i.meeting m join m.board b "
                        + "where m.board.id in :boards and m.packPublishedAt is not null and m.startsAt > :now "
                        + "and not exists (select r from PaperRead r where r.paper = p and r.reader = :me) "
                        + "order by m.startsAt, i.order, p.id", Object[].class)
                .setParameter("boards", boards).setParameter("now", now()).setParameter("me", me.get()).getResultList();
        Set<Long> withheld = withheldItems(me.get(), rows.stream().map(r -> ((Paper) r[0]).getItem()).toList());
        List<InboxEntry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            Paper p = (Paper) r[0];
            Meeting m = (Meeting) r[2];
            if (!withheld.contains(p.getItem().getId())) {
                entries.add(new InboxEntry(p.getId(), p.getTitle(), (String) r[1], m.getId(), ((Board) r[3]).getName(),
                        m.getStartsAt(), false));
            }
        }
        return entries;
    }

    // ---- conflicts ----------------------------------------------------------------------------------------

    /**
     * Flags each member with a live interest in an organisation one of {@code items} concerns — to the
     * member, the board's chair and the board secretaries — once per item, member and occasion.
     */
    void notifyConflicts(Meeting meeting, List<AgendaItem> items, String occasion) {
        Board board = meeting.getBoard();
        List<MemberView> members = Membership.of(em, board, today());
        Map<Long, List<Declaration>> declarations = declarationsOf(members.stream().map(MemberView::clinicianId).toList());
        List<String> secretaries = em.createQuery("select a.username from UserAccount a join a.roles r where r = :s",
                String.class).setParameter("s", Role.BOARD_SECRETARY).getResultList();
        List<String> chairs = accounts(Membership.chairs(em, board, today()));
        for (AgendaItem item : items) {
            Set<Long> orgs = item.getOrganisations().stream().map(Organisation::getId).collect(Collectors.toSet());
            for (MemberView member : members) {
                List<String> flags = BoardConflicts.flags(declarations.getOrDefault(member.clinicianId(), List.of()), orgs,
                        today());
                if (flags.isEmpty()) {
                    continue;
                }
                Set<String> recipients = new LinkedHashSet<>(accounts(List.of(member.clinicianId())));
                recipients.addAll(chairs);
                recipients.addAll(secretaries);
                notices.send(recipients, "Conflict flagged: " + member.name() + " on \"" + item.getTitle() + "\"",
                        member.name() + " has a declared " + String.join("; ", flags) + ". The item is on the "
                                + board.getName() + " agenda for " + meeting.getStartsAt().atZone(Meeting.UK).toLocalDate()
                                + (item.isConfidential() ? "; it is confidential, so its papers are withheld from them." : "."),
                        "/boards/meeting.xhtml?id=" + meeting.getId(),
                        "item-conflict:" + occasion + ":" + item.getId() + ":" + member.clinicianId());
            }
        }
    }

    /**
     * Flags a newly declared interest on the agendas of meetings not yet held (called by {@link ConflictWatch}
     * in the declarer's transaction; it only sends notices).
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public void flagUpcoming(long clinicianId, long organisationId) {
        List<AgendaItem> items = em.createQuery("select i from AgendaItem i join i.organisations o join fetch i.meeting m "
                        + "where o.id = :org and m.startsAt > :now", AgendaItem.class)
                .setParameter("org", organisationId).setParameter("now", now()).getResultList();
        Clinician clinician = em.find(Clinician.class, clinicianId);
        for (AgendaItem item : items) {
            if (Membership.isMember(em, item.getMeeting().getBoard(), clinician, today())) {
                notifyConflicts(item.getMeeting(), List.of(item), "interest-declared");
            }
        }
    }

    /**
     * Adds a proposal from elsewhere in the portal as an item "for discussion" on the board's next meeting whose
     * pack is still open, flagging conflicts as any item does; with no such meeting the secretaries and chair are
     * told to schedule it. Not for pages or the API: another boundary calls it inside its own transaction,
     * after checking that its caller may put the thing forward (a project's owner, once).
     *
     * @return the new item's id, or null when no meeting could take it yet
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public Long propose(long boardId, Proposal proposal) {
        Board board = loadBoard(boardId);
        List<String> secretaries = em.createQuery("select a.username from UserAccount a join a.roles r where r = :s",
                String.class).setParameter("s", Role.BOARD_SECRETARY).getResultList();
        Set<String> recipients = new LinkedHashSet<>(secretaries);
        recipients.addAll(accounts(Membership.chairs(em, board, today())));
        List<Meeting> next = em.createQuery("select m from Meeting m where m.board = :b and m.startsAt > :now "
                + "and m.packPublishedAt is null order by m.startsAt", Meeting.class).setParameter("b", board)
                .setParameter("now", now()).setMaxResults(1).getResultList();
        if (next.isEmpty()) {
            notices.send(recipients, "Put forward to " + board.getName(), "\"" + proposal.title()
                    + "\" is put forward to the board; schedule it when the next meeting is set: " + proposal.note(),
                    proposal.source(), proposal.key());
            return null;
        }
        Meeting meeting = next.get(0);
        int order = em.createQuery("select coalesce(max(i.order), 0) from AgendaItem i where i.meeting = :m", Integer.class)
                .setParameter("m", meeting).getSingleResult() + 1;
        AgendaItem item = new AgendaItem(meeting, order, "Proposed: spreading \"" + proposal.title() + "\"",
                Purpose.DISCUSSION, proposal.presenter(), false, proposal.aims(),
                Set.of(em.getReference(org.clinlead.portal.organisations.Organisation.class, proposal.organisationId())), now());
        em.persist(item);
        em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(AuditAction.CREATED, "agenda item", item.getId(), "Proposed (" + proposal.key() + ") for the "
                + board.getName() + " meeting of " + meeting.getStartsAt());
        notifyConflicts(meeting, List.of(item), "item-added");
        notices.send(recipients, "Proposed item for " + board.getName(), "\"" + proposal.title() + "\" was put forward "
                + "and added to the agenda of " + meeting.getStartsAt().atZone(Meeting.UK).toLocalDate() + " for discussion: "
                + proposal.note(), "/boards/meeting.xhtml?id=" + meeting.getId(), proposal.key());
        return item.getId();
    }

    // ---- the meeting page ---------------------------------------------------------------------------------

    MeetingPage page(Meeting meeting) {
        Instant now = now();
        LocalDate today = today();
        Board board = meeting.getBoard();
        List<AgendaItem> items = items(meeting);
        List<MemberView> members = Membership.of(em, board, today);
        Optional<Clinician> me = Callers.clinician(em, caller());
        boolean member = me.isPresent() && members.stream().anyMatch(m -> m.clinicianId() == me.get().getId());
        boolean manage = overseer();
        Map<Long, List<Declaration>> declarations = declarationsOf(members.stream().map(MemberView::clinicianId).toList());
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
        Map<Long, PaperVersion> latest = latestVersions(papers.values().stream().flatMap(List::stream).toList());
        boolean mdViewer = context.isCallerInRole(MEDICAL_DIRECTOR);
        List<ItemView> views = new ArrayList<>();
        List<String> myConflicts = new ArrayList<>();
        for (AgendaItem item : items) {
            Set<Long> orgs = item.getOrganisations().stream().map(Organisation::getId).collect(Collectors.toSet());
            List<ConflictFlag> flags = new ArrayList<>();
            Set<Long> notTakingPart = new HashSet<>();
            for (MemberView m : members) {
                List<String> found = BoardConflicts.flags(declarations.getOrDefault(m.clinicianId(), List.of()), orgs, today);
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
                boolean visible = manage || meeting.isPublished() && (member || mdViewer && !p.isConfidential());
                if (visible) {
                    paperViews.add(summary(p, latest.get(p.getId()), !manage && p.isConfidential() && iAmConflicted));
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
                    manage || member || mdViewer ? flags : List.of(), !recorded || quorum.quorate(),
                    recorded ? quorum.reason() : null, item.getDiscussion(), item.getOutcome(),
                    item.getOutcome() == null ? null : item.getOutcome().label(), item.getVotesFor(), item.getVotesAgainst(),
                    item.getVotesAbstaining()));
        }
        List<AttendanceLine> lines = members.stream().map(m -> new AttendanceLine(m.clinicianId(), m.name(), m.role(),
                m.voting(), m.lead(), attendance.get(m.clinicianId()))).toList();
        List<Meeting> next = em.createQuery("select m from Meeting m where m.board = :b and m.startsAt > :now "
                + "order by m.startsAt", Meeting.class).setParameter("b", board).setParameter("now", now)
                .setMaxResults(1).getResultList();
        MeetingMinutes minutes = em.find(MeetingMinutes.class, meeting.getId());
        List<MeetingPage.ApprovalChoice> later = !manage || minutes == null ? List.of() : em.createQuery(
                        "select i from AgendaItem i join fetch i.meeting m where m.board = :b and m.startsAt > :start "
                        + "and i.purpose = :decision and i.outcome in :agreed order by m.startsAt, i.order", AgendaItem.class)
                .setParameter("b", board).setParameter("start", meeting.getStartsAt())
                .setParameter("decision", Purpose.DECISION)
                .setParameter("agreed", List.of(ItemOutcome.AGREED, ItemOutcome.AGREED_WITH_AMENDMENTS)).getResultList()
                .stream().map(i -> new MeetingPage.ApprovalChoice(i.getId(), i.getMeeting().getStartsAt().atZone(Meeting.UK)
                        .toLocalDate() + ": " + i.getTitle() + " (" + i.getOutcome().label() + ")")).toList();
        return new MeetingPage(MeetingSummary.of(meeting, now), BoardSummary.of(board, next.isEmpty() ? null : next.get(0)),
                views, lines, manage, member, myConflicts, minutes == null ? null : minutes.getStatus(),
                minutes == null || !(manage || member) ? null : minutes.getBody(), later);
    }

    // ---- access -------------------------------------------------------------------------------------------

    private enum Access { FULL, WITHHELD, NONE }

    /**
     * What the caller may have of a paper: secretaries and administrators everything; after publication,
     * the board's members (a confidential item's papers are withheld from a member conflicted on it) and
     * medical directors (not confidential papers); nobody else.
     */
    private Access access(Paper paper) {
        if (overseer()) {
            return Access.FULL;
        }
        Meeting meeting = paper.getItem().getMeeting();
        if (!meeting.isPublished()) {
            return Access.NONE;
        }
        Optional<Clinician> me = Callers.clinician(em, caller());
        boolean member = me.isPresent() && Membership.isMember(em, meeting.getBoard(), me.get(), today());
        if (member) {
            if (paper.isConfidential() && withheldItems(me.get(), List.of(paper.getItem())).contains(paper.getItem().getId())) {
                return Access.WITHHELD;
            }
            return Access.FULL;
        }
        return context.isCallerInRole(MEDICAL_DIRECTOR) && !paper.isConfidential() ? Access.FULL : Access.NONE;
    }

    /** The confidential items among {@code items} whose papers are withheld from {@code member} because of a conflict. */
    private Set<Long> withheldItems(Clinician member, Collection<AgendaItem> items) {
        List<AgendaItem> confidential = items.stream().filter(AgendaItem::isConfidential).distinct().toList();
        if (confidential.isEmpty()) {
            return Set.of();
        }
        List<Declaration> mine = declarationsOf(List.of(member.getId())).getOrDefault(member.getId(), List.of());
        Map<Long, ItemConflict> allowed = em.createQuery("select c from ItemConflict c where c.member = :me "
                        + "and c.item in :items", ItemConflict.class).setParameter("me", member)
                .setParameter("items", confidential).getResultList().stream()
                .collect(Collectors.toMap(c -> c.getItem().getId(), Function.identity()));
        Set<Long> withheld = new HashSet<>();
        for (AgendaItem item : confidential) {
            Set<Long> orgs = item.getOrganisations().stream().map(Organisation::getId).collect(Collectors.toSet());
            boolean conflicted = !BoardConflicts.flags(mine, orgs, today()).isEmpty();
            ItemConflict record = allowed.get(item.getId());
            if (conflicted && (record == null || !record.tookPart())) {
                withheld.add(item.getId());
            }
        }
        return withheld;
    }

    private boolean overseer() {
        return context.isCallerInRole(ADMIN) || context.isCallerInRole(BOARD_SECRETARY);
    }

    // ---- loading ------------------------------------------------------------------------------------------

    private void markRead(Paper paper, Clinician reader) {
        boolean read = em.createQuery("select count(r) from PaperRead r where r.paper = :p and r.reader = :c", Long.class)
                .setParameter("p", paper).setParameter("c", reader).getSingleResult() > 0;
        if (!read && Membership.isMember(em, paper.getItem().getMeeting().getBoard(), reader, today())) {
            em.persist(new PaperRead(paper, reader, now()));
        }
    }

    private PaperSummary summary(Paper paper, PaperVersion latest, boolean withheld) {
        return new PaperSummary(paper.getId(), paper.getItem().getId(), paper.getTitle(), paper.getAuthor(),
                paper.getSummary(), paper.isConfidential(), latest == null ? 0 : latest.getNumber(),
                latest != null && latest.isLate(), latest == null ? null : latest.getUploadedAt(), withheld);
    }

    private Map<Long, PaperVersion> latestVersions(List<Paper> papers) {
        if (papers.isEmpty()) {
            return Map.of();
        }
        Map<Long, PaperVersion> latest = new HashMap<>();
        for (PaperVersion v : em.createQuery("select v from PaperVersion v where v.paper in :papers order by v.number",
                PaperVersion.class).setParameter("papers", papers).getResultList()) {
            latest.put(v.getPaper().getId(), v);
        }
        return latest;
    }

    private PaperVersion latest(Paper paper) {
        List<PaperVersion> versions = versionsOf(paper);
        return versions.get(versions.size() - 1);
    }

    private List<PaperVersion> versionsOf(Paper paper) {
        return em.createQuery("select v from PaperVersion v where v.paper = :p order by v.number", PaperVersion.class)
                .setParameter("p", paper).getResultList();
    }

    private List<PaperReview> reviewsOf(Paper paper) {
        return em.createQuery("select r from PaperReview r join fetch r.reviewer where r.paper = :p order by r.updatedAt",
                PaperReview.class).setParameter("p", paper).getResultList();
    }

    private List<AgendaItem> items(Meeting meeting) {
        return em.createQuery("select i from AgendaItem i where i.meeting = :m order by i.order, i.id", AgendaItem.class)
                .setParameter("m", meeting).getResultList();
    }

    private Map<Long, List<Declaration>> declarationsOf(List<Long> clinicianIds) {
        if (clinicianIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select d from Declaration d left join fetch d.organisation where d.clinician.id in :ids",
                        Declaration.class).setParameter("ids", clinicianIds).getResultList().stream()
                .collect(Collectors.groupingBy(d -> d.getClinician().getId()));
    }

    private List<String> accounts(List<Long> clinicianIds) {
        if (clinicianIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a.username from UserAccount a where a.clinician.id in :ids", String.class)
                .setParameter("ids", clinicianIds).getResultList();
    }

    Board loadBoard(long id) {
        Board board = Records.find(em, Board.class, id, "board");
        return board;
    }

    Meeting loadMeeting(long id) {
        Meeting meeting = Records.find(em, Meeting.class, id, MEETING);
        return meeting;
    }

    private Paper loadPaper(long id) {
        Paper paper = Records.find(em, Paper.class, id, PAPER);
        return paper;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
