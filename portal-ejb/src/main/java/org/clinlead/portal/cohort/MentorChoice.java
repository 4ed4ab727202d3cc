package org.clinlead.portal.cohort;

import java.io.Serializable;

/** A mentor the programme manager can match, with their organisation (a match should cross organisations). */
public record MentorChoice(String username, String name, String organisation, long mentees) implements Serializable {
}
