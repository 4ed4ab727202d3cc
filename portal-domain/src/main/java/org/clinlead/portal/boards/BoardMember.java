package org.clinlead.portal.boards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Check;

/**
 * A member added to a board by its secretary, with a role, a vote or not, and dates. (The pathway's
 * senior clinical leads in post are members too, without a row here: see {@code Membership}.)
 */
@Entity
@Table(name = "board_member")
public class BoardMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id", nullable = false, updatable = false)
    private Board board;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinician_id", nullable = false, updatable = false)
    private Clinician clinician;

    @Enumerated(EnumType.STRING)
    @Column(name = "board_role", nullable = false, length = 20)
    private BoardRole role;

    @Column(nullable = false)
    private boolean voting;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    protected BoardMember() {
    }

    public BoardMember(Board board, Clinician clinician, BoardRole role, boolean voting, LocalDate fromDate, LocalDate toDate) {
        new Check().require(role != null, "role", "Choose the member's role on the board.")
                .require(fromDate != null, "fromDate", "Give the date membership starts.")
                .require(fromDate == null || toDate == null || !toDate.isBefore(fromDate), "toDate",
                        "The end date cannot be before the start date.")
                .orThrow();
        this.board = board;
        this.clinician = clinician;
        this.role = role;
        this.voting = voting;
        this.fromDate = fromDate;
        this.toDate = toDate;
    }

    public boolean isMemberOn(LocalDate date) {
        return !fromDate.isAfter(date) && (toDate == null || !toDate.isBefore(date));
    }

    public void endOn(LocalDate date) {
        new Check().require(date != null && !date.isBefore(fromDate), "toDate", "The end date cannot be before the start date.")
                .orThrow();
        this.toDate = date;
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

    public Clinician getClinician() {
        return clinician;
    }

    public BoardRole getRole() {
        return role;
    }

    public boolean isVoting() {
        return voting;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }
}
