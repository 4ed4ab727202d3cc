/**
 * Reviews of service reconfigurations (aim E): a proposal for a service change and its case for change, the clinical
 * review panel (conflict-screened, with someone from outside the organisations affected), the evidence checklist
 * and its judgements, the panel's recommendation and conditions, the sponsor's decision, and the public log.
 */
package org.clinlead.portal.reconfiguration;
