package org.clinlead.portal.commissioning;

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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.shared.ContentStore;
import org.clinlead.portal.shared.EvidenceContent;
import org.clinlead.portal.shared.EvidenceFile;
import org.clinlead.portal.shared.EvidenceUpload;
import org.clinlead.portal.shared.DuplicateValueException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RecordNotFoundException;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * The provider's quarterly returns: the figures and narrative per indicator and quarter, evidence files, and the
 * answer to a commissioner's query (with corrected figures). Only the provider's own quality lead makes them.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Returns {

    private static final String EVIDENCE = "evidence";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private ContractAccess access;

    @Inject
    private CommissioningNotices notices;

    @Inject
    private ContentStore store;

    @Inject
    private org.clinlead.portal.people.Caller caller;

    @Inject
    private Clock clock;

    /** An indicator's returns, quarter by quarter (those the caller may see). */
    public List<ReturnView> returns(long indicatorId, Integer quarter) {
        QualityIndicator indicator = access.indicator(indicatorId);
        return CommissioningReads.returnsOf(em, List.of(indicator)).stream()
                .filter(s -> quarter == null || s.getQuarter() == quarter)
                .map(s -> ReturnView.of(s, List.of(), List.of())).toList();
    }

    public ReturnView submission(long submissionId) {
        QuarterlySubmission s = access.submission(submissionId);
        return view(s);
    }

    private ReturnView view(QuarterlySubmission s) {
        return ReturnView.of(s, em.createQuery("select m from SubmissionMessage m where m.submission = :s "
                        + "order by m.writtenAt, m.id", SubmissionMessage.class).setParameter("s", s).getResultList().stream()
                .map(MessageView::of).toList(), em.createQuery("select e from SubmissionEvidence e where e.submission = :s "
                        + "order by e.uploadedAt, e.id", SubmissionEvidence.class).setParameter("s", s).getResultList().stream()
                .map(EvidenceView::of).toList());
    }

    /**
     * The quarter's return for an indicator: the first one, or corrected figures while it awaits assessment or
     * answers a query ({@code version} of the return then required).
     */
    @RolesAllowed({ADMIN, PROVIDER})
    public ReturnView submit(long indicatorId, ReturnDraft draft, Long version) {
        if (draft == null) {
            throw new InvalidInputException("body", "Give the quarter's figures and narrative.");
        }
        QualityIndicator indicator = access.indicator(indicatorId);
        CquinContract c = access.asProvider(indicator.getContract().getId(), "makes its returns");
        if (draft.quarter() == null) {
            throw new InvalidInputException("quarter", "Say which quarter (1 to 4) the return is for.");
        }
        Measurement measurement = indicator.isProportion()
                ? (draft.numerator() == null && draft.denominator() == null && draft.value() != null ? Measurement.single(draft.value())
                        : Measurement.proportion(draft.numerator(), draft.denominator()))
                : (draft.value() == null && draft.numerator() != null ? Measurement.proportion(draft.numerator(),
                        draft.denominator()) : Measurement.single(draft.value()));
        String by = access.displayName();
        Instant now = Instant.now(clock);
        List<QuarterlySubmission> existing = em.createQuery("select s from QuarterlySubmission s where s.indicator = :i "
                + "and s.quarter = :q", QuarterlySubmission.class).setParameter("i", indicator)
                .setParameter("q", draft.quarter()).setLockMode(LockModeType.OPTIMISTIC).getResultList();
        QuarterlySubmission s;
        if (existing.isEmpty()) {
            s = new QuarterlySubmission(indicator, draft.quarter(), measurement, draft.narrative(), by, LocalDate.now(clock), now);
            em.persist(s);
            Persistence.flush(em, ContractAccess.RETURN, () -> new DuplicateValueException("quarter",
                    "A return for this quarter was made a moment ago; reload the page to see it."));
        } else {
            s = existing.get(0);
            if (version == null) {
                throw new RuleViolationException("A return for " + s.period().label() + " was already made; send its "
                        + "version to correct it.");
            }
            Persistence.checkVersion(ContractAccess.RETURN, version, s.getVersion());
            boolean answering = s.getStatus() == SubmissionStatus.QUERIED;
            s.resubmit(measurement, draft.narrative(), by, now);
            if (answering) {
                em.persist(new SubmissionMessage(s, Side.PROVIDER, by, "Resubmitted: " + describe(s) + ". "
                        + draft.narrative().strip(), "narrative", now));
            }
            Persistence.flush(em, ContractAccess.RETURN, () -> new RuleViolationException("The return could not be saved."));
        }
        audit.record(existing.isEmpty() ? AuditAction.CREATED : AuditAction.UPDATED, ContractAccess.RETURN, s.getId(),
                s.period().label() + " return for \"" + indicator.getName() + "\" (" + c.getReference() + "): "
                        + describe(s) + (s.isLate() ? ", late" : ""));
        notices.send(notices.accountsOf(c.getCommissioner(), Role.COMMISSIONER), "CQUIN return to assess: "
                        + indicator.getName(), c.getProvider().getName() + " has " + (existing.isEmpty() ? "made" : "corrected")
                        + " its " + s.period().label() + " return for \"" + indicator.getName() + "\".", c,
                "cquin-return:" + s.getId() + ":" + s.getVersion());
        return view(s);
    }

    static String describe(QuarterlySubmission s) {
        return s.getValue() != null ? s.getValue().stripTrailingZeros().toPlainString() + " " + s.getIndicator().getUnit()
                : s.getNumerator().stripTrailingZeros().toPlainString() + " of "
                + s.getDenominator().stripTrailingZeros().toPlainString() + " (" + s.result().toPlainString() + " %)";
    }

    /** Adds an evidence file (PDF, XLSX or CSV, checked by content) to a return not yet assessed. */
    @RolesAllowed({ADMIN, PROVIDER})
    public EvidenceView addEvidence(long submissionId, EvidenceUpload upload) {
        QuarterlySubmission s = access.submission(submissionId);
        access.asProvider(s.getIndicator().getContract().getId(), "adds evidence to its returns");
        if (s.getStatus() == SubmissionStatus.ACCEPTED || s.getStatus() == SubmissionStatus.REJECTED) {
            throw new RuleViolationException("This return has been " + s.getStatus().label().toLowerCase(java.util.Locale.ROOT)
                    + "; evidence can no longer be added.");
        }
        EvidenceFile.Checked file = EvidenceFile.check(upload);
        String sha = store.store(EVIDENCE, file.kind(), file.content());
        SubmissionEvidence evidence = new SubmissionEvidence(s, file.fileName(), file.kind(), file.content().length, sha,
                access.displayName(), Instant.now(clock));
        em.persist(evidence);
        em.flush();
        audit.record(AuditAction.CREATED, EVIDENCE, evidence.getId(), "Evidence " + file.fileName() + " (" + file.kind()
                + ", " + file.content().length + " bytes, sha-256 " + sha + ") for the " + s.period().label() + " return \""
                + s.getIndicator().getName() + "\"");
        return EvidenceView.of(evidence);
    }

    /** An evidence file's content, for whoever may see its contract. */
    public EvidenceContent evidence(long evidenceId) {
        SubmissionEvidence e = em.find(SubmissionEvidence.class, evidenceId);
        if (e == null) {
            throw new RecordNotFoundException(EVIDENCE, evidenceId);
        }
        try {
            access.submission(e.getSubmission().getId());
        } catch (RecordNotFoundException notVisible) {
            throw new RecordNotFoundException(EVIDENCE, evidenceId);
        }
        return new EvidenceContent(store.file(EVIDENCE, e.getKind(), e.getSha256()), e.getFileName(),
                EvidenceFile.mediaType(e.getKind()), e.getSizeBytes());
    }

    /** A message on the return's query thread: the commissioner's follow-up or the provider's answer. */
    @RolesAllowed({ADMIN, COMMISSIONER, PROVIDER})
    public MessageView message(long submissionId, String body) {
        QuarterlySubmission s = access.submission(submissionId);
        CquinContract c = s.getIndicator().getContract();
        Side side = access.isProviderOf(c) ? Side.PROVIDER
                : access.isCommissionerOf(c) || caller.isIn(ADMIN) ? Side.COMMISSIONER : null;
        if (side == null) {
            throw new org.clinlead.portal.shared.AccessRefusedException("Only the two sides of the contract write on a "
                    + "return's thread.");
        }
        SubmissionMessage m = new SubmissionMessage(s, side, access.displayName(), body, "body", Instant.now(clock));
        em.persist(m);
        em.flush();
        audit.record(AuditAction.CREATED, "message", m.getId(), side.label() + " wrote on the " + s.period().label()
                + " return \"" + s.getIndicator().getName() + "\" (" + c.getReference() + ")");
        Role other = side == Side.PROVIDER ? Role.COMMISSIONER : Role.PROVIDER;
        notices.send(notices.accountsOf(side == Side.PROVIDER ? c.getCommissioner() : c.getProvider(), other),
                "New message on a CQUIN return: " + s.getIndicator().getName(), "The " + side.label().toLowerCase(
                        java.util.Locale.ROOT) + " wrote on the " + s.period().label() + " return for \""
                        + s.getIndicator().getName() + "\".", c, "cquin-message:" + m.getId());
        return MessageView.of(m);
    }
}
