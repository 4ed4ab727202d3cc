package org.clinlead.portal.appointments;

import java.io.Serializable;

/** A key programme and its number of lead seats. */
public record ProgrammeSummary(String code, String name, int seatCount) implements Serializable {

    static ProgrammeSummary of(Programme p) {
        return new ProgrammeSummary(p.getCode(), p.getName(), p.getSeatCount());
    }
}
