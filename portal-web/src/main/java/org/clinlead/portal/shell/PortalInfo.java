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

    public boolean isDemo() {
        return setup.mode() == PortalMode.DEMO;
    }
}
