package org.clinlead.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's root. Every resource is reached as {@code /api/v1/<plural noun>}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Clinical Leadership Governance Portal API", version = "1",
                description = "JSON over HTTPS. Sign in with HTTP Basic (scripts) or a browser session. "
                        + "Errors are RFC 9457 problem details; lists are paged with ?page=0&size=20."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PortalApi extends Application {
}
