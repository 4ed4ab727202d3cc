package org.clinlead.portal.cohort;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.projects.ProjectStatus;
import org.clinlead.portal.projects.SpreadLevel;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.Records;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * After a cohort ends its alumni stay: each year the programme manager opens a follow-up round and each
 * alumnus answers (role, leadership roles, still in the region, projects sustained, further projects,
 * benefits). From those answers, the lead appointments made since and the cohort's projects comes the
 * return-on-investment report.
 */
@Stateless
public class FollowUp {

    static final String ROUND = "follow-up round";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private NoticeSender notices;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** Every follow-up round (or one cohort's), newest first, with how many alumni answered. */
    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public List<RoundView> rounds(Long cohortId) {
        jakarta.persistence.TypedQuery<FollowUpRound> query = em.createQuery("select r from FollowUpRound r join fetch r.cohort c"
                + (cohortId == null ? "" : " where c.id = :c") + " order by r.year desc, c.name", FollowUpRound.class);
        if (cohortId != null) {
            query.setParameter("c", cohortId);
        }
        return views(query.getResultList());
    }

    /** Opens this year's round for a cohort that has ended and tells its alumni. */
    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public RoundView openRound(long cohortId) {
        Cohort cohort = Records.find(em, Cohort.class, cohortId, Cohorts.COHORT);
        FollowUpRound round = new FollowUpRound(cohort, LocalDate.now(clock), caller.name());
        em.persist(round);
        Persistence.flush(em, ROUND, () -> new RuleViolationException("The " + round.getYear() + " follow-up of "
                + cohort.getName() + " is already open."));
        audit.record(AuditAction.CREATED, ROUND, round.getId(), cohort.getName() + " follow-up " + round.getYear());
        List<String> alumni = em.createQuery("select a.username from UserAccount a, Participant p where a.clinician = p.clinician "
                + "and p.cohort = :c and p.status <> :w", String.class).setParameter("c", cohort)
                .setParameter("w", ParticipantStatus.WITHDRAWN).getResultList();
        notices.send(alumni, cohort.getName() + ": follow-up " + round.getYear(), "Tell the programme where you are now "
                + "and how your projects are doing, by " + round.getClosesOn() + ". It takes five minutes.",
                Link.to(Link.Kind.FOLLOW_UP_ROUND, round.getId()), "follow-up-" + round.getId());
        return views(List.of(round)).get(0);
    }

    /** The open rounds the caller is asked to answer, with their answer so far. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public List<FollowUpTask> myFollowUps() {
        Optional<Clinician> me = caller.clinician();
        if (me.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("select r, p from FollowUpRound r join fetch r.cohort, Participant p "
                + "where p.cohort = r.cohort and p.clinician = :me and p.status <> :w and r.closesOn >= :today "
                + "order by r.closesOn", Object[].class).setParameter("me", me.get())
                .setParameter("w", ParticipantStatus.WITHDRAWN).setParameter("today", LocalDate.now(clock)).getResultList();
        // The rounds' figures in one go (they were worked out round by round).
        List<RoundView> views = views(rows.stream().map(r -> (FollowUpRound) r[0]).toList());
        List<FollowUpTask> tasks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FollowUpRound round = (FollowUpRound) rows.get(i)[0];
            Participant participant = (Participant) rows.get(i)[1];
            ResponseView answer = responseOf(round, participant).map(ResponseView::of).orElse(null);
            tasks.add(new FollowUpTask(views.get(i), participant.getId(), answer));
        }
        return tasks;
    }

    /** The caller's answer to a round (a second answer replaces the first while the round is open). */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
            COMMISSIONER, PROVIDER})
    public ResponseView respond(long roundId, ResponseDraft draft) {
        FollowUpRound round = Records.find(em, FollowUpRound.class, roundId, ROUND);
        Clinician me = caller.requireClinician("answer a follow-up");
        List<Participant> places = em.createQuery("select p from Participant p where p.cohort = :c and p.clinician = :me",
                Participant.class).setParameter("c", round.getCohort()).setParameter("me", me).getResultList();
        if (places.isEmpty()) {
            throw new RecordNotFoundException(ROUND, roundId);
        }
        if (draft == null) {
            throw new InvalidInputException("body", "Fill in the follow-up.");
        }
        Participant participant = places.get(0);
        FollowUpResponse response = responseOf(round, participant).orElseGet(() -> new FollowUpResponse(round, participant));
        response.answer(draft.presentRole(), draft.leadershipRoles(), draft.inRegion(), draft.projectsSustained(),
                draft.furtherProjects(), draft.patientsAffected(), draft.hoursSaved(), draft.moneySaved(), LocalDate.now(clock), Instant.now(clock));
        if (response.getId() == null) {
            em.persist(response);
        }
        Persistence.flush(em, ROUND, () -> new RuleViolationException("You have already answered this follow-up; "
                + "reload the page to change your answer."));
        audit.record(AuditAction.UPDATED, ROUND, roundId, "Answered by " + me.getDisplayName());
        return ResponseView.of(response);
    }

    /** Every answer to a round, for the programme manager. */
    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public List<ResponseView> responses(long roundId) {
        return em.createQuery("select r from FollowUpResponse r join fetch r.round join fetch r.participant p "
                + "join fetch p.clinician cl where r.round.id = :id order by cl.familyName, cl.givenName", FollowUpResponse.class)
                .setParameter("id", roundId).getResultList().stream().map(ResponseView::of).toList();
    }

    /** A cohort's return on investment over the years it has been followed up. */
    @RolesAllowed({ADMIN, PROGRAMME_MANAGER})
    public RoiReport roi(long cohortId) {
        Cohort cohort = Records.find(em, Cohort.class, cohortId, Cohorts.COHORT);
        Map<ParticipantStatus, Long> byStatus = new HashMap<>();
        for (Object[] r : em.createQuery("select p.status, count(p) from Participant p where p.cohort = :c group by p.status",
                Object[].class).setParameter("c", cohort).getResultList()) {
            byStatus.put((ParticipantStatus) r[0], (Long) r[1]);
        }
        long taken = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long withdrawn = byStatus.getOrDefault(ParticipantStatus.WITHDRAWN, 0L);
        long alumni = taken - withdrawn;
        Set<Long> appointed = new HashSet<>(em.createQuery("select distinct p.id from Participant p, Appointment ap "
                + "where ap.clinician = p.clinician and p.cohort = :c and ap.termStart >= :start", Long.class)
                .setParameter("c", cohort).setParameter("start", cohort.getStartsOn()).getResultList());
        Map<Long, List<Roi.Answer>> answers = new LinkedHashMap<>();
        Map<Long, Integer> years = new LinkedHashMap<>();
        for (FollowUpRound round : em.createQuery("select r from FollowUpRound r where r.cohort = :c order by r.year",
                FollowUpRound.class).setParameter("c", cohort).getResultList()) {
            answers.put(round.getId(), new ArrayList<>());
            years.put(round.getId(), round.getYear());
        }
        for (FollowUpResponse r : em.createQuery("select r from FollowUpResponse r join fetch r.participant "
                + "where r.round.cohort = :c", FollowUpResponse.class).setParameter("c", cohort).getResultList()) {
            answers.get(r.getRound().getId()).add(r.toAnswer());
        }
        List<Roi.Year> rows = new ArrayList<>();
        answers.forEach((roundId, list) -> rows.add(Roi.year(years.get(roundId), (int) alumni, list, appointed)));
        long patients = rows.stream().mapToLong(Roi.Year::patientsAffected).sum();
        long hours = rows.stream().mapToLong(Roi.Year::hoursSaved).sum();
        BigDecimal money = rows.stream().map(Roi.Year::moneySaved).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal invested = Roi.invested(taken, cohort.getFundingPerPlace());
        long projects = 0;
        long sustaining = 0;
        long spread = 0;
        for (Object[] r : em.createQuery("select p.status, p.spread, count(p) from ChangeProject p "
                + "where p.participantId in (select pt.id from Participant pt where pt.cohort = :c) group by p.status, p.spread", Object[].class).setParameter("c", cohort)
                .getResultList()) {
            long n = (Long) r[2];
            projects += n;
            if (((ProjectStatus) r[0]).compareTo(ProjectStatus.SUSTAINING) >= 0) {
                sustaining += n;
            }
            if (r[1] == SpreadLevel.ACROSS_ORGANISATIONS) {
                spread += n;
            }
        }
        return new RoiReport(cohort.getId(), cohort.getName(), cohort.getStartsOn(), cohort.getEndsOn(),
                cohort.getFundedPlaces(), taken, byStatus.getOrDefault(ParticipantStatus.COMPLETED, 0L), withdrawn,
                cohort.getFundingPerPlace(), invested, rows, patients, hours, money, Roi.returnPerPound(money, invested),
                projects, sustaining, spread, appointed.size());
    }

    private Optional<FollowUpResponse> responseOf(FollowUpRound round, Participant participant) {
        return em.createQuery("select r from FollowUpResponse r where r.round = :r and r.participant = :p",
                FollowUpResponse.class).setParameter("r", round).setParameter("p", participant).getResultList().stream()
                .findFirst();
    }

    private List<RoundView> views(List<FollowUpRound> rounds) {
        if (rounds.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> answered = new HashMap<>();
        for (Object[] r : em.createQuery("select r.round.id, count(r) from FollowUpResponse r where r.round.id in :rs "
                + "group by r.round.id", Object[].class).setParameter("rs", rounds.stream().map(FollowUpRound::getId).toList()).getResultList()) {
            answered.put((Long) r[0], (Long) r[1]);
        }
        // The alumni of these rounds' cohorts only, counted in the (cohort, status) index: every cohort's participants
        // were counted from their rows (at national scale 6,000 rows read for a home page's one follow-up round, a
        // fifth of the commissioner's home page under load).
        Map<Long, Long> alumni = new HashMap<>();
        for (Object[] r : em.createQuery("select p.cohort.id, count(p.status) from Participant p where p.cohort.id in :cs "
                + "and p.status <> :w group by p.cohort.id", Object[].class)
                .setParameter("cs", rounds.stream().map(r -> r.getCohort().getId()).distinct().toList())
                .setParameter("w", ParticipantStatus.WITHDRAWN).getResultList()) {
            alumni.put((Long) r[0], (Long) r[1]);
        }
        LocalDate today = LocalDate.now(clock);
        return rounds.stream().map(r -> new RoundView(r.getId(), r.getCohort().getId(), r.getCohort().getName(), r.getYear(),
                r.getOpenedOn(), r.getClosesOn(), r.isOpen(today), alumni.getOrDefault(r.getCohort().getId(), 0L),
                answered.getOrDefault(r.getId(), 0L))).toList();
    }
}
