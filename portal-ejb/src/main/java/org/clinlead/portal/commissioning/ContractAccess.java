package org.clinlead.portal.commissioning;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.COMMISSIONER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;
import static org.clinlead.portal.people.Roles.PROVIDER;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinlead.portal.appointments.LeadsInPost;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.interests.LiveInterests;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;

/**
 * Who may see and do what on a contract, in one place for every boundary of the package. Administrators, medical
 * directors and board members read every contract; a commissioner the contracts of their own organisation; a
 * provider those of theirs (another provider's scheme does not exist for them: 404); a senior clinical lead in
 * post the contracts with an indicator on their pathway. Someone who may see a contract but not do the thing is
 * refused (403).
 */
@Dependent
public class ContractAccess {

    static final String CONTRACT = "contract";
    static final String INDICATOR = "indicator";
    static final String RETURN = "return";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private LeadsInPost leads;

    private boolean readsAll() {
        return caller.isInAny(ADMIN, MEDICAL_DIRECTOR, BOARD_MEMBER);
    }

    /** The organisation of the caller's clinician, if any. */
    Optional<Long> myOrganisationId() {
        return caller.organisationId();
    }

    /** The pathways on which the caller holds a senior clinical lead's seat today. */
    List<String> myPathways() {
        return caller.clinician().map(me -> leads.pathwaysOf(me, LocalDate.now(clock))).orElse(List.of());
    }

    boolean isCommissionerOf(CquinContract c) {
        return caller.isIn(COMMISSIONER) && myOrganisationId().map(c.getCommissioner().getId()::equals).orElse(false);
    }

    boolean isProviderOf(CquinContract c) {
        return caller.isIn(PROVIDER) && myOrganisationId().map(c.getProvider().getId()::equals).orElse(false);
    }

    CquinContract visible(long id) {
        return visible(Records.find(em, CquinContract.class, id, CONTRACT));
    }

    CquinContract visible(CquinContract c) {
        if (readsAll() || isCommissionerOf(c) || isProviderOf(c)) {
            return c;
        }
        List<String> pathways = myPathways();
        if (!pathways.isEmpty() && em.createQuery("select count(i) from QualityIndicator i where i.contract = :c "
                + "and i.pathway.code in :p", Long.class).setParameter("c", c).setParameter("p", pathways)
                .getSingleResult() > 0) {
            return c;
        }
        throw new RecordNotFoundException(CONTRACT, c.getId());
    }

    /** A contract the caller changes as its commissioner (or as an administrator). */
    CquinContract asCommissioner(long id, String toDoWhat) {
        CquinContract c = visible(id);
        if (!caller.isIn(ADMIN) && !isCommissionerOf(c)) {
            throw new AccessRefusedException("Only the contract's commissioner " + toDoWhat + ".");
        }
        return c;
    }

    /** A contract the caller acts on as its provider's quality lead (or as an administrator). */
    CquinContract asProvider(long id, String toDoWhat) {
        CquinContract c = visible(id);
        if (!caller.isIn(ADMIN) && !isProviderOf(c)) {
            throw new AccessRefusedException("Only the provider's quality lead " + toDoWhat + ".");
        }
        return c;
    }

    QualityIndicator indicator(long id) {
        QualityIndicator i = Records.find(em, QualityIndicator.class, id, INDICATOR);
        try {
            visible(i.getContract());
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException(INDICATOR, id);
        }
        return i;
    }

    QuarterlySubmission submission(long id) {
        QuarterlySubmission s = Records.find(em, QuarterlySubmission.class, id, RETURN);
        try {
            visible(s.getIndicator().getContract());
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException(RETURN, id);
        }
        return s;
    }

    /** The caller's live declared interests in the provider, in words (empty for none or no clinician). */
    List<String> interestsIn(CquinContract c) {
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty()) {
            return List.of();
        }
        List<Declaration> declarations = em.createQuery("select d from Declaration d left join fetch d.organisation "
                + "where d.clinician = :me", Declaration.class).setParameter("me", me.get()).getResultList();
        return LiveInterests.flags(declarations, Set.of(c.getProvider().getId()), LocalDate.now(clock));
    }

    /** The list scope: what {@link #visible} allows, as a query condition. */
    Predicate scope(CriteriaBuilder cb, jakarta.persistence.criteria.AbstractQuery<?> query,
            jakarta.persistence.criteria.From<?, CquinContract> r) {
        if (readsAll()) {
            return cb.conjunction();
        }
        List<Predicate> any = new ArrayList<>();
        Optional<Long> org = myOrganisationId();
        if (org.isPresent() && caller.isIn(COMMISSIONER)) {
            any.add(cb.equal(r.get("commissioner").get("id"), org.get()));
        }
        if (org.isPresent() && caller.isIn(PROVIDER)) {
            any.add(cb.equal(r.get("provider").get("id"), org.get()));
        }
        List<String> pathways = myPathways();
        if (!pathways.isEmpty()) {
            Subquery<Long> led = query.subquery(Long.class);
            Root<QualityIndicator> i = led.from(QualityIndicator.class);
            led.select(i.get("contract").get("id")).where(i.get("pathway").get("code").in(pathways));
            any.add(r.get("id").in(led));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }

    /** Who sees what, as a key: callers with the same key see the same contracts. */
    String scopeKey() {
        if (readsAll()) {
            return "all";
        }
        return (caller.isIn(COMMISSIONER) ? "C" : "") + (caller.isIn(PROVIDER) ? "P" : "") + ":"
                + myOrganisationId().map(String::valueOf).orElse("-") + ":" + String.join(",", myPathways());
    }

    /** The caller as people see them, for signatures and messages. */
    String displayName() {
        return em.createQuery("select a.displayName from UserAccount a where a.username = :u", String.class)
                .setParameter("u", caller.name()).getResultList().stream().findFirst().orElse(caller.name());
    }
}
