package org.clinlead.portal.projects;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.Filters;

/**
 * The library of projects: the list people search (their own, those they may see, closed projects for
 * everyone) and the programme manager's overview by status and spread.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class ProjectLibrary {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private ProjectAccess access;

    @Inject
    private ProgrammePlaces programme;

    @Inject
    private Caller caller;

    @Inject
    private org.clinlead.portal.audit.UntilNextWrite kept;

    /**
     * Every project, for the programme manager and administrators (and, closed ones only, everyone: the
     * library of what worked); with {@code mine=true} the caller's own (owned or on the team) at any status.
     * Filters {@code status}, {@code spread}, {@code aim}, {@code title}, {@code cohort}, {@code pathway},
     * {@code measure}, {@code organisation}, {@code profileIndicator} (started from a practice-profile indicator's
     * code); newest first.
     */
    public org.clinlead.portal.shared.Page<ProjectSummary> search(org.clinlead.portal.shared.PageRequest request) {
        request.requireSortIn(java.util.Set.of());
        boolean mine = "true".equalsIgnoreCase(request.filter("mine"));
        Clinician me = mine ? caller.clinician().orElse(null) : null;
        if (mine && me == null) {
            return new org.clinlead.portal.shared.Page<>(List.of(), 0);
        }
        boolean all = mine || caller.isIn(ADMIN) || caller.isIn(PROGRAMME_MANAGER);
        StringBuilder where = new StringBuilder(mine ? " where (p.owner = :me or exists (select t from ChangeProject q "
                + "join q.team t where q = p and t = :me))" : " where p.id is not null");
        ProjectStatus status = all ? Filters.constant(ProjectStatus.class, request.filter("status"), "status") : ProjectStatus.CLOSED;
        SpreadLevel spread = Filters.constant(SpreadLevel.class, request.filter("spread"), "spread");
        String aim = request.filter("aim");
        String title = request.filter("title");
        Long cohort = Filters.id(request.filter("cohort"), "cohort");
        // The programme knows which places a cohort has; an empty cohort matches no project (id -1 is never used).
        List<Long> places = cohort == null ? null : programme.placesIn(cohort);
        if (places != null && places.isEmpty()) {
            places = List.of(-1L);
        }
        Long organisation = Filters.id(request.filter("organisation"), "organisation");
        String pathway = request.filter("pathway");
        String measure = request.filter("measure");
        String profileIndicator = request.filter("profileIndicator");
        if (profileIndicator != null) {
            where.append(" and p.profileIndicatorCode = :profileIndicator");
        }
        if (status != null) {
            where.append(" and p.status = :status");
        }
        if (spread != null) {
            where.append(" and p.spread = :spread");
        }
        if (aim != null) {
            where.append(" and :aim member of p.aims");
        }
        if (title != null) {
            where.append(" and lower(p.title) like :title");
        }
        if (cohort != null) {
            where.append(" and p.participantId in :places");
        }
        if (organisation != null) {
            where.append(" and (p.organisation.id = :org or exists (select ad from Adoption ad where ad.project = p "
                    + "and ad.organisation.id = :org))");
        }
        if (pathway != null) {
            where.append(" and p.pathway.code = :pathway");
        }
        if (measure != null) {
            where.append(" and exists (select m from Measure m where m.project = p and lower(m.name) like :measure)");
        }
        // The page's ids first (the newest-first index, no joins, no sort of every row), then those projects.
        jakarta.persistence.TypedQuery<Long> query = em.createQuery("select p.id from ChangeProject p" + where
                + " order by p.createdAt desc, p.id desc", Long.class);
        // Without a filter the count is of the whole table (the "where" over every row was once the largest part of the
        // programme dashboard's time at national scale).
        String filters = where.toString().equals(" where p.id is not null") ? "" : where.toString();
        jakarta.persistence.TypedQuery<Long> count = em.createQuery("select count(p) from ChangeProject p" + filters, Long.class);
        for (jakarta.persistence.TypedQuery<?> q : List.of(query, count)) {
            org.clinlead.portal.shared.Persistence.bound(q);
            if (me != null) {
                q.setParameter("me", me);
            }
            if (status != null) {
                q.setParameter("status", status);
            }
            if (spread != null) {
                q.setParameter("spread", spread);
            }
            if (aim != null) {
                q.setParameter("aim", aim.strip().toUpperCase(java.util.Locale.ROOT));
            }
            if (title != null) {
                q.setParameter("title", "%" + title.strip().toLowerCase(java.util.Locale.ROOT) + "%");
            }
            if (cohort != null) {
                q.setParameter("places", places);
            }
            if (organisation != null) {
                q.setParameter("org", organisation);
            }
            if (pathway != null) {
                q.setParameter("pathway", pathway.strip());
            }
            if (measure != null) {
                q.setParameter("measure", "%" + measure.strip().toLowerCase(java.util.Locale.ROOT) + "%");
            }
            if (profileIndicator != null) {
                q.setParameter("profileIndicator", profileIndicator.strip().toUpperCase(java.util.Locale.ROOT));
            }
        }
        List<Long> ids = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        List<ChangeProject> page = ids.isEmpty() ? List.of() : em.createQuery("select p from ChangeProject p join fetch p.owner "
                + "join fetch p.organisation where p.id in :ids order by p.createdAt desc, p.id desc", ChangeProject.class)
                .setParameter("ids", ids).getResultList();
        // The count of every project (the programme manager's list before any filter) is kept until the next write: the
        // database counts it by reading every row or index entry (20,001 at national scale, 2.5-4 ms a look).
        long total = filters.isEmpty() ? kept.get("project-count", count::getSingleResult) : count.getSingleResult();
        // The verdicts of a page of projects are kept until the next write too (every value, import and rebase is
        // audited): each reads its outcome measure's every point (100 a project nationally, 2,000 for a page).
        Map<Long, PointType> verdicts = kept.get("project-verdicts|" + ids, () -> ProjectReads.verdicts(em, page));
        return new org.clinlead.portal.shared.Page<>(ProjectReads.summaries(page, verdicts), total);
    }

    /** How many projects are at each status and each spread level — the programme's "three thirds" picture. */
    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public Map<String, Map<String, Long>> overview() {
        Map<String, Map<String, Long>> overview = new java.util.LinkedHashMap<>();
        Map<String, Long> byStatus = new java.util.LinkedHashMap<>();
        for (ProjectStatus st : ProjectStatus.values()) {
            byStatus.put(st.label(), 0L);
        }
        for (Object[] r : em.createQuery("select p.status, count(p) from ChangeProject p group by p.status", Object[].class)
                .getResultList()) {
            byStatus.put(((ProjectStatus) r[0]).label(), (Long) r[1]);
        }
        Map<String, Long> bySpread = new java.util.LinkedHashMap<>();
        for (SpreadLevel sl : SpreadLevel.values()) {
            bySpread.put(sl.label(), 0L);
        }
        for (Object[] r : em.createQuery("select p.spread, count(p) from ChangeProject p group by p.spread", Object[].class)
                .getResultList()) {
            bySpread.put(((SpreadLevel) r[0]).label(), (Long) r[1]);
        }
        overview.put("status", byStatus);
        overview.put("spread", bySpread);
        return overview;
    }
}
