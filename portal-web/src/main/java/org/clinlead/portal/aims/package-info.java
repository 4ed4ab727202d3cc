/** The strategy page (aims and pathways) and the {@code /api/v1/aims} and {@code /api/v1/pathways} resources. */
package org.clinlead.portal.aims;
