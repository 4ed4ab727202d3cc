package org.clinlead.portal.cohort;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.projects.ProgrammePlaces;

/** The programme's answer to what change projects ask of a place: the projects capability defines the question. */
@Dependent
public class ProgrammePlacesOfCohorts implements ProgrammePlaces {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Long> currentPlaceOf(Clinician clinician) {
        return em.createQuery("select p.id from Participant p join p.cohort c where p.clinician = :me "
                        + "and p.status = :enrolled order by c.startsOn desc", Long.class)
                .setParameter("me", clinician).setParameter("enrolled", ParticipantStatus.ENROLLED)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public Optional<Place> place(Long participantId) {
        Participant participant = participantId == null ? null : em.find(Participant.class, participantId);
        if (participant == null) {
            return Optional.empty();
        }
        return Optional.of(new Place(participant.getId(),
                participant.getMentor() == null ? null : participant.getMentor().getUsername(),
                participant.getMentor() == null ? null : participant.getMentor().getDisplayName()));
    }

    @Override
    public List<Long> placesIn(long cohortId) {
        return em.createQuery("select p.id from Participant p where p.cohort.id = :c", Long.class)
                .setParameter("c", cohortId).getResultList();
    }
}
