package org.clinlead.portal.people;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.ASPIRING_LEADER;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.BOARD_SECRETARY;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.MENTOR;
import static org.clinlead.portal.people.Roles.PROGRAMME_MANAGER;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import java.util.List;
import java.util.Map;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.shared.DuplicateValueException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;

/**
 * The clinicians of the region. Everyone signed in can look them up; administrators register and
 * amend them. A registration number and an email belong to one clinician only.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class ClinicianRegister {

    static final String RECORD = "clinician";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    public Page<ClinicianSummary> search(PageRequest request) {
        return new Lists<>(em, Clinician.class,
                Map.of("name", r -> r.get("familyName"), "familyName", r -> r.get("familyName"), "givenName", r -> r.get("givenName"),
                        "profession", r -> r.get("profession"), "organisationName", r -> r.get("organisation").get("name"),
                        "registrationNumber", r -> r.get("registration").get("number")),
                Map.of("name", (cb, r) -> v -> cb.or(Lists.contains(cb, r.get("familyName"), v),
                                Lists.contains(cb, r.get("givenName"), v)),
                        "organisationId", (cb, r) -> v -> cb.equal(r.get("organisation").get("id"), parseId(v)),
                        "profession", (cb, r) -> v -> cb.equal(r.get("profession"), parseProfession(v)),
                        "registrationNumber", (cb, r) -> v -> cb.equal(r.get("registration").get("number"),
                                ProfessionalRegistration.normalise(v))),
                "familyName", true)
                .fetching(root -> root.fetch("organisation", JoinType.INNER))
                .page(request).map(ClinicianSummary::of);
    }

    public ClinicianSummary find(long id) {
        return ClinicianSummary.of(load(id));
    }

    @RolesAllowed(ADMIN)
    public ClinicianSummary register(@Valid @NotNull(message = "{request.body.required}") ClinicianDraft draft) {
        Clinician clinician = new Clinician(draft.givenName(), draft.familyName(), draft.profession(),
                draft.registrationBody(), draft.registrationNumber(), organisation(draft.organisationId()), draft.email());
        refuseDuplicates(clinician, null);
        em.persist(clinician);
        Persistence.flush(em, RECORD, () -> duplicate(clinician));
        audit.record(AuditAction.CREATED, RECORD, clinician.getId(), describe(clinician));
        return ClinicianSummary.of(clinician);
    }

    @RolesAllowed(ADMIN)
    public ClinicianSummary amend(long id, long version,
            @Valid @NotNull(message = "{request.body.required}") ClinicianDraft draft) {
        Clinician clinician = load(id);
        Persistence.checkVersion(RECORD, version, clinician.getVersion());
        String before = describe(clinician);
        clinician.describe(draft.givenName(), draft.familyName(), draft.profession(), draft.registrationBody(),
                draft.registrationNumber(), organisation(draft.organisationId()), draft.email());
        refuseDuplicates(clinician, id);
        Persistence.flush(em, RECORD, () -> duplicate(clinician));
        audit.record(AuditAction.UPDATED, RECORD, id, before + " → " + describe(clinician));
        return ClinicianSummary.of(clinician);
    }

    private Clinician load(long id) {
        List<Clinician> found = em.createQuery(
                "select c from Clinician c join fetch c.organisation where c.id = :id", Clinician.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException(RECORD, id);
        }
        return found.get(0);
    }

    private Organisation organisation(Long id) {
        if (id == null) {
            return null;
        }
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new InvalidInputException("organisationId", "There is no organisation with id " + id + ".");
        }
        return organisation;
    }

    private void refuseDuplicates(Clinician clinician, Long exceptId) {
        List<Long> sameRegistration = em.createQuery("select c.id from Clinician c where c.registration.body = :body "
                        + "and c.registration.number = :number", Long.class)
                .setParameter("body", clinician.getRegistration().getBody())
                .setParameter("number", clinician.getRegistration().getNumber()).getResultList();
        if (sameRegistration.stream().anyMatch(other -> !other.equals(exceptId))) {
            throw new DuplicateValueException("registrationNumber", "Another clinician already has the registration "
                    + clinician.getRegistration() + ".");
        }
        List<Long> sameEmail = em.createQuery("select c.id from Clinician c where c.email = :email", Long.class)
                .setParameter("email", clinician.getEmail()).getResultList();
        if (sameEmail.stream().anyMatch(other -> !other.equals(exceptId))) {
            throw new DuplicateValueException("email", "Another clinician already uses the email address "
                    + clinician.getEmail() + ".");
        }
    }

    private static DuplicateValueException duplicate(Clinician clinician) {
        return new DuplicateValueException("registrationNumber", "Another clinician already has the registration "
                + clinician.getRegistration() + " or the email address " + clinician.getEmail() + ".");
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("organisationId", "An organisation id is a number.");
        }
    }

    private static Profession parseProfession(String value) {
        try {
            return Profession.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("profession", "There is no profession called " + value + ".");
        }
    }

    private static String describe(Clinician c) {
        return c.getDisplayName() + " [" + c.getProfession().name() + ", " + c.getRegistration() + ", "
                + c.getOrganisation().getNationalCode() + ", " + c.getEmail() + "]";
    }
}
