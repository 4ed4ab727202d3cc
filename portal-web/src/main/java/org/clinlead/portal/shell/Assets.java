package org.clinlead.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.Resource;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The addresses of the portal's own style sheet and script, with a hash of their content in the address, so a
 * browser keeps each for a year (Faces sends resources with a year's max-age, web.xml) and still fetches a changed
 * one at once. PrimeFaces' own resources carry its version the same way.
 */
@Named
@ApplicationScoped
public class Assets {

    private final Map<String, String> urls = new ConcurrentHashMap<>();

    /** The address of a resource under /resources ("portal/css/portal.css"), its content's hash appended. */
    public String url(String name) {
        return urls.computeIfAbsent(name, Assets::versioned);
    }

    private static String versioned(String name) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Resource resource = faces.getApplication().getResourceHandler().createResource(name);
        if (resource == null) {
            throw new IllegalArgumentException("No resource " + name);
        }
        String path = resource.getRequestPath();
        return path + (path.contains("?") ? "&" : "?") + "h=" + hash(resource);
    }

    private static String hash(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
