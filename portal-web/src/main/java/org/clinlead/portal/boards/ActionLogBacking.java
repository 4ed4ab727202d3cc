package org.clinlead.portal.boards;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;
import org.clinlead.portal.shell.PagedList;

/** The action log across boards: lazy, filtered by board and status in the database, exportable. */
@Named
@ViewScoped
public class ActionLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BoardActions boardActions;

    @Inject
    private BoardDirectory boardDirectory;

    private PagedList<ActionView> actions;
    private List<BoardSummary> boardChoices;
    private String board;
    private String status;

    @PostConstruct
    void init() {
        actions = new PagedList<>(boardActions::actions);
        boardChoices = boardDirectory.boards();
    }

    public void applyFilters() {
        actions.filter("board", board);
        actions.filter("status", status);
    }

    public String done(ActionView action) {
        try {
            boardActions.completeAction(action.id(), action.version());
        } catch (PortalException e) {
            Feedback.error(e.getMessage());
            return null;
        }
        Feedback.done("Marked done.");
        return "/boards/actions?faces-redirect=true";
    }

    public String getExportQuery() {
        StringBuilder q = new StringBuilder();
        if (board != null && !board.isBlank()) {
            q.append("board=").append(board);
        }
        if (status != null && !status.isBlank()) {
            q.append(q.isEmpty() ? "" : "&").append("status=").append(status);
        }
        return q.toString();
    }

    public PagedList<ActionView> getActions() {
        return actions;
    }

    public List<BoardSummary> getBoardChoices() {
        return boardChoices;
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public String getBoard() {
        return board;
    }

    public void setBoard(String board) {
        this.board = board;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
