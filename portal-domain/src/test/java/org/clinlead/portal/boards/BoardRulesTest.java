package org.clinlead.portal.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clinlead.portal.testing.Ids.withId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.interests.InterestDetails;
import org.clinlead.portal.interests.InterestType;
import org.clinlead.portal.interests.LiveInterests;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Profession;
import org.clinlead.portal.people.RegistrationBody;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RuleViolationException;
import org.clinlead.portal.shared.WorkingDays;
import org.junit.jupiter.api.Test;

/** Quorum, conflict matching, due and overdue, publication deadlines, uploads and the meeting's rules. */
class BoardRulesTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z"); // a Monday
    private final LocalDate today = LocalDate.of(2026, 11, 23);
    private final Board board = new Board(null, null, "Acute care Pathway Delivery Board", "Terms", 4, true);
    private final Instant meetingStart = Instant.parse("2026-12-07T14:00:00Z"); // a Monday

    private Meeting meeting() {
        return Meeting.schedule(board, meetingStart, null, "Room 1, Northdale House", null, null, now);
    }

    @Test
    void thePackIsDueFiveWorkingDaysBeforeTheMeeting() {
        assertThat(WorkingDays.before(LocalDate.of(2026, 12, 7), 5)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(WorkingDays.before(LocalDate.of(2026, 12, 9), 5)).as("across a weekend").isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(meeting().getPackDeadline()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aMeetingIsInTheFutureEndsAfterItStartsAndHasAPlaceOrALink() {
        assertThatThrownBy(() -> Meeting.schedule(board, now.minusSeconds(60), null, "Room", null, null, now))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("The meeting must be in the future.");
        assertThatThrownBy(() -> Meeting.schedule(board, meetingStart, meetingStart.minusSeconds(1), null, "http://x", null, now))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
                        .containsExactly("endsAt", "videoLink"));
        assertThat(Meeting.schedule(board, meetingStart, null, null, "https://meet.example/abc", null, now).getEndsAt())
                .isEqualTo(meetingStart.plus(2, ChronoUnit.HOURS));
    }

    @Test
    void aMeetingIsMovedOrCancelledOnlyBeforeItStartsAndEachChangeCountsForCalendars() {
        Meeting meeting = meeting();
        assertThat(meeting.getSequence()).isZero();
        Instant later = meetingStart.plus(2, ChronoUnit.DAYS);
        assertThat(meeting.move(meetingStart, null, "Room 1, Northdale House", null, now)).as("nothing changed").isFalse();
        assertThat(meeting.getSequence()).isZero();
        assertThat(meeting.move(later, null, "Room 4", null, now)).isTrue();
        assertThat(meeting.getSequence()).isEqualTo(1);
        assertThat(meeting.getPackDeadline()).as("follows the meeting until published").isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(meeting.getEndsAt()).isEqualTo(later.plus(2, ChronoUnit.HOURS));
        assertThatThrownBy(() -> meeting.move(now.minusSeconds(1), null, "Room", null, now)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> meeting.cancel(" ", now)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The reason for cancelling is required.");
        meeting.cancel("Not quorate", now);
        assertThat(meeting.isCancelled()).isTrue();
        assertThat(meeting.getSequence()).isEqualTo(2);
        assertThatThrownBy(() -> meeting.move(later, null, "Room 5", null, now)).hasMessage("The meeting is cancelled.");
        assertThatThrownBy(() -> meeting.requireAgendaOpen(now)).hasMessageContaining("cancelled");
        assertThat(meeting.publishBlockers(3, now)).contains("The meeting is cancelled.");
        assertThatThrownBy(() -> meeting.requireStarted(later.plusSeconds(60))).hasMessageContaining("cancelled");

        Meeting started = meeting();
        assertThat(started.changeBlockers(meetingStart.plusSeconds(1))).containsExactly(
                "The meeting has started; it can no longer be moved or cancelled.");
        assertThatThrownBy(() -> started.cancel("Too late", meetingStart.plusSeconds(1))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void papersAfterPublicationOrTheDeadlineAreLate() {
        Meeting meeting = meeting();
        assertThat(meeting.isLate(now)).isFalse();
        assertThat(meeting.isLate(Instant.parse("2026-12-01T09:00:00Z"))).as("after the deadline").isTrue();
        meeting.publish("secretary", 1, now);
        assertThat(meeting.isLate(now.plusSeconds(1))).as("after publication").isTrue();
        assertThat(meeting.isPackLate()).isFalse();
        assertThatThrownBy(() -> meeting.publish("secretary", 1, meetingStart)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aPackIsPublishedOnceWithAnAgendaBeforeTheMeeting() {
        Meeting meeting = meeting();
        assertThat(meeting.publishBlockers(1, now)).isEmpty();
        assertThat(meeting.publishBlockers(0, now)).containsExactly(
                "The agenda is empty; add items and papers before publishing the pack.");
        assertThat(meeting.publishBlockers(0, meetingStart)).hasSize(2);
        assertThatThrownBy(() -> meeting.publish("secretary", 0, now)).hasMessageContaining("agenda is empty");
        meeting.publish("secretary", 2, now);
        // A second publication is refused, not silently ignored: the first date stands.
        assertThatThrownBy(() -> meeting.publish("other", 2, now.plusSeconds(60))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already published on " + now);
        assertThat(meeting.getPackPublishedAt()).isEqualTo(now);
        assertThat(meeting.getPackPublishedBy()).isEqualTo("secretary");
    }

    @Test
    void papersAndTheAgendaCloseWhenTheMeetingStarts() {
        Meeting meeting = meeting();
        AgendaItem item = new AgendaItem(meeting, 1, "Model", Purpose.DECISION, "Lead", false, Set.of("A"), Set.of(), now);
        Paper paper = new Paper(item, "Business case", "Lead", "Summary", false, now);
        assertThatThrownBy(() -> new Paper(item, "Late case", "Lead", "Summary", false, meetingStart))
                .hasMessage("The meeting has started; papers can no longer be added.");
        PdfUpload pdf = new PdfUpload("case.pdf", "%PDF-1.4 x".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> new PaperVersion(paper, 2, pdf, "0".repeat(64), "secretary", meetingStart))
                .hasMessage("The meeting has started; papers can no longer change.");
        assertThat(new PaperVersion(paper, 2, pdf, "0".repeat(64), "secretary", now).isLate()).isFalse();
        assertThatThrownBy(() -> meeting.requireAgendaOpen(meetingStart))
                .hasMessage("The meeting has started; its agenda can no longer change.");
        assertThatThrownBy(() -> new AgendaItem(meeting, 2, "Late", Purpose.DECISION, "Lead", false, Set.of("A"), Set.of(),
                meetingStart)).hasMessage("The meeting has started; its agenda can no longer change.");
    }

    @Test
    void whoHasAPaperIsDecidedInOnePlace() {
        // overseer, published, member, conflicted, medical director, confidential
        assertThat(PaperAccess.of(true, false, false, false, false, true)).isEqualTo(PaperAccess.FULL);
        assertThat(PaperAccess.of(false, false, true, false, true, false)).as("before publication").isEqualTo(PaperAccess.NONE);
        assertThat(PaperAccess.of(false, true, true, false, false, true)).isEqualTo(PaperAccess.FULL);
        assertThat(PaperAccess.of(false, true, true, true, false, true)).isEqualTo(PaperAccess.WITHHELD);
        assertThat(PaperAccess.of(false, true, true, true, false, false)).as("public papers are never withheld")
                .isEqualTo(PaperAccess.FULL);
        assertThat(PaperAccess.of(false, true, false, false, true, false)).isEqualTo(PaperAccess.FULL);
        assertThat(PaperAccess.of(false, true, false, false, true, true)).isEqualTo(PaperAccess.NONE);
        assertThat(PaperAccess.of(false, true, false, false, false, false)).isEqualTo(PaperAccess.NONE);
    }

    @Test
    void anItemNeedsAnAimAndOnlyADecisionItemTakesADecision() {
        Meeting meeting = meeting();
        assertThatThrownBy(() -> new AgendaItem(meeting, 1, "Item", Purpose.INFORMATION, "Chair", false, Set.of(), Set.of(), now))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one of the strategy's aims");
        AgendaItem info = new AgendaItem(meeting, 1, "Update", Purpose.INFORMATION, "Chair", false, Set.of("A"), Set.of(), now);
        assertThatThrownBy(() -> info.record("Noted", ItemOutcome.AGREED, null, null, null, meetingStart))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no decision can be recorded");
        assertThatThrownBy(() -> info.record("Noted", null, null, null, null, now))
                .as("before the meeting").isInstanceOf(RuleViolationException.class);
        info.record("Noted", null, null, null, null, meetingStart);
        AgendaItem decision = new AgendaItem(meeting, 2, "Model", Purpose.DECISION, "Lead", false, Set.of("A"), Set.of(), now);
        assertThatThrownBy(() -> decision.record(null, null, 5, 0, 0, meetingStart)).isInstanceOf(InvalidInputException.class);
        decision.record("Agreed after debate", ItemOutcome.AGREED_WITH_AMENDMENTS, 5, 1, 0, meetingStart);
        assertThat(decision.getOutcome()).isEqualTo(ItemOutcome.AGREED_WITH_AMENDMENTS);
    }

    @Test
    void quorumIsCountedWithoutMembersWhoDidNotTakePart() {
        List<Quorum.Present> present = List.of(new Quorum.Present(1, true), new Quorum.Present(2, false),
                new Quorum.Present(3, false), new Quorum.Present(4, false));
        assertThat(Quorum.forItem(4, true, present, Set.of()).quorate()).isTrue();
        Quorum.Result withoutOne = Quorum.forItem(4, true, present, Set.of(3L));
        assertThat(withoutOne.quorate()).isFalse();
        assertThat(withoutOne.reason()).contains("3 voting members taking part, 4 needed");
        Quorum.Result noLead = Quorum.forItem(3, true, present, Set.of(1L));
        assertThat(noLead.quorate()).isFalse();
        assertThat(noLead.reason()).contains("no senior clinical lead");
        assertThat(Quorum.forItem(3, false, present, Set.of(1L)).quorate()).isTrue();
    }

    @Test
    void aLiveInterestInAnOrganisationTheItemConcernsIsAConflict() throws Exception {
        Organisation trust = new Organisation("Fernley Hospitals NHS Trust", OrganisationType.ACUTE_TRUST, "RZF");
        java.lang.reflect.Field id = Organisation.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(trust, 7L);
        Clinician member = new Clinician("Ann", "Lowe", Profession.DOCTOR, RegistrationBody.GMC, "1000003", trust, "a@x.nhs.uk");
        Declaration live = Declaration.interest(member, new InterestDetails(InterestType.FINANCIAL, trust, null, null,
                "Paid sessions", today.minusYears(1), null, "Declared"), now);
        Declaration ended = Declaration.interest(member, new InterestDetails(InterestType.FINANCIAL, trust, null, null,
                "Old role", today.minusYears(2), today.minusDays(1), "Declared"), now);
        assertThat(LiveInterests.flags(List.of(live, ended), Set.of(7L), today)).singleElement().asString()
                .startsWith("Financial interest in Fernley Hospitals NHS Trust: Paid sessions");
        assertThat(LiveInterests.flags(List.of(live), Set.of(8L), today)).isEmpty();
    }

    @Test
    void anActionIsOpenThenOverdueUnlessDone() {
        AgendaItem item = new AgendaItem(meeting(), 1, "Model", Purpose.DECISION, "Lead", false, Set.of("A"), Set.of(), now);
        Clinician owner = new Clinician("Ann", "Lowe", Profession.DOCTOR, RegistrationBody.GMC, "1000003",
                new Organisation("Fernley Hospitals NHS Trust", OrganisationType.ACUTE_TRUST, "RZF"), "a@x.nhs.uk");
        BoardAction action = new BoardAction(item, "Write the business case", owner, today.plusDays(10), now);
        assertThat(action.statusOn(today.plusDays(10))).isEqualTo(ActionStatus.OPEN);
        assertThat(action.statusOn(today.plusDays(11))).isEqualTo(ActionStatus.OVERDUE);
        action.complete(today.plusDays(12));
        assertThat(action.statusOn(today.plusDays(20))).isEqualTo(ActionStatus.DONE);
        assertThatThrownBy(() -> action.complete(today)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void anUploadMustReallyBeAPdfWithinTheLimit() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        assertThat(new PdfUpload("../../etc/Board paper (final).PDF", pdf).safeFileName()).isEqualTo("Board_paper__final_.PDF");
        assertThat(new PdfUpload("notes", pdf).safeFileName()).isEqualTo("notes.pdf");
        assertThatThrownBy(() -> new PdfUpload("virus.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a PDF");
        assertThatThrownBy(() -> new PdfUpload("page.pdf", "<html>".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a PDF");
        assertThatThrownBy(() -> new PdfUpload("empty.pdf", new byte[0])).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
        byte[] big = new byte[(int) PdfUpload.MAX_BYTES + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        assertThatThrownBy(() -> new PdfUpload("big.pdf", big)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("larger than 20 MB");
    }

    @Test
    void reviewsCloseWhenTheMeetingStartsAndConcernsNeedAComment() {
        AgendaItem item = new AgendaItem(meeting(), 1, "Model", Purpose.DECISION, "Lead", false, Set.of("A"), Set.of(), now);
        Paper paper = new Paper(item, "Business case", "Lead", "Summary", false, now);
        PaperReview review = new PaperReview(paper, null);
        assertThatThrownBy(() -> review.review(ReviewPosition.CONCERNS, " ", now)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Say what your comments or concerns are.");
        review.review(ReviewPosition.SUPPORT, null, now);
        review.review(ReviewPosition.CONCERNS, "Costs unclear", now.plusSeconds(60));
        assertThat(review.getPosition()).isEqualTo(ReviewPosition.CONCERNS);
        assertThatThrownBy(() -> review.review(ReviewPosition.SUPPORT, null, meetingStart))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("reviews are closed");
    }

    @Test
    void aReorderNamesEveryItemOnce() throws Exception {
        Meeting meeting = meeting();
        AgendaItem a = new AgendaItem(meeting, 1, "A", Purpose.DECISION, "x", false, Set.of("A"), Set.of(), now);
        AgendaItem b = new AgendaItem(meeting, 2, "B", Purpose.DECISION, "x", false, Set.of("A"), Set.of(), now);
        java.lang.reflect.Field id = AgendaItem.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(a, 1L);
        id.set(b, 2L);
        assertThatThrownBy(() -> Agenda.reorder(List.of(a, b), List.of(2L))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Agenda.reorder(List.of(a, b), List.of(2L, 2L))).isInstanceOf(InvalidInputException.class);
        Agenda.reorder(List.of(a, b), List.of(2L, 1L));
        assertThat(b.getOrder()).isEqualTo(1);
        assertThat(a.getOrder()).isEqualTo(2);
    }

    @Test
    void minutesAreApprovedByAnAgreedDecisionOfALaterMeetingThenPublished() {
        Meeting first = meeting();
        MeetingMinutes minutes = new MeetingMinutes(first, "Present: all.", "secretary", meetingStart.plusSeconds(3600));
        Meeting later = Meeting.schedule(board, meetingStart.plus(28, ChronoUnit.DAYS), null, "Room 1", null, null, now);
        AgendaItem item = new AgendaItem(later, 1, "Minutes of the previous meeting", Purpose.DECISION, "Chair", false,
                Set.of("A"), Set.of(), now);
        assertThatThrownBy(() -> minutes.publish(now)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> minutes.approveAt(item)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Record the approval as a decision first");
        item.record("Approved", ItemOutcome.AGREED, null, null, null, later.getStartsAt());
        minutes.approveAt(item);
        assertThatThrownBy(() -> minutes.redraft("Changed", "secretary", now)).isInstanceOf(RuleViolationException.class);
        minutes.publish(later.getStartsAt());
        assertThat(minutes.getStatus()).isEqualTo(MinutesStatus.PUBLISHED);
    }

    @Test
    void aChairAllowingParticipationGivesAReason() {
        AgendaItem item = new AgendaItem(meeting(), 1, "Model", Purpose.DECISION, "Lead", false, Set.of("A"), Set.of(), now);
        ItemConflict conflict = new ItemConflict(item, null, "Financial interest");
        assertThatThrownBy(() -> conflict.handle(Handling.CHAIR_ALLOWED, " ", "secretary", now))
                .isInstanceOf(InvalidInputException.class);
        conflict.handle(Handling.STAYED_DID_NOT_VOTE, null, "secretary", now);
        assertThat(conflict.tookPart()).isFalse();
        conflict.handle(Handling.CHAIR_ALLOWED, "Interest is historic and minor", "secretary", now);
        assertThat(conflict.tookPart()).isTrue();
    }
}
