package org.clinlead.portal.appointments;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.MEDICAL_DIRECTOR;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.interests.DeclarationRound;
import org.clinlead.portal.interests.DeclarationSummary;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Callers;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The application file as the caller may see it, and who may see it: the candidate, the panel, medical
 * directors and administrators (to anyone else the application does not exist). Conflicts between the panel
 * and the candidate come from the register of interests.
 */
@Dependent
public class ApplicationFiles {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private RecruitmentReads reads;

    ApplicationFile file(LeadApplication application) {
        Vacancy vacancy = application.getVacancy();
        LocalDate today = LocalDate.now(clock);
        Optional<Clinician> me = caller.clinician();
        boolean candidate = me.isPresent() && me.get().getId().equals(application.getCandidate().getId());
        boolean restricted = candidate; // even a medical director sees their own application as a candidate does
        VacancySummary vacancySummary = reads.summary(vacancy, today);
        if (restricted) {
            return new ApplicationFile(ApplicationSummary.of(application, em), vacancySummary, List.of(), List.of(), List.of(),
                    false, List.of(), List.of(), true, false, false, false, false, List.of());
        }
        List<PanelMember> panel = reads.panel(vacancy);
        List<Score> scores = reads.scoresOf(application);
        List<Declaration> candidateDeclarations = reads.declarationsOf(List.of(application.getCandidate()));
        boolean current = DeclarationRound.hasDeclared(candidateDeclarations, today.getYear());
        List<ConflictView> conflicts = conflicts(application, panel, me);
        List<String> mine = me.isEmpty() ? List.of() : conflicts.stream()
                .filter(c -> c.clinicianId() == me.get().getId() && !c.isManaged()).map(ConflictView::conflict).toList();
        boolean onPanel = me.isPresent() && panel.stream().anyMatch(m -> m.getClinician().getId().equals(me.get().getId()));
        boolean chair = PanelMember.chairedBy(panel, me.orElse(null));
        boolean md = caller.isIn(MEDICAL_DIRECTOR) && !candidate;
        List<String> blockers = application.getStatus() == ApplicationStatus.RECOMMENDED
                ? Approval.blockers(application, panel, scores, current, InPost.seatFilled(em, vacancy.getSeat(), today),
                InPost.count(em, today), em.find(LeadCap.class, LeadCap.ID),
                conflicts.stream().filter(c -> !c.isManaged()).map(ConflictView::conflict).toList())
                : List.of();
        boolean submitted = application.getStatus() == ApplicationStatus.SUBMITTED;
        return new ApplicationFile(ApplicationSummary.of(application, em), vacancySummary, reads.holders(vacancy.getSeat(), today),
                scores.stream().map(ScoreView::of).toList(),
                candidateDeclarations.stream().map(DeclarationSummary::of).toList(), current, conflicts, blockers, false,
                onPanel && !candidate && submitted && mine.isEmpty(),
                chair && !candidate && submitted && mine.isEmpty()
                        && Approval.missingScores(application, panel, scores).isEmpty(),
                chair && !candidate && submitted,
                md && application.getStatus() == ApplicationStatus.RECOMMENDED, mine);
    }

