package org.clinlead.portal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.organisations.OrganisationDirectory;
import org.clinlead.portal.organisations.OrganisationSummary;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shell.Feedback;
import org.primefaces.model.file.UploadedFile;

/**
 * The meeting page: agenda, pack status, papers, conflicts, attendance. The secretary builds the agenda,
 * uploads papers and publishes the pack before the meeting, and records it during and after.
 */
@Named
@ViewScoped
public class MeetingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Agendas agendas;

    @Inject
    private BoardPacks boardPacks;

    @Inject
    private BoardPapers boardPapers;

    @Inject
    private MeetingRecords records;
    @Inject
    private BoardActions boardActions;

    @Inject
    private Minutes minutes;

    @Inject
    private OrganisationDirectory organisations;

    private Long id;
    private MeetingPage page;
    private List<OrganisationSummary> organisationChoices;
    // add item
    private String title;
    private Purpose purpose;
    private String presenter;
    private boolean confidential;
    private List<String> aims = new ArrayList<>();
    private List<Long> organisationIds = new ArrayList<>();
    // upload paper
    private Long paperItemId;
    private String paperTitle;
    private String paperAuthor;
    private String paperSummary;
    private boolean paperConfidential;
    private transient UploadedFile file;
    // record
    private final Map<Long, String> attendance = new HashMap<>();
    private Long recordItemId;
    private String discussion;
    private ItemOutcome outcome;
    private Integer votesFor;
    private Integer votesAgainst;
    private Integer votesAbstaining;
    private Long conflictItemId;
    private Long conflictMemberId;
    private Handling handling;
    private String handlingReason;
    private Long actionItemId;
    private String actionDescription;
    private Long actionOwnerId;
    private LocalDate actionDue;
    private String minutesBody;
    private Long approvedAtId;

    public void load() {
        page = agendas.meeting(id);
        if (minutesBody == null) {
            minutesBody = page.minutes();
        }
        if (minutesBody == null && page.canManage() && page.meeting().started()) {
            minutesBody = minutes.draftFromRecord(id);
        }
        for (AttendanceLine line : page.attendance()) {
            attendance.putIfAbsent(line.clinicianId(), line.status() == null ? null : line.status().name());
        }
    }

    public String addItem() {
        return act("item", () -> agendas.addItem(id, new ItemDraft(title, purpose, presenter, confidential,
                new LinkedHashSet<>(aims), new LinkedHashSet<>(organisationIds))), "The item is on the agenda.");
    }

    public String upload() {
        return act("paper", () -> {
            if (paperItemId == null) {
                throw new InvalidInputException("item", "Choose the agenda item the paper belongs to.");
            }
            if (file == null || file.getSize() == 0) {
                throw new InvalidInputException("file", "Choose the paper's PDF.");
            }
            byte[] content;
            try (var in = file.getInputStream()) {
                content = in.readNBytes((int) PdfUpload.MAX_BYTES + 1);
            } catch (IOException e) {
                throw new InvalidInputException("file", "The file could not be read; try again.");
            }
            boardPapers.addPaper(paperItemId, paperTitle, paperAuthor, paperSummary, paperConfidential, file.getFileName(), content);
        }, "The paper is uploaded.");
    }

    public String publish() {
        return act("publish", () -> boardPacks.publish(id), "The pack is published and the members are told.");
    }

    public String moveUp(long itemId) {
        List<Long> order = new ArrayList<>(page.items().stream().map(ItemView::id).toList());
        int i = order.indexOf(itemId);
        if (i > 0) {
            order.add(i - 1, order.remove(i));
        }
        return act("agenda", () -> agendas.reorder(id, page.meeting().version(), order), "The agenda order is changed.");
    }

    public String saveAttendance() {
        List<AttendanceInput> lines = new ArrayList<>();
        attendance.forEach((member, status) -> {
            if (status != null && !status.isBlank()) {
                lines.add(new AttendanceInput(member, AttendanceStatus.valueOf(status)));
            }
        });
        return act("attendance", () -> records.recordAttendance(id, lines), "Attendance is recorded.");
    }

    public String recordItem() {
        return act("record", () -> {
            ItemView item = item(recordItemId);
            records.recordItem(item.id(), item.version(), discussion, outcome, votesFor, votesAgainst, votesAbstaining);
        }, "The item's record is saved.");
    }

    public String recordConflict() {
        return act("conflict", () -> {
            item(conflictItemId);
            records.recordConflict(conflictItemId, conflictMemberId, null, handling, handlingReason);
        }, "The conflict's handling is recorded.");
    }

    public String addAction() {
        return act("action", () -> {
            item(actionItemId);
            boardActions.addAction(actionItemId, actionDescription, actionOwnerId, actionDue);
        }, "The action is recorded; its owner sees it on their home page.");
    }

    public String saveMinutes() {
        return act("minutes", () -> minutes.draftMinutes(id, minutesBody), "The draft minutes are saved.");
    }

    public String approveMinutes() {
        return act("minutes", () -> {
            if (approvedAtId == null) {
                throw new InvalidInputException("approvedAt", "Choose the decision that approved the minutes.");
            }
            minutes.approveMinutes(id, approvedAtId);
        }, "The minutes are recorded as approved.");
    }

    public String publishMinutes() {
        return act("minutes", () -> minutes.publishMinutes(id), "The minutes are published; public items appear on the "
                + "public minutes page.");
    }

    public String getMinutesBody() {
        return minutesBody;
    }

    public void setMinutesBody(String minutesBody) {
        this.minutesBody = minutesBody;
    }

    public Long getApprovedAtId() {
        return approvedAtId;
    }

    public void setApprovedAtId(Long approvedAtId) {
        this.approvedAtId = approvedAtId;
    }

    private ItemView item(Long itemId) {
        return page.items().stream().filter(i -> itemId != null && i.id() == itemId).findFirst()
                .orElseThrow(() -> new InvalidInputException("item", "Choose an item of this agenda."));
    }

    private String act(String form, Runnable action, String done) {
        return Feedback.attempt(form, action, done, "/boards/meeting?faces-redirect=true&id=" + id);
    }

    public List<OrganisationSummary> getOrganisationChoices() {
        if (organisationChoices == null) {
            organisationChoices = organisations.choices();
        }
        return organisationChoices;
    }

    public List<ConflictFlag> getConflicts() {
        return page.items().stream().flatMap(i -> i.conflicts().stream()).toList();
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public ItemOutcome[] getOutcomes() {
        return ItemOutcome.values();
    }

    public Handling[] getHandlings() {
        return Handling.values();
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingPage getPage() {
        return page;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public List<String> getAims() {
        return aims;
    }

    public void setAims(List<String> aims) {
        this.aims = aims;
    }

    public List<Long> getOrganisationIds() {
        return organisationIds;
    }

    public void setOrganisationIds(List<Long> organisationIds) {
        this.organisationIds = organisationIds;
    }

    public Long getPaperItemId() {
        return paperItemId;
    }

    public void setPaperItemId(Long paperItemId) {
        this.paperItemId = paperItemId;
    }

    public String getPaperTitle() {
        return paperTitle;
    }

    public void setPaperTitle(String paperTitle) {
        this.paperTitle = paperTitle;
    }

    public String getPaperAuthor() {
        return paperAuthor;
    }

    public void setPaperAuthor(String paperAuthor) {
        this.paperAuthor = paperAuthor;
    }

    public String getPaperSummary() {
        return paperSummary;
    }

    public void setPaperSummary(String paperSummary) {
        this.paperSummary = paperSummary;
    }

    public boolean isPaperConfidential() {
        return paperConfidential;
    }

    public void setPaperConfidential(boolean paperConfidential) {
        this.paperConfidential = paperConfidential;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Map<Long, String> getAttendance() {
        return attendance;
    }

    public Long getRecordItemId() {
        return recordItemId;
    }

    public void setRecordItemId(Long recordItemId) {
        this.recordItemId = recordItemId;
    }

    public String getDiscussion() {
        return discussion;
    }

    public void setDiscussion(String discussion) {
        this.discussion = discussion;
    }

    public ItemOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ItemOutcome outcome) {
        this.outcome = outcome;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(Integer votesFor) {
        this.votesFor = votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(Integer votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public Integer getVotesAbstaining() {
        return votesAbstaining;
    }

    public void setVotesAbstaining(Integer votesAbstaining) {
        this.votesAbstaining = votesAbstaining;
    }

    public Long getConflictItemId() {
        return conflictItemId;
    }

    public void setConflictItemId(Long conflictItemId) {
        this.conflictItemId = conflictItemId;
    }

    public Long getConflictMemberId() {
        return conflictMemberId;
    }

    public void setConflictMemberId(Long conflictMemberId) {
        this.conflictMemberId = conflictMemberId;
    }

    public Handling getHandling() {
        return handling;
    }

    public void setHandling(Handling handling) {
        this.handling = handling;
    }

    public String getHandlingReason() {
        return handlingReason;
    }

    public void setHandlingReason(String handlingReason) {
        this.handlingReason = handlingReason;
    }

    public Long getActionItemId() {
        return actionItemId;
    }

    public void setActionItemId(Long actionItemId) {
        this.actionItemId = actionItemId;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public Long getActionOwnerId() {
        return actionOwnerId;
    }

    public void setActionOwnerId(Long actionOwnerId) {
        this.actionOwnerId = actionOwnerId;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }
}
