/**
 * The register of interests: what decision makers declare (financial, non-financial professional,
 * non-financial personal, indirect), nil returns, the history of every change, and the publication
 * rule — current declarations plus those ended within six months are public unless withheld; records
 * are kept six years after they end, then flagged for disposal.
 */
package org.clinlead.portal.interests;
