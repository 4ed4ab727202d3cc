package org.clinlead.portal.interests;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.BOARD_MEMBER;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;

/**
 * The registers made from the declarations: the internal register and the yearly declaration round for
 * medical directors and administrators (with reminders to those who have not declared), and the public
 * register, open to all, of decision makers' public entries ({@link Publication#isPublic}). Decision makers
 * are the clinicians whose accounts hold the medical director or board member role, the senior clinical leads
 * in post, the applicants to open vacancies and the members of their panels ({@link #DECISION_MAKER}).
 */
@Stateless
public class InterestRegisters {

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

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private org.clinlead.portal.notices.NoticeSender notices;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /**
     * Every declaration, for those who run the register: public, withheld (the reason for administrators
     * only) or due for disposal six years after it ended. Filter {@code name} matches the clinician.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR})
    public Page<RegisterLine> internalRegister(PageRequest request) {
        request.requireSortIn(java.util.Set.of());
        LocalDate today = LocalDate.now(clock);
        boolean admin = caller.isIn(ADMIN);
        String name = request.filter("name");
        String where = " from Declaration d join d.clinician c"
                + (name == null ? "" : " where lower(c.familyName) like :name or lower(c.givenName) like :name");
        var query = org.clinlead.portal.shared.Persistence.fetching(em.createQuery("select d" + where.replace("join d.clinician c",
                "join fetch d.clinician c left join fetch d.organisation")
                + " order by c.familyName, c.givenName, d.declaredAt desc, d.id", Declaration.class), "d.clinician.organisation");
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
        if (year < 2000 || year > LocalDate.now(clock).getYear() + 1) {
            throw new InvalidInputException("year", "Choose a year between 2000 and " + (LocalDate.now(clock).getYear() + 1) + ".");
        }
        List<Clinician> decisionMakers = decisionMakerParameters(em.createQuery("select c from Clinician c "
                        + "join fetch c.organisation where " + DECISION_MAKER + " order by c.familyName, c.givenName, c.id",
                Clinician.class), LocalDate.now(clock)).getResultList();
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
        int sent = notices.sendShareable(accounts, "Your declaration of interests for " + year, "As a decision maker you declare "
                + "your interests at least once a year. Please declare them for " + year + ", or make a nil return if you "
                + "have nothing to declare.", Link.to(Link.Kind.MY_DECLARATIONS), "declaration-round:" + year + ":" + LocalDate.now(clock));
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
        LocalDate today = LocalDate.now(clock);
        String name = request.filter("name");
        // No boolean comparisons: EclipseLink's Derby platform binds booleans as integers, which Derby refuses to
        // compare with BOOLEAN columns. The domain keeps these equivalent: a nil return has no type, and a
        // withheld entry always has a reason (Declaration.withhold / publish).
        String where = " from Declaration d join d.clinician c where d.withheldReason is null"
                + " and " + DECISION_MAKER
                + " and ((d.type is null and d.year = :year)"
                + " or (d.type is not null and (d.toDate is null or d.toDate >= :since)))"
                + (name == null ? "" : " and (lower(c.givenName) like :name escape '\\' or lower(c.familyName) like :name escape '\\')");
        var items = publicParameters(org.clinlead.portal.shared.Persistence.fetching(em.createQuery("select d" + where.replace("join d.clinician c",
                        "join fetch d.clinician c left join fetch d.organisation")
                        + " order by c.familyName, c.givenName, d.fromDate, d.id", Declaration.class), "d.clinician.organisation"),
                today, name);
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
        return org.clinlead.portal.shared.Persistence.bound(query).setParameter("roles", DECISION_MAKERS).setParameter("today", today);
    }
}
