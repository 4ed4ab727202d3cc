package org.clinlead.portal.testing;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import com.icegreen.greenmail.base.GreenMailOperations;

/** What arrived at the test's SMTP server (GreenMail), read as a person's mail program would. */
public final class Mailbox {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Set<String> TAKEN = new HashSet<>();

    private Mailbox() {
    }

    /**
     * Waits for a message to {@code to} whose subject contains {@code subject} and whose text contains every one of
     * {@code text}, not returned before; fails after 30 s naming what did arrive.
     */
    public static synchronized MimeMessage awaitOne(GreenMailOperations mail, String to, String subject, String... text) {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            Optional<MimeMessage> found = Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> !TAKEN.contains(id(m)) && addressedTo(m, to) && subject(m).contains(subject)
                            && Arrays.stream(text).allMatch(t -> text(m).contains(t))).findFirst();
            if (found.isPresent()) {
                TAKEN.add(id(found.get()));
                return found.get();
            }
            pause();
        }
        throw new AssertionError("No e-mail to " + to + " about \"" + subject + "\" within " + WAIT.toSeconds() + " s; arrived: "
                + Arrays.stream(mail.getReceivedMessages()).map(m -> recipients(m) + ": " + subject(m)).toList());
    }

    /** Waits for an outbox entry (as an administrator sees it) to {@code to} in {@code status} whose text contains {@code text}. */
    public static JsonObject awaitOutbox(Api admin, String to, String status, String text, int seconds) {
        Instant until = Instant.now().plusSeconds(seconds);
        String seen = "";
        while (Instant.now().isBefore(until)) {
            Api.Answer answer = admin.get("api/v1/outbox?to=" + to + "&size=50");
            seen = answer.body();
            Optional<JsonObject> found = answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("status").equals(status) && o.getString("text").contains(text)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            pause();
        }
        throw new AssertionError("No " + status + " e-mail to " + to + " about " + text + " within " + seconds + " s: " + seen);
    }

    /** The message's plain text part. */
    public static String text(MimeMessage m) {
        return part(m, "text/plain");
    }

    /** The first part of that content type ("" when there is none). */
    public static String part(MimeMessage m, String type) {
        try {
            if (m.isMimeType(type)) {
                return GreenMailUtil.getBody(m);
            }
            if (m.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType(type)) {
                        Object content = part.getContent();
                        return content instanceof String s ? s : new String(((java.io.InputStream) content).readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage m, String to) {
        return recipients(m).toLowerCase(java.util.Locale.ROOT).contains(to.toLowerCase(java.util.Locale.ROOT));
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id(MimeMessage m) {
        try {
            return m.getMessageID() + recipients(m);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
