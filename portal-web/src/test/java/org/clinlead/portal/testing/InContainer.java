package org.clinlead.portal.testing;

import org.clinlead.portal.testing.roles.RoleRunner;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real WAR prepared for tests that run inside the server: the role runners and the test helpers
 * are added, and Arquillian's test runner servlet is opened to unauthenticated calls (it is only in the
 * test deployment), so the tests start as an anonymous caller.
 */
public final class InContainer {

    private InContainer() {
    }

    public static WebArchive archive() {
        WebArchive war = RealWar.archive();
        String webXml = new String(readAll(war, "WEB-INF/web.xml"), java.nio.charset.StandardCharsets.UTF_8);
        String opening = """
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>Arquillian test runner (test deployment only)</web-resource-name>
                        <url-pattern>/ArquillianServletRunner</url-pattern>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
                <security-role>""";
        war.setWebXML(new StringAsset(webXml.replaceFirst("<security-role>", opening)));
        war.addPackage(RoleRunner.class.getPackage());
        war.addClasses(Demo.class);
        war.addAsWebInfResource(new StringAsset(runAsPrincipals()), "glassfish-ejb-jar.xml");
        // Payara reads payara-web.xml and then ignores glassfish-web.xml: the mappings join the portal's own file.
        String payaraWeb = new String(readAll(war, "WEB-INF/payara-web.xml"), java.nio.charset.StandardCharsets.UTF_8);
        war.delete("WEB-INF/payara-web.xml");
        war.addAsWebInfResource(new StringAsset(payaraWeb.replace("<payara-web-app>", "<payara-web-app>" + roleMappings())),
                "payara-web.xml");
        war.addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        return war;
    }

    /** Payara runs a {@code @RunAs} bean as a named principal; each is named after its role, which maps to it. */
    private static String runAsPrincipals() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<glassfish-ejb-jar><enterprise-beans>");
        for (String[] bean : new String[][] {{"AsAdmin", "ADMIN"}, {"AsMedicalDirector", "MEDICAL_DIRECTOR"},
                {"AsBoardSecretary", "BOARD_SECRETARY"}, {"AsBoardMember", "BOARD_MEMBER"},
                {"AsProgrammeManager", "PROGRAMME_MANAGER"}, {"AsMentor", "MENTOR"},
                {"AsAspiringLeader", "ASPIRING_LEADER"}, {"AsCommissioner", "COMMISSIONER"}, {"AsProvider", "PROVIDER"}}) {
            xml.append("<ejb><ejb-name>").append(bean[0]).append("</ejb-name><principal><name>").append(bean[1])
                    .append("</name></principal></ejb>");
        }
        return xml.append("</enterprise-beans></glassfish-ejb-jar>").toString();
    }

    /** Each role held by its group (as for real sign-ins) and by the run-as principal of the same name. */
    private static String roleMappings() {
        StringBuilder xml = new StringBuilder();
        for (String role : Demo.ACCOUNTS.values()) {
            xml.append("<security-role-mapping><role-name>").append(role).append("</role-name><principal-name>")
                    .append(role).append("</principal-name><group-name>").append(role).append("</group-name></security-role-mapping>");
        }
        return xml.toString();
    }

    private static java.io.File jarOf(Class<?> type) {
        try {
            return new java.io.File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(WebArchive war, String path) {
        try (var in = war.get(path).getAsset().openStream()) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
