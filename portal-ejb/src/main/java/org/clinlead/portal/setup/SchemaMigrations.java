package org.clinlead.portal.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. The migrations in
 * {@code db/migration} are plain SQL that Derby and PostgreSQL both accept; the rare one the two spell differently
 * (making a column nullable) has a version in {@code db/vendor/derby} and one in {@code db/vendor/postgresql}, with
 * the same number. Flyway records what ran in {@code flyway_schema_history}. Bean-managed transactions, because
 * Flyway commits its own work.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "java:app/jdbc/portal")
    private DataSource dataSource;

    private MigrateResult result;

    /** {@code derby} or {@code postgresql}: where the migrations whose SQL differs are. */
    private String vendor() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            return product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? "postgresql" : "derby";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database cannot be reached to bring its schema up to date", e);
        }
    }

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load();
        result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, database " + result.database + ")");
    }

    @jakarta.annotation.security.PermitAll
    public int migrationsAppliedAtStart() {
        return result.migrationsExecuted;
    }
}
