package org.clinlead.portal.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.shared.Check;
import org.clinlead.portal.shared.RuleViolationException;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A cohort of the programme: a number of funded places (120 by default, the strategy's aim B), the funding
 * per place and the pathways it covers. It never takes more participants than it has funded places.
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    /** The strategy's aim the programme serves: B, developing tomorrow's clinical leaders. */
    public static final String AIM = "B";

    public static final int DEFAULT_PLACES = 120;
    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "funded_places", nullable = false)
    private int fundedPlaces;

    @Column(name = "funding_per_place", nullable = false, precision = 10, scale = 2)
    private BigDecimal fundingPerPlace;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The programme serves aim B; kept as every activity keeps its aims, and checked not empty by the database. */
    @Column(name = "aim_codes", nullable = false, length = 5)
    private String aimCodes = AIM;

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany
    @JoinTable(name = "cohort_pathway", joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "pathway_code"))
    private Set<Pathway> pathways = new java.util.LinkedHashSet<>();

    protected Cohort() {
    }

    public Cohort(String name, LocalDate startsOn, LocalDate endsOn, Integer fundedPlaces, BigDecimal fundingPerPlace,
            Set<Pathway> pathways, Instant now) {
        int places = fundedPlaces == null ? DEFAULT_PLACES : fundedPlaces;
        new Check().text(name, "name", "The cohort's name", NAME_MAX)
                .require(startsOn != null, "startsOn", "Give the date the cohort starts.")
                .require(endsOn != null, "endsOn", "Give the date the cohort ends.")
                .require(startsOn == null || endsOn == null || endsOn.isAfter(startsOn), "endsOn",
                        "The cohort must end after it starts.")
                .require(places >= 1 && places <= 1000, "fundedPlaces", "A cohort has between 1 and 1,000 funded places.")
                .require(fundingPerPlace != null && fundingPerPlace.signum() >= 0
                        && fundingPerPlace.compareTo(new BigDecimal("1000000")) < 0, "fundingPerPlace",
                        "Give the funding per place in pounds (0 or more, under £1,000,000).")
                .require(pathways != null && !pathways.isEmpty(), "pathways", "Choose at least one pathway the cohort covers.")
                .orThrow();
        this.name = name.strip();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.fundedPlaces = places;
        this.fundingPerPlace = fundingPerPlace.setScale(2, java.math.RoundingMode.HALF_UP);
        this.pathways.addAll(pathways);
        this.createdAt = now;
        this.aimCodes = AIM;
    }

    /** Applications are taken until the cohort starts. */
    public boolean isOpenForApplications(LocalDate today) {
        return today.isBefore(startsOn);
    }

    public boolean hasEnded(LocalDate today) {
        return today.isAfter(endsOn);
    }

    public boolean covers(Pathway pathway) {
        return pathway != null && pathways.stream().anyMatch(p -> p.getCode().equals(pathway.getCode()));
    }

    /** Refuses a selection that would take the cohort past its funded places. */
    public void checkRoomFor(long placesTaken) {
        if (placesTaken >= fundedPlaces) {
            throw new RuleViolationException("All " + fundedPlaces + " funded places of " + name + " are taken. "
                    + "Waitlist the applicant instead, or select them when a participant withdraws.");
        }
    }

    public String phase(LocalDate today) {
        return isOpenForApplications(today) ? "Taking applications" : hasEnded(today) ? "Ended" : "Running";
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

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getFundedPlaces() {
        return fundedPlaces;
    }

    public BigDecimal getFundingPerPlace() {
        return fundingPerPlace;
    }

    public Set<Pathway> getPathways() {
        return pathways;
    }

    public Set<String> getPathwayNames() {
        return pathways.stream().map(Pathway::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    public java.util.Set<String> getAims() {
        return java.util.Set.of(aimCodes.split(""));
    }
}
