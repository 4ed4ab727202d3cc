package org.clinlead.portal.aims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of the five aims of the Clinical Leadership &amp; Involvement strategy, identified by its letter.
 * Reference data written by a migration; the portal never edits it.
 */
@Entity
@Table(name = "strategic_aim")
public class StrategicAim {

    @Id
    @Column(length = 1)
    private String code;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 2000)
    private String description;

    protected StrategicAim() {
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }
}
