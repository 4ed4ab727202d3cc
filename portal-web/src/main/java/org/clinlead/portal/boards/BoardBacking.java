package org.clinlead.portal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.people.ClinicianRegister;
import org.clinlead.portal.people.ClinicianSummary;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;
import org.clinlead.portal.shell.PagedList;

/** A board's home: members, meetings (lazy), open actions; the secretary adds members and schedules meetings. */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Agendas agendas;

    @Inject
    private BoardDirectory boardDirectory;

    @Inject
    private BoardActions boardActions;

    @Inject
    private ClinicianRegister clinicians;

    @Inject
    private org.clinlead.portal.commissioning.Contracts contracts;

    private List<org.clinlead.portal.commissioning.ContractSummary> schemes;

    private Long id;
    private BoardSummary board;
    private List<MemberView> members;
    private PagedList<MeetingSummary> meetings;
    private List<ActionView> openActions;
    private List<DecisionLine> decisions;
    private Long memberId;
    private BoardRole memberRole = BoardRole.MEMBER;
    private boolean memberVoting = true;
    private LocalDateTime startsAt;
    private String place;
    private String videoLink;
    private List<ClinicianSummary> clinicianChoices;

    public void load() {
        board = boardDirectory.board(id);
        members = boardDirectory.members(id);
        decisions = boardDirectory.recentDecisions(id, 10);
        long boardId = id;
        meetings = new PagedList<>(request -> agendas.meetings(boardId, request));
        openActions = boardActions.actions(new PageRequest(0, 20, "dueDate", true, Map.of("board", String.valueOf(id),
                "status", "OPEN"))).items();
        List<ActionView> overdue = boardActions.actions(new PageRequest(0, 20, "dueDate", true, Map.of("board",
                String.valueOf(id), "status", "OVERDUE"))).items();
        openActions = java.util.stream.Stream.concat(overdue.stream(), openActions.stream()).toList();
        schemes = board.pathwayCode() == null ? List.of() : contracts.ofPathway(board.pathwayCode());
    }

    /** The CQUIN schemes of this year and last with an indicator on the board's pathway (those the caller may see). */
    public List<org.clinlead.portal.commissioning.ContractSummary> getSchemes() {
        return schemes;
    }

    public String addMember() {
        try {
            boardDirectory.addMember(id, memberId, memberRole, memberVoting, LocalDate.now(), null);
        } catch (PortalException e) {
            Feedback.show("member", e);
            return null;
        }
        Feedback.done("The member is added.");
        return "/boards/board?faces-redirect=true&id=" + id;
    }

    public String schedule() {
        MeetingSummary meeting;
        try {
            meeting = agendas.schedule(id, new MeetingDraft(startsAt, null, place, videoLink, null));
        } catch (PortalException e) {
            Feedback.show("schedule", e);
            return null;
        }
        Feedback.done("The meeting is scheduled; its pack is due on " + meeting.packDeadline() + ". Add the agenda next.");
        return "/boards/meeting?faces-redirect=true&id=" + meeting.id();
    }

    public List<ClinicianSummary> getClinicianChoices() {
        if (clinicianChoices == null) {
            clinicianChoices = clinicians.search(new PageRequest(0, PageRequest.MAX_SIZE, "familyName", true, Map.of())).items();
        }
        return clinicianChoices;
    }

    public BoardRole[] getRoles() {
        return BoardRole.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BoardSummary getBoard() {
        return board;
    }

    public List<MemberView> getMembers() {
        return members;
    }

    public PagedList<MeetingSummary> getMeetings() {
        return meetings;
    }

    public List<DecisionLine> getDecisions() {
        return decisions;
    }

    public List<ActionView> getOpenActions() {
        return openActions;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public BoardRole getMemberRole() {
        return memberRole;
    }

    public void setMemberRole(BoardRole memberRole) {
        this.memberRole = memberRole;
    }

    public boolean isMemberVoting() {
        return memberVoting;
    }

    public void setMemberVoting(boolean memberVoting) {
        this.memberVoting = memberVoting;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }
}
