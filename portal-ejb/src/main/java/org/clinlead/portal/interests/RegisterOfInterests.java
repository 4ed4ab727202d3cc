package org.clinlead.portal.interests;

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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Declaring interests. Anyone signed in declares for themselves (their account must be linked to a
 * clinician): an interest, or a nil return. Only the owner amends or ends an entry — to anyone else it does
 * not exist. Administrators withhold an entry from publication with a reason they alone see. A new or
 * amended interest is announced ({@link InterestDeclared}) for the capabilities that watch for conflicts.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class RegisterOfInterests {

    static final String RECORD = "declaration";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private jakarta.enterprise.event.Event<InterestDeclared> declared;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public List<DeclarationSummary> mine() {
        Clinician me = callerClinician();
        return em.createQuery("select d from Declaration d left join fetch d.organisation join fetch d.clinician "
                        + "where d.clinician = :me order by d.declaredAt desc, d.id desc", Declaration.class)
                .setParameter("me", me).getResultList().stream().map(DeclarationSummary::of).toList();
    }

    public DeclarationSummary declare(@Valid @NotNull(message = "{request.body.required}") InterestDraft draft) {
        Declaration declaration = Declaration.interest(callerClinician(), details(draft), Instant.now(clock));
        em.persist(declaration);
        em.flush();
        audit.record(AuditAction.CREATED, RECORD, declaration.getId(), declaration.summary());
        announce(declaration);
        return DeclarationSummary.of(declaration);
    }

    private void announce(Declaration declaration) {
        if (declaration.getOrganisation() != null) {
            declared.fire(new InterestDeclared(declaration.getClinician().getId(), declaration.getOrganisation().getId()));
        }
    }

    /** "Nothing to declare this year" — refused while the caller has a live interest, and once a year is enough. */
    public DeclarationSummary declareNothing() {
        Clinician me = callerClinician();
        LocalDate today = LocalDate.now(clock);
        List<Declaration> own = em.createQuery("select d from Declaration d where d.clinician = :me", Declaration.class)
                .setParameter("me", me).getResultList();
        if (own.stream().anyMatch(d -> d.isLiveOn(today))) {
            throw new RuleViolationException("You have interests in force today, so a nil return would contradict them. "
                    + "End those that no longer apply, or keep them declared.");
        }
        if (own.stream().anyMatch(d -> d.isNilReturn() && d.getYear() == today.getYear())) {
            throw new RuleViolationException("You have already made a nil return for " + today.getYear() + ".");
        }
        Declaration nil = Declaration.nilReturn(me, today.getYear(), Instant.now(clock));
        em.persist(nil);
        em.flush();
        audit.record(AuditAction.CREATED, RECORD, nil.getId(), nil.summary());
        return DeclarationSummary.of(nil);
    }

    public DeclarationSummary amend(long id, long version,
            @Valid @NotNull(message = "{request.body.required}") InterestDraft draft) {
        InterestDetails details = details(draft);
        DeclarationSummary amended = revise(own(id), version, "AMENDED", d -> d.describe(details), AuditAction.UPDATED,
                (before, after) -> before + " → " + after.summary());
        announce(load(id));
        return amended;
    }

    public DeclarationSummary end(long id, long version, LocalDate on) {
        return revise(own(id), version, "ENDED", d -> d.end(on), AuditAction.CLOSED,
                (before, after) -> "Ended on " + on + ": " + after.summary());
    }

    /**
     * A declaration's history, newest change first: its owner, administrators and medical directors see it;
     * to anyone else the declaration does not exist.
     */
    public List<RevisionLine> history(long id) {
        Declaration declaration = caller.isIn(ADMIN) || caller.isIn(MEDICAL_DIRECTOR) ? load(id) : own(id);
        return em.createQuery("select r from DeclarationRevision r where r.declarationId = :id "
                        + "order by r.revisedAt desc, r.id desc", DeclarationRevision.class)
                .setParameter("id", declaration.getId()).getResultList().stream().map(RevisionLine::of).toList();
    }

    /** Keeps an entry off the public register (for example for a safety reason); the reason is not published. */
    @RolesAllowed(ADMIN)
    public DeclarationSummary withhold(long id, long version, String reason) {
        return revise(load(id), version, "WITHHELD", d -> d.withhold(reason), AuditAction.UPDATED,
                (before, after) -> "Withheld from the public register");
    }

    /**
     * The one way a declaration changes: refuse a stale version, keep what it said before as a revision,
     * apply the change, save, audit.
     */
    private DeclarationSummary revise(Declaration declaration, long version, String change,
            java.util.function.Consumer<Declaration> mutation, AuditAction action,
            java.util.function.BiFunction<String, Declaration, String> auditSummary) {
        Persistence.checkVersion(RECORD, version, declaration.getVersion());
        String before = declaration.summary();
        em.persist(new DeclarationRevision(declaration, change, caller.name(), Instant.now(clock)));
        mutation.accept(declaration);
        Persistence.flush(em, RECORD, () -> new RuleViolationException("The declaration could not be saved."));
        audit.record(action, RECORD, declaration.getId(), auditSummary.apply(before, declaration));
        return DeclarationSummary.of(declaration);
    }

    private InterestDetails details(InterestDraft draft) {
        Organisation organisation = null;
        if (draft.organisationId() != null) {
            organisation = em.find(Organisation.class, draft.organisationId());
            if (organisation == null) {
                throw new InvalidInputException("organisationId", "There is no organisation with id " + draft.organisationId() + ".");
            }
        }
        return new InterestDetails(draft.type(), organisation, draft.outsideBody(), draft.relatedPerson(),
                draft.description(), draft.fromDate(), draft.toDate(), draft.actionTaken());
    }

    /** The caller's own declaration; someone else's is "not found", so its existence is not revealed. */
    /** The caller's own declaration; anyone else's — or any, for an account with no clinician — is "not found". */
    private Declaration own(long id) {
        Declaration declaration = load(id);
        List<Clinician> me = em.createQuery("select a.clinician from UserAccount a where a.username = :name", Clinician.class)
                .setParameter("name", caller.name()).getResultList();
        if (me.isEmpty() || me.get(0) == null || !declaration.getClinician().getId().equals(me.get(0).getId())) {
            throw new RecordNotFoundException(RECORD, id);
        }
        return declaration;
    }

    private Declaration load(long id) {
        Declaration declaration = Records.find(em, Declaration.class, id, RECORD);
        return declaration;
    }

    private Clinician callerClinician() {
        List<Clinician> found = em.createQuery("select a.clinician from UserAccount a where a.username = :name",
                Clinician.class).setParameter("name", caller.name()).getResultList();
        if (found.isEmpty() || found.get(0) == null) {
            throw new RuleViolationException("Your account is not linked to a clinician, so there is nothing to declare "
                    + "against. Ask the portal administrator to link it.");
        }
        return found.get(0);
    }
}
