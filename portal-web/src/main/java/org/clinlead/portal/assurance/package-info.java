/**
 * Assurance reviews on the web: the {@code /api/v1/assurance-reviews} resource, the reviews list (per organisation,
 * with its history), a new review and a review's page with one bean per form.
 */
package org.clinlead.portal.assurance;
