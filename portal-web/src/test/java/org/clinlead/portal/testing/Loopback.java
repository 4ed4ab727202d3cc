package org.clinlead.portal.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.Socket;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the server under test really answers, on loopback (127.0.0.1) only.
 *
 * <p>Arquillian reports the server at the machine's network address and at the port Payara Micro
 * announced. When that random port is taken, Payara Micro silently binds the next free one of its
 * range but still announces the first (seen in the logs as "Http Port(s): 8109" beside "Created HTTP
 * listener … 0.0.0.0:8110"). So: wait for the announced port, and if nothing ever accepts there, look
 * a few ports further for the portal's sign-in page.
 */
public final class Loopback {

    private static final Map<URL, URL> RESOLVED = new ConcurrentHashMap<>();

    private Loopback() {
    }

    public static URL accepting(URL reported) {
        return RESOLVED.computeIfAbsent(reported, Loopback::find);
    }

    private static URL find(URL reported) {
        URL local = at(reported, reported.getPort());
        for (int attempt = 0; attempt < 30; attempt++) {
            if (accepts(local.getPort())) {
                return local;
            }
            pause();
        }
        for (int port = reported.getPort() + 1; port <= reported.getPort() + 20; port++) {
            URL candidate = at(reported, port);
            if (accepts(port) && servesThePortal(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Nothing answers on loopback at or just above " + local);
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static boolean servesThePortal(URL base) {
        try {
            var connection = (java.net.HttpURLConnection) new URL(base, "login.xhtml").openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(5000);
            try (var in = connection.getInputStream()) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("Sign in");
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static URL at(URL url, int port) {
        try {
            return new URL(url.getProtocol(), "127.0.0.1", port, url.getFile());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
