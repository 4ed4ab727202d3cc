/**
 * Signing in and staying safe on the web: the authentication mechanism (form sign-in with session,
 * HTTP Basic for scripts), the registry that ends a disabled person's sessions, the security headers
 * on every response, and the audit of denied requests.
 */
package org.clinlead.portal.security;
