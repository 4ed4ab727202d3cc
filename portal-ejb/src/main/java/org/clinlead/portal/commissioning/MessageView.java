package org.clinlead.portal.commissioning;

import java.time.Instant;

/** A message on a return's query thread. */
public record MessageView(long id, Side side, String sideLabel, String authorName, String body, Instant writtenAt) {

    static MessageView of(SubmissionMessage m) {
        return new MessageView(m.getId(), m.getSide(), m.getSide().label(), m.getAuthorName(), m.getBody(), m.getWrittenAt());
    }
}
