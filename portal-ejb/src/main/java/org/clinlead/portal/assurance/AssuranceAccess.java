package org.clinlead.portal.assurance;

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
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinlead.portal.interests.InterestScreen;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;

/**
 * Who sees an assurance review: administrators, medical directors and board members every one; its panel members;
 * commissioners and providers of the organisation reviewed; the owner of one of its recommendations. To anyone else
 * it does not exist (404). Medical directors and administrators open reviews and set panels.
 */
@Dependent
public class AssuranceAccess {

    static final String REVIEW = "assurance review";

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

    Optional<Long> myOrganisationId() {
        if (!caller.isInAny(COMMISSIONER, PROVIDER)) {
            return Optional.empty();
        }
        return caller.organisationId();
    }

    boolean ofMyOrganisation(AssuranceReview r) {
        return myOrganisationId().map(r.getOrganisation().getId()::equals).orElse(false);
    }

    boolean onPanel(AssuranceReview r) {
        return caller.clinician().flatMap(r::member).isPresent();
    }

    boolean isChair(AssuranceReview r) {
        return caller.clinician().flatMap(r::member).map(AssurancePanelMember::isChair).orElse(false);
    }

    boolean ownsARecommendation(AssuranceReview r) {
        return r.getRecommendations().stream().anyMatch(x -> x.getOwner().equals(caller.name()));
    }

    AssuranceReview visible(long id) {
        AssuranceReview r = Records.find(em, AssuranceReview.class, id, REVIEW);
        if (readsAll() || onPanel(r) || ofMyOrganisation(r) || ownsARecommendation(r)) {
            return r;
        }
        throw new RecordNotFoundException(REVIEW, id);
    }

    AssuranceReview asReviewRunner(long id, String toDoWhat) {
        AssuranceReview r = visible(id);
        if (!runsReviews()) {
            throw new AccessRefusedException("A medical director or an administrator " + toDoWhat + ".");
        }
        return r;
    }

    Clinician asPanelMember(AssuranceReview r, String toDoWhat) {
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty() || r.member(me.get()).isEmpty()) {
            throw new AccessRefusedException("Only the members of the clinical panel " + toDoWhat + ".");
        }
        return me.get();
    }

    /** {@code who}'s live declared interests in the organisation reviewed, in words. */
    List<String> interestsIn(AssuranceReview r, Clinician who) {
        return interestsOf(r, List.of(who)).getOrDefault(who.getId(), List.of());
    }

    /** The live declared interests of each of {@code people} in the organisation reviewed, in one query. */
    Map<Long, List<String>> interestsOf(AssuranceReview r, Collection<Clinician> people) {
        return screen.liveInterests(people, Set.of(r.getOrganisation().getId()));
    }

    /** The list scope: what {@link #visible} allows, as a query condition. */
    Predicate scope(CriteriaBuilder cb, AbstractQuery<?> query, Root<AssuranceReview> r) {
        if (readsAll()) {
            return cb.conjunction();
        }
        List<Predicate> any = new ArrayList<>();
        Subquery<Long> owned = query.subquery(Long.class);
        Root<AssuranceRecommendation> rec = owned.from(AssuranceRecommendation.class);
        owned.select(rec.get("review").get("id")).where(cb.equal(rec.get("owner"), caller.name()));
        any.add(r.get("id").in(owned));
        Optional<Clinician> me = caller.clinician();
        if (me.isPresent()) {
            Subquery<Long> mine = query.subquery(Long.class);
            Root<AssurancePanelMember> m = mine.from(AssurancePanelMember.class);
            mine.select(m.get("review").get("id")).where(cb.equal(m.get("clinician").get("id"), me.get().getId()));
            any.add(r.get("id").in(mine));
        }
        myOrganisationId().ifPresent(org -> any.add(cb.equal(r.get("organisation").get("id"), org)));
        return cb.or(any.toArray(Predicate[]::new));
    }

    /** The caller's account name (a recommendation's owner is an account). */
    String username() {
        return caller.name();
    }

    String displayName() {
        return em.createQuery("select a.displayName from UserAccount a where a.username = :u", String.class)
                .setParameter("u", caller.name()).getResultList().stream().findFirst().orElse(caller.name());
    }
}
