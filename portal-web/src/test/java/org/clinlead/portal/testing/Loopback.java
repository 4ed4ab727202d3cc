package org.clinlead.portal.testing;

import java.net.MalformedURLException;
import java.net.URL;

/**
 * Arquillian reports the server at the machine's own network address; tests talk to it on loopback
 * only (127.0.0.1), where the server listens too.
 */
public final class Loopback {

    private Loopback() {
    }

    public static URL of(URL url) {
        try {
            return new URL(url.getProtocol(), "127.0.0.1", url.getPort(), url.getFile());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
