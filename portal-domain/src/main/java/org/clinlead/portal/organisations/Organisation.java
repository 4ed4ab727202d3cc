package org.clinlead.portal.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clinlead.portal.shared.Check;

/**
 * An NHS body of the region. Its national code must have the shape its type demands and is unique
 * across the region (the database enforces the uniqueness, the boundary turns a clash into a message).
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int NAME_MAX = 200;
    public static final int CODE_MAX = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 40)
    private OrganisationType type;

    @Column(name = "national_code", nullable = false, unique = true, length = CODE_MAX)
    private String nationalCode;

    @Column(nullable = false)
    private boolean active = true;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationType type, String nationalCode) {
        describe(name, type, nationalCode);
    }

    /** Changes name, type and code together, because the code's shape depends on the type. */
    public final void describe(String name, OrganisationType type, String nationalCode) {
        String code = OrganisationType.normalise(nationalCode);
        Check check = new Check()
                .text(name, "name", "The organisation's name", NAME_MAX)
                .require(type != null, "type", "Choose the kind of organisation.");
        if (code == null || code.isEmpty()) {
            check.require(false, "nationalCode", "The national code is required.");
        } else if (type != null && !type.accepts(code)) {
            check.require(false, "nationalCode",
                    "The national code of " + type.inSentence() + " is " + type.codeShape() + ".");
        }
        check.orThrow();
        this.name = name.strip();
        this.type = type;
        this.nationalCode = code;
    }

    public void close() {
        this.active = false;
    }

    public void reopen() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return name + " (" + nationalCode + ")";
    }
}
