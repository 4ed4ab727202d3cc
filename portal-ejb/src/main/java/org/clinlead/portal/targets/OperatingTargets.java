package org.clinlead.portal.targets;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.boards.AgendaItem;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.projects.MeasureType;
import org.clinlead.portal.projects.Spc;
import org.clinlead.portal.projects.SpcView;
import org.clinlead.portal.shared.DuplicateValueException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;

/**
 * The operating targets and what their figures say: the list of targets (an administrator adds one), the exceptions
 * list paged in the database (series failing their standard or showing special cause of concern), and one
 * organisation's series of one target with its SPC chart. Who sees which organisation's figures: {@link TargetAccess}.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class OperatingTargets {

    static final String TARGET = "operating target";
    static final String SERIES = "target series";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private TargetAccess access;

    @Inject
    private SeriesAdvice advice;

    @Inject
    private AuditRecorder audit;

    /** The targets, by code unless sorted by {@code name}; filter {@code q} (the name). */
    public Page<TargetSummary> targets(PageRequest request) {
        return new Lists<>(em, OperatingTarget.class, Map.of("code", t -> t.get("code"), "name", t -> t.get("name")),
                Map.of("q", (cb, t) -> v -> Lists.contains(cb, t.get("name"), v)), "code", true)
                .page(request).map(TargetSummary::of);
    }

    /** A new target, by an administrator. */
    @RolesAllowed(ADMIN)
    public TargetSummary define(TargetDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("code", "Give the target's code, name, unit, direction and standard.");
        }
        OperatingTarget t = new OperatingTarget(new OperatingTarget.Definition(draft.code(), draft.name(), draft.definition(),
                draft.unit(), draft.direction(), draft.standard(), draft.aims()));
        em.persist(t);
        Persistence.flush(em, TARGET, () -> new DuplicateValueException("code", "There is already a target " + t.getCode() + "."));
        audit.record(AuditAction.CREATED, TARGET, t.getId(), "Target " + t.getCode() + " defined: " + t.getName());
        return TargetSummary.of(t);
    }

    /**
     * The series that are exceptions, as the caller may see them (filters {@code target} — a code — and
     * {@code organisation} — a national code); the latest month first.
     */
    public Page<TargetExceptionRow> exceptions(PageRequest request) {
        return series(request, true);
    }

    /** Every series the caller may see, exception or not, with the same filters. */
    public Page<TargetExceptionRow> allSeries(PageRequest request) {
        return series(request, false);
    }

    private Page<TargetExceptionRow> series(PageRequest request, boolean exceptionsOnly) {
        return new Lists<>(em, TargetSeries.class,
                Map.of("latestMonth", s -> s.get("latestMonth"), "organisation", s -> s.get("organisation").get("name"),
                        "target", s -> s.get("target").get("code")),
                Map.of("target", (cb, s) -> v -> cb.equal(s.get("target").get("code"), v.strip().toUpperCase(Locale.ROOT)),
                        "organisation", (cb, s) -> v -> cb.equal(s.get("organisation").get("nationalCode"),
                                v.strip().toUpperCase(Locale.ROOT))),
                "latestMonth", false)
                .fetching(s -> {
                    s.fetch("target");
                    s.fetch("organisation");
                })
                .within((cb, query, s) -> exceptionsOnly ? cb.and(cb.isTrue(s.get("exception")), access.scope(cb, query, s))
                        : access.scope(cb, query, s))
                .page(request).map(TargetExceptionRow::of);
    }

    /** One organisation's series of the target {@code code}, with its chart; 404 when the caller may not see it. */
    public TargetChart chart(long organisationId, String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        TargetSeries s = em.createQuery("select s from TargetSeries s join fetch s.target join fetch s.organisation "
                + "where s.organisation.id = :o and s.target.code = :c", TargetSeries.class)
                .setParameter("o", organisationId).setParameter("c", c).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("series of figures for target " + c + " at organisation",
                        organisationId));
        return chart(s);
    }

    /** A series by its id; 404 when the caller may not see it. */
    public TargetChart chart(long seriesId) {
        return chart(access.visible(seriesId));
    }

    private TargetChart chart(TargetSeries s) {
        Organisation o = s.getOrganisation();
        if (!access.sees(o)) {
            throw new RecordNotFoundException(SERIES, s.getId());
        }
        OperatingTarget t = s.getTarget();
        List<Object[]> figures = em.createQuery("select f.month, f.value from TargetFigure f where f.target = :t and "
                + "f.organisation = :o order by f.month", Object[].class).setParameter("t", t).setParameter("o", o).getResultList();
        List<Spc.Point> points = new ArrayList<>();
        List<TargetChart.Month> months = new ArrayList<>();
        for (Object[] f : figures) {
            java.math.BigDecimal value = (java.math.BigDecimal) f[1];
            points.add(new Spc.Point((java.time.LocalDate) f[0], value.doubleValue()));
            months.add(new TargetChart.Month((java.time.LocalDate) f[0], value, t.meets(value)));
        }
        TargetReading reading = TargetReading.of(t, points);
        Spc.Result r = reading.chart();
        SpcView spc = new SpcView(s.getId(), t.getName(), MeasureType.OUTCOME, t.getUnit() == TargetUnit.PERCENT ? "%" : "count",
                t.getDirection(), t.getStandard() == null ? null : t.getStandard().doubleValue(), t.getDefinition(), null,
                List.of(), r.rows(), r.tooFewPoints(), r.variation(), r.variation() == null ? null : r.variation().label(),
                r.assurance(), r.assurance() == null ? null : r.assurance().label(), List.of());
        List<TargetChart.AgendaLink> items = org.clinlead.portal.shared.Persistence.fetching(em.createQuery("select i from AgendaItem i join fetch i.meeting m "
                + "where i.sourceLink = :link order by m.startsAt desc", AgendaItem.class), "i.meeting.board")
                .setParameter("link", Link.to(Link.Kind.TARGET_SERIES, s.getId()).stored()).getResultList().stream()
                .map(i -> new TargetChart.AgendaLink(i.getId(), i.getMeeting().getId(), i.getMeeting().getBoard().getName(),
                        i.getMeeting().getStartsAt(), i.isConfidential() ? "A confidential item" : i.getTitle())).toList();
        return new TargetChart(s.getId(), o.getId(), o.getNationalCode(), o.getName(), TargetSummary.of(t), spc,
                reading.assurance() == null ? null : TargetChart.assuranceIcon(reading.assurance()), reading.isException(),
                reading.reasons(), months, access.actsOnExceptions() ? advice.about(s.getId()) : List.of(), items,
                access.actsOnExceptions());
    }

    /** The organisations whose figures the caller sees, for choosers: null for every one. */
    public Set<Long> visibleOrganisations() {
        return access.readsAll() ? null : access.myOrganisationId().map(Set::of).orElse(Set.of());
    }
}
