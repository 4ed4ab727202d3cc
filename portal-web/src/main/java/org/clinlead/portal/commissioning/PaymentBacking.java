package org.clinlead.portal.commissioning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/** The commissioner's record of a quarter's payment on account. */
@Named
@ViewScoped
public class PaymentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractBacking contract;

    @Inject
    private Payments payments;

    private Integer quarter;
    private BigDecimal planPercent = new BigDecimal("100");

    public String pay() {
        return contract.act("payment", () -> payments.pay(contract.getId(), quarter, planPercent),
                "The payment on account is recorded.");
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public BigDecimal getPlanPercent() {
        return planPercent;
    }

    public void setPlanPercent(BigDecimal planPercent) {
        this.planPercent = planPercent;
    }
}
