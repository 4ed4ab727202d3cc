package org.clinlead.portal.profiles;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clinlead.portal.appointments.LeadsInPost;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.organisations.OrganisationType;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RecordNotFoundException;

/**
 * Who sees which practice's figures. Administrators, medical directors, board members (read only) and the senior
 * clinical leads in post see every practice; a commissioner the practices in their primary care trust's area; a
 * provider at a GP practice their own practice. To anyone else a practice does not exist (404). On a funnel plot the
 * practices the caller may not see are still counted (they shape the limits) but are not named.
 */
@Dependent
public class ProfileAccess {

    static final String PRACTICE = "practice";
    static final String INDICATOR = "profile indicator";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private LeadsInPost leads;

    /** Not kept between calls: this helper lives as long as the pooled bean that holds it, across callers. */
    boolean readsAll() {
        return caller.isInAny(ADMIN, MEDICAL_DIRECTOR, BOARD_MEMBER)
                || caller.clinician().map(c -> leads.isInPost(c, LocalDate.now(clock))).orElse(false);
    }

    private Optional<Organisation> myOrganisation() {
        return caller.clinician().map(Clinician::getOrganisation);
    }

    /** The primary care trust whose area a commissioner looks after. */
    Optional<Organisation> myArea() {
        return caller.isIn(COMMISSIONER) ? myOrganisation().filter(o -> o.getType() == OrganisationType.PRIMARY_CARE_TRUST)
                : Optional.empty();
    }

    /** The GP practice a provider works at. */
    Optional<Long> myPractice() {
        return caller.isIn(PROVIDER) ? myOrganisation().filter(o -> o.getType() == OrganisationType.GP_PRACTICE)
                .map(Organisation::getId) : Optional.empty();
    }

    /** Whether the caller sees any practice at all; if not, the profiles are refused with the reason. */
    void requireSomeProfiles() {
        if (!readsAll() && myArea().isEmpty() && myPractice().isEmpty()) {
            throw new AccessRefusedException("Practice profiles are for commissioners, GP practices, the medical directors, "
                    + "board members and the senior clinical leads.");
        }
    }

    /** Whether the caller may see the practice's name and figures. */
    boolean sees(long practiceId, long commissionerId) {
        return readsAll() || myArea().map(a -> a.getId() == commissionerId).orElse(false)
                || myPractice().map(p -> p == practiceId).orElse(false);
    }

    /** The practice by its code, if the caller may see it; 404 otherwise. */
    Practice practice(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        List<Practice> found = em.createQuery("select p from Practice p where p.organisation.nationalCode = :c", Practice.class)
                .setParameter("c", c).getResultList();
        if (found.isEmpty() || !sees(found.get(0).getId(), found.get(0).getCommissioner().getId())) {
            throw new RecordNotFoundException(PRACTICE, c);
        }
        return found.get(0);
    }

    ProfileIndicator indicator(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        return em.createQuery("select i from ProfileIndicator i where i.code = :c", ProfileIndicator.class)
                .setParameter("c", c).getResultList().stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException(INDICATOR, c));
    }

    /**
     * The comparison area: {@code region} for every practice (null), a primary care trust's code, or by default the
     * caller's own area (a commissioner's trust, a practice's trust), else the region.
     */
    Organisation area(String requested, Practice context) {
        String r = requested == null ? "" : requested.strip().toUpperCase(java.util.Locale.ROOT);
        if (r.equals("REGION")) {
            return null;
        }
        if (r.isEmpty()) {
            if (context != null) {
                return context.getCommissioner();
            }
            if (myArea().isPresent()) {
                return myArea().get();
            }
            if (myPractice().isPresent()) {
                return em.find(Practice.class, myPractice().get()).getCommissioner();
            }
            return null;
        }
        return em.createQuery("select o from Organisation o where o.nationalCode = :c and o.type = :t", Organisation.class)
                .setParameter("c", r).setParameter("t", OrganisationType.PRIMARY_CARE_TRUST).getResultList().stream()
                .findFirst().orElseThrow(() -> new InvalidInputException("area",
                        "The area is \"region\" or the code of a primary care trust, e.g. 5NY; there is none with code \""
                                + (r.length() > 12 ? r.substring(0, 12) + "…" : r) + "\"."));
    }
}
