package org.clinlead.portal.cohort;

import java.io.Serializable;
import java.time.LocalDate;

/** A coaching session; {@code notes} only for the mentor and the participant (null for anyone else). */
public record SessionView(long id, LocalDate date, CoachingModel model, String modelLabel, String agreedActions,
        String notes, String mentorName) implements Serializable {
}
