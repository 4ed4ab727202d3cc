/**
 * Register of interests pages (my declarations, the public register) and the
 * {@code /api/v1/declarations} and {@code /api/v1/public/register} resources.
 */
package org.clinlead.portal.interests;
