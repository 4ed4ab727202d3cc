/**
 * Reconfiguration reviews on the web: the {@code /api/v1/reconfigurations} and {@code /api/v1/public/reconfigurations}
 * resources, the proposals list, a proposal's page with one bean per form, and the public log.
 */
package org.clinlead.portal.reconfiguration;
