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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.appointments.LeadsInPost;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.boards.AgendaItem;
import org.clinlead.portal.commissioning.QualityIndicator;
import org.clinlead.portal.notices.Link;
import org.clinlead.portal.notices.NoticeSender;
import org.clinlead.portal.organisations.Organisation;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.profiles.ProfileIndicator;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.ContentStore;
import org.clinlead.portal.shared.EvidenceContent;
import org.clinlead.portal.shared.EvidenceFile;
import org.clinlead.portal.shared.EvidenceUpload;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Lists;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.UkTime;

/**
 * Requests for clinical advice, from the question to what happened: raised by a commissioner, a board secretary or a
 * medical director and routed to the pathway's leads in post; accepted by one of them or assigned to a lead; a
 * responder's declared interest in an organisation concerned stated before answering; the advice with its evidence;
 * the requester's outcome. Each step is audited and tells the other side.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class AdviceRequests {

    static final String EVIDENCE = "advice evidence";

    /** Where evidence files are kept by content (shared with the CQUIN returns' evidence). */
    private static final String EVIDENCE_FOLDER = "evidence";

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
    private ContentStore store;

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
                        "pathway", (cb, r) -> v -> cb.equal(r.get("pathway").get("code"), v.strip()),
                        "requester", (cb, r) -> v -> cb.equal(r.get("requestedBy"), v.strip().equalsIgnoreCase("me") ? caller.name() : v.strip()),
                        "overdue", (cb, r) -> v -> overdue(v) ? cb.and(r.get("status").in(AdviceStatus.OPEN, AdviceStatus.ACCEPTED),
                                cb.lessThan(r.get("dueOn"), today)) : cb.conjunction(),
                        "subject", (cb, r) -> v -> cb.equal(r.get("subject"), subject(v)),
                        "subjectId", (cb, r) -> v -> cb.equal(r.get("subjectId"), number(v, "subjectId"))),
                "raisedAt", false)
                .fetching(r -> r.fetch("pathway"))
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
            throw new InvalidInputException("subject", "The subject is PROFILE_INDICATOR, CQUIN_INDICATOR, AGENDA_ITEM or "
                    + "RECONFIGURATION.");
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
        java.util.Optional<Clinician> me = caller.clinician();
        String jpql = "select r from AdviceRequest r join fetch r.pathway left join fetch r.responder where "
                + "(r.status = :answered and r.requestedBy = :name)"
                + (me.isPresent() ? " or (r.status = :accepted and r.responder = :me)" : "")
                + (pathways.isEmpty() ? "" : " or (r.status = :open and r.pathway.code in :pathways)")
                + " order by r.dueOn, r.id";
        var q = em.createQuery(jpql, AdviceRequest.class).setParameter("answered", AdviceStatus.ANSWERED)
                .setParameter("name", caller.name());
        if (me.isPresent()) {
            q.setParameter("accepted", AdviceStatus.ACCEPTED).setParameter("me", me.get());
        }
        if (!pathways.isEmpty()) {
            q.setParameter("open", AdviceStatus.OPEN).setParameter("pathways", pathways);
        }
        return q.setMaxResults(20).getResultList().stream().map(r -> AdviceSummary.of(r, today)).toList();
    }

    /** A new request, routed to the leads in post on its pathway. */
    @RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, COMMISSIONER})
    public AdviceRequestView raise(AdviceDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("body", "Write the question and choose the pathway to ask.");
        }
        LocalDate today = LocalDate.now(clock);
        Pathway pathway = draft.pathwayCode() == null ? null : em.find(Pathway.class, draft.pathwayCode().strip());
        if (draft.pathwayCode() != null && pathway == null) {
            throw new InvalidInputException("pathwayCode", "There is no pathway with code \"" + draft.pathwayCode() + "\".");
        }
        List<Organisation> organisations = organisations(draft.organisationIds());
        String label = subjectLabel(draft.subject(), draft.subjectId());
        AdviceRequest r = new AdviceRequest(new AdviceRequest.Question(draft.question(), draft.background(), pathway,
                draft.aims(), organisations, draft.dueOn(), draft.urgency()), draft.subject(), draft.subjectId(), label,
                caller.name(), access.displayName(), Instant.now(clock), today);
        em.persist(r);
        em.flush();
        audit.record(AuditAction.CREATED, AdviceAccess.REQUEST, r.getId(), "Advice requested of the " + pathway.getName()
                + " leads by " + r.getRequesterName() + ", due " + UkTime.format(r.getDueOn()) + " (" + r.getUrgency().label()
                + ")" + (label == null ? "" : ", about " + r.getSubject().label().toLowerCase(Locale.ROOT) + " \"" + label + "\""));
        notify(leads.accountsOn(pathway.getCode(), today), (r.getUrgency() == Urgency.URGENT ? "Urgent: " : "")
                + "clinical advice requested on the " + pathway.getName() + " pathway", r.getRequesterName() + " asks: "
                + shortened(r.getQuestion()) + " Needed by " + UkTime.format(r.getDueOn()) + ".", r, "raised");
        return view(r);
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
            case RECONFIGURATION -> throw new InvalidInputException("subject", "Reconfiguration proposals are not in the "
                    + "portal yet: describe the proposal in the background instead.");
        };
    }

    /** The request in full, with what the caller may do. */
    public AdviceRequestView request(long id) {
        return view(access.visible(id));
    }

    /** A lead of the pathway takes the request on. */
    public AdviceRequestView accept(long id, long version) {
        AdviceRequest r = access.visible(id);
        Persistence.checkVersion(AdviceAccess.REQUEST, version, r.getVersion());
        Clinician me = caller.requireClinician("accept a request for advice");
        if (!access.leadsItsPathway(r)) {
            throw new AccessRefusedException("Requests on the " + r.getPathway().getName()
                    + " pathway are accepted by its senior clinical leads in post.");
        }
        r.accept(me, Instant.now(clock));
        audit.record(AuditAction.UPDATED, AdviceAccess.REQUEST, r.getId(), me.getDisplayName() + " accepted the request");
        notify(List.of(r.getRequestedBy()), "Your request for clinical advice was accepted", me.getDisplayName()
                + " is answering your request: " + shortened(r.getQuestion()), r, "accepted:" + me.getId());
        return view(r);
    }

    /** Gives the request to a lead in post (a member of the Clinical Advisory Group): a lead of the pathway or an administrator. */
    public AdviceRequestView assign(long id, Long clinicianId, long version) {
        AdviceRequest r = access.visible(id);
        Persistence.checkVersion(AdviceAccess.REQUEST, version, r.getVersion());
        if (!access.leadsItsPathway(r) && !caller.isIn(ADMIN) && !access.isResponder(r)) {
            throw new AccessRefusedException("Requests on the " + r.getPathway().getName()
                    + " pathway are assigned by its senior clinical leads or an administrator.");
        }
        LocalDate today = LocalDate.now(clock);
        Clinician to = clinicianId == null ? null : em.find(Clinician.class, clinicianId);
        if (to == null || !leads.isInPost(to, today)) {
            throw new InvalidInputException("clinicianId", "Choose a senior clinical lead in post (a member of the Clinical "
                    + "Advisory Group).");
        }
        r.assign(to, Instant.now(clock));
        audit.record(AuditAction.UPDATED, AdviceAccess.REQUEST, r.getId(), "Request assigned to " + to.getDisplayName()
                + " by " + access.displayName());
        notify(leads.accountsOf(to), "A request for clinical advice was given to you", access.displayName() + " asked you "
                + "to answer: " + shortened(r.getQuestion()) + " Needed by " + UkTime.format(r.getDueOn()) + ".", r,
                "assigned:" + to.getId() + ":" + r.getVersion());
        return view(r);
    }

    /** The responder's statement of how their declared interest in an organisation concerned is managed. */
    public AdviceRequestView stateInterest(long id, String handling, long version) {
        AdviceRequest r = access.asResponder(id, "states a declared interest on it");
        Persistence.checkVersion(AdviceAccess.REQUEST, version, r.getVersion());
        Clinician me = r.getResponder();
        r.stateInterest(access.interestsIn(r, me), handling);
        audit.record(AuditAction.UPDATED, AdviceAccess.REQUEST, r.getId(), me.getDisplayName() + " declared an interest ("
                + r.getDeclaredInterest() + ") managed by: " + r.getInterestHandling());
        return view(r);
    }

    /** The advice. */
    public AdviceRequestView respond(long id, String advice, String recommendation, long version) {
        AdviceRequest r = access.asResponder(id, "answers it");
        Persistence.checkVersion(AdviceAccess.REQUEST, version, r.getVersion());
        Clinician me = r.getResponder();
        r.answer(advice, recommendation, access.interestsIn(r, me), Instant.now(clock));
        audit.record(AuditAction.UPDATED, AdviceAccess.REQUEST, r.getId(), me.getDisplayName() + " gave the advice"
                + (r.getDeclaredInterest() == null ? "" : " (declared interest managed: " + r.getInterestHandling() + ")"));
        notify(List.of(r.getRequestedBy()), "Clinical advice given: " + r.getPathway().getName(), me.getDisplayName()
                + " has answered your request. Record whether the advice was followed.", r, "answered");
        return view(r);
    }

    /** A file of evidence for the advice, while it is being written (the responder). */
    public AdviceRequestView.Evidence addEvidence(long id, EvidenceUpload upload) {
        AdviceRequest r = access.asResponder(id, "adds evidence to the advice");
        EvidenceFile.Checked file = EvidenceFile.check(upload);
        String sha = store.store(EVIDENCE_FOLDER, file.kind(), file.content());
        AdviceEvidence e = new AdviceEvidence(r, file.fileName(), file.kind(), file.content().length, sha,
                access.displayName(), Instant.now(clock));
        em.persist(e);
        em.flush();
        audit.record(AuditAction.CREATED, EVIDENCE, e.getId(), "Evidence " + file.fileName() + " (" + file.kind() + ", "
                + file.content().length + " bytes, sha-256 " + sha + ") for advice request " + r.getId());
        return evidence(e);
    }

    /** An evidence file's content, for whoever may see the request. */
    public EvidenceContent evidence(long id, long evidenceId) {
        AdviceRequest r = access.visible(id);
        AdviceEvidence e = em.find(AdviceEvidence.class, evidenceId);
        if (e == null || !e.getRequest().getId().equals(r.getId())) {
            throw new RecordNotFoundException(EVIDENCE, evidenceId);
        }
        return new EvidenceContent(store.file(EVIDENCE_FOLDER, e.getKind(), e.getSha256()), e.getFileName(),
                EvidenceFile.mediaType(e.getKind()), e.getSizeBytes());
    }

    /** The requester's record of what happened. */
    public AdviceRequestView recordOutcome(long id, AdviceOutcome outcome, String reason, long version) {
        AdviceRequest r = access.asRequester(id, "records what happened");
        Persistence.checkVersion(AdviceAccess.REQUEST, version, r.getVersion());
        r.recordOutcome(outcome, reason, Instant.now(clock));
        audit.record(AuditAction.UPDATED, AdviceAccess.REQUEST, r.getId(), "Advice " + outcome.label().toLowerCase(Locale.ROOT)
                + (r.getOutcomeReason() == null ? "" : ": " + r.getOutcomeReason()));
        if (r.getResponder() != null) {
            notify(leads.accountsOf(r.getResponder()), "Your advice was " + outcome.label().toLowerCase(Locale.ROOT),
                    r.getRequesterName() + " recorded that your advice was " + outcome.label().toLowerCase(Locale.ROOT) + ".",
                    r, "outcome");
        }
        return view(r);
    }

    /** The requester no longer needs the advice. */
    public AdviceRequestView withdraw(long id, long version) {
        AdviceRequest r = access.asRequester(id, "withdraws it");
        Persistence.checkVersion(AdviceAccess.REQUEST, version, r.getVersion());
        r.withdraw();
        audit.record(AuditAction.CLOSED, AdviceAccess.REQUEST, r.getId(), "Request withdrawn by " + access.displayName());
        return view(r);
    }

    private void notify(List<String> recipients, String subject, String body, AdviceRequest r, String key) {
        List<String> others = recipients.stream().filter(u -> !u.equals(caller.name())).toList();
        notices.send(others, subject, body, Link.to(Link.Kind.ADVICE_REQUEST, r.getId()), "advice:" + r.getId() + ":" + key);
    }

    static String shortened(String text) {
        return text.length() > 160 ? text.substring(0, 159) + "…" : text;
    }

    private AdviceRequestView view(AdviceRequest r) {
        LocalDate today = LocalDate.now(clock);
        boolean requester = access.isRequester(r) || caller.isIn(ADMIN);
        boolean responder = access.isResponder(r);
        boolean lead = access.leadsItsPathway(r);
        List<String> mine = responder || lead && r.getStatus() == AdviceStatus.OPEN
                ? caller.clinician().map(c -> access.interestsIn(r, c)).orElse(List.of()) : List.of();
        boolean accepted = r.getStatus() == AdviceStatus.ACCEPTED;
        AdviceRequestView.Allowed can = new AdviceRequestView.Allowed(lead && r.getStatus() == AdviceStatus.OPEN,
                (lead || caller.isIn(ADMIN) || responder) && r.getStatus().isPending(),
                responder && accepted && !mine.isEmpty() && r.getInterestHandling() == null,
                responder && accepted && (mine.isEmpty() || r.getInterestHandling() != null),
                requester && r.getStatus() == AdviceStatus.ANSWERED, requester && r.getStatus().isPending());
        List<AdviceRequestView.Responder> responders = new ArrayList<>();
        if (can.assign()) {
            Set<Long> onPathway = Set.copyOf(leads.on(r.getPathway().getCode(), today).stream().map(Clinician::getId).toList());
            leads.all(today).forEach(c -> responders.add(new AdviceRequestView.Responder(c.getId(), c.getDisplayName(),
                    onPathway.contains(c.getId()))));
            responders.sort((a, b) -> Boolean.compare(b.onPathway(), a.onPathway()));
        }
        List<AdviceRequestView.Evidence> evidence = em.createQuery("select e from AdviceEvidence e where e.request = :r "
                + "order by e.uploadedAt, e.id", AdviceEvidence.class).setParameter("r", r).getResultList().stream()
                .map(AdviceRequests::evidence).toList();
        return new AdviceRequestView(AdviceSummary.of(r, today), r.getBackground(), List.copyOf(r.getAims()),
                r.getOrganisations().stream().map(o -> new AdviceRequestView.Organisation(o.getId(), o.getNationalCode(), o.getName()))
                        .toList(), r.getAcceptedAt(), r.getDeclaredInterest(), r.getInterestHandling(), r.getAdvice(),
                r.getRecommendation(), r.getAnsweredAt(), r.getOutcome() == null ? null : r.getOutcome().label(),
                r.getOutcomeReason(), r.getOutcomeAt(), evidence, mine, responders, can, subjectKey(r));
    }

    private String subjectKey(AdviceRequest r) {
        if (r.getSubject() == null) {
            return null;
        }
        return switch (r.getSubject()) {
            case PROFILE_INDICATOR -> {
                ProfileIndicator i = em.find(ProfileIndicator.class, r.getSubjectId());
                yield i == null ? null : i.getCode();
            }
            case CQUIN_INDICATOR -> {
                QualityIndicator i = em.find(QualityIndicator.class, r.getSubjectId());
                yield i == null ? null : String.valueOf(i.getContract().getId());
            }
            case AGENDA_ITEM -> {
                AgendaItem i = em.find(AgendaItem.class, r.getSubjectId());
                yield i == null ? null : String.valueOf(i.getMeeting().getId());
            }
            case RECONFIGURATION -> null;
        };
    }

    private static AdviceRequestView.Evidence evidence(AdviceEvidence e) {
        return new AdviceRequestView.Evidence(e.getId(), e.getFileName(), e.getKind(), e.getSizeBytes(), e.getUploadedBy(),
                e.getUploadedAt());
    }
}
