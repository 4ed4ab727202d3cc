/** Organisation pages (directory list, administrator's form) and the {@code /api/v1/organisations} resource. */
package org.clinlead.portal.organisations;
