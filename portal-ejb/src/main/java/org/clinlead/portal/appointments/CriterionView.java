package org.clinlead.portal.appointments;

import java.io.Serializable;

/** A criterion of a vacancy's person specification. */
public record CriterionView(long id, int order, String name) implements Serializable {

    static CriterionView of(Criterion c) {
        return new CriterionView(c.getId(), c.getOrder(), c.getName());
    }
}
