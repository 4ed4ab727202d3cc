/**
 * Reviews of service reconfigurations (aim E): proposals and their stages ({@code Reconfigurations}), the evidence
 * checklist ({@code ReconfigurationEvidence}), the clinical review panel's work ({@code ClinicalReviews}) and the
 * public log ({@code ReconfigurationLog}).
 */
package org.clinlead.portal.reconfiguration;
