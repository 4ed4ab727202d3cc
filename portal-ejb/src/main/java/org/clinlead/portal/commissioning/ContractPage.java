package org.clinlead.portal.commissioning;

import java.time.Instant;
import java.util.List;

/**
 * A contract as the caller may see it: its scheme with the advice, where agreement stands, the quarters'
 * returns, payments and the statement; and what the caller may do on it.
 */
public record ContractPage(ContractSummary contract, String commissionerSignedBy, Instant commissionerSignedAt,
        String providerSignedBy, Instant providerSignedAt, List<IndicatorView> indicators, List<String> agreementBlockers,
        List<QuarterView> quarters, List<PaymentView> payments, StatementView statement, String reconciledBy,
        Instant reconciledAt, List<String> aims, List<VariationView> variations, Can can, List<String> myInterests) {

    /** What the caller may do here. {@code adviseOn}: the ids of the indicators the caller may advise on. */
    public record Can(boolean editScheme, boolean signAsCommissioner, boolean signAsProvider, boolean submit,
            boolean assess, boolean pay, boolean reconcile, List<Long> adviseOn, Side varyAs) {
    }
}
