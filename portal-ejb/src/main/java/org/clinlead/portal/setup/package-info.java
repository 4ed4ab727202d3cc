/**
 * Bringing the portal up: the datasource (Derby on disk by default, PostgreSQL by configuration), the
 * Flyway migrations that own the schema, the run mode (demo or production), the demo region and the
 * first administrator of a production installation.
 */
package org.clinlead.portal.setup;
