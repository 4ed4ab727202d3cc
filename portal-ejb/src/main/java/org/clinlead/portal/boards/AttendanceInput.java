package org.clinlead.portal.boards;

import java.io.Serializable;

/** One member's attendance to record. */
public record AttendanceInput(Long clinicianId, AttendanceStatus status) implements Serializable {
}
