package org.clinlead.portal.commissioning;

import static org.clinlead.portal.people.Roles.ADMIN;
import static org.clinlead.portal.people.Roles.COMMISSIONER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;

/**
 * The commissioner's assessment of a return: accept, query (the question goes on the thread and the provider
 * answers with a resubmission) or reject with a reason. A commissioner with a live interest in the provider states
 * how it is managed first. Two assessors on one return at once: the second is told it changed (409).
 */
@Stateless
@RolesAllowed({ADMIN, COMMISSIONER})
public class Assessments {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private ContractAccess access;

    @Inject
    private CommissioningNotices notices;

    @Inject
    private Clock clock;

    /** {@code text}: the question (QUERY) or the reason (REJECT); {@code handling}: how a declared interest is managed. */
    public ReturnView assess(long submissionId, long version, Outcome outcome, String text, String handling) {
        if (outcome == null) {
            throw new InvalidInputException("outcome", "Choose ACCEPT, QUERY or REJECT.");
        }
        QuarterlySubmission s = access.submission(submissionId);
        CquinContract c = access.asCommissioner(s.getIndicator().getContract().getId(), "assesses its returns");
        Persistence.checkVersion(ContractAccess.RETURN, version, s.getVersion());
        s.assessorInterests(access.interestsIn(c), handling);
        String by = access.displayName();
        Instant now = Instant.now(clock);
        switch (outcome) {
            case ACCEPT -> s.accept(by, now);
            case QUERY -> {
                s.query(by, now);
                em.persist(new SubmissionMessage(s, Side.COMMISSIONER, by, text, "text", now));
            }
            case REJECT -> s.reject(by, text, now);
        }
        if (outcome == Outcome.ACCEPT) {
            CommissioningReads.refreshEarned(em, c);
        }
        Persistence.flush(em, ContractAccess.RETURN, () -> new InvalidInputException("text", "The assessment could not be saved."));
        audit.record(outcome == Outcome.REJECT ? AuditAction.REJECTED : outcome == Outcome.ACCEPT ? AuditAction.APPROVED
                : AuditAction.UPDATED, ContractAccess.RETURN, s.getId(), s.period().label() + " return \""
                + s.getIndicator().getName() + "\" (" + c.getReference() + ") " + s.getStatus().label().toLowerCase(
                java.util.Locale.ROOT) + " by " + by + (s.getAssessorInterest() == null ? ""
                : "; declared interest managed: " + s.getAssessorHandling()));
        notices.send(notices.accountsOf(c.getProvider(), Role.PROVIDER), "CQUIN return " + s.getStatus().label()
                        .toLowerCase(java.util.Locale.ROOT) + ": " + s.getIndicator().getName(), "The commissioner has "
                        + s.getStatus().label().toLowerCase(java.util.Locale.ROOT) + " your " + s.period().label()
                        + " return for \"" + s.getIndicator().getName() + "\""
                        + (outcome == Outcome.QUERY ? "; answer the question and resubmit." : "."), c,
                "cquin-assessed:" + s.getId() + ":" + s.getVersion());
        return ReturnView.of(s, List.of(), List.of());
    }
}
