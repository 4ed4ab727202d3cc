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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;

/**
 * Board papers: secretaries and administrators upload a paper's PDF and its later versions until the meeting
 * starts; people see a paper's page and download its PDF as {@link PaperAccess} allows. Opening a paper as a
 * member records that it was read.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class BoardPapers {

    static final String PAPER = "paper";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private PaperStore store;

    @Inject
    private Caller caller;

    @Inject
    private BoardReads reads;

    @Inject
    private PaperVisibility visibility;

    @Inject
    private ReadReceipts receipts;

    @Inject
    private Clock clock;

    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public PaperSummary addPaper(long itemId, String title, String author, String summary, boolean confidential,
            String fileName, byte[] content) {
        AgendaItem item = Records.find(em, AgendaItem.class, itemId, "agenda item");
        PdfUpload upload = new PdfUpload(fileName, content);
        PdfCheck.opens(upload);
        Paper paper = new Paper(item, title, author, summary, confidential, Instant.now(clock));
        em.persist(paper);
        PaperVersion version = new PaperVersion(paper, 1, upload, store.store(content), caller.name(), Instant.now(clock));
        em.persist(version);
        em.flush();
        audit.record(AuditAction.CREATED, PAPER, paper.getId(), "Paper \"" + paper.getTitle() + "\" (" + upload.size()
                + " bytes" + (version.isLate() ? ", late" : "") + ") for item \"" + item.getTitle() + "\"");
        return PaperSummary.of(paper, version, false);
    }

    /** A new version of a paper's PDF; it supersedes the last, which stays viewable. */
    @RolesAllowed({ADMIN, BOARD_SECRETARY})
    public PaperSummary addVersion(long paperId, String fileName, byte[] content) {
        Paper paper = Records.find(em, Paper.class, paperId, PAPER, LockModeType.PESSIMISTIC_WRITE);
        PdfUpload upload = new PdfUpload(fileName, content);
        PdfCheck.opens(upload);
        int number = reads.latest(paper).getNumber() + 1;
        PaperVersion version = new PaperVersion(paper, number, upload, store.store(content), caller.name(),
                Instant.now(clock));
        em.persist(version);
        em.flush();
        audit.record(AuditAction.UPDATED, PAPER, paperId, "Version " + number + " of \"" + paper.getTitle() + "\""
                + (version.isLate() ? " (late)" : ""));
        return PaperSummary.of(paper, version, false);
    }

    /** A paper's page; opening it as a member records that it was read. */
    public PaperPage paper(long id) {
        Paper paper = Records.find(em, Paper.class, id, PAPER);
        PaperAccess access = visibility.of(paper);
        if (access == PaperAccess.NONE) {
            throw new RecordNotFoundException(PAPER, id);
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        Optional<Clinician> me = caller.clinician();
        if (access == PaperAccess.FULL) {
            me.ifPresent(c -> receipts.mark(paper, c));
        }
        Meeting meeting = paper.getItem().getMeeting();
        boolean overseer = visibility.overseer() || me.isPresent() && Membership.chairs(em, meeting.getBoard(), today)
                .contains(me.get().getId());
        List<ReadView> readers = List.of();
        List<ReviewView> reviews = List.of();
        List<String> notYetRead = List.of();
        if (overseer) {
            readers = reads.readsOf(paper).stream()
                    .map(r -> new ReadView(r.getReader().getId(), r.getReader().getDisplayName(), r.getFirstReadAt())).toList();
            reviews = reads.reviewsOf(paper).stream().map(ReviewView::of).toList();
            // Whoever reviewed the paper has read it, however the review reached the portal (page or API).
            Set<Long> read = java.util.stream.Stream.concat(readers.stream().map(ReadView::clinicianId),
                    reviews.stream().map(ReviewView::clinicianId)).collect(Collectors.toSet());
            notYetRead = Membership.of(em, meeting.getBoard(), today).stream().filter(m -> !read.contains(m.clinicianId()))
                    .map(MemberView::name).toList();
        }
        ReviewView mine = me.flatMap(c -> reads.reviewsOf(paper).stream()
                .filter(r -> r.getReviewer().getId().equals(c.getId())).findFirst()).map(ReviewView::of).orElse(null);
        boolean member = me.isPresent() && Membership.isMember(em, meeting.getBoard(), me.get(), today);
        List<VersionView> versions = access == PaperAccess.WITHHELD ? List.of()
                : reads.versionsOf(paper).stream().map(VersionView::of).toList();
        return new PaperPage(PaperSummary.of(paper, reads.latest(paper), access == PaperAccess.WITHHELD),
                MeetingSummary.of(meeting, now), paper.getItem().getTitle(), versions, readers, reviews, notYetRead, mine,
                member && access == PaperAccess.FULL && !meeting.hasStarted(now), overseer);
    }

    /**
     * A version of the paper's PDF (the latest when {@code number} is null). A member conflicted on a
     * confidential item is refused — 403, and the attempt is audited; to anyone else without access the
     * paper does not exist.
     */
    public PaperContent content(long paperId, Integer number) {
        Paper paper = Records.find(em, Paper.class, paperId, PAPER);
        PaperAccess access = visibility.of(paper);
        if (access == PaperAccess.NONE) {
            throw new RecordNotFoundException(PAPER, paperId);
        }
        if (access == PaperAccess.WITHHELD) {
            audit.recordSecurityEvent(caller.name(), AuditAction.ACCESS_DENIED, PAPER, paperId, "Withheld confidential "
                    + "paper \"" + paper.getTitle() + "\" requested by a member with a declared conflict on its item");
            throw new AccessRefusedException("This confidential paper is withheld from you because you have a declared "
                    + "interest in an organisation its item concerns.");
        }
        PaperVersion version = number == null ? reads.latest(paper) : reads.versionsOf(paper).stream()
                .filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("paper version", number));
        caller.clinician().ifPresent(c -> receipts.mark(paper, c));
        return new PaperContent(version.getFileName(), store.file(version.getSha256()), version.getSize());
    }
}
