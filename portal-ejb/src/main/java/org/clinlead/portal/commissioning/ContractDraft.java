package org.clinlead.portal.commissioning;

import java.math.BigDecimal;

/** A new contract: the commissioner (taken from the caller unless an administrator names one), provider, year. */
public record ContractDraft(String reference, Long commissionerId, Long providerId, Integer startYear,
        BigDecimal annualValue, BigDecimal cquinShare, java.util.Set<String> aims) {
}
