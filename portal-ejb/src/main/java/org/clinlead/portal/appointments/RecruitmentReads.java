package org.clinlead.portal.appointments;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinlead.portal.interests.Declaration;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.FieldError;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The recruitment queries and summaries shared by the boundaries of this package.
 */
@Dependent
public class RecruitmentReads {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    Map<Long, ScoreInput> checkScores(LeadApplication application, List<ScoreInput> scores) {
        List<Criterion> criteria = application.getVacancy().getCriteria();
        Map<Long, ScoreInput> byCriterion = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (ScoreInput input : scores == null ? List.<ScoreInput>of() : scores) {
            if (input == null || input.criterionId() == null
                    || criteria.stream().noneMatch(c -> c.getId().equals(input.criterionId()))) {
                errors.add(new FieldError("scores", "Each score must name one of this vacancy's criteria."));
            } else {
                byCriterion.put(input.criterionId(), input);
            }
        }
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            ScoreInput input = byCriterion.get(c.getId());
            if (input == null) {
                errors.add(new FieldError("scores[" + i + "]", "Score \"" + c.getName() + "\" from 0 to 4."));
                continue;
            }
            try {
                Score.check(input.points(), input.comment(), "scores[" + i + "]", c.getName());
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return byCriterion;
    }

    LeadSeat chooseSeat(VacancyDraft draft, LocalDate today) {
        Set<Long> recruiting = new HashSet<>(em.createQuery("select v.seat.id from Vacancy v where v.status = :open",
                Long.class).setParameter("open", VacancyStatus.OPEN).getResultList());
        if (draft.seatId() != null) {
            LeadSeat seat = em.find(LeadSeat.class, draft.seatId());
            if (seat == null) {
                throw new InvalidInputException("seatId", "There is no lead seat with id " + draft.seatId() + ".");
            }
            if (InPost.seatFilled(em, seat, today)) {
                throw new RuleViolationException("The " + seat.getLabel() + " is filled; a vacancy can be opened only "
                        + "for a vacant seat.");
            }
            if (recruiting.contains(seat.getId())) {
                throw new RuleViolationException("The " + seat.getLabel() + " is already being recruited.");
            }
            return seat;
        }
        if (draft.area() == null || draft.area().isBlank()) {
            throw new InvalidInputException("seatId", "Choose the seat (or the pathway or programme) to recruit to.");
        }
        String code = draft.area().strip().toUpperCase(Locale.ROOT);
        List<LeadSeat> seats = em.createQuery("select s from LeadSeat s left join s.pathway pw left join s.programme pg "
                + "where pw.code = :code or pg.code = :code order by s.number", LeadSeat.class)
                .setParameter("code", code).getResultList();
        if (seats.isEmpty()) {
            throw new InvalidInputException("area", "There is no pathway or programme with code " + code + ".");
        }
        return seats.stream().filter(s -> !recruiting.contains(s.getId()) && !InPost.seatFilled(em, s, today)).findFirst()
                .orElseThrow(() -> new RuleViolationException(seats.size() == 2
                        ? "Both lead seats of the " + seats.get(0).getAreaName() + " " + seats.get(0).getAreaKind()
                        + " are filled or being recruited; a " + seats.get(0).getAreaKind() + " has exactly two."
                        : "All " + seats.size() + " lead seat(s) of the " + seats.get(0).getAreaName() + " "
                        + seats.get(0).getAreaKind() + " are filled or being recruited."));
    }

    VacancySummary summary(Vacancy vacancy, LocalDate today) {
        return VacancySummary.of(vacancy, panel(vacancy),
                em.createQuery("select count(a) from LeadApplication a where a.vacancy = :v", Long.class)
                        .setParameter("v", vacancy).getSingleResult(), today);
    }

    /** Summaries for a page of vacancies with two further queries (panels, application counts), not two per row. */
    List<VacancySummary> summaries(List<Vacancy> vacancies) {
        if (vacancies.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<PanelMember>> panels = org.clinlead.portal.shared.Persistence.fetching(em.createQuery("select m from PanelMember m join fetch m.clinician "
                        + "where m.vacancy in :vs order by m.id", PanelMember.class), "m.clinician.organisation")
                .setParameter("vs", vacancies).getResultList().stream()
                .collect(Collectors.groupingBy(m -> m.getVacancy().getId()));
        Map<Long, Long> counts = em.createQuery("select a.vacancy.id, count(a) from LeadApplication a "
                        + "where a.vacancy in :vs group by a.vacancy.id", Object[].class)
                .setParameter("vs", vacancies).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return vacancies.stream().map(v -> VacancySummary.of(v, panels.getOrDefault(v.getId(), List.of()),
                counts.getOrDefault(v.getId(), 0L), today)).toList();
    }

    List<AppointmentSummary> holders(LeadSeat seat, LocalDate today) {
        return InPost.leads(em, today).stream()
                .filter(a -> a.getSeat().getAreaName().equals(seat.getAreaName()))
                .map(a -> AppointmentSummary.of(a, today)).toList();
    }

    List<PanelMember> panel(Vacancy vacancy) {
        return Persistence.named(em, "RecruitmentReads.panel", PanelMember.class, () -> Persistence.fetching(em.createQuery(
                "select m from PanelMember m join fetch m.clinician where m.vacancy = :v order by m.id", PanelMember.class),
                "m.clinician.organisation"))
                .setParameter("v", vacancy).getResultList();
    }

    boolean isOnPanel(Vacancy vacancy, Clinician clinician) {
        return em.createQuery("select count(m) from PanelMember m where m.vacancy = :v and m.clinician = :c", Long.class)
                .setParameter("v", vacancy).setParameter("c", clinician).getSingleResult() > 0;
    }

    List<LeadApplication> applicationsTo(Vacancy vacancy) {
        return Persistence.named(em, "RecruitmentReads.applicationsTo", LeadApplication.class, () -> Persistence.fetching(
                em.createQuery("select a from LeadApplication a join fetch a.candidate where a.vacancy = :v "
                        + "order by a.submittedAt, a.id", LeadApplication.class), "a.candidate.organisation"))
                .setParameter("v", vacancy).getResultList();
    }

    List<Score> scoresOf(LeadApplication application) {
        return em.createQuery("select s from Score s join fetch s.assessor join fetch s.criterion k "
                + "where s.application = :a order by k.order, s.id", Score.class)
                .setParameter("a", application).getResultList();
    }

    List<Declaration> declarationsOf(Collection<Clinician> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Declaration d join fetch d.clinician left join fetch d.organisation "
                        + "where d.clinician in :people order by d.declaredAt desc", Declaration.class)
                .setParameter("people", people).getResultList();
    }

    static VacancyStatus parseStatus(String value) {
        try {
            return VacancyStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "Status is one of OPEN, FILLED, NO_APPOINTMENT.");
        }
    }
}
