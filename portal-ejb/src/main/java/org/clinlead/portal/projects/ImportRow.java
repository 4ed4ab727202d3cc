package org.clinlead.portal.projects;

import java.io.Serializable;
import java.time.LocalDate;

/** One row of a pasted or uploaded series, read and checked; {@code error} says what is wrong, in words. */
public record ImportRow(int line, String text, LocalDate date, Double value, String error) implements Serializable {
}
