package org.clinlead.portal.boards;

import java.nio.file.Path;

/** A paper's PDF to stream: the safe file name and where the bytes are. */
public record PaperContent(String fileName, Path file, long size) {
}
