package org.clinlead.portal.shared;

/**
 * The caller may see that the record exists but not have it (for example a confidential paper withheld
 * from a member with a conflict). Answered 403 with the message; the boundary audits the attempt.
 */
public class AccessRefusedException extends PortalException {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(String message) {
        super(message);
    }
}
