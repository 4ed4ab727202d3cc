package org.clinlead.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Tells the {@link SessionRegistry} when a session ends (sign-out, timeout, invalidation). */
@WebListener
public class SessionEvents implements HttpSessionListener {

    @Inject
    private SessionRegistry registry;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        registry.ended(event.getSession());
    }
}
