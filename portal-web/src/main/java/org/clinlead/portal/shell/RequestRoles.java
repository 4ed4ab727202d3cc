package org.clinlead.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The signed-in person's roles as the container answers them, asked once per role per request: a page asks
 * {@code #{currentUser.can…}} dozens of times while it is drawn, and each answer from the container is a
 * permission check (issue 17 found them to be a tenth of a home page's time).
 */
@RequestScoped
public class RequestRoles {

    @Inject
    private SecurityContext security;

    private final Map<String, Boolean> answers = new HashMap<>();

    public boolean has(String role) {
        return answers.computeIfAbsent(role, security::isCallerInRole);
    }
}
