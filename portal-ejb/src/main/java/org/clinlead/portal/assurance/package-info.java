/**
 * Clinical assurance of strategic plans (aim D): reviews and their plans ({@code AssuranceReviews}), the panel and its
 * ratings ({@code AssurancePanels}), the conclusion and its recommendations ({@code AssuranceConclusions}) and their
 * reminders ({@code RecommendationReminders}).
 */
package org.clinlead.portal.assurance;
