/**
 * The REST API under {@code /api/v1}: its conventions (RFC 9457 problem answers, paged lists, versions
 * for optimistic locking) in one place. The resources themselves live in the business packages and
 * delegate to the same boundaries as the pages.
 */
package org.clinlead.portal.api;
