package org.clinlead.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clinlead.portal.setup.PortalMode;
import org.clinlead.portal.setup.PortalSetup;

/** Facts about this installation that every page shows: whether it runs in demo mode. */
@Named("portal")
@ApplicationScoped
public class PortalInfo {

    @Inject
    private PortalSetup setup;

    /** The mode, asked once: it is fixed when the portal starts. */
    private volatile PortalMode mode;

    public boolean isDemo() {
        PortalMode known = mode;
        if (known == null) {
            known = setup.mode();
            mode = known;
        }
        return known == PortalMode.DEMO;
    }
}
