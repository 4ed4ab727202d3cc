package org.clinlead.portal.commissioning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.clinlead.portal.shell.Feedback;

/**
 * The contract page: the scheme and its advice, agreement, the quarters' returns, payments and the statement, as
 * {@code Contracts.contract} gives them to the caller. Each form has its own bean (an indicator, advice, a return,
 * an assessment, a payment), which acts through {@link #act} and comes back here.
 */
@Named
@ViewScoped
public class ContractBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Contracts contracts;

    @Inject
    private Schemes schemes;

    @Inject
    private Payments payments;

    private Long id;

    private ContractPage page;

    public void load() {
        page = contracts.contract(id);
    }

    /** Runs a form's action: the message on success and back to this contract, or the error on the form. */
    String act(String form, Runnable action, String done) {
        return Feedback.attempt(form, action, done, "/commissioning/contract?faces-redirect=true&id=" + id);
    }

    public String signAsCommissioner() {
        return act("agreement", () -> schemes.sign(id, page.contract().version(), Side.COMMISSIONER),
                "Signed for the commissioner. The scheme is agreed once the provider has signed too.");
    }

    public String signAsProvider() {
        return act("agreement", () -> schemes.sign(id, page.contract().version(), Side.PROVIDER),
                "Signed for the provider. The scheme is agreed once the commissioner has signed too.");
    }

    public String removeIndicator(long indicatorId) {
        return act("scheme", () -> schemes.removeIndicator(indicatorId), "The indicator is taken off the scheme.");
    }

    public String reconcile() {
        return act("money", () -> payments.reconcile(id, page.contract().version()),
                "The year is reconciled; the statement shows the settled figures.");
    }

    /** The returns still awaiting the commissioner's assessment, for the assessment form. */
    public List<ReturnView> getAwaitingAssessment() {
        return page.quarters().stream().flatMap(q -> q.cells().stream()).map(QuarterView.Cell::submission)
                .filter(Objects::nonNull).filter(r -> r.status() == SubmissionStatus.SUBMITTED).toList();
    }

    /** The indicators the caller may advise on, for the advice form. */
    public List<IndicatorView> getAdvisable() {
        return page.indicators().stream().filter(i -> page.can().adviseOn().contains(i.id())).toList();
    }

    public List<QuarterView> getEndedQuarters() {
        return page.quarters().stream().filter(QuarterView::ended).toList();
    }

    public long percent(java.math.BigDecimal share) {
        return share == null ? 0 : Math.round(share.doubleValue() * 100);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ContractPage getPage() {
        return page;
    }
}
