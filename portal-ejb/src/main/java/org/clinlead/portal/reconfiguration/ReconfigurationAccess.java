package org.clinlead.portal.reconfiguration;

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
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clinlead.portal.interests.InterestScreen;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;

/**
 * Who sees a proposal when signed in: administrators, medical directors and board members every one; its panel
 * members; commissioners and providers of the sponsoring organisation or an organisation affected; whoever submitted
 * it. To anyone else it does not exist (404) — the public log shows what everyone may see. Medical directors and
 * administrators run the reviews; the sponsor's staff submit evidence and the decision.
 */
@Dependent
public class ReconfigurationAccess {

    static final String PROPOSAL = "reconfiguration proposal";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private InterestScreen screen;

    boolean readsAll() {
        return caller.isInAny(ADMIN, MEDICAL_DIRECTOR, BOARD_MEMBER);
    }

    boolean runsReviews() {
        return caller.isInAny(ADMIN, MEDICAL_DIRECTOR);
    }

    /** The organisation the caller works for when they act for it (a commissioner or a provider). */
    Optional<Long> myOrganisationId() {
        if (!caller.isInAny(COMMISSIONER, PROVIDER)) {
            return Optional.empty();
        }
        return caller.organisationId();
    }

    boolean ofMyOrganisation(Reconfiguration r) {
        return myOrganisationId().map(r.concernedOrganisationIds()::contains).orElse(false);
    }

    boolean isSponsorStaff(Reconfiguration r) {
        return myOrganisationId().map(r.getSponsor().getId()::equals).orElse(false);
    }

    boolean onPanel(Reconfiguration r) {
        return caller.clinician().flatMap(r::member).isPresent();
    }

    Reconfiguration visible(long id) {
        Reconfiguration r = Records.find(em, Reconfiguration.class, id, PROPOSAL);
        if (readsAll() || onPanel(r) || ofMyOrganisation(r) || r.getSubmittedBy().equals(caller.name())) {
            return r;
        }
        throw new RecordNotFoundException(PROPOSAL, id);
    }

    /** The proposal, for a medical director or an administrator to act on. */
    Reconfiguration asReviewRunner(long id, String toDoWhat) {
        Reconfiguration r = visible(id);
        if (!runsReviews()) {
            throw new AccessRefusedException("A medical director or an administrator " + toDoWhat + ".");
        }
        return r;
    }

    /** The proposal, for its sponsor's staff (or a medical director, an administrator) to act on. */
    Reconfiguration asSponsor(long id, String toDoWhat) {
        Reconfiguration r = visible(id);
        if (!isSponsorStaff(r) && !runsReviews()) {
            throw new AccessRefusedException("The staff of " + r.getSponsor().getName() + ", the sponsor, " + toDoWhat + ".");
        }
        return r;
    }

    /** The caller's clinician, who must be on the proposal's panel. */
    Clinician asPanelMember(Reconfiguration r, String toDoWhat) {
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty() || r.member(me.get()).isEmpty()) {
            throw new AccessRefusedException("Only the members of the clinical review panel " + toDoWhat + ".");
        }
        return me.get();
    }

    /** {@code who}'s live declared interests in the sponsor or an organisation affected, in words (empty for none). */
    List<String> interestsIn(Reconfiguration r, Clinician who) {
        return interestsOf(r, List.of(who)).getOrDefault(who.getId(), List.of());
    }

    /** The live declared interests of each of {@code people} in the organisations concerned, in one query. */
    Map<Long, List<String>> interestsOf(Reconfiguration r, Collection<Clinician> people) {
        return screen.liveInterests(people, r.concernedOrganisationIds());
    }

    /** The list scope: what {@link #visible} allows, as a query condition. */
    Predicate scope(CriteriaBuilder cb, AbstractQuery<?> query, Root<Reconfiguration> r) {
        if (readsAll()) {
            return cb.conjunction();
        }
        List<Predicate> any = new ArrayList<>();
        any.add(cb.equal(r.get("submittedBy"), caller.name()));
        Optional<Clinician> me = caller.clinician();
        if (me.isPresent()) {
            Subquery<Long> mine = query.subquery(Long.class);
            Root<ReviewPanelMember> m = mine.from(ReviewPanelMember.class);
            mine.select(m.get("reconfiguration").get("id")).where(cb.equal(m.get("clinician").get("id"), me.get().getId()));
            any.add(r.get("id").in(mine));
        }
        Optional<Long> org = myOrganisationId();
        if (org.isPresent()) {
            any.add(cb.equal(r.get("sponsor").get("id"), org.get()));
            Subquery<Long> affected = query.subquery(Long.class);
            Root<Reconfiguration> a = affected.from(Reconfiguration.class);
            Join<Reconfiguration, Organisation> o = a.join("affected");
            affected.select(a.get("id")).where(cb.equal(o.get("id"), org.get()));
            any.add(r.get("id").in(affected));
        }
        return cb.or(any.toArray(Predicate[]::new));
    }

    /** The caller as people see them. */
    String displayName() {
        return em.createQuery("select a.displayName from UserAccount a where a.username = :u", String.class)
                .setParameter("u", caller.name()).getResultList().stream().findFirst().orElse(caller.name());
    }
}
