package org.clinlead.portal.shared;

/** A business rule refused the change (for example a duplicate registration number). */
public class RuleViolationException extends PortalException {

    private static final long serialVersionUID = 1L;

    public RuleViolationException(String message) {
        super(message);
    }
}
