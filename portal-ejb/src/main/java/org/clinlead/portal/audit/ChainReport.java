package org.clinlead.portal.audit;

/** The result of walking the chain: valid or not, how many entries, the first broken one. */
public record ChainReport(boolean valid, long entries, Long firstBroken) {
}
