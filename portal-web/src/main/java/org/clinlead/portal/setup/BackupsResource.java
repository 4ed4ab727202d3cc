package org.clinlead.portal.setup;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** An online backup of the embedded database and the stored files, for administrators (and bin/backup). */
@Path("backups")
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

    @Inject
    private Backups backups;

    @POST
    public BackupSummary backUp() {
        return backups.backUp();
    }
}
