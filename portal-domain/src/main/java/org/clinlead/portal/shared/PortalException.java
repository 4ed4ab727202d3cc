package org.clinlead.portal.shared;

/**
 * The root of every business failure in the portal. Each subclass carries a message written for the
 * person who caused it. The EJB module declares this family an application exception that rolls the
 * transaction back, so a refused change never half-saves.
 */
public abstract class PortalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected PortalException(String message) {
        super(message);
    }
}
