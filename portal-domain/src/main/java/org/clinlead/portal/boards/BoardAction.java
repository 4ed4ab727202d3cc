package org.clinlead.portal.boards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;

/** An action from a meeting item: what, who owns it, by when; open, done, or (computed) overdue. */
@Entity
@Table(name = "board_action")
public class BoardAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id", nullable = false, updatable = false)
    private Board board;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private AgendaItem item;

    @Column(nullable = false, length = 1000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Clinician owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BoardAction() {
    }

    public BoardAction(AgendaItem item, String description, Clinician owner, LocalDate dueDate, Instant now) {
        new Check().text(description, "description", "What the action is", 1000)
                .require(owner != null, "ownerId", "Choose the person who owns the action.")
                .require(dueDate != null, "dueDate", "Give the date it is due.")
                .orThrow();
        this.board = item.getMeeting().getBoard();
        this.item = item;
        this.description = description.strip();
        this.owner = owner;
        this.dueDate = dueDate;
        this.createdAt = now;
    }

    public ActionStatus statusOn(LocalDate today) {
        return doneOn != null ? ActionStatus.DONE : today.isAfter(dueDate) ? ActionStatus.OVERDUE : ActionStatus.OPEN;
    }

    public void complete(LocalDate on) {
        if (doneOn != null) {
            throw new RuleViolationException("This action was already marked done on " + doneOn + ".");
        }
        doneOn = on;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Board getBoard() {
        return board;
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getDescription() {
        return description;
    }

    public Clinician getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
