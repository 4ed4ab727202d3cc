package org.clinlead.portal.organisations;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.shared.DuplicateValueException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.Text;

/**
 * The region's organisations. Everyone signed in can look them up (every other record points at one);
 * only administrators register, amend, close or reopen them, and each change is audited.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class OrganisationDirectory {

    static final String RECORD = "organisation";

    /** How many organisations {@link #matching} offers at most: enough to see the right one, few enough to read. */
    public static final int MATCHES = 15;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    public Page<OrganisationSummary> search(PageRequest request) {
        return new Lists<>(em, Organisation.class,
                Map.of("name", r -> r.get("name"), "type", r -> r.get("type"), "nationalCode", r -> r.get("nationalCode")),
                Map.of("name", (cb, r) -> v -> Lists.contains(cb, r.get("name"), v),
                        "nationalCode", (cb, r) -> v -> cb.equal(r.get("nationalCode"), OrganisationType.normalise(v)),
                        "type", (cb, r) -> v -> cb.equal(r.get("type"), parseType(v))),
                "name", true)
                .page(request).map(OrganisationSummary::of);
    }

    public OrganisationSummary find(long id) {
        return OrganisationSummary.of(load(id));
    }

    /**
     * The open organisations whose name holds the text, or whose national code starts with it, by name — at most
     * {@value #MATCHES}, for finding one as one types. Any text is taken as text (a "%" is a per cent sign); blank text,
     * or text no name could hold, finds nothing.
     */
    public List<OrganisationSummary> matching(String text) {
        return matching(text, null);
    }

    /**
     * As {@link #matching(String)}, among organisations of these kinds only (all kinds when null): the providers a
     * contract can be with, the primary care trusts that commission — hundreds at national scale, so found by typing too.
     */
    public List<OrganisationSummary> matching(String text, Set<OrganisationType> kinds) {
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty() || wanted.length() > Organisation.NAME_MAX || Text.problem(wanted) != null) {
            return List.of(); // no name is longer or holds such a character: nothing can match, the database is not asked
        }
        // Open ones first, closed ones dropped here: with a row limit EclipseLink writes a boolean into Derby's SQL as 1,
        // which Derby refuses to compare with a BOOLEAN column (without a limit it binds it).
        var query = em.createQuery("select o from Organisation o where (lower(o.name) like :name escape '\\' "
                + "or o.nationalCode like :code escape '\\')" + (kinds == null ? "" : " and o.type in :kinds")
                + " order by o.active desc, o.name, o.id", Organisation.class);
        if (kinds != null) {
            query.setParameter("kinds", kinds);
        }
        return query.setParameter("name", Lists.containsPattern(wanted))
                .setParameter("code", Lists.containsPattern(OrganisationType.normalise(wanted)).substring(1).toUpperCase(Locale.ROOT))
                .setMaxResults(MATCHES).getResultList().stream().filter(Organisation::isActive).map(OrganisationSummary::of).toList();
    }

    /** The organisation with this national code, open or closed, if there is one. */
    public Optional<OrganisationSummary> withCode(String nationalCode) {
        if (nationalCode == null || nationalCode.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select o from Organisation o where o.nationalCode = :code", Organisation.class)
                .setParameter("code", OrganisationType.normalise(nationalCode)).getResultStream().findFirst()
                .map(OrganisationSummary::of);
    }

    @RolesAllowed(ADMIN)
    public OrganisationSummary register(@Valid @NotNull(message = "{request.body.required}") OrganisationDraft draft) {
        Organisation organisation = new Organisation(draft.name(), draft.type(), draft.nationalCode());
        refuseTakenCode(organisation.getNationalCode(), null);
        em.persist(organisation);
        Persistence.flush(em, RECORD, () -> codeTaken(organisation.getNationalCode()));
        audit.record(AuditAction.CREATED, RECORD, organisation.getId(), describe(organisation));
        return OrganisationSummary.of(organisation);
    }

    @RolesAllowed(ADMIN)
    public OrganisationSummary amend(long id, long version,
            @Valid @NotNull(message = "{request.body.required}") OrganisationDraft draft) {
        Organisation organisation = load(id);
        Persistence.checkVersion(RECORD, version, organisation.getVersion());
        String before = describe(organisation);
        organisation.describe(draft.name(), draft.type(), draft.nationalCode());
        refuseTakenCode(organisation.getNationalCode(), id);
        Persistence.flush(em, RECORD, () -> codeTaken(organisation.getNationalCode()));
        audit.record(AuditAction.UPDATED, RECORD, id, before + " → " + describe(organisation));
        return OrganisationSummary.of(organisation);
    }

    /** Closes an organisation: it stays on record (others point at it) but is no longer offered in forms. */
    @RolesAllowed(ADMIN)
    public OrganisationSummary close(long id, long version) {
        return changeState(id, version, Organisation::close, AuditAction.CLOSED);
    }

    @RolesAllowed(ADMIN)
    public OrganisationSummary reopen(long id, long version) {
        return changeState(id, version, Organisation::reopen, AuditAction.REOPENED);
    }

    private OrganisationSummary changeState(long id, long version, java.util.function.Consumer<Organisation> change,
            AuditAction action) {
        Organisation organisation = load(id);
        Persistence.checkVersion(RECORD, version, organisation.getVersion());
        change.accept(organisation);
        Persistence.flush(em, RECORD, () -> codeTaken(organisation.getNationalCode()));
        audit.record(action, RECORD, id, describe(organisation));
        return OrganisationSummary.of(organisation);
    }

    private Organisation load(long id) {
        Organisation organisation = Records.find(em, Organisation.class, id, RECORD);
        return organisation;
    }

    private void refuseTakenCode(String code, Long exceptId) {
        List<Long> holders = em.createQuery("select o.id from Organisation o where o.nationalCode = :code", Long.class)
                .setParameter("code", code).getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(exceptId))) {
            throw codeTaken(code);
        }
    }

    private static DuplicateValueException codeTaken(String code) {
        return new DuplicateValueException("nationalCode", "Another organisation already has the national code " + code + ".");
    }

    private static OrganisationType parseType(String value) {
        try {
            return OrganisationType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new org.clinlead.portal.shared.InvalidInputException("type", "There is no organisation type called " + value + ".");
        }
    }

    private static String describe(Organisation o) {
        return o.getName() + " [" + o.getType().name() + " " + o.getNationalCode() + (o.isActive() ? "" : ", closed") + "]";
    }
}
