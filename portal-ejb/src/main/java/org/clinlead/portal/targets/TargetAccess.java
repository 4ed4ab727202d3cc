package org.clinlead.portal.targets;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Optional;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.RecordNotFoundException;

/**
 * Who sees which organisation's target figures: administrators, medical directors and board members every
 * organisation's; commissioners and providers their own organisation's (and they load its figures); anyone else
 * none. Medical directors and administrators — the regional team — act on exceptions.
 */
@Dependent
public class TargetAccess {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    /** The series {@code seriesId}, when the caller may see its organisation's figures; otherwise 404. */
    TargetSeries visible(long seriesId) {
        TargetSeries s = em.find(TargetSeries.class, seriesId);
        if (s == null || !sees(s.getOrganisation())) {
            throw new RecordNotFoundException(OperatingTargets.SERIES, seriesId);
        }
        return s;
    }

    boolean readsAll() {
        return caller.isInAny(ADMIN, MEDICAL_DIRECTOR, BOARD_MEMBER);
    }

    boolean actsOnExceptions() {
        return caller.isInAny(ADMIN, MEDICAL_DIRECTOR);
    }

    Optional<Long> myOrganisationId() {
        if (!caller.isInAny(COMMISSIONER, PROVIDER)) {
            return Optional.empty();
        }
        return caller.organisationId();
    }

    boolean sees(Organisation o) {
        return readsAll() || myOrganisationId().map(o.getId()::equals).orElse(false);
    }

    /** The organisation whose figures the caller loads: null for an administrator (any), theirs for the others. */
    Long loadsFor() {
        if (caller.isIn(ADMIN)) {
            return null;
        }
        return myOrganisationId().orElseThrow(() -> new AccessRefusedException("Your account is not linked to an "
                + "organisation, so there are no figures you can load. Ask an administrator."));
    }

    void requireActsOnExceptions(String toDoWhat) {
        if (!actsOnExceptions()) {
            throw new AccessRefusedException("A medical director or an administrator " + toDoWhat + ".");
        }
    }

    String name() {
        return caller.name();
    }

    /** The list scope: the series {@link #sees} allows, as a query condition. */
    Predicate scope(CriteriaBuilder cb, AbstractQuery<?> query, Root<TargetSeries> s) {
        if (readsAll()) {
            return cb.conjunction();
        }
        return myOrganisationId().map(id -> cb.equal(s.get("organisation").get("id"), id)).orElse(cb.disjunction());
    }
}
