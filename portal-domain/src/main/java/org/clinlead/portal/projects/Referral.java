package org.clinlead.portal.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.clinlead.portal.boards.AgendaItem;
import org.clinlead.portal.boards.Board;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A project put forward to its pathway board: allowed once the project is sustaining (or beyond) and its
 * outcome measure shows special-cause improvement. It becomes a proposed agenda item of the board's next
 * meeting whose pack is still open, or stays a recorded referral until the secretary schedules one.
 */
@Entity
@Table(name = "project_referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private ChangeProject project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id", nullable = false, updatable = false)
    private Board board;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @Column(nullable = false, length = 2000)
    private String note;

    @Column(name = "referred_by", nullable = false, length = 40)
    private String referredBy;

    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;

    protected Referral() {
    }

    public Referral(ChangeProject project, Board board, boolean outcomeImproved, String note, String by, Instant now) {
        List<String> blockers = project.referralBlockers(outcomeImproved);
        if (!blockers.isEmpty()) {
            throw new RuleViolationException(blockers.get(0));
        }
        if (board == null) {
            throw new RuleViolationException("The project's pathway has no board to put it forward to.");
        }
        new Check().text(note, "note", "What the board should know", 2000).orThrow();
        this.project = project;
        this.board = board;
        this.note = note.strip();
        this.referredBy = by;
        this.referredAt = now;
    }

    public void proposedAs(AgendaItem item) {
        this.agendaItem = item;
    }

    public Long getId() {
        return id;
    }

    public ChangeProject getProject() {
        return project;
    }

    public Board getBoard() {
        return board;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public String getNote() {
        return note;
    }

    public String getReferredBy() {
        return referredBy;
    }

    public Instant getReferredAt() {
        return referredAt;
    }
}
