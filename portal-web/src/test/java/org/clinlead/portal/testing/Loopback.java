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

    /** Waits (up to a minute) until the server accepts connections on loopback, then answers its URL there. */
    public static URL accepting(URL url) {
        URL local = of(url);
        for (int attempt = 0; attempt < 120; attempt++) {
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", local.getPort()), 1000);
                return local;
            } catch (java.io.IOException notYet) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("Nothing accepts connections at " + local);
    }

    public static URL of(URL url) {
        try {
            return new URL(url.getProtocol(), "127.0.0.1", url.getPort(), url.getFile());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
