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
import java.util.List;
import java.util.Locale;
import org.clinlead.portal.appointments.LeadsInPost;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Caller;
import org.clinlead.portal.people.Clinician;
import org.clinlead.portal.shared.AccessRefusedException;
import org.clinlead.portal.shared.ContentStore;
import org.clinlead.portal.shared.EvidenceContent;
import org.clinlead.portal.shared.EvidenceFile;
import org.clinlead.portal.shared.EvidenceUpload;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.UkTime;

/**
 * Answering a request for clinical advice: a lead of its pathway takes it on or gives it to another lead in post; the
 * responder states how a declared interest in an organisation concerned is managed, attaches evidence and gives the
 * advice; the requester records what happened. Each step checks the version it was shown, is audited and tells the
 * other side.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class AdviceAnswers {

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
    private AdviceViews views;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private LeadsInPost leads;

    @Inject
    private ContentStore store;

    /** A lead of the pathway takes the request on. */
    public AdviceRequestView accept(long id, long version) {
        AdviceRequest r = access.visible(id);
        Persistence.checkVersion(AdviceAccess.REQUEST, version, r.getVersion());
        Clinician me = caller.requireClinician("accept a request for advice");
        if (!access.leadsItsNetwork(r)) {
            throw new AccessRefusedException("Requests to " + r.networkName() + " are accepted by its senior clinical leads in post.");
        }
        r.accept(me, Instant.now(clock));
        audit.record(AuditAction.UPDATED, AdviceAccess.REQUEST, r.getId(), me.getDisplayName() + " accepted the request");
        views.notify(List.of(r.getRequestedBy()), "Your request for clinical advice was accepted", me.getDisplayName()
                + " is answering your request: " + AdviceViews.shortened(r.getQuestion()), r, "accepted:" + me.getId());
        return views.view(r);
    }


    /** Gives the request to a lead in post (a member of the Clinical Advisory Group): a lead of the pathway or an administrator. */
    public AdviceRequestView assign(long id, Long clinicianId, long version) {
        AdviceRequest r = access.visible(id);
        Persistence.checkVersion(AdviceAccess.REQUEST, version, r.getVersion());
        if (!access.leadsItsNetwork(r) && !caller.isIn(ADMIN) && !access.isResponder(r)) {
            throw new AccessRefusedException("Requests to " + r.networkName() + " are assigned by its senior clinical leads or an "
                    + "administrator.");
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
        views.notify(leads.accountsOf(to), "A request for clinical advice was given to you", access.displayName() + " asked you "
                + "to answer: " + AdviceViews.shortened(r.getQuestion()) + " Needed by " + UkTime.format(r.getDueOn()) + ".", r,
                "assigned:" + to.getId() + ":" + r.getVersion());
        return views.view(r);
    }


    /** The responder's statement of how their declared interest in an organisation concerned is managed. */
    public AdviceRequestView stateInterest(long id, String handling, long version) {
        AdviceRequest r = access.asResponder(id, "states a declared interest on it");
        Persistence.checkVersion(AdviceAccess.REQUEST, version, r.getVersion());
        Clinician me = r.getResponder();
        r.stateInterest(access.interestsIn(r, me), handling);
        audit.record(AuditAction.UPDATED, AdviceAccess.REQUEST, r.getId(), me.getDisplayName() + " declared an interest ("
                + r.getDeclaredInterest() + ") managed by: " + r.getInterestHandling());
        return views.view(r);
    }


    /** The advice. */
    public AdviceRequestView respond(long id, String advice, String recommendation, long version) {
        AdviceRequest r = access.asResponder(id, "answers it");
        Persistence.checkVersion(AdviceAccess.REQUEST, version, r.getVersion());
        Clinician me = r.getResponder();
        r.answer(advice, recommendation, access.interestsIn(r, me), Instant.now(clock));
        audit.record(AuditAction.UPDATED, AdviceAccess.REQUEST, r.getId(), me.getDisplayName() + " gave the advice"
                + (r.getDeclaredInterest() == null ? "" : " (declared interest managed: " + r.getInterestHandling() + ")"));
        views.notify(List.of(r.getRequestedBy()), "Clinical advice given: " + r.networkName(), me.getDisplayName()
                + " has answered your request. Record whether the advice was followed.", r, "answered");
        return views.view(r);
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
        return AdviceViews.evidence(e);
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
            views.notify(leads.accountsOf(r.getResponder()), "Your advice was " + outcome.label().toLowerCase(Locale.ROOT),
                    r.getRequesterName() + " recorded that your advice was " + outcome.label().toLowerCase(Locale.ROOT) + ".",
                    r, "outcome");
        }
        return views.view(r);
    }

}
