package org.clinlead.portal.setup;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The portal's one datasource. Every attribute comes from MicroProfile Config, so environment
 * variables alone switch from embedded Derby (the default, on disk under {@code portal.data.dir}) to
 * PostgreSQL: {@code PORTAL_DB_CLASS=org.postgresql.ds.PGSimpleDataSource}, {@code PORTAL_DB_SERVER},
 * {@code PORTAL_DB_PORT}, {@code PORTAL_DB_NAME}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}.
 * The defaults are in the WAR's {@code META-INF/microprofile-config.properties}.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "${MPCONFIG=portal.db.class}",
        serverName = "${MPCONFIG=portal.db.server}",
        databaseName = "${MPCONFIG=portal.db.name}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {"portNumber=${MPCONFIG=portal.db.port}"})
@Singleton
public class PortalDataSource {
}
