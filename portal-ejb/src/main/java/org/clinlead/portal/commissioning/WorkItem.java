package org.clinlead.portal.commissioning;

/** Something on a contract waiting for the caller, in words, for their home page. */
public record WorkItem(long contractId, String reference, String text) {
}
