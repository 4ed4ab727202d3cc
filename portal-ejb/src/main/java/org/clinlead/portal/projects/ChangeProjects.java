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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Change projects themselves: a participant records their project and moves it through its stages; the
 * project page shows it as the caller may see it ({@link ProjectAccess}). To anyone not entitled a project
 * does not exist.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class ChangeProjects {

    static final String PROJECT = "project";
    static final String MEASURE = "measure";


    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private ProjectAccess access;

    @Inject
    private ProgrammePlaces places;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The caller's projects (owned or on the team), newest first, each with its outcome measure's latest verdict. */
    public List<ProjectSummary> mine() {
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty()) {
            return List.of();
        }
        // Owned and on the team read apart, each through its index: one query with "owner or team member" over a left
        // join read every project (20,001 at national scale: a tenth of a second for each home page that lists them).
        Map<Long, ChangeProject> mine = new LinkedHashMap<>();
        em.createQuery("select p from ChangeProject p join fetch p.owner join fetch p.organisation where p.owner = :me",
                ChangeProject.class).setParameter("me", me.get()).getResultList().forEach(p -> mine.put(p.getId(), p));
        em.createQuery("select p from ChangeProject p join fetch p.owner join fetch p.organisation join p.team t "
                        + "where t = :me", ChangeProject.class).setParameter("me", me.get()).getResultList()
                .forEach(p -> mine.putIfAbsent(p.getId(), p));
        List<ChangeProject> projects = mine.values().stream().sorted(java.util.Comparator.comparing(ChangeProject::getCreatedAt)
                .thenComparing(ChangeProject::getId).reversed()).toList();
        return ProjectReads.summaries(em, projects);
    }

    @RolesAllowed({ASPIRING_LEADER, ADMIN})
    public ProjectSummary create(ProjectDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the project.");
        }
        Clinician me = caller.requireClinician("record a project");
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
                draft.aimByWhen(), draft.service(), organisation, pathway, aims, LocalDate.now(clock), Instant.now(clock));
        places.currentPlaceOf(me).ifPresent(project::belongTo);
        em.persist(project);
        em.flush();
        audit.record(AuditAction.CREATED, PROJECT, project.getId(), "Change project \"" + project.getTitle() + "\": "
                + project.getAimStatement());
        return ProjectSummary.of(project, null);
    }

    /**
     * A project started from a practice-profile indicator: the project as {@link #create}, remembering the indicator's
     * code, with {@code measure} (the indicator as its outcome measure) added in the same transaction.
     */
    @RolesAllowed({ASPIRING_LEADER, ADMIN})
    public ProjectSummary createFromProfile(ProjectDraft draft, String profileIndicatorCode, MeasureDraft measure) {
        ProjectSummary made = create(draft);
        ChangeProject project = em.find(ChangeProject.class, made.id());
        project.startedFromProfile(profileIndicatorCode);
        if (measure != null) {
            Measure m = new Measure(project, measure.name(), measure.type(), measure.unit(), measure.direction(), measure.target(),
                    measure.definition());
            em.persist(m);
        }
        em.flush();
        audit.record(AuditAction.UPDATED, PROJECT, project.getId(), "Started from practice-profile indicator "
                + project.getProfileIndicatorCode() + (measure == null ? "" : ", measured by \"" + measure.name() + "\""));
        return ProjectSummary.of(project, null);
    }

    /** The project page: measures with their SPC series, the PDSA timeline, the team. */
    public ProjectPage project(long id) {
        ChangeProject project = access.visible(id);
        Optional<Clinician> me = caller.clinician();
        List<Measure> measures = ProjectReads.measuresOf(em, project);
        List<PdsaCycle> cycles = ProjectReads.cyclesOf(em, project);
        Map<Long, List<Spc.Point>> data = ProjectReads.dataOf(em, measures);
        Map<Long, List<LocalDate>> rebases = ProjectReads.rebasesOf(em, measures);
        List<SpcView> views = new ArrayList<>();
        for (Measure m : measures) {
            views.add(ProjectReads.spc(m, data.getOrDefault(m.getId(), List.of()), rebases.getOrDefault(m.getId(), List.of()),
                    m.getBaselinePoints(), cycles));
        }
        boolean owner = me.isPresent() && project.getOwner().getId().equals(me.get().getId());
        boolean team = me.isPresent() && project.isTeamMember(me.get());
        boolean mentor = access.isMentorOf(project);
        boolean manager = caller.isIn(ADMIN) || caller.isIn(PROGRAMME_MANAGER);
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
        String referBlocker = project.referralBlockers(ProjectReads.outcomeImproved(views)).stream().findFirst().orElse(null);
        Optional<ProgrammePlaces.Place> place = places.place(project.getParticipantId());
        return new ProjectPage(ProjectReads.summary(project, views), project.getProblem(),
                project.getPathway() == null ? null : project.getPathway().getName(),
                project.getTeam().stream().map(Clinician::getDisplayName).toList(), views,
                cycles.stream().map(PdsaView::of).toList(), owner || caller.isIn(ADMIN), team,
                project.getTeam().stream().map(c -> new TeamMember(c.getId(), c.getDisplayName(), c.getOrganisation().getName()))
                        .toList(), adoptions, comments, referrals,
                place.map(ProgrammePlaces.Place::mentorName).orElse(null),
                project.getSignedOffBy(), project.getSignedOffAt(), project.getSignOffNote(), team || mentor || manager,
                mentor, owner && referBlocker == null, referBlocker, project.getParticipantId(), project.getProfileIndicatorCode());
    }

    public ProjectSummary progress(long projectId, long version, ProjectStatus status, BigDecimal score) {
        ChangeProject project = access.owned(projectId);
        Persistence.checkVersion(PROJECT, version, project.getVersion());
        project.progress(status, score);
        Persistence.flush(em, PROJECT, () -> new RuleViolationException("The project could not be saved."));
        audit.record(AuditAction.UPDATED, PROJECT, projectId, "Status " + status.label() + ", progress " + score);
        return ProjectSummary.of(project, null);
    }
}
