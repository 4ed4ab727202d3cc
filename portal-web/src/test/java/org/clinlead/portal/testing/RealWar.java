package org.clinlead.portal.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced — the very archive the run command deploys — not a hand-listed one. */
public final class RealWar {

    private RealWar() {
    }

    public static WebArchive archive() {
        File war = new File(System.getProperty("portal.war", "target/portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "portal.war").importFrom(war).as(WebArchive.class);
    }
}
