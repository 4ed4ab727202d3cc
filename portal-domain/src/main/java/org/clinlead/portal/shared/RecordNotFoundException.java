package org.clinlead.portal.shared;

/** The record does not exist, or the caller may not know it exists. */
public class RecordNotFoundException extends PortalException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String recordType, Object id) {
        super("There is no " + recordType + " with id " + id + ".");
    }
}
