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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * A project's measures and their data: measures, data points (one by one or imported from a spreadsheet),
 * SPC charts with rebasing, and PDSA cycles. The owner and team add; whoever may see the project reads.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class ProjectMeasures {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private ProjectAccess access;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    public SpcView addMeasure(long projectId, MeasureDraft draft) {
        ChangeProject project = access.owned(projectId);
        if (draft == null) {
            throw new InvalidInputException("body", "Describe the measure.");
        }
        Measure measure = new Measure(project, draft.name(), draft.type(), draft.unit(), draft.direction(), draft.target(),
                draft.definition());
        em.persist(measure);
        em.flush();
        audit.record(AuditAction.CREATED, ChangeProjects.MEASURE, measure.getId(), "Measure \"" + measure.getName() + "\" for project "
                + projectId);
        return ProjectReads.spc(measure, List.of(), List.of(), null, List.of());
    }

    /** One dated value: the fast form. A date already recorded is refused (correct it instead). */
    public SpcView addPoint(long measureId, LocalDate date, Double value) {
        Measure measure = access.onTeam(measureId);
        if (date == null) {
            throw new InvalidInputException("date", "Give the date of the value.");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("date", "The date cannot be in the future.");
        }
        if (value == null || !Double.isFinite(value)) {
            throw new InvalidInputException("value", "Give the value as a number.");
        }
        if (ProjectReads.existingDates(em, measure).contains(date)) {
            throw new RuleViolationException("The measure already has a value for " + date + ".");
        }
        em.persist(new DataPoint(measure, date, value, caller.name(), Instant.now(clock)));
        measure.getProject().dataRecordedFor(date);
        Persistence.flush(em, ChangeProjects.MEASURE, () -> new RuleViolationException("The measure already has a value for " + date + "."));
        audit.record(AuditAction.CREATED, ChangeProjects.MEASURE, measureId, "Value " + value + " for " + date);
        return spc(measureId, null, null);
    }

    /**
     * Many values at once, pasted or from a CSV file: read and checked row by row. With {@code save} false,
     * or when any row is wrong, nothing is saved and the rows come back with their problems.
     */
    public ImportPreview importPoints(long measureId, String text, boolean save) {
        Measure measure = access.onTeam(measureId);
        List<ImportRow> rows = SeriesImport.read(text, ProjectReads.existingDates(em, measure));
        LocalDate today = LocalDate.now(clock);
        List<ImportRow> checked = rows.stream().map(r -> r.error() == null && r.date().isAfter(today)
                ? new ImportRow(r.line(), r.text(), r.date(), r.value(), "Row " + r.line() + ": " + r.date()
                + " is in the future.") : r).toList();
        int errors = (int) checked.stream().filter(r -> r.error() != null).count();
        if (!save || errors > 0) {
            return new ImportPreview(checked, checked.size() - errors, errors, false);
        }
        Instant now = Instant.now(clock);
        for (ImportRow r : checked) {
            em.persist(new DataPoint(measure, r.date(), r.value(), caller.name(), now));
            measure.getProject().dataRecordedFor(r.date());
        }
        Persistence.flush(em, ChangeProjects.MEASURE, () -> new RuleViolationException("Someone added values to this measure at the "
                + "same time; nothing was imported. Check the chart and try again."));
        audit.record(AuditAction.CREATED, ChangeProjects.MEASURE, measureId, checked.size() + " values imported");
        return new ImportPreview(checked, checked.size(), 0, true);
    }

    /** The calculated series; {@code rebase} and {@code fixAfter} override the measure's own for a what-if. */
    public SpcView spc(long measureId, List<LocalDate> rebase, Integer fixAfter) {
        Measure measure = Records.find(em, Measure.class, measureId, ChangeProjects.MEASURE);
        access.visible(measure.getProject());
        if (fixAfter != null && fixAfter < Spc.MIN_POINTS) {
            throw new InvalidInputException("fixAfter", "A fixed baseline needs at least " + Spc.MIN_POINTS + " points.");
        }
        List<PdsaCycle> cycles = ProjectReads.cyclesOf(em, measure.getProject());
        return ProjectReads.spc(measure, ProjectReads.dataOf(em, List.of(measure)).getOrDefault(measureId, List.of()),
                rebase != null ? rebase : ProjectReads.rebasesOf(em, List.of(measure)).getOrDefault(measureId, List.of()),
                fixAfter != null ? fixAfter : measure.getBaselinePoints(), cycles);
    }

    /** Recalculates the limits from a date, with a reason (recorded). */
    public SpcView rebase(long measureId, LocalDate from, String reason) {
        Measure measure = Records.find(em, Measure.class, measureId, ChangeProjects.MEASURE);
        access.owned(measure.getProject().getId());
        em.persist(new Rebase(measure, from, reason, caller.name(), Instant.now(clock)));
        Persistence.flush(em, ChangeProjects.MEASURE, () -> new RuleViolationException("The limits already restart on " + from + "."));
        audit.record(AuditAction.UPDATED, ChangeProjects.MEASURE, measureId, "Limits recalculated from " + from + ": " + reason);
        return spc(measureId, null, null);
    }

    public PdsaView addPdsa(long projectId, PdsaDraft draft) {
        ChangeProject project = Records.find(em, ChangeProject.class, projectId, ChangeProjects.PROJECT);
        Clinician me = caller.requireClinician("record a PDSA cycle");
        if (!project.isTeamMember(me)) {
            access.visible(project);
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
                draft.act(), draft.startDate(), draft.endDate(), measures, caller.name());
        em.persist(cycle);
        em.flush();
        audit.record(AuditAction.CREATED, ChangeProjects.PROJECT, projectId, "PDSA cycle from " + cycle.getStartDate() + ": "
                + cycle.getChange());
        return PdsaView.of(cycle);
    }
}
