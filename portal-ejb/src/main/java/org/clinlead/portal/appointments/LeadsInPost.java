package org.clinlead.portal.appointments;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.PerRequest;
import org.clinlead.portal.shared.Persistence;

/**
 * The senior clinical leads in post on a day, for capabilities that route work to them (CQUIN advice, advice
 * requests, profiles): the pathways a clinician leads, the accounts of a pathway's leads, and the Clinical Advisory
 * Group as a whole (every lead in post).
 */
@Dependent
public class LeadsInPost {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PerRequest perRequest;

    /** The pathways on which {@code clinician} holds a lead's seat on {@code day}. */
    public List<String> pathwaysOf(Clinician clinician, LocalDate day) {
        return seatsOf(clinician, day).pathways();
    }

    /** The key programmes (stroke, cancer…) on which {@code clinician} holds a lead's seat on {@code day}. */
    public List<String> programmesOf(Clinician clinician, LocalDate day) {
        return seatsOf(clinician, day).programmes();
    }

    /** A clinician's seats on a day, read once per request: the home page's contract and advice work both ask. */
    private Seats seatsOf(Clinician clinician, LocalDate day) {
        return perRequest.once("seats of " + clinician.getId() + " on " + day, () -> {
            List<Appointment> held = Persistence.named(em, "LeadsInPost.seatsOf", Appointment.class,
                    () -> Persistence.fetchingOptional(em.createQuery(
                            "select a from Appointment a join fetch a.seat where a.clinician = :me", Appointment.class),
                            "a.seat.pathway", "a.seat.programme")).setParameter("me", clinician).getResultList().stream()
                    .filter(a -> a.isInPostOn(day)).toList();
            return new Seats(held.stream().filter(a -> a.getSeat().getPathway() != null)
                    .map(a -> a.getSeat().getPathway().getCode()).distinct().toList(),
                    held.stream().filter(a -> a.getSeat().getProgramme() != null)
                            .map(a -> a.getSeat().getProgramme().getCode()).distinct().toList());
        });
    }

    private record Seats(List<String> pathways, List<String> programmes) {
    }

    /** The clinicians in post on the key programme {@code programmeCode} on {@code day}. */
    public List<Clinician> onProgramme(String programmeCode, LocalDate day) {
        return em.createQuery("select a from Appointment a join fetch a.seat s join fetch a.clinician where s.programme.code = :p",
                        Appointment.class).setParameter("p", programmeCode).getResultList().stream()
                .filter(a -> a.isInPostOn(day)).map(Appointment::getClinician).distinct().toList();
    }

    /** The enabled accounts of the leads in post on the key programme {@code programmeCode}. */
    public List<String> accountsOnProgramme(String programmeCode, LocalDate day) {
        return accounts(onProgramme(programmeCode, day));
    }

    /** Whether {@code clinician} holds any lead's seat on {@code day} (a member of the Clinical Advisory Group). */
    public boolean isInPost(Clinician clinician, LocalDate day) {
        return em.createQuery("select a from Appointment a where a.clinician = :me", Appointment.class)
                .setParameter("me", clinician).getResultList().stream().anyMatch(a -> a.isInPostOn(day));
    }

    /**
     * The members chosen for a clinical panel, by clinician id: each must be a senior clinical lead in post (a member
     * of the Clinical Advisory Group) on {@code day}; refused in words otherwise. Repeats are dropped.
     */
    public List<Clinician> panel(java.util.Collection<Long> ids, LocalDate day, int max) {
        if (ids == null || ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw new org.clinlead.portal.shared.InvalidInputException("memberIds", "Choose the panel's members by their ids (numbers).");
        }
        if (ids.size() > max * 2) {
            throw new org.clinlead.portal.shared.InvalidInputException("memberIds", "A clinical panel has at most " + max + " members.");
        }
        List<Clinician> members = new java.util.ArrayList<>();
        for (Long id : ids.stream().distinct().toList()) {
            Clinician c = em.find(Clinician.class, id);
            if (c == null || !isInPost(c, day)) {
                throw new org.clinlead.portal.shared.InvalidInputException("memberIds", "Panel members are senior clinical leads "
                        + "in post (members of the Clinical Advisory Group)" + (c == null ? "; there is no clinician with id " + id
                                + "." : ": " + c.getDisplayName() + " is not one."));
            }
            members.add(c);
        }
        return members;
    }

    /** The clinicians in post on {@code pathwayCode} on {@code day}. */
    public List<Clinician> on(String pathwayCode, LocalDate day) {
        return em.createQuery("select a from Appointment a join fetch a.seat s join fetch a.clinician where s.pathway.code = :p",
                        Appointment.class).setParameter("p", pathwayCode).getResultList().stream()
                .filter(a -> a.isInPostOn(day)).map(Appointment::getClinician).distinct().toList();
    }

    /** Every clinician in a lead's seat on {@code day}: the Clinical Advisory Group, by name. */
    public List<Clinician> all(LocalDate day) {
        return em.createQuery("select a from Appointment a join fetch a.clinician c order by c.familyName, c.givenName",
                        Appointment.class).getResultList().stream()
                .filter(a -> a.isInPostOn(day)).map(Appointment::getClinician).distinct().toList();
    }

    /** The enabled accounts of the leads in post on {@code pathwayCode}. */
    public List<String> accountsOn(String pathwayCode, LocalDate day) {
        return accounts(on(pathwayCode, day));
    }

    private List<String> accounts(List<Clinician> leads) {
        List<Long> clinicians = leads.stream().map(Clinician::getId).toList();
        if (clinicians.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a.username from UserAccount a where a.clinician.id in :c and a.enabled = true",
                String.class).setParameter("c", clinicians).getResultList();
    }

    /** The enabled accounts of {@code clinician}. */
    public List<String> accountsOf(Clinician clinician) {
        return em.createQuery("select a.username from UserAccount a where a.clinician = :c and a.enabled = true",
                String.class).setParameter("c", clinician).getResultList();
    }
}
