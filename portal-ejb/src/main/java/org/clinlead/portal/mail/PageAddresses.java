package org.clinlead.portal.mail;

import org.clinlead.portal.notices.Link;

/** The page a notice's link opens, relative to the portal ({@code /boards/meeting.xhtml?id=12}); the web layer knows. */
public interface PageAddresses {

    String url(Link link);
}
