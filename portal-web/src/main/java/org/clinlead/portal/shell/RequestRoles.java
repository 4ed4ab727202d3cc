package org.clinlead.portal.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The signed-in person's roles, for what a page shows: a page asks {@code #{currentUser.can…}} dozens of times while it
 * is drawn, and each answer from the container is a permission check (issue 17 found them to be a tenth of a home
 * page's time). A session signed in through the portal carries the roles the container was given for this request
 * ({@code PortalAuthenticationMechanism.SessionCaller}, kept current by {@code SessionRegistry}), so they are read from
 * there; any other caller is asked of the container, once per role per request. The boundaries still decide.
 */
@RequestScoped
public class RequestRoles {

    @Inject
    private SecurityContext security;

    @Inject
    private jakarta.servlet.http.HttpServletRequest request;

    private final Map<String, Boolean> answers = new HashMap<>();

    private java.util.Set<String> sessionRoles;

    private boolean sessionRead;

    public boolean has(String role) {
        java.util.Set<String> fromSession = sessionRoles();
        return fromSession != null ? fromSession.contains(role) : answers.computeIfAbsent(role, security::isCallerInRole);
    }

    /** The roles the session's caller carries (null when the caller did not sign in through the portal's session). */
    public java.util.Set<String> sessionRoles() {
        if (!sessionRead) {
            sessionRead = true;
            jakarta.servlet.http.HttpSession session = request.getSession(false);
            if (session != null && request.getUserPrincipal() != null
                    && session.getAttribute(org.clinlead.portal.security.PortalAuthenticationMechanism.CALLER)
                    instanceof org.clinlead.portal.security.PortalAuthenticationMechanism.SessionCaller caller
                    && caller.username().equals(request.getUserPrincipal().getName())) {
                sessionRoles = caller.groups();
            }
        }
        return sessionRoles;
    }
}
