package org.clinlead.portal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The secretary's attendance form: each member present, sent apologies or absent.
 */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingBacking meeting;

    @Inject
    private MeetingRecords records;

    private final Map<Long, String> attendance = new HashMap<>();

    /** Each member's attendance as recorded so far (the form starts from it). */
    public Map<Long, String> getAttendance() {
        if (attendance.isEmpty() && meeting.getPage() != null) {
            for (AttendanceLine line : meeting.getPage().attendance()) {
                attendance.putIfAbsent(line.clinicianId(), line.status() == null ? null : line.status().name());
            }
        }
        return attendance;
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public String saveAttendance() {
        List<AttendanceInput> lines = new ArrayList<>();
        attendance.forEach((member, status) -> {
            if (status != null && !status.isBlank()) {
                lines.add(new AttendanceInput(member, AttendanceStatus.valueOf(status)));
            }
        });
        return meeting.act("attendance", () -> records.recordAttendance(meeting.getId(), lines),
                "Attendance is recorded.");
    }
}
