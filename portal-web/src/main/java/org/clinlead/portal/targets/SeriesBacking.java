package org.clinlead.portal.targets;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinlead.portal.projects.PointType;
import org.clinlead.portal.projects.SpcChart;
import org.clinlead.portal.shared.PortalException;
import org.clinlead.portal.shell.Feedback;

/**
 * One organisation's series of one target: the SPC chart with its icons and reasons, the months, what has been done
 * about it; for the regional team, putting it on a board's agenda.
 */
@Named
@ViewScoped
public class SeriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OperatingTargets targets;

    @Inject
    private TargetActions actions;

    private Long id;
    private TargetChart chart;
    private List<TargetActions.BoardChoice> boards = List.of();
    private Long boardId;
    private String note;

    public void load() {
        chart = targets.chart(id);
        if (chart.canAct()) {
            boards = actions.boards();
        }
    }

    public String chartJson() {
        return SpcChart.config(chart.spc());
    }

    /** The chart's lines and colours in words, under the chart. */
    public java.util.List<SpcChart.KeyEntry> key() {
        return SpcChart.key(chart.spc());
    }

    /** The chart's reading: Making Data Count's two icons and one sentence that puts them together. */
    public org.clinlead.portal.projects.SpcReading reading() {
        var spc = chart.spc();
        return spc.tooFewPoints() ? org.clinlead.portal.projects.SpcReading.of(null, null, spc.direction())
                : org.clinlead.portal.projects.SpcReading.of(spc.variation(), spc.assurance(), spc.direction());
    }

    public String colour(PointType type) {
        return type == null ? "#4c6272" : SpcChart.colour(type);
    }

    /** Puts the exception on the chosen board's next open agenda. */
    public void putOnAgenda() {
        try {
            TargetActions.AgendaPlacement placed = actions.putOnAgenda(id, boardId, note);
            Feedback.done(placed.message());
            note = null;
            boardId = null;
            chart = targets.chart(id);
        } catch (PortalException e) {
            Feedback.show("agenda", e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TargetChart getChart() {
        return chart;
    }

    public List<TargetActions.BoardChoice> getBoards() {
        return boards;
    }

    public Long getBoardId() {
        return boardId;
    }

    public void setBoardId(Long boardId) {
        this.boardId = boardId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
