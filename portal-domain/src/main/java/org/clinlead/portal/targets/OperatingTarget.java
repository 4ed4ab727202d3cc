package org.clinlead.portal.targets;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.clinlead.portal.projects.Direction;
import org.clinlead.portal.shared.AimCodes;
import org.clinlead.portal.shared.Check;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A key operating target: code, name, what a month's figure is (a percentage or a count), which way is better, and
 * the standard (90 % of admitted patients within 18 weeks) or the monthly trajectory (at most 2 MRSA bacteraemias).
 */
@Entity
@Table(name = "operating_target")
public class OperatingTarget {

    public static final int NAME_MAX = 200;
    public static final int DEFINITION_MAX = 2000;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,19}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DEFINITION_MAX)
    private String definition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TargetUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @Column(name = "standard_value", precision = 12, scale = 2)
    private BigDecimal standard;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "operating_target_aim", joinColumns = @JoinColumn(name = "target_id"))
    @Column(name = "aim_code", nullable = false, length = 1)
    private Set<String> aims = new TreeSet<>(Set.of("D"));

    protected OperatingTarget() {
    }

    /** What a target is. */
    public record Definition(String code, String name, String definition, TargetUnit unit, Direction direction,
            BigDecimal standard, Collection<String> aims) {
    }

    public OperatingTarget(Definition d) {
        new Check().require(d.code() != null && CODE.matcher(d.code().strip()).matches(), "code",
                        "The code is 2 to 20 capital letters, digits, - or _, starting with a letter or digit (e.g. RTT-ADM).")
                .text(d.name(), "name", "The name", NAME_MAX)
                .optionalText(d.definition(), "definition", "The definition", DEFINITION_MAX)
                .require(d.unit() != null, "unit", "Say whether a month's figure is a percentage or a count.")
                .require(d.direction() != null && d.direction() != Direction.NEUTRAL, "direction",
                        "Say whether higher or lower is better.")
                .require(d.standard() == null || d.standard().signum() >= 0, "standard", "The standard is zero or more.")
                .require(d.standard() == null || d.unit() != TargetUnit.PERCENT || d.standard().compareTo(BigDecimal.valueOf(100)) <= 0,
                        "standard", "A percentage standard is at most 100.")
                .decimal(d.standard(), "standard", "The standard", 10, 2)
                .orThrow();
        this.code = d.code().strip();
        this.name = d.name().strip();
        this.definition = Check.clean(d.definition());
        this.unit = d.unit();
        this.direction = d.direction();
        this.standard = d.standard();
        this.aims.clear();
        this.aims.addAll(AimCodes.of(d.aims(), "D"));
    }

    /** Whether {@code value} meets the standard (true when there is none). */
    public boolean meets(BigDecimal value) {
        if (standard == null) {
            return true;
        }
        int c = value.compareTo(standard);
        return direction == Direction.INCREASE ? c >= 0 : c <= 0;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    public TargetUnit getUnit() {
        return unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public BigDecimal getStandard() {
        return standard;
    }

    public Set<String> getAims() {
        return Collections.unmodifiableSet(aims);
    }
}
