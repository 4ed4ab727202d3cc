package org.clinlead.portal.profiles;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.shared.AimCodes;
import org.clinlead.portal.shared.Check;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A practice-level indicator of the catalogue: what it counts, which way is better, where the data comes from,
 * how often it is reported, the pathway whose leads advise on it and the strategy's aims it serves (always C).
 */
@Entity
@Table(name = "profile_indicator")
public class ProfileIndicator {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 2000;
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

    @Column(nullable = false, length = TEXT_MAX)
    private String definition;

    @Enumerated(EnumType.STRING)
    @Column(name = "indicator_kind", nullable = false, length = 20, updatable = false)
    private IndicatorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Polarity polarity;

    @Column(nullable = false, length = NAME_MAX)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, length = 10, updatable = false)
    private PeriodType periodType;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "pathway_code", nullable = false)
    private Pathway pathway;

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "profile_indicator_aim", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "aim_code", nullable = false, length = 1)
    private Set<String> aims = new TreeSet<>(Set.of("C"));

    protected ProfileIndicator() {
    }

    public ProfileIndicator(String code, String name, String definition, IndicatorKind kind, Polarity polarity,
            String source, PeriodType periodType, Pathway pathway, Collection<String> aims) {
        String c = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        Check check = new Check()
                .require(c != null && CODE.matcher(c).matches(), "code",
                        "The code is 2 to 20 capital letters, digits, - or _, e.g. DM-HBA1C.")
                .require(kind != null, "kind", "Say whether the indicator is a proportion or a rate per 1,000.")
                .require(periodType != null, "periodType", "Say whether it is reported quarterly or yearly.");
        describe(check, name, definition, polarity, source, pathway);
        this.code = c;
        this.kind = kind;
        this.periodType = periodType;
        serveAims(aims);
    }

    /** Changes what can change once values exist: the words, the polarity, the source, the pathway. */
    public void describe(String name, String definition, Polarity polarity, String source, Pathway pathway) {
        describe(new Check(), name, definition, polarity, source, pathway);
    }

    private void describe(Check check, String name, String definition, Polarity polarity, String source, Pathway pathway) {
        check.text(name, "name", "The indicator's name", NAME_MAX)
                .text(definition, "definition", "The definition", TEXT_MAX)
                .require(polarity != null, "polarity", "Say which way is better (or neither).")
                .text(source, "source", "The source of the data", NAME_MAX)
                .require(pathway != null, "pathway", "Choose the pathway whose leads advise on this indicator.")
                .orThrow();
        this.name = name.strip();
        this.definition = definition.strip();
        this.polarity = polarity;
        this.source = source.strip();
        this.pathway = pathway;
    }

    public void serveAims(Collection<String> codes) {
        Set<String> wanted = AimCodes.of(codes, "C");
        aims.clear();
        aims.addAll(wanted);
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

    public IndicatorKind getKind() {
        return kind;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public String getSource() {
        return source;
    }

    public PeriodType getPeriodType() {
        return periodType;
    }

    public Pathway getPathway() {
        return pathway;
    }

    public Set<String> getAims() {
        return Collections.unmodifiableSet(aims);
    }
}
