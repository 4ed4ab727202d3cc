package org.clinlead.portal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Locale;
import java.util.UUID;
import org.clinlead.portal.testing.Api;
import org.clinlead.portal.testing.Api.Answer;
import org.clinlead.portal.testing.Demo;
import org.clinlead.portal.testing.RealWar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production database option: the same WAR on a real PostgreSQL 15 server (started on loopback by
 * bin/test-postgres), chosen by PORTAL_DB_* environment variables alone. Migrations, seeding, sign-in,
 * paging, optimistic locking and the audit chain all run against it.
 */
@ExtendWith(ArquillianExtension.class)
class PostgresIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.archive();
    }

    @ArquillianResource
    private URL base;

    @Test
    void thePortalRunsOnPostgresql() throws Exception {
        URL portal = org.clinlead.portal.testing.Loopback.accepting(base);
        URL root = new URL(portal.getProtocol(), portal.getHost(), portal.getPort(), "/");
        Answer health = Api.at(root).get("health/ready");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("PostgreSQL");
    }

    @Test
    void migrationsAndDemoDataAreInPlaceAndEveryDemoAccountSignsIn() {
        Api api = Api.at(base);
        Demo.ACCOUNTS.forEach((username, role) ->
                assertThat(api.as(username).get("api/v1/me").json().getJsonArray("roles").getString(0)).isEqualTo(role));
        assertThat(api.as("mentor").get("api/v1/aims").array()).hasSize(5);
        JsonObject clinicians = api.as("mentor").get("api/v1/clinicians?size=10&sort=organisationName").json();
        assertThat(clinicians.getJsonNumber("total").longValue()).isEqualTo(60);
        assertThat(clinicians.getJsonArray("items")).hasSize(10);
        assertThat(api.as("mentor").get("api/v1/clinicians?name=ASH").json().getJsonNumber("total").longValue()).isPositive();
    }

    @Test
    void changesAreSavedVersionedAndAudited() {
        Api admin = Api.at(base).as("admin");
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        Answer created = admin.post("api/v1/organisations", "{\"name\":\"PG Body\",\"type\":\"OTHER\",\"nationalCode\":\"" + code + "\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        long version = created.json().getJsonNumber("version").longValue();
        assertThat(admin.put("api/v1/organisations/" + id, "{\"name\":\"PG Body 2\",\"type\":\"OTHER\",\"nationalCode\":\""
                + code + "\",\"version\":" + version + "}").status()).isEqualTo(200);
        assertThat(admin.put("api/v1/organisations/" + id, "{\"name\":\"PG Body 3\",\"type\":\"OTHER\",\"nationalCode\":\""
                + code + "\",\"version\":" + version + "}").status()).isEqualTo(409);
        assertThat(admin.post("api/v1/organisations", "{\"name\":\"PG Body\",\"type\":\"OTHER\",\"nationalCode\":\"" + code + "\"}")
                .status()).isEqualTo(409);
        JsonObject audit = admin.get("api/v1/audit?recordType=organisation&recordId=" + id).json();
        assertThat(audit.getJsonNumber("total").longValue()).isEqualTo(2);
        assertThat(admin.get("api/v1/audit?from=2020-01-01").status()).isEqualTo(200);
        JsonObject verify = admin.get("api/v1/audit/verify").json();
        assertThat(verify.getBoolean("valid")).isTrue();
    }
}
