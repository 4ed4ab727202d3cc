package org.clinlead.portal.projects;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A PDSA cycle on the project's timeline. */
public record PdsaView(long id, String change, String prediction, String whatHappened, String study, ActDecision act,
        String actLabel, LocalDate startDate, LocalDate endDate, List<String> measures) implements Serializable {

    static PdsaView of(PdsaCycle c) {
        return new PdsaView(c.getId(), c.getChange(), c.getPrediction(), c.getWhatHappened(), c.getStudy(), c.getAct(),
                c.getAct() == null ? null : c.getAct().label(), c.getStartDate(), c.getEndDate(),
                c.getMeasures().stream().map(Measure::getName).toList());
    }
}
