package org.clinlead.portal.mail;

import java.time.Instant;

/** A meeting as an invitation: {@code sequence} counts its changes (0 when first scheduled), as calendars expect. */
record MeetingInvite(long meetingId, String boardName, Instant startsAt, Instant endsAt, String place, String videoLink,
        int sequence, boolean cancelled) {
}
