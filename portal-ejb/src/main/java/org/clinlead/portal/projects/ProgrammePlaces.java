package org.clinlead.portal.projects;

import java.util.List;
import java.util.Optional;
import org.clinlead.portal.people.Clinician;

/**
 * What a change project needs to know of its owner's place on the aspiring leaders programme: which place a
 * new project belongs to, and who mentors it. The programme (package {@code cohort}) provides it, so the
 * programme depends on projects and never the other way round.
 */
public interface ProgrammePlaces {

    /** A place on the programme as a project sees it: its id and the mentor's account (both may be unknown). */
    record Place(long participantId, String mentorUsername, String mentorName) {
    }

    /** The clinician's current place (enrolled, the latest cohort first), for a new project to belong to. */
    Optional<Long> currentPlaceOf(Clinician clinician);

    /** The place with this id; empty for none (or a null id). */
    Optional<Place> place(Long participantId);

    /** The places of a cohort, for the project list's cohort filter. */
    List<Long> placesIn(long cohortId);
}
