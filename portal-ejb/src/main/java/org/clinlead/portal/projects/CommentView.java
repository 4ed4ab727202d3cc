package org.clinlead.portal.projects;

import java.io.Serializable;
import java.time.Instant;

/** A comment on a project. */
public record CommentView(long id, String author, String body, Instant at) implements Serializable {
}
