package org.clinlead.portal.boards;

import java.io.Serializable;

/** A member and their attendance at a meeting (null until recorded). */
public record AttendanceLine(long clinicianId, String name, String role, boolean voting, boolean lead,
        AttendanceStatus status) implements Serializable {
}
