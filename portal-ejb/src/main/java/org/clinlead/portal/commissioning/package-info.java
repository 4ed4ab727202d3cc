/**
 * Commissioning for quality (aim C): CQUIN contracts between commissioners and providers, their schemes of
 * indicators with the pathway leads' clinical advice, agreement by both sides, quarterly returns with evidence,
 * the commissioner's assessment, payments on account and the year-end reconciliation. Boundaries by use case:
 * {@link Contracts}, {@link Schemes}, {@link ClinicalAdvice}, {@link Returns}, {@link Assessments},
 * {@link Payments}, {@link CommissioningOverview}; who may see and do what is decided in {@link ContractAccess}.
 */
package org.clinlead.portal.commissioning;
