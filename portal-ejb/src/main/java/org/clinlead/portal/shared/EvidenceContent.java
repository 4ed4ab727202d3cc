package org.clinlead.portal.shared;

import java.nio.file.Path;

/** A stored evidence file to send: where it is, its safe name, its media type and size. */
public record EvidenceContent(Path file, String fileName, String mediaType, long size) {
}
