package org.clinlead.portal.shared;

/** Someone else saved the record after the caller loaded it; the caller must reload and redo the change. */
public class StaleRecordException extends PortalException {

    private static final long serialVersionUID = 1L;

    public StaleRecordException(String recordType) {
        super("This " + recordType + " was changed by someone else after you opened it. "
                + "Reload it to see their changes, then make yours again.");
    }
}
