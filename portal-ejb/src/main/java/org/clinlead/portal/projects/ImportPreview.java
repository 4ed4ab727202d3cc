package org.clinlead.portal.projects;

import java.io.Serializable;
import java.util.List;

/** A series read before saving: every row, the problems by row, and whether it was saved (only when none). */
public record ImportPreview(List<ImportRow> rows, int valid, int errors, boolean saved) implements Serializable {
}
