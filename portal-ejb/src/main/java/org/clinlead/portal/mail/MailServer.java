package org.clinlead.portal.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The mail server, from configuration ({@code PORTAL_SMTP_HOST}, {@code _PORT}, {@code _TLS} = starttls, ssl or
 * none, {@code _USER}, {@code _PASSWORD}, {@code _FROM}). Without a host (the demo) nothing is sent: the outbox keeps
 * every message to be seen. Also the portal's own address for links ({@code PORTAL_BASE_URL}) and the retry policy.
 */
@ApplicationScoped
public class MailServer {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private Optional<String> host;
    private int port;
    private String tls;
    private Optional<String> user;
    private Optional<String> password;
    private InternetAddress from;
    private URI baseUrl;
    private RetryPolicy retry;
    private Session session;

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        host = config.getOptionalValue("portal.smtp.host", String.class).filter(h -> !h.isBlank());
        tls = config.getOptionalValue("portal.smtp.tls", String.class).orElse("starttls").strip().toLowerCase(java.util.Locale.ROOT);
        if (!java.util.List.of("starttls", "ssl", "none").contains(tls)) {
            throw new IllegalStateException("PORTAL_SMTP_TLS must be starttls, ssl or none, not " + tls);
        }
        port = config.getOptionalValue("portal.smtp.port", Integer.class).orElse("ssl".equals(tls) ? 465 : 587);
        user = config.getOptionalValue("portal.smtp.user", String.class).filter(u -> !u.isBlank());
        password = config.getOptionalValue("portal.smtp.password", String.class);
        try {
            from = new InternetAddress(config.getOptionalValue("portal.smtp.from", String.class)
                    .orElse("Clinical Leadership Portal <no-reply@portal.invalid>"), true);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException("PORTAL_SMTP_FROM is not an e-mail address: " + e.getMessage(), e);
        }
        String base = config.getOptionalValue("portal.base-url", String.class).orElse("http://localhost:8080/");
        baseUrl = URI.create(base.endsWith("/") ? base : base + "/");
        retry = new RetryPolicy(config.getOptionalValue("portal.mail.first-retry", Duration.class).orElse(Duration.ofMinutes(1)),
                Duration.ofHours(1), config.getOptionalValue("portal.mail.give-up-after", Duration.class).orElse(Duration.ofDays(1)));
        session = host.map(this::session).orElse(null);
    }

    private Session session(String smtpHost) {
        Properties p = new Properties();
        String protocol = "ssl".equals(tls) ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", smtpHost);
        p.put("mail." + protocol + ".port", String.valueOf(port));
        p.put("mail." + protocol + ".connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        p.put("mail." + protocol + ".timeout", String.valueOf(TIMEOUT.toMillis()));
        p.put("mail." + protocol + ".writetimeout", String.valueOf(TIMEOUT.toMillis()));
        p.put("mail." + protocol + ".from", from.getAddress());
        if ("starttls".equals(tls)) {
            p.put("mail.smtp.starttls.enable", "true");
        }
        user.ifPresent(u -> p.put("mail." + protocol + ".auth", "true"));
        Authenticator login = user.map(u -> (Authenticator) new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(u, password.orElse(""));
            }
        }).orElse(null);
        return Session.getInstance(p, login);
    }

    /** Whether mail is sent at all; without a server the outbox keeps it. */
    public boolean isSetUp() {
        return session != null;
    }

    /** In words, for the outbox page: where mail goes. */
    public String describe() {
        return host.map(h -> "Sent through " + h + ":" + port + " (" + ("none".equals(tls) ? "no encryption" : tls.toUpperCase(java.util.Locale.ROOT))
                + "), from " + from.toUnicodeString() + ".")
                .orElse("No mail server is set up (PORTAL_SMTP_HOST), so messages are kept here and not sent.");
    }

    /** The address mail comes from (the organiser of invitations). */
    public String fromAddress() {
        return from.getAddress();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public RetryPolicy retryPolicy() {
        return retry;
    }

    /** Sends one message now; its Message-ID is the outbox row's, so a receiver can tell a repeat. */
    void send(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<outbox-" + mail.getId() + "." + mail.getKey().hashCode() + "@" + baseUrl.getHost() + ">");
            }
        };
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.getAddress(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getText(), StandardCharsets.UTF_8.name(), "plain");
        alternatives.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.getHtml(), StandardCharsets.UTF_8.name(), "html");
        alternatives.addBodyPart(html);
        if (mail.getCalendar() != null) {
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(mail.getCalendar(), "text/calendar; charset=UTF-8; method=" + mail.getCalendarMethod());
            calendar.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=" + mail.getCalendarMethod());
            alternatives.addBodyPart(calendar);
        }
        message.setContent(alternatives);
        message.saveChanges();
        Transport transport = session.getTransport();
        transport.connect();
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            try {
                transport.close();
            } catch (MessagingException afterAccepted) {
                // The server had accepted the message (or refused it, thrown above); a failed goodbye changes nothing.
                java.util.logging.Logger.getLogger(MailServer.class.getName()).fine(() -> "SMTP close: " + afterAccepted);
            }
        }
    }
}
