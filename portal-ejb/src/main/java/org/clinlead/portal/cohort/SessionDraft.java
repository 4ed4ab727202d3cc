package org.clinlead.portal.cohort;

import java.time.LocalDate;

/** A coaching session as the mentor records it. */
public record SessionDraft(LocalDate date, CoachingModel model, String agreedActions, String notes) {
}
