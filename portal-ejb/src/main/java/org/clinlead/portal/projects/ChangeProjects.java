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

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Callers;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.Filters;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Change projects: a participant records their project, its measures, data and PDSA cycles; team members
 * add data and cycles; the programme manager and administrators see every project; a closed project is
 * open to everyone signed in as part of the library of what worked. To anyone else a project does not exist.
 */
@Stateless
public class ChangeProjects {

    static final String PROJECT = "project";
    static final String MEASURE = "measure";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private org.clinlead.portal.boards.Boards boards;

    @Inject
    private org.clinlead.portal.notices.NoticeSender notices;

    @Resource
    private SessionContext context;

    private final Clock clock = org.clinlead.portal.shared.UkTime.clock();

    /** The caller's projects (owned or on the team), newest first, each with its outcome measure's latest verdict. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<ProjectSummary> mine() {
        Optional<Clinician> me = Callers.clinician(em, caller());
        if (me.isEmpty()) {
            return List.of();
        }
        List<ChangeProject> projects = em.createQuery("select distinct p from ChangeProject p join fetch p.owner o "
                        + "join fetch p.organisation left join p.team t where o = :me or t = :me order by p.createdAt desc",
                ChangeProject.class).setParameter("me", me.get()).getResultList();
        return summaries(projects);
    }

    /**
     * Every project, for the programme manager and administrators (and, closed ones only, everyone: the
     * library of what worked); with {@code mine=true} the caller's own (owned or on the team) at any status.
     * Filters {@code status}, {@code spread}, {@code aim}, {@code title}, {@code cohort}, {@code pathway},
     * {@code measure}, {@code organisation}; newest first.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public org.clinlead.portal.shared.Page<ProjectSummary> search(org.clinlead.portal.shared.PageRequest request) {
        request.requireSortIn(java.util.Set.of());
        boolean mine = "true".equalsIgnoreCase(request.filter("mine"));
        Clinician me = mine ? Callers.clinician(em, caller()).orElse(null) : null;
        if (mine && me == null) {
            return new org.clinlead.portal.shared.Page<>(List.of(), 0);
        }
        boolean all = mine || context.isCallerInRole(ADMIN) || context.isCallerInRole(PROGRAMME_MANAGER);
        StringBuilder where = new StringBuilder(mine ? " where (p.owner = :me or exists (select t from ChangeProject q "
                + "join q.team t where q = p and t = :me))" : " where 1 = 1");
        ProjectStatus status = all ? Filters.constant(ProjectStatus.class, request.filter("status"), "status") : ProjectStatus.CLOSED;
        SpreadLevel spread = Filters.constant(SpreadLevel.class, request.filter("spread"), "spread");
        String aim = request.filter("aim");
        String title = request.filter("title");
        Long cohort = Filters.id(request.filter("cohort"), "cohort");
        Long organisation = Filters.id(request.filter("organisation"), "organisation");
        String pathway = request.filter("pathway");
        String measure = request.filter("measure");
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
            where.append(" and p.participant.cohort.id = :cohort");
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
        jakarta.persistence.TypedQuery<Long> count = em.createQuery("select count(p) from ChangeProject p" + where, Long.class);
        for (jakarta.persistence.TypedQuery<?> q : List.of(query, count)) {
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
                q.setParameter("cohort", cohort);
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
        }
        List<Long> ids = query.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        List<ChangeProject> page = ids.isEmpty() ? List.of() : em.createQuery("select p from ChangeProject p join fetch p.owner "
                + "join fetch p.organisation where p.id in :ids order by p.createdAt desc, p.id desc", ChangeProject.class)
                .setParameter("ids", ids).getResultList();
        return new org.clinlead.portal.shared.Page<>(summaries(page), count.getSingleResult());
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



    @RolesAllowed({ASPIRING_LEADER, ADMIN})
    public ProjectSummary create(ProjectDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the project.");
        }
        Clinician me = Callers.requireClinician(em, caller(), "record a project");
        Organisation organisation = draft.organisationId() == null ? null : em.find(Organisation.class, draft.organisationId());
        if (draft.organisationId() != null && organisation == null) {
            throw new InvalidInputException("organisationId", "There is no organisation with id " + draft.organisationId() + ".");
        }
        Pathway pathway = draft.pathwayCode() == null || draft.pathwayCode().isBlank() ? null
                : em.find(Pathway.class, draft.pathwayCode().strip());
        if (draft.pathwayCode() != null && !draft.pathwayCode().isBlank() && pathway == null) {
            throw new InvalidInputException("pathwayCode", "There is no pathway " + draft.pathwayCode() + ".");
        }
        Set<String> aims = draft.aims() == null ? Set.of() : new TreeSet<>(draft.aims());
        Set<String> known = new HashSet<>(em.createQuery("select a.code from StrategicAim a", String.class).getResultList());
        if (!known.containsAll(aims)) {
            throw new InvalidInputException("aims", "The strategy's aims are A to E.");
        }
        ChangeProject project = new ChangeProject(me, draft.title(), draft.problem(), draft.aimWhat(), draft.aimHowMuch(),
                draft.aimByWhen(), draft.service(), organisation, pathway, aims, today(), now());
        em.createQuery("select p from org.clinlead.portal.cohort.Participant p join p.cohort c where p.clinician = :me "
                + "and p.status = :enrolled order by c.startsOn desc", org.clinlead.portal.cohort.Participant.class)
                .setParameter("me", me).setParameter("enrolled", org.clinlead.portal.cohort.ParticipantStatus.ENROLLED)
                .setMaxResults(1).getResultList().forEach(project::belongTo);
        em.persist(project);
        em.flush();
        audit.record(AuditAction.CREATED, PROJECT, project.getId(), "Change project \"" + project.getTitle() + "\": "
                + project.getAimStatement());
        return ProjectSummary.of(project, null);
    }

    /** The project page: measures with their SPC series, the PDSA timeline, the team. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ProjectPage project(long id) {
        ChangeProject project = visible(load(id));
        Optional<Clinician> me = Callers.clinician(em, caller());
        List<Measure> measures = measuresOf(project);
        List<PdsaCycle> cycles = em.createQuery("select c from PdsaCycle c where c.project = :p order by c.startDate, c.id",
                PdsaCycle.class).setParameter("p", project).getResultList();
        Map<Long, List<DataPoint>> data = dataOf(measures);
        Map<Long, List<LocalDate>> rebases = rebasesOf(measures);
        List<SpcView> views = new ArrayList<>();
        for (Measure m : measures) {
            views.add(view(m, data.getOrDefault(m.getId(), List.of()), rebases.getOrDefault(m.getId(), List.of()),
                    m.getBaselinePoints(), cycles));
        }
        boolean owner = me.isPresent() && project.getOwner().getId().equals(me.get().getId());
        boolean team = me.isPresent() && project.isTeamMember(me.get());
        boolean mentor = isMentorOf(project);
        boolean manager = context.isCallerInRole(ADMIN) || context.isCallerInRole(PROGRAMME_MANAGER);
        List<AdoptionView> adoptions = em.createQuery("select a from Adoption a join fetch a.organisation where a.project = :p "
                + "order by a.adoptedOn", Adoption.class).setParameter("p", project).getResultList().stream()
                .map(a -> new AdoptionView(a.getId(), a.getOrganisation().getId(), a.getOrganisation().getName(), a.getAdoptedOn(),
                        a.level().label())).toList();
        List<CommentView> comments = em.createQuery("select c from ProjectComment c where c.project = :p order by c.createdAt",
                ProjectComment.class).setParameter("p", project).getResultList().stream()
                .map(c -> new CommentView(c.getId(), c.getAuthorName(), c.getBody(), c.getCreatedAt())).toList();
        List<ReferralView> referrals = em.createQuery("select r from Referral r join fetch r.board left join fetch r.agendaItem "
                + "where r.project = :p order by r.referredAt", Referral.class).setParameter("p", project).getResultList()
                .stream().map(ReferralView::of).toList();
        String referBlocker = referBlocker(project, views);
        org.clinlead.portal.cohort.Participant participant = project.getParticipant();
        return new ProjectPage(summary(project, views), project.getProblem(),
                project.getPathway() == null ? null : project.getPathway().getName(),
                project.getTeam().stream().map(Clinician::getDisplayName).toList(), views,
                cycles.stream().map(PdsaView::of).toList(), owner || context.isCallerInRole(ADMIN), team,
                project.getTeam().stream().map(c -> new TeamMember(c.getId(), c.getDisplayName(), c.getOrganisation().getName()))
                        .toList(), adoptions, comments, referrals,
                participant == null || participant.getMentor() == null ? null : participant.getMentor().getDisplayName(),
                project.getSignedOffBy(), project.getSignedOffAt(), project.getSignOffNote(), team || mentor || manager,
                mentor, owner && referBlocker == null, referBlocker, participant == null ? null : participant.getId());
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public SpcView addMeasure(long projectId, MeasureDraft draft) {
        ChangeProject project = owned(projectId);
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the measure.");
        }
        Measure measure = new Measure(project, draft.name(), draft.type(), draft.unit(), draft.direction(), draft.target(),
                draft.definition());
        em.persist(measure);
        em.flush();
        audit.record(AuditAction.CREATED, MEASURE, measure.getId(), "Measure \"" + measure.getName() + "\" for project "
                + projectId);
        return view(measure, List.of(), List.of(), null, List.of());
    }

    /** One dated value: the fast form. A date already recorded is refused (correct it instead). */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public SpcView addPoint(long measureId, LocalDate date, Double value) {
        Measure measure = onTeam(measureId);
        if (date == null) {
            throw new InvalidInputException("date", "Give the date of the value.");
        }
        if (date.isAfter(today())) {
            throw new InvalidInputException("date", "The date cannot be in the future.");
        }
        if (value == null || !Double.isFinite(value)) {
            throw new InvalidInputException("value", "Give the value as a number.");
        }
        if (existingDates(measure).contains(date)) {
            throw new RuleViolationException("The measure already has a value for " + date + ".");
        }
        em.persist(new DataPoint(measure, date, value, caller(), now()));
        measure.getProject().dataRecordedFor(date);
        Persistence.flush(em, MEASURE, () -> new RuleViolationException("The measure already has a value for " + date + "."));
        audit.record(AuditAction.CREATED, MEASURE, measureId, "Value " + value + " for " + date);
        return spc(measureId, null, null);
    }

