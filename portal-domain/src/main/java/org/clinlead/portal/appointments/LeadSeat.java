package org.clinlead.portal.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.clinlead.portal.pathways.Pathway;

/**
 * A senior clinical lead seat: one of the two seats of a care pathway, or one of a programme's seats.
 * Seats are reference data (a migration writes them), so a pathway can never have a third.
 */
@Entity
@Table(name = "lead_seat")
public class LeadSeat {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pathway_code")
    private Pathway pathway;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_code")
    private Programme programme;

    @Column(name = "seat_number", nullable = false)
    private int number;

    protected LeadSeat() {
    }

    /** For tests and reference data built in code. */
    public LeadSeat(long id, Pathway pathway, Programme programme, int number) {
        this.id = id;
        this.pathway = pathway;
        this.programme = programme;
        this.number = number;
    }

    /** The pathway or programme the seat belongs to, e.g. "Acute care". */
    public String getAreaName() {
        return pathway != null ? pathway.getName() : programme.getName();
    }

    /** "pathway" or "programme". */
    public String getAreaKind() {
        return pathway != null ? "pathway" : "programme";
    }

    /** e.g. "Acute care pathway, seat 2". */
    public String getLabel() {
        return getAreaName() + " " + getAreaKind() + ", seat " + number;
    }

    public Long getId() {
        return id;
    }

    public Pathway getPathway() {
        return pathway;
    }

    public Programme getProgramme() {
        return programme;
    }

    public int getNumber() {
        return number;
    }
}