    /**
     * Conflict flags for everyone who acts on the application: each panel member, the medical director who
     * decided it, and the calling medical director — each with its statement when one was made.
     */
    List<ConflictView> conflicts(LeadApplication application, List<PanelMember> panel, Optional<Clinician> me) {
        Map<Long, String> capacity = new LinkedHashMap<>();
        Map<Long, Clinician> people = new LinkedHashMap<>();
        for (PanelMember m : panel) {
            capacity.put(m.getClinician().getId(), m.isChair() ? "Panel chair" : "Panel member");
            people.put(m.getClinician().getId(), m.getClinician());
        }
        if (application.getDecidedBy() != null) {
            Callers.clinician(em, application.getDecidedBy()).ifPresent(c -> {
                capacity.merge(c.getId(), "Approver", (a, b) -> a + " and approver");
                people.put(c.getId(), c);
            });
        } else if (me.isPresent() && caller.isIn(MEDICAL_DIRECTOR)) {
            capacity.merge(me.get().getId(), "Approver", (a, b) -> a + " and approver");
            people.put(me.get().getId(), me.get());
        }
        List<ConflictStatement> statements = em.createQuery("select s from ConflictStatement s join fetch s.clinician "
                + "where s.application = :a order by s.statedAt", ConflictStatement.class)
                .setParameter("a", application).getResultList();
        List<ConflictView> views = new ArrayList<>();
        for (ConflictStatement s : statements) {
            views.add(new ConflictView(s.getClinician().getId(), s.getClinician().getDisplayName(),
                    capacity.getOrDefault(s.getClinician().getId(), "Formerly involved"), s.getConflict(), s.getStatement(),
                    s.getStatedAt()));
        }
        LocalDate today = LocalDate.now(clock);
        List<Declaration> declarations = reads.declarationsOf(people.values());
        for (Clinician person : people.values()) {
            for (String flag : Conflicts.between(person, declarations, application.getCandidate(), today)) {
                boolean stated = statements.stream().anyMatch(s -> s.getClinician().getId().equals(person.getId())
                        && s.getConflict().equals(flag));
                if (!stated) {
                    views.add(new ConflictView(person.getId(), person.getDisplayName(), capacity.get(person.getId()), flag,
                            null, null));
                }
            }
        }
        return views;
    }

    List<String> blockers(LeadApplication application, Clinician approver, LeadCap cap, LocalDate today) {
        Vacancy vacancy = application.getVacancy();
        List<PanelMember> panel = reads.panel(vacancy);
        List<String> unmanaged = conflicts(application, panel, Optional.of(approver)).stream()
                .filter(c -> !c.isManaged()).map(c -> c.name() + " (" + c.capacity().toLowerCase(Locale.ROOT) + "): "
                        + c.conflict()).toList();
        return Approval.blockers(application, panel, reads.scoresOf(application),
                DeclarationRound.hasDeclared(reads.declarationsOf(List.of(application.getCandidate())), today.getYear()),
                InPost.seatFilled(em, vacancy.getSeat(), today), InPost.count(em, today), cap, unmanaged);
    }

    /** The caller's conflicts on the application that have no statement yet. */
    List<String> unmanaged(LeadApplication application, Clinician me) {
        Set<String> stated = em.createQuery("select s.conflict from ConflictStatement s where s.application = :a "
                        + "and s.clinician = :me", String.class).setParameter("a", application).setParameter("me", me)
                .getResultStream().collect(Collectors.toSet());
        return Conflicts.between(me, reads.declarationsOf(List.of(me)), application.getCandidate(), LocalDate.now(clock)).stream()
                .filter(flag -> !stated.contains(flag)).toList();
    }

    void requireManaged(LeadApplication application, Clinician me) {
        List<String> open = unmanaged(application, me);
        if (!open.isEmpty()) {
            throw new RuleViolationException("You have a conflict with this candidate: " + String.join("; ", open)
                    + ". State how it is managed before you act on this application.");
        }
    }

    /** Medical directors and administrators oversee every recruitment. */
    boolean overseer() {
        return caller.isIn(MEDICAL_DIRECTOR) || caller.isIn(ADMIN);
    }

    /** The application if the caller may see it — overseers, the vacancy's panel, the candidate — else "not found". */
    LeadApplication visible(LeadApplication application) {
        if (overseer()) {
            return application;
        }
        Optional<Clinician> me = caller.clinician();
        if (me.isPresent() && (me.get().getId().equals(application.getCandidate().getId())
                || reads.isOnPanel(application.getVacancy(), me.get()))) {
            return application;
        }
        throw new RecordNotFoundException(Vacancies.APPLICATION, application.getId());
    }
}
