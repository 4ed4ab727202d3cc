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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinlead.portal.audit.AuditAction;
import org.clinlead.portal.audit.AuditRecorder;
import org.clinlead.portal.shared.DuplicateValueException;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.Persistence;
import org.clinlead.portal.shared.RuleViolationException;

/**
 * Money: payments on account each quarter, and the year-end reconciliation (earned less paid on account) with its
 * statement, every figure with its arithmetic.
 */
@Stateless
@RolesAllowed({ADMIN, MEDICAL_DIRECTOR, BOARD_SECRETARY, BOARD_MEMBER, PROGRAMME_MANAGER, MENTOR, ASPIRING_LEADER,
        COMMISSIONER, PROVIDER})
public class Payments {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditRecorder audit;

    @Inject
    private ContractAccess access;

    @Inject
    private Clock clock;

    public List<PaymentView> payments(long contractId) {
        CquinContract c = access.visible(contractId);
        return CommissioningReads.paymentsOf(em, List.of(c)).stream().map(PaymentView::of).toList();
    }

    /** Records the quarter's payment on account at {@code planPercent} of a quarter's CQUIN value (null: 100 %). */
    @RolesAllowed({ADMIN, COMMISSIONER})
    public PaymentView pay(long contractId, Integer quarter, BigDecimal planPercent) {
        CquinContract c = access.asCommissioner(contractId, "records its payments");
        if (quarter == null) {
            throw new InvalidInputException("quarter", "Say which quarter (1 to 4) the payment is for.");
        }
        PaymentOnAccount p = new PaymentOnAccount(c, quarter, planPercent, access.displayName(), Instant.now(clock));
        em.persist(p);
        Persistence.flush(em, "payment", () -> new DuplicateValueException("quarter", "The payment on account for Q"
                + quarter + " is already recorded."));
        audit.record(AuditAction.CREATED, "payment", p.getId(), "Payment on account for Q" + quarter + " "
                + c.year().label() + " of " + c.getReference() + ": " + CommissioningReads.pounds(p.getAmount()) + " ("
                + p.getPlanPercent().toPlainString() + " % of the quarter's CQUIN value)");
        return PaymentView.of(p);
    }

    /** The statement: at the latest accepted results during the year, as settled once reconciled. */
    public StatementView statement(long contractId) {
        CquinContract c = access.visible(contractId);
        List<QualityIndicator> indicators = CommissioningReads.indicatorsOf(em, List.of(c));
        return CommissioningReads.statement(c, indicators, CommissioningReads.returnsOf(em, indicators),
                CommissioningReads.paymentsOf(em, List.of(c)));
    }

    /** Closes the year: the statement's figures are kept and the balance is due (or to be recovered). */
    @RolesAllowed({ADMIN, COMMISSIONER})
    public StatementView reconcile(long contractId, long version) {
        CquinContract c = access.asCommissioner(contractId, "reconciles the year");
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Persistence.checkVersion(ContractAccess.CONTRACT, version, c.getVersion());
        List<QualityIndicator> indicators = CommissioningReads.indicatorsOf(em, List.of(c));
        List<QuarterlySubmission> returns = CommissioningReads.returnsOf(em, indicators);
        List<PaymentOnAccount> payments = CommissioningReads.paymentsOf(em, List.of(c));
        if (returns.stream().anyMatch(s -> s.getStatus() == SubmissionStatus.SUBMITTED || s.getStatus() == SubmissionStatus.QUERIED)) {
            throw new RuleViolationException("Some returns are still awaiting assessment or answering a query; assess "
                    + "them before the year is reconciled.");
        }
        StatementView before = CommissioningReads.statement(c, indicators, returns, payments);
        c.reconcile(new Reconciliation.Statement(before.cquinValue(), List.of(), before.earned(), before.paidOnAccount(),
                before.balance()), access.displayName(), LocalDate.now(clock), Instant.now(clock));
        c.keepEarnedToDate(c.getEarned());
        Persistence.flush(em, ContractAccess.CONTRACT, () -> new RuleViolationException("The year could not be reconciled."));
        audit.record(AuditAction.CLOSED, ContractAccess.CONTRACT, c.getId(), "Year " + c.year().label() + " of "
                + c.getReference() + " reconciled: earned " + CommissioningReads.pounds(c.getEarned()) + ", paid on account "
                + CommissioningReads.pounds(c.getPaidOnAccount()) + "; " + CommissioningReads.balanceText(c.getBalance()));
        return CommissioningReads.statement(c, indicators, returns, payments);
    }
}
