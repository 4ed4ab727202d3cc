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

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The register of interests. Anyone signed in declares for themselves (their account must be linked
 * to a clinician): an interest, or a nil return. Only the owner amends or ends an entry — to anyone
 * else it does not exist. Administrators withhold an entry from publication with a reason they alone
 * see. The public register, open to all, lists decision makers' public entries
 * ({@link Publication#isPublic}). Decision makers are the clinicians whose accounts hold the medical
 * director or board member role, the senior clinical leads in post, the applicants to open vacancies and
 * the members of their panels ({@link #DECISION_MAKER}).
 */
@Stateless
public class RegisterOfInterests {

    static final String RECORD = "declaration";
    static final Set<Role> DECISION_MAKERS = Set.of(Role.MEDICAL_DIRECTOR, Role.BOARD_MEMBER);
    private static final String OPEN_VACANCY = "org.clinlead.portal.appointments.VacancyStatus.OPEN";

    /**
     * Whether clinician {@code c} is a decision maker, as a JPQL condition with parameters {@code :roles}
     * and {@code :today}. (Entity names only: the appointments package depends on this one,
     * not the other way round.)
     */
    static final String DECISION_MAKER = "(exists (select a from UserAccount a join a.roles r where a.clinician = c "
            + "and r in :roles) or exists (select p from Appointment p where p.clinician = c and p.termStart <= :today "
            + "and ((p.endedOn is null and p.termEnd >= :today) or p.endedOn >= :today)) "
            + "or exists (select l from LeadApplication l where l.candidate = c and l.vacancy.status = " + OPEN_VACANCY + ") "
            + "or exists (select m from PanelMember m where m.clinician = c and m.vacancy.status = " + OPEN_VACANCY + "))";
    private static final ZoneId UK = org.clinlead.portal.shared.UkTime.ZONE;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private org.clinlead.portal.notices.NoticeSender notices;

    @Inject
    private jakarta.enterprise.event.Event<InterestDeclared> declared;

    @Resource
    private SessionContext context;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<DeclarationSummary> mine() {
        Clinician me = callerClinician();
        return em.createQuery("select d from Declaration d left join fetch d.organisation join fetch d.clinician "
                        + "where d.clinician = :me order by d.declaredAt desc, d.id desc", Declaration.class)
                .setParameter("me", me).getResultList().stream().map(DeclarationSummary::of).toList();
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public DeclarationSummary declare(@Valid @NotNull(message = "{request.body.required}") InterestDraft draft) {
        Declaration declaration = Declaration.interest(callerClinician(), details(draft), now());
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
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public DeclarationSummary declareNothing() {
        Clinician me = callerClinician();
        LocalDate today = today();
        List<Declaration> own = em.createQuery("select d from Declaration d where d.clinician = :me", Declaration.class)
                .setParameter("me", me).getResultList();
        if (own.stream().anyMatch(d -> d.isLiveOn(today))) {
            throw new RuleViolationException("You have interests in force today, so a nil return would contradict them. "
                    + "End those that no longer apply, or keep them declared.");
        }
        if (own.stream().anyMatch(d -> d.isNilReturn() && d.getYear() == today.getYear())) {
            throw new RuleViolationException("You have already made a nil return for " + today.getYear() + ".");
        }
        Declaration nil = Declaration.nilReturn(me, today.getYear(), now());
        em.persist(nil);
        em.flush();
        audit.record(AuditAction.CREATED, RECORD, nil.getId(), nil.summary());
        return DeclarationSummary.of(nil);
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public DeclarationSummary amend(long id, long version,
            @Valid @NotNull(message = "{request.body.required}") InterestDraft draft) {
        InterestDetails details = details(draft);
        DeclarationSummary amended = revise(own(id), version, "AMENDED", d -> d.describe(details), AuditAction.UPDATED,
                (before, after) -> before + " → " + after.summary());
        announce(load(id));
        return amended;
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public DeclarationSummary end(long id, long version, LocalDate on) {
        return revise(own(id), version, "ENDED", d -> d.end(on), AuditAction.CLOSED,
                (before, after) -> "Ended on " + on + ": " + after.summary());
    }

    /**
     * A declaration's history, newest change first: its owner, administrators and medical directors see it;
     * to anyone else the declaration does not exist.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<RevisionLine> history(long id) {
        Declaration declaration = context.isCallerInRole(ADMIN) || context.isCallerInRole(MEDICAL_DIRECTOR) ? load(id) : own(id);
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
     * Every declaration, for those who run the register: public, withheld (the reason for administrators
     * only) or due for disposal six years after it ended. Filter {@code name} matches the clinician.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public Page<RegisterLine> internalRegister(PageRequest request) {
        request.requireSortIn(java.util.Set.of());
        LocalDate today = today();
        boolean admin = context.isCallerInRole(ADMIN);
        String name = request.filter("name");
        String where = " from Declaration d join d.clinician c"
                + (name == null ? "" : " where lower(c.familyName) like :name or lower(c.givenName) like :name");
        var query = em.createQuery("select d" + where.replace("join d.clinician c",
                "join fetch d.clinician c join fetch c.organisation left join fetch d.organisation")
                + " order by c.familyName, c.givenName, d.declaredAt desc, d.id", Declaration.class);
        var count = em.createQuery("select count(d)" + where, Long.class);
        if (name != null) {
            String pattern = "%" + name.toLowerCase(java.util.Locale.ROOT) + "%";
            query.setParameter("name", pattern);
            count.setParameter("name", pattern);
        }
        List<Declaration> items = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return new Page<>(items.stream().map(d -> RegisterLine.of(d, today, admin)).toList(), count.getSingleResult());
    }

    /**
     * The yearly round: every decision maker, whether they have declared in {@code year} (an interest
     * declared that year or a nil return for it), so the non-declarers can be chased.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public List<RoundEntry> declarationRound(int year) {
        if (year < 2000 || year > today().getYear() + 1) {
            throw new InvalidInputException("year", "Choose a year between 2000 and " + (today().getYear() + 1) + ".");
        }
        List<Clinician> decisionMakers = decisionMakerParameters(em.createQuery("select c from Clinician c "
                        + "join fetch c.organisation where " + DECISION_MAKER + " order by c.familyName, c.givenName, c.id",
                Clinician.class), today()).getResultList();
        java.util.Map<Long, Instant> byClinician = new java.util.HashMap<>();
        if (!decisionMakers.isEmpty()) {
            for (Declaration d : em.createQuery("select d from Declaration d where d.clinician in :people", Declaration.class)
                    .setParameter("people", decisionMakers).getResultList()) {
                if (DeclarationRound.counts(d, year)) {
                    byClinician.merge(d.getClinician().getId(), d.getDeclaredAt(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return decisionMakers.stream().map(c -> new RoundEntry(c.getId(), c.getDisplayName(), c.getOrganisation().getName(),
                byClinician.containsKey(c.getId()), byClinician.get(c.getId()))).toList();
    }

    /**
     * Reminds each decision maker who has not declared in {@code year} (and has an account) to declare or
     * make a nil return; at most once a day each. Returns how many reminders went out.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public int remindNonDeclarers(int year) {
        List<Long> missing = declarationRound(year).stream().filter(e -> !e.declared()).map(RoundEntry::clinicianId).toList();
        if (missing.isEmpty()) {
            return 0;
        }
        List<String> accounts = em.createQuery("select a.username from UserAccount a where a.clinician.id in :ids",
                String.class).setParameter("ids", missing).getResultList();
        int sent = notices.send(accounts, "Your declaration of interests for " + year, "As a decision maker you declare "
                + "your interests at least once a year. Please declare them for " + year + ", or make a nil return if you "
                + "have nothing to declare.", "/interests/mine.xhtml", "declaration-round:" + year + ":" + today());
        audit.record(AuditAction.CREATED, "declaration round", (long) year, "Reminded " + sent + " of " + missing.size()
                + " decision makers who have not declared for " + year);
        return sent;
    }

    /**
     * The public register: decision makers' public entries, by name; filter {@code name} (contains, in the
     * given or family name). Open to everyone, signed in or not.
     */
    @PermitAll
    public Page<PublicEntry> publicRegister(PageRequest request) {
        request.requireSortIn(java.util.Set.of());
        LocalDate today = today();
        String name = request.filter("name");
        // No boolean comparisons: EclipseLink's Derby platform binds booleans as integers, which Derby refuses to
        // compare with BOOLEAN columns. The domain keeps these equivalent: a nil return has no type, and a
        // withheld entry always has a reason (Declaration.withhold / publish).
        String where = " from Declaration d join d.clinician c where d.withheldReason is null"
                + " and " + DECISION_MAKER
                + " and ((d.type is null and d.year = :year)"
                + " or (d.type is not null and (d.toDate is null or d.toDate >= :since)))"
                + (name == null ? "" : " and (lower(c.givenName) like :name escape '\\' or lower(c.familyName) like :name escape '\\')");
        var items = publicParameters(em.createQuery("select d" + where.replace("join d.clinician c",
                        "join fetch d.clinician c join fetch c.organisation left join fetch d.organisation")
                        + " order by c.familyName, c.givenName, d.fromDate, d.id", Declaration.class), today, name);
        var total = publicParameters(em.createQuery("select count(d)" + where, Long.class), today, name);
        return new Page<>(items.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList().stream()
                .map(PublicEntry::of).toList(), total.getSingleResult());
    }

    private static <T> jakarta.persistence.TypedQuery<T> publicParameters(jakarta.persistence.TypedQuery<T> query,
            LocalDate today, String name) {
        decisionMakerParameters(query, today).setParameter("year", today.getYear())
                .setParameter("since", Publication.publicSince(today));
        if (name != null) {
            query.setParameter("name", "%" + name.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return query;
    }

    private static <T> jakarta.persistence.TypedQuery<T> decisionMakerParameters(jakarta.persistence.TypedQuery<T> query,
            LocalDate today) {
        return query.setParameter("roles", DECISION_MAKERS).setParameter("today", today);
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
        em.persist(new DeclarationRevision(declaration, change, context.getCallerPrincipal().getName(), now()));
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
                .setParameter("name", context.getCallerPrincipal().getName()).getResultList();
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
                Clinician.class).setParameter("name", context.getCallerPrincipal().getName()).getResultList();
        if (found.isEmpty() || found.get(0) == null) {
            throw new RuleViolationException("Your account is not linked to a clinician, so there is nothing to declare "
                    + "against. Ask the portal administrator to link it.");
        }
        return found.get(0);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }
}
