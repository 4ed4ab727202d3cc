package org.clinlead.portal.advice;

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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.appointments.LeadsInPost;
import org.clinlead.portal.appointments.Programme;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.boards.AgendaItem;
import org.clinlead.portal.commissioning.QualityIndicator;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.profiles.ProfileIndicator;
import org.clinlead.portal.reconfiguration.Reconfiguration;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.UkTime;

/**
 * Requests for clinical advice: the list the caller may see, what waits for them, a new request (a commissioner, a
 * board secretary or a medical director) routed to the pathway's leads in post, one in full, and its withdrawal.
 * Answering it is {@link AdviceAnswers}.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class AdviceRequests {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private AdviceAccess access;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private LeadsInPost leads;

    @Inject
    private NoticeSender notices;

    @Inject
    private AdviceViews views;

    /**
     * The requests the caller may see; filters {@code status} (a status name, or {@code pending}), {@code pathway}
     * (code), {@code requester} (an account name, or {@code me}), {@code overdue} ({@code true}), {@code subject} and
     * {@code subjectId} (what the request is about).
     */
    public Page<AdviceSummary> search(PageRequest request) {
        LocalDate today = LocalDate.now(clock);
        Page<AdviceRequest> page = new Lists<>(em, AdviceRequest.class,
                Map.of("dueOn", r -> r.get("dueOn"), "raisedAt", r -> r.get("raisedAt"), "status", r -> r.get("status")),
                Map.of("status", (cb, r) -> v -> v.strip().equalsIgnoreCase("pending")
                                ? r.get("status").in(AdviceStatus.OPEN, AdviceStatus.ACCEPTED) : cb.equal(r.get("status"), status(v)),
                        "pathway", (cb, r) -> v -> cb.equal(r.get("pathwayCode"), v.strip()),
                        "programme", (cb, r) -> v -> cb.equal(r.get("programmeCode"), v.strip()),
                        "requester", (cb, r) -> v -> cb.equal(r.get("requestedBy"), v.strip().equalsIgnoreCase("me") ? caller.name() : v.strip()),
                        "overdue", (cb, r) -> v -> overdue(v) ? cb.and(r.get("status").in(AdviceStatus.OPEN, AdviceStatus.ACCEPTED),
                                cb.lessThan(r.get("dueOn"), today)) : cb.conjunction(),
                        "subject", (cb, r) -> v -> cb.equal(r.get("subject"), subject(v)),
                        "subjectId", (cb, r) -> v -> cb.equal(r.get("subjectId"), number(v, "subjectId"))),
                "raisedAt", false)
                .fetching(r -> {
                    r.fetch("pathway", jakarta.persistence.criteria.JoinType.LEFT);
                    r.fetch("programme", jakarta.persistence.criteria.JoinType.LEFT);
                })
                .within(access::scope)
                .page(request);
        List<AdviceRequest> items = page.items();
        if (!items.isEmpty()) {
            em.createQuery("select r from AdviceRequest r left join fetch r.responder where r.id in :ids", AdviceRequest.class)
                    .setParameter("ids", items.stream().map(AdviceRequest::getId).toList()).getResultList();
        }
        return new Page<>(items.stream().map(r -> AdviceSummary.of(r, today)).toList(), page.total());
    }

    private static AdviceStatus status(String v) {
        try {
            return AdviceStatus.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "The status is pending, OPEN, ACCEPTED, ANSWERED, CLOSED or WITHDRAWN.");
        }
    }

    private static AdviceSubject subject(String v) {
        try {
            return AdviceSubject.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("subject", "The subject is PROFILE_INDICATOR, CQUIN_INDICATOR, AGENDA_ITEM, "
                    + "RECONFIGURATION or TARGET_SERIES.");
        }
    }

    private static boolean overdue(String v) {
        if (!v.strip().equalsIgnoreCase("true") && !v.strip().equalsIgnoreCase("false")) {
            throw new InvalidInputException("overdue", "The overdue filter is true or false.");
        }
        return v.strip().equalsIgnoreCase("true");
    }

    private static long number(String v, String field) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "The " + field + " filter is a number.");
        }
    }

    /**
     * What waits for the caller, oldest due first (at most 20): requests on their pathways nobody has taken on,
     * requests they are answering, and advice given to them whose outcome they have still to record.
     */
    public List<AdviceSummary> waitingForMe() {
        LocalDate today = LocalDate.now(clock);
        List<String> pathways = access.myPathways();
        List<String> programmes = access.myProgrammes();
        java.util.Optional<Clinician> me = caller.clinician();
        String jpql = "select r from AdviceRequest r left join fetch r.pathway left join fetch r.programme "
                + "left join fetch r.responder where "
                + "(r.status = :answered and r.requestedBy = :name)"
                + (me.isPresent() ? " or (r.status = :accepted and r.responder = :me)" : "")
                + (pathways.isEmpty() ? "" : " or (r.status = :open and r.pathwayCode in :pathways)")
                + (programmes.isEmpty() ? "" : " or (r.status = :open and r.programmeCode in :programmes)")
                + " order by r.dueOn, r.id";
        // Named by which of the three kinds of work the caller has: eight shapes of the query, each prepared once.
        String shape = "AdviceRequests.waitingForMe/" + me.isPresent() + "/" + !pathways.isEmpty() + "/" + !programmes.isEmpty();
        var q = Persistence.named(em, shape, AdviceRequest.class, () -> em.createQuery(jpql, AdviceRequest.class).setMaxResults(20))
                .setParameter("answered", AdviceStatus.ANSWERED).setParameter("name", caller.name());
        if (me.isPresent()) {
            q.setParameter("accepted", AdviceStatus.ACCEPTED).setParameter("me", me.get());
        }
        if (!pathways.isEmpty()) {
            q.setParameter("open", AdviceStatus.OPEN).setParameter("pathways", pathways);
        }
        if (!programmes.isEmpty()) {
            q.setParameter("open", AdviceStatus.OPEN).setParameter("programmes", programmes);
        }
        return q.getResultList().stream().map(r -> AdviceSummary.of(r, today)).toList();
    }

    /** A new request, routed to the leads in post on its pathway. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, COMMISSIONER})
    public AdviceRequestView raise(AdviceDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "Write the question and choose the pathway to ask.");
        }
        LocalDate today = LocalDate.now(clock);
        Pathway pathway = blank(draft.pathwayCode()) ? null : em.find(Pathway.class, draft.pathwayCode().strip());
        if (!blank(draft.pathwayCode()) && pathway == null) {
            throw new InvalidInputException("pathwayCode", "There is no pathway with code \"" + draft.pathwayCode() + "\".");
        }
        Programme programme = blank(draft.programmeCode()) ? null : em.find(Programme.class, draft.programmeCode().strip());
        if (!blank(draft.programmeCode()) && programme == null) {
            throw new InvalidInputException("programmeCode", "There is no key programme with code \"" + draft.programmeCode() + "\".");
        }
        List<Organisation> organisations = organisations(draft.organisationIds());
        String label = subjectLabel(draft.subject(), draft.subjectId());
        AdviceRequest r = new AdviceRequest(new AdviceRequest.Question(draft.question(), draft.background(), pathway, programme,
                draft.aims(), organisations, draft.dueOn(), draft.urgency()), draft.subject(), draft.subjectId(), label,
                caller.name(), access.displayName(), Instant.now(clock), today);
        em.persist(r);
        em.flush();
        audit.record(AuditAction.CREATED, AdviceAccess.REQUEST, r.getId(), "Advice requested of the leads of " + r.networkName()
                + " by " + r.getRequesterName() + ", due " + UkTime.format(r.getDueOn()) + " (" + r.getUrgency().label()
                + ")" + (label == null ? "" : ", about " + r.getSubject().label().toLowerCase(Locale.ROOT) + " \"" + label + "\""));
        views.notify(access.networkAccounts(r, today), (r.getUrgency() == Urgency.URGENT ? "Urgent: " : "")
                + "clinical advice requested on " + r.networkName(), r.getRequesterName() + " asks: "
                + AdviceViews.shortened(r.getQuestion()) + " Needed by " + UkTime.format(r.getDueOn()) + ".", r, "raised");
        return views.view(r);
    }

    private static boolean blank(String code) {
        return code == null || code.isBlank();
    }

    private List<Organisation> organisations(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("organisationIds", "The organisations concerned are given by their ids (numbers).");
        }
        if (ids.size() > 20) {
            throw new InvalidInputException("organisationIds", "Name at most 20 organisations concerned.");
        }
        List<Organisation> found = em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", Set.copyOf(ids)).getResultList();
        if (found.size() != Set.copyOf(ids).size()) {
            throw new InvalidInputException("organisationIds", "One of the organisations concerned does not exist.");
        }
        return found;
    }

    private String subjectLabel(AdviceSubject subject, Long id) {
        if (subject == null) {
            if (id != null) {
                throw new InvalidInputException("subject", "Say what kind of record the request is about.");
            }
            return null;
        }
        if (id == null) {
            throw new InvalidInputException("subjectId", "Say which " + subject.label().toLowerCase(Locale.ROOT) + " the request is about.");
        }
        String missing = "There is no " + subject.label().toLowerCase(Locale.ROOT) + " with id " + id + ".";
        return switch (subject) {
            case PROFILE_INDICATOR -> {
                ProfileIndicator i = em.find(ProfileIndicator.class, id);
                if (i == null) {
                    throw new InvalidInputException("subjectId", missing);
                }
                yield i.getName() + " (" + i.getCode() + ")";
            }
            case CQUIN_INDICATOR -> {
                QualityIndicator i = em.find(QualityIndicator.class, id);
                if (i == null) {
                    throw new InvalidInputException("subjectId", missing);
                }
                yield i.getName() + " (" + i.getContract().getReference() + ")";
            }
            case AGENDA_ITEM -> {
                AgendaItem i = em.find(AgendaItem.class, id);
                if (i == null) {
                    throw new InvalidInputException("subjectId", missing);
                }
                yield (i.isConfidential() ? "A confidential item" : i.getTitle()) + " (" + i.getMeeting().getBoard().getName()
                        + ", " + UkTime.format(i.getMeeting().getStartsAt()) + ")";
            }
            case RECONFIGURATION -> {
                Reconfiguration p = em.find(Reconfiguration.class, id);
                if (p == null) {
                    throw new InvalidInputException("subjectId", missing);
                }
                yield p.getTitle() + " (" + p.getSponsor().getName() + ")";
            }
            case TARGET_SERIES -> {
                org.clinlead.portal.targets.TargetSeries t = em.find(org.clinlead.portal.targets.TargetSeries.class, id);
                if (t == null) {
                    throw new InvalidInputException("subjectId", missing);
                }
                yield t.label();
            }
        };
    }

    /** The request in full, with what the caller may do. */
    public AdviceRequestView request(long id) {
        return views.view(access.visible(id));
    }

    /** The requester no longer needs the advice. */
    public AdviceRequestView withdraw(long id, long version) {
        AdviceRequest r = access.asRequester(id, "withdraws it");
        Persistence.checkVersion(AdviceAccess.REQUEST, version, r.getVersion());
        r.withdraw();
        audit.record(AuditAction.CLOSED, AdviceAccess.REQUEST, r.getId(), "Request withdrawn by " + access.displayName());
        return views.view(r);
    }

}
