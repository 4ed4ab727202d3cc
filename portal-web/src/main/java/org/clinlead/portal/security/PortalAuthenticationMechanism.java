package org.clinlead.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinlead.portal.api.Problems;
import org.clinlead.portal.people.ApiTokens;
import org.clinlead.portal.people.Role;
import org.clinlead.portal.people.SignIn;
import org.clinlead.portal.people.SignInOutcome;
import org.clinlead.portal.people.TokenCaller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How people prove who they are. Three ways in, one check ({@link SignIn}, which applies the lockout):
 * <ul>
 * <li>the sign-in page calls {@code SecurityContext.authenticate} with a username and password; on
 * success the session id is rotated and the session remembers the caller, who is restored from it on
 * each later request (what {@code @AutoApplySession} would do, but only for sessions: that annotation
 * also opened a session for every script request, at a cost on each call and a cookie nobody wanted);</li>
 * <li>a script sends a personal API token ({@code Authorization: Bearer clp_…}) with each API request —
 * one indexed lookup, no password hashing; a read-only token may only read;</li>
 * <li>a script may instead send HTTP Basic with a password (costly by design: PBKDF2 on every call), which
 * production mode switches off unless {@code portal.api.passwords=true};</li>
 * <li>no session is kept for either kind of script;</li>
 * <li>an unauthenticated request for a protected page is sent to the sign-in page, which returns
 * there afterwards; for the API it gets a 401 problem answer instead.</li>
 * </ul>
 * Deliberately not {@code @LoginToContinue}: on Payara it loses the caller's roles in EJBs.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling the sign-in page why a sign-in failed. */
    public static final String OUTCOME = "portal.signInOutcome";
    /** Session attribute holding the signed-in caller. */
    public static final String CALLER = "portal.caller";
    /** Session attribute holding the page to return to after signing in. */
    public static final String RETURN_TO = "portal.returnTo";
    /** Request attribute marking a request authenticated by HTTP Basic, whose session is then discarded. */
    public static final String BASIC = "portal.basicAuthentication";
    /** Request attribute marking a request authenticated by an API token (a {@link TokenCaller}). */
    public static final String TOKEN = "portal.tokenAuthentication";

    @Inject
    private ApiTokens tokens;

    @Inject
    @ConfigProperty(name = "portal.mode", defaultValue = "demo")
    private String mode;

    @Inject
    @ConfigProperty(name = "portal.api.passwords")
    private Optional<Boolean> apiPasswords;

    /** Methods that change nothing, the only ones a read-only token may use. */
    public static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private SignIn signIn;

    @Inject
    private SessionRegistry sessions;

    /** Signing out forgets the caller the session held. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** Who a session belongs to: kept in the session, so it must travel with it (serialisable). */
    public record SessionCaller(String username, java.util.Set<String> groups) implements java.io.Serializable {

        public SessionCaller {
            groups = java.util.Set.copyOf(groups);
        }
    }

    /** Whether this request was signed in by a script's credentials (a token or HTTP Basic), not a session. */
    public static boolean isScript(HttpServletRequest request) {
        return request.getAttribute(BASIC) != null || request.getAttribute(TOKEN) != null;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // Answers written here (401, redirects) never reach the filters, so they get their headers now.
        SecurityHeaders.apply(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return signInFromForm(request, context, form);
        }
        HttpSession existing = request.getSession(false);
        if (existing != null && existing.getAttribute(CALLER) instanceof SessionCaller signedIn) {
            SessionCaller caller = sessions.current(existing, signedIn);
            if (caller == null) {
                existing.invalidate();
                return context.isProtected() ? challenge(request, response, context) : context.doNothing();
            }
            return context.notifyContainerAboutLogin(caller.username(), caller.groups());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return signInWithToken(request, response, context, authorization.substring(7).trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (!passwordsAccepted()) {
                return unauthorizedApi(response, context,
                        "Passwords are not accepted by the API here: send a personal API token (Authorization: Bearer).");
            }
            return signInWithBasic(request, response, context, authorization.substring(6).trim());
        }
        if (context.isProtected()) {
            return challenge(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signInFromForm(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential credential) {
        SignInOutcome outcome = signIn.attempt(credential.getCaller(), credential.getPasswordAsString(), SignIn.Channel.PAGE);
        if (!outcome.succeeded()) {
            request.setAttribute(OUTCOME, outcome);
            // No sendError: the sign-in page itself shows why, with the form still filled in.
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession();
        // A fresh session id at sign-in, so an id planted before sign-in is worth nothing after it.
        request.changeSessionId();
        sessions.signedIn(outcome.username(), session);
        session.setAttribute(CALLER, new SessionCaller(outcome.username(), groups(outcome)));
        return context.notifyContainerAboutLogin(outcome.username(), groups(outcome));
    }

    private AuthenticationStatus signInWithBasic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return unauthorizedApi(response, context, "The Authorization header is not valid HTTP Basic.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return unauthorizedApi(response, context, "The Authorization header is not valid HTTP Basic.");
        }
        SignInOutcome outcome = signIn.attempt(decoded.substring(0, colon), decoded.substring(colon + 1), SignIn.Channel.API);
        if (!outcome.succeeded()) {
            return unauthorizedApi(response, context, SignInMessages.explain(outcome));
        }
        request.setAttribute(BASIC, Boolean.TRUE);
        return context.notifyContainerAboutLogin(outcome.username(), groups(outcome));
    }

    private AuthenticationStatus signInWithToken(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String secret) {
        TokenCaller caller = tokens.authenticate(secret);
        if (caller == null) {
            return unauthorizedApi(response, context, "This API token is not valid: it is unknown, revoked or expired.");
        }
        if (caller.readOnly() && !SAFE_METHODS.contains(request.getMethod())) {
            return refuse(response, context, "This API token may only read; make a read-write token to change things.");
        }
        request.setAttribute(TOKEN, caller);
        return context.notifyContainerAboutLogin(caller.username(),
                caller.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return unauthorizedApi(response, context, "Sign in to use the API (a personal API token, or a browser session).");
        }
        if (isPageNavigation(request, path)) {
            String query = request.getQueryString();
            request.getSession().setAttribute(RETURN_TO, path + (query == null ? "" : "?" + query));
        }
        return context.redirect(request.getContextPath() + "/login.xhtml");
    }

    /**
     * Only a page the person navigated to is remembered for after signing in — not the browser's own requests for
     * an icon, a style sheet or an image (a first sign-in once landed on {@code /favicon.ico}).
     */
    static boolean isPageNavigation(HttpServletRequest request, String path) {
        String destination = request.getHeader("Sec-Fetch-Dest");
        return "GET".equals(request.getMethod()) && (destination == null || "document".equals(destination))
                && (path.equals("/") || path.endsWith(".xhtml")) && !path.startsWith("/jakarta.faces.resource/");
    }

    /** A 401 that names the ways in: a token always, a password only where the API takes one. */
    private AuthenticationStatus unauthorizedApi(HttpServletResponse response, HttpMessageContext context,
            String detail) {
        response.setHeader("WWW-Authenticate", passwordsAccepted()
                ? "Basic realm=\"portal\", charset=\"UTF-8\", Bearer realm=\"portal\"" : "Bearer realm=\"portal\"");
        return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Not signed in", detail);
    }

    private boolean passwordsAccepted() {
        return apiPasswords.orElse(!"production".equalsIgnoreCase(mode.strip()));
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context, String detail) {
        return problem(response, HttpServletResponse.SC_FORBIDDEN, "Not allowed", detail);
    }

    private static AuthenticationStatus problem(HttpServletResponse response, int status, String title, String detail) {
        try {
            Problems.write(response, status, title, detail);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static java.util.Set<String> groups(SignInOutcome outcome) {
        return outcome.roles().stream().map(Role::name).collect(Collectors.toSet());
    }
}
