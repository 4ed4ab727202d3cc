package org.clinlead.portal.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A key programme of work (stroke, cancer…) with its own number of lead seats: reference data from a migration. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @Column(length = 30)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "seat_count", nullable = false)
    private int seatCount;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected Programme() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSeatCount() {
        return seatCount;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }
}