    /**
     * Many values at once, pasted or from a CSV file: read and checked row by row. With {@code save} false,
     * or when any row is wrong, nothing is saved and the rows come back with their problems.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ImportPreview importPoints(long measureId, String text, boolean save) {
        Measure measure = onTeam(measureId);
        List<ImportRow> rows = SeriesImport.read(text, existingDates(measure));
        LocalDate today = today();
        List<ImportRow> checked = rows.stream().map(r -> r.error() == null && r.date().isAfter(today)
                ? new ImportRow(r.line(), r.text(), r.date(), r.value(), "Row " + r.line() + ": " + r.date()
                + " is in the future.") : r).toList();
        int errors = (int) checked.stream().filter(r -> r.error() != null).count();
        if (!save || errors > 0) {
            return new ImportPreview(checked, checked.size() - errors, errors, false);
        }
        Instant now = now();
        for (ImportRow r : checked) {
            em.persist(new DataPoint(measure, r.date(), r.value(), caller(), now));
            measure.getProject().dataRecordedFor(r.date());
        }
        Persistence.flush(em, MEASURE, () -> new RuleViolationException("Someone added values to this measure at the "
                + "same time; nothing was imported. Check the chart and try again."));
        audit.record(AuditAction.CREATED, MEASURE, measureId, checked.size() + " values imported");
        return new ImportPreview(checked, checked.size(), 0, true);
    }

    /** The calculated series; {@code rebase} and {@code fixAfter} override the measure's own for a what-if. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public SpcView spc(long measureId, List<LocalDate> rebase, Integer fixAfter) {
        Measure measure = loadMeasure(measureId);
        visible(measure.getProject());
        if (fixAfter != null && fixAfter < Spc.MIN_POINTS) {
            throw new InvalidInputException("fixAfter", "A fixed baseline needs at least " + Spc.MIN_POINTS + " points.");
        }
        List<PdsaCycle> cycles = em.createQuery("select c from PdsaCycle c where c.project = :p order by c.startDate",
                PdsaCycle.class).setParameter("p", measure.getProject()).getResultList();
        return view(measure, dataOf(List.of(measure)).getOrDefault(measureId, List.of()),
                rebase != null ? rebase : rebasesOf(List.of(measure)).getOrDefault(measureId, List.of()),
                fixAfter != null ? fixAfter : measure.getBaselinePoints(), cycles);
    }

    /** Recalculates the limits from a date, with a reason (recorded). */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public SpcView rebase(long measureId, LocalDate from, String reason) {
        Measure measure = loadMeasure(measureId);
        owned(measure.getProject().getId());
        em.persist(new Rebase(measure, from, reason, caller(), now()));
        Persistence.flush(em, MEASURE, () -> new RuleViolationException("The limits already restart on " + from + "."));
        audit.record(AuditAction.UPDATED, MEASURE, measureId, "Limits recalculated from " + from + ": " + reason);
        return spc(measureId, null, null);
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public PdsaView addPdsa(long projectId, PdsaDraft draft) {
        ChangeProject project = load(projectId);
        Clinician me = Callers.requireClinician(em, caller(), "record a PDSA cycle");
        if (!project.isTeamMember(me)) {
            visible(project);
            throw new AccessRefusedException("Only the project's owner and team record its PDSA cycles.");
        }
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the cycle.");
        }
        Set<Measure> measures = new LinkedHashSet<>();
        for (Long id : draft.measureIds() == null ? Set.<Long>of() : draft.measureIds()) {
            Measure m = id == null ? null : em.find(Measure.class, id);
            if (m == null || !m.getProject().getId().equals(projectId)) {
                throw new InvalidInputException("measureIds", "Link the cycle to this project's measures only.");
            }
            measures.add(m);
        }
        PdsaCycle cycle = new PdsaCycle(project, draft.change(), draft.prediction(), draft.whatHappened(), draft.study(),
                draft.act(), draft.startDate(), draft.endDate(), measures, caller());
        em.persist(cycle);
        em.flush();
        audit.record(AuditAction.CREATED, PROJECT, projectId, "PDSA cycle from " + cycle.getStartDate() + ": "
                + cycle.getChange());
        return PdsaView.of(cycle);
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ProjectSummary progress(long projectId, long version, ProjectStatus status, BigDecimal score) {
        ChangeProject project = owned(projectId);
        Persistence.checkVersion(PROJECT, version, project.getVersion());
        project.progress(status, score);
        Persistence.flush(em, PROJECT, () -> new RuleViolationException("The project could not be saved."));
        audit.record(AuditAction.UPDATED, PROJECT, projectId, "Status " + status.label() + ", progress " + score);
        return ProjectSummary.of(project, null);
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ProjectSummary spread(long projectId, long version, SpreadLevel level) {
        ChangeProject project = owned(projectId);
        Persistence.checkVersion(PROJECT, version, project.getVersion());
        project.spreadTo(level);
        Persistence.flush(em, PROJECT, () -> new RuleViolationException("The project could not be saved."));
        audit.record(AuditAction.UPDATED, PROJECT, projectId, "Spread: " + level.label());
        return ProjectSummary.of(project, null);
    }

    /** The owner adds a colleague to the team (by their clinician record): team members add data and PDSA cycles. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<TeamMember> addTeamMember(long projectId, Long clinicianId) {
        ChangeProject project = owned(projectId);
        Clinician clinician = clinicianId == null ? null : em.find(Clinician.class, clinicianId);
        if (clinician == null) {
            throw new InvalidInputException("clinicianId", "Choose the colleague to add from the clinician register.");
        }
        project.addToTeam(clinician);
        Persistence.flush(em, PROJECT, () -> new RuleViolationException(clinician.getDisplayName() + " is already on the team."));
        audit.record(AuditAction.UPDATED, PROJECT, projectId, clinician.getDisplayName() + " joined the team");
        return project(projectId).teamMembers();
    }

    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<TeamMember> removeTeamMember(long projectId, long clinicianId) {
        ChangeProject project = owned(projectId);
        Clinician clinician = Records.find(em, Clinician.class, clinicianId, "clinician");
        project.removeFromTeam(clinician);
        em.flush();
        audit.record(AuditAction.UPDATED, PROJECT, projectId, clinician.getDisplayName() + " left the team");
        return project(projectId).teamMembers();
    }

    /**
     * Names an organisation that adopted the change, with the date. Spread follows the evidence: the project's
     * spread level rises to what the adoptions show (never lowered by them).
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public AdoptionView adopt(long projectId, Long organisationId, LocalDate adoptedOn) {
        ChangeProject project = owned(projectId);
        Organisation organisation = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (organisationId != null && organisation == null) {
            throw new InvalidInputException("organisationId", "There is no organisation with id " + organisationId + ".");
        }
        Adoption adoption = new Adoption(project, organisation, adoptedOn, today(), caller());
        em.persist(adoption);
        if (adoption.level().compareTo(project.getSpread()) > 0) {
            project.spreadTo(adoption.level());
        }
        Persistence.flush(em, PROJECT, () -> new RuleViolationException(organisation.getName()
                + " is already recorded as adopting this change."));
        audit.record(AuditAction.UPDATED, PROJECT, projectId, "Adopted by " + organisation.getName() + " on " + adoptedOn);
        return new AdoptionView(adoption.getId(), organisation.getId(), organisation.getName(), adoptedOn,
                adoption.level().label());
    }

    /** A comment from the mentor, the programme manager or the team. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public CommentView comment(long projectId, String body) {
        ChangeProject project = visible(load(projectId));
        Optional<Clinician> me = Callers.clinician(em, caller());
        boolean team = me.isPresent() && project.isTeamMember(me.get());
        if (!team && !isMentorOf(project) && !context.isCallerInRole(ADMIN) && !context.isCallerInRole(PROGRAMME_MANAGER)) {
            throw new AccessRefusedException("Comments come from the project's team, its participant's mentor and the "
                    + "programme manager.");
        }
        ProjectComment comment = new ProjectComment(project, caller(), displayName(), body, now());
        em.persist(comment);
        em.flush();
        audit.record(AuditAction.CREATED, PROJECT, projectId, "Comment by " + comment.getAuthorName());
        Set<String> recipients = new LinkedHashSet<>(Callers.usernamesOf(em, project.getOwner()));
        recipients.remove(caller());
        notices.send(recipients, "Comment on \"" + project.getTitle() + "\"", comment.getAuthorName() + ": " + comment.getBody(),
                "/projects/project.xhtml?id=" + projectId, "project-comment-" + comment.getId());
        return new CommentView(comment.getId(), comment.getAuthorName(), comment.getBody(), comment.getCreatedAt());
    }

    /** The mentor signs the project off: they have reviewed it and agree it reached what it says. */
    @RolesAllowed({MENTOR})
    public ProjectSummary signOff(long projectId, long version, String note) {
        ChangeProject project = visible(load(projectId));
        if (!isMentorOf(project)) {
            throw new AccessRefusedException("Only the participant's mentor signs their project off.");
        }
        Persistence.checkVersion(PROJECT, version, project.getVersion());
        project.signOff(displayName(), note, now());
        Persistence.flush(em, PROJECT, () -> new RuleViolationException("The project could not be saved."));
        audit.record(AuditAction.APPROVED, PROJECT, projectId, "Signed off by the mentor" + (project.getSignOffNote() == null
                ? "" : ": " + project.getSignOffNote()));
        notices.send(Callers.usernamesOf(em, project.getOwner()), "Your mentor signed off \"" + project.getTitle() + "\"",
                project.getSignedOffBy() + " signed the project off" + (project.getSignOffNote() == null ? "."
                        : ": " + project.getSignOffNote()), "/projects/project.xhtml?id=" + projectId,
                "project-signoff-" + projectId + "-" + project.getVersion());
        return ProjectSummary.of(project, null);
    }

    /**
     * Puts a sustaining project with special-cause improvement on its outcome measure forward to its pathway
     * board: a recorded referral, and a proposed agenda item on the board's next meeting with an open pack.
     */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ReferralView refer(long projectId, String note) {
        ChangeProject project = owned(projectId);
        List<SpcView> views = measuresOf(project).stream().filter(m -> m.getType() == MeasureType.OUTCOME)
                .map(m -> spc(m.getId(), null, null)).toList();
        org.clinlead.portal.boards.Board board = project.getPathway() == null ? null : em.createQuery(
                "select b from Board b where b.pathway = :p", org.clinlead.portal.boards.Board.class)
                .setParameter("p", project.getPathway()).getResultStream().findFirst().orElse(null);
        Referral referral = new Referral(project, board, outcomeImproved(views), note, caller(), now());
        em.persist(referral);
        Persistence.flush(em, PROJECT, () -> new RuleViolationException("The project is already put forward to "
                + referral.getBoard().getName() + "."));
        audit.record(AuditAction.CREATED, PROJECT, projectId, "Put forward to " + board.getName() + ": " + referral.getNote());
        Long item = boards.propose(board.getId(), new org.clinlead.portal.boards.Proposal(project.getTitle(),
                project.getOwner().getDisplayName(), project.getAims(), project.getOrganisation().getId(), referral.getNote(),
                "/projects/project.xhtml?id=" + project.getId(), "referral-" + referral.getId()));
        if (item != null) {
            referral.proposedAs(em.find(org.clinlead.portal.boards.AgendaItem.class, item));
        }
        return ReferralView.of(referral);
    }

    /** Projects put forward to the boards the caller sits on, newest first. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<ReferralView> referredToMe() {
        Optional<Clinician> me = Callers.clinician(em, caller());
        if (me.isEmpty()) {
            return List.of();
        }
        List<Long> boardIds = org.clinlead.portal.boards.Membership.boardIdsOf(em, me.get(), today());
        if (boardIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Referral r join fetch r.project join fetch r.board left join fetch r.agendaItem "
                        + "where r.board.id in :b order by r.referredAt desc", Referral.class).setParameter("b", boardIds)
                .setMaxResults(50).getResultList().stream().map(ReferralView::of).toList();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private SpcView view(Measure m, List<DataPoint> data, List<LocalDate> rebases, Integer fixAfter, List<PdsaCycle> cycles) {
        Spc.Result result = Spc.calculate(data.stream().map(d -> new Spc.Point(d.getDate(), d.getValue())).toList(),
                m.getDirection(), m.getTarget(), new HashSet<>(rebases), fixAfter);
        List<SpcView.Annotation> pdsa = cycles.stream()
                .filter(c -> c.getMeasures().isEmpty() || c.getMeasures().stream().anyMatch(x -> x.getId().equals(m.getId())))
                .map(c -> new SpcView.Annotation(c.getStartDate(), c.getChange(), c.getAct())).toList();
        return new SpcView(m.getId(), m.getName(), m.getType(), m.getUnit(), m.getDirection(), m.getTarget(), m.getDefinition(),
                fixAfter, List.copyOf(rebases), result.rows(), result.tooFewPoints(), result.variation(),
                result.variation() == null ? null : result.variation().label(), result.assurance(),
                result.assurance() == null ? null : result.assurance().label(), pdsa);
    }

    private ProjectSummary summary(ChangeProject project, List<SpcView> views) {
        PointType verdict = views.stream().filter(v -> v.type() == MeasureType.OUTCOME).map(SpcView::variation)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return ProjectSummary.of(project, verdict);
    }

    private List<ProjectSummary> summaries(List<ChangeProject> projects) {
        return ProjectReads.summaries(em, projects);
    }

    private Map<Long, List<DataPoint>> dataOf(List<Measure> measures) {
        return ProjectReads.dataOf(em, measures);
    }

    private Map<Long, List<LocalDate>> rebasesOf(List<Measure> measures) {
        return ProjectReads.rebasesOf(em, measures);
    }

    private Set<LocalDate> existingDates(Measure measure) {
        return new HashSet<>(em.createQuery("select d.date from DataPoint d where d.measure = :m", LocalDate.class)
                .setParameter("m", measure).getResultList());
    }

    private List<Measure> measuresOf(ChangeProject project) {
        return em.createQuery("select m from Measure m where m.project = :p order by m.id", Measure.class)
                .setParameter("p", project).getResultList();
    }

    /** The project if the caller may see it: team, programme manager, admin; anyone for a closed project. */
    private ChangeProject visible(ChangeProject project) {
        if (context.isCallerInRole(ADMIN) || context.isCallerInRole(PROGRAMME_MANAGER)
                || project.getStatus() == ProjectStatus.CLOSED) {
            return project;
        }
        Optional<Clinician> me = Callers.clinician(em, caller());
        if (me.isPresent() && project.isTeamMember(me.get()) || isMentorOf(project)) {
            return project;
        }
        // Whoever sits on a board the project was put forward to may read it: membership counts, not a role
        // (a board's chair is often a medical director without the board-member role).
        if (me.isPresent()) {
            List<Long> boardIds = org.clinlead.portal.boards.Membership.boardIdsOf(em, me.get(), today());
            if (!boardIds.isEmpty() && em.createQuery("select count(r) from Referral r where r.project = :p "
                    + "and r.board.id in :b", Long.class).setParameter("p", project).setParameter("b", boardIds)
                    .getSingleResult() > 0) {
                return project;
            }
        }
        throw new RecordNotFoundException(PROJECT, project.getId());
    }

    /** Whether the caller is the mentor of the project's participant. */
    private boolean isMentorOf(ChangeProject project) {
        org.clinlead.portal.cohort.Participant participant = project.getParticipant();
        return participant != null && participant.getMentor() != null && context.isCallerInRole(MENTOR)
                && participant.getMentor().getUsername().equals(caller());
    }

    /** Why the project cannot be put forward to its board yet; null when it can. */
    private static String referBlocker(ChangeProject project, List<SpcView> views) {
        if (project.getStatus().compareTo(ProjectStatus.SUSTAINING) < 0 || project.getStatus() == ProjectStatus.CLOSED) {
            return "A project is put forward to its pathway board once it is sustaining its change.";
        }
        if (!outcomeImproved(views)) {
            return "Put the project forward once its outcome measure shows special-cause improvement.";
        }
        if (project.getPathway() == null) {
            return "Give the project a pathway: it is put forward to that pathway's board.";
        }
        return null;
    }

    private static boolean outcomeImproved(List<SpcView> views) {
        return views.stream().filter(v -> v.type() == MeasureType.OUTCOME)
                .anyMatch(v -> v.rows().stream().anyMatch(r -> r.type() == PointType.IMPROVEMENT));
    }

    /** A project the caller owns (or, as an administrator, any). */
    private ChangeProject owned(long id) {
        ChangeProject project = visible(load(id));
        if (context.isCallerInRole(ADMIN)) {
            return project;
        }
        Optional<Clinician> me = Callers.clinician(em, caller());
        if (me.isEmpty() || !project.getOwner().getId().equals(me.get().getId())) {
            throw new AccessRefusedException("Only the project's owner changes it; team members add data and PDSA cycles.");
        }
        return project;
    }

    /** A measure of a project the caller is on the team of; for anyone else the data is not theirs to add. */
    private Measure onTeam(long measureId) {
        Measure measure = loadMeasure(measureId);
        ChangeProject project = visible(measure.getProject());
        Optional<Clinician> me = Callers.clinician(em, caller());
        if (me.isEmpty() || !project.isTeamMember(me.get())) {
            throw new AccessRefusedException("Only the project's owner and team add its data.");
        }
        return measure;
    }

    private ChangeProject load(long id) {
        ChangeProject project = Records.find(em, ChangeProject.class, id, PROJECT);
        return project;
    }

    private Measure loadMeasure(long id) {
        Measure measure = Records.find(em, Measure.class, id, MEASURE);
        return measure;
    }

    private String displayName() {
        return em.createQuery("select a.displayName from UserAccount a where a.username = :u", String.class)
                .setParameter("u", caller()).getSingleResult();
    }


    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
