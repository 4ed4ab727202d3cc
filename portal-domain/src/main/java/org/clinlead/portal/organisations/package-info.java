/**
 * The NHS bodies of the region: trusts, primary-care trusts (commissioners), GP practices and the
 * strategic health authority, each identified by its national (ODS) code. Interests, seats,
 * contracts and projects all point at an organisation.
 */
package org.clinlead.portal.organisations;
