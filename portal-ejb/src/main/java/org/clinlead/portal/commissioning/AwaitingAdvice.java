package org.clinlead.portal.commissioning;

/** An indicator on the caller's pathway still waiting for their advice. */
public record AwaitingAdvice(long contractId, String reference, String providerName, long indicatorId, String indicatorName,
        String pathwayName) {
}
