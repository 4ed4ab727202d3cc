package org.clinlead.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.notices.Link;
import org.owasp.encoder.Encode;

/**
 * The portal's e-mails in words: short, plain text and the same as simple HTML (every person's word escaped), each
 * with the absolute link to the page concerned. A notice that is not shareable says only what it is about.
 */
@ApplicationScoped
public class MailComposer {

    static final String SIGNATURE = "Clinical Leadership Portal · Northdale Health Region";
    private static final int HTML_ROOM = OutboxMail.HTML_MAX - 2_000;

    @Inject
    private MailServer server;

    @Inject
    private PageAddresses pages;

    /** What a message says: a subject, paragraphs of plain text, and at most one link to act on. */
    public record Letter(String subject, String text, String html) {
    }

    Letter notice(String subject, String body, Link link, boolean shareable) {
        String url = address(link);
        List<String> paragraphs = shareable ? List.of(body)
                : List.of("There is a new notice for you about " + about(link) + ". What it says stays in the portal, "
                        + "as it may concern something confidential.");
        return letter(shareable ? subject : "New notice about " + about(link), paragraphs, url, "Open it in the portal",
                "You get this e-mail because your notices are set to come as they happen. Change that in My notifications: "
                        + server.baseUrl().resolve("account/notifications.xhtml") + ".");
    }

    /** One entry of a digest: the notice's subject when shareable, otherwise what it is about. */
    public record DigestEntry(String subject, Link link, boolean shareable) {
    }

    Letter digest(List<DigestEntry> entries) {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<ul>");
        int listed = 0;
        for (DigestEntry e : entries) {
            String what = e.shareable() ? e.subject() : "A notice about " + about(e.link());
            String url = address(e.link());
            String htmlEntry = "<li>" + (url == null ? Encode.forHtml(what)
                    : "<a href=\"" + Encode.forHtmlAttribute(url) + "\">" + Encode.forHtml(what) + "</a>") + "</li>";
            if (html.length() + htmlEntry.length() > HTML_ROOM || text.length() + what.length() + 200 > OutboxMail.TEXT_MAX - 2_000) {
                break;
            }
            text.append("- ").append(what).append(url == null ? "" : "\n  " + url).append('\n');
            html.append(htmlEntry);
            listed++;
        }
        html.append("</ul>");
        String more = listed < entries.size() ? "And " + (entries.size() - listed) + " more on your home page." : null;
        String subject = entries.size() == 1 ? "Your notice from the Clinical Leadership Portal"
                : "Your " + entries.size() + " notices from the Clinical Leadership Portal";
        String intro = "Since your last daily e-mail the portal has left you " + (entries.size() == 1 ? "one notice" : entries.size() + " notices") + ":";
        String footer = "You get one e-mail a day because your notices are set that way. Change it in My notifications: "
                + server.baseUrl().resolve("account/notifications.xhtml") + ".";
        String home = server.baseUrl().resolve("home.xhtml").toString();
        String plain = intro + "\n\n" + text + (more == null ? "" : more + "\n") + "\nYour home page: " + home + "\n\n" + footer
                + "\n\n— " + SIGNATURE + "\n";
        String rich = page("<p>" + Encode.forHtml(intro) + "</p>" + html + (more == null ? "" : "<p>" + Encode.forHtml(more) + "</p>")
                + button(home, "Open your home page") + small(footer));
        return new Letter(subject, plain, rich);
    }

    Letter addressCheck(String token) {
        String url = server.baseUrl().resolve("account/verify-email.xhtml?token=" + token).toString();
        return letter("Check your e-mail address for the Clinical Leadership Portal",
                List.of("Open the link below (signed in to the portal) to start getting your notices at this address. "
                        + "It works for two days."), url, "Check this address",
                "If you did not ask for this, ignore this e-mail: nothing will be sent here.");
    }

    Letter invitation(MeetingInvite invite) {
        String url = address(Link.to(Link.Kind.MEETING, invite.meetingId()));
        String when = org.clinlead.portal.shared.UkTime.format(invite.startsAt()) + " at "
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(invite.startsAt().atZone(org.clinlead.portal.shared.UkTime.ZONE));
        String subject = (invite.cancelled() ? "Cancelled: " : invite.sequence() > 0 ? "Moved: " : "Invitation: ")
                + invite.boardName() + " meeting, " + when;
        String where = invite.place() == null ? "" : " at " + invite.place();
        String body = invite.cancelled() ? "The meeting of the " + invite.boardName() + " on " + when + " is cancelled."
                : (invite.sequence() > 0 ? "The meeting of the " + invite.boardName() + " has moved to " + when + where + "."
                        : "You are invited to the meeting of the " + invite.boardName() + " on " + when + where + ".")
                        + " The agenda and papers will be in the portal.";
        return letter(subject, List.of(body), url, "Open the meeting",
                "Your calendar program can add or update the meeting from this e-mail.");
    }

    String address(Link link) {
        String path = link == null ? "/home.xhtml" : pages.url(link);
        return server.baseUrl().resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }

    private Letter letter(String subject, List<String> paragraphs, String url, String action, String footer) {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs) {
            text.append(p).append("\n\n");
            html.append("<p>").append(Encode.forHtml(p).replace("\n", "<br>")).append("</p>");
        }
        text.append(action).append(": ").append(url).append("\n\n").append(footer).append("\n\n— ").append(SIGNATURE).append('\n');
        html.append(button(url, action)).append(small(footer));
        return new Letter(subject, text.toString(), page(html.toString()));
    }

    private static String button(String url, String action) {
        return "<p><a href=\"" + Encode.forHtmlAttribute(url) + "\" style=\"display:inline-block;padding:8px 14px;background:#005eb8;"
                + "color:#ffffff;text-decoration:none;border-radius:4px\">" + Encode.forHtml(action) + "</a></p>";
    }

    private static String small(String footer) {
        return "<p style=\"color:#4c6272;font-size:13px\">" + Encode.forHtml(footer) + "</p>";
    }

    private static String page(String content) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"></head>"
                + "<body style=\"font-family:Arial,sans-serif;font-size:16px;color:#212b32;line-height:1.5\">" + content
                + "<p style=\"color:#4c6272;font-size:13px\">" + Encode.forHtml(SIGNATURE) + "</p></body></html>";
    }

    /** What a notice's link is about, in words for an e-mail that must not say more. */
    static String about(Link link) {
        if (link == null) {
            return "your work in the portal";
        }
        return switch (link.kind()) {
            case MEETING -> "a board meeting";
            case BOARD_ACTIONS -> "your board actions";
            case PROJECT -> "a change project";
            case COHORT -> "an aspiring leaders cohort";
            case PARTICIPANT -> "a programme participant";
            case FOLLOW_UP_ROUND -> "a follow-up round of the programme";
            case MY_DECLARATIONS -> "your declarations of interests";
            case ADVISORY_GROUP -> "an appointments advisory group";
            case CONTRACT -> "a contract";
            case ADVICE_REQUEST -> "a request for clinical advice";
            case RECONFIGURATION -> "a service change proposal";
            case ASSURANCE_REVIEW -> "an assurance review";
            case TARGET_SERIES -> "an operating target";
        };
    }

    static List<DigestEntry> entries(List<org.clinlead.portal.notices.Notice> notices) {
        List<DigestEntry> entries = new ArrayList<>();
        for (org.clinlead.portal.notices.Notice n : notices) {
            entries.add(new DigestEntry(n.getSubject(), n.getLink(), n.isShareable()));
        }
        return entries;
    }
}
