package org.clinlead.portal.boards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.clinlead.portal.appointments.Programme;
import org.clinlead.portal.pathways.Pathway;
import org.clinlead.portal.shared.Check;

/** A Pathway Delivery Board (one per pathway, optionally one per programme): terms of reference and quorum rule. */
@Entity
@Table(name = "board")
public class Board {

    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pathway_code", updatable = false)
    private Pathway pathway;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_code", updatable = false)
    private Programme programme;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "terms_of_reference", nullable = false, length = TEXT_MAX)
    private String termsOfReference;

    @Column(name = "quorum_min", nullable = false)
    private int quorumMin;

    @Column(name = "quorum_needs_lead", nullable = false)
    private boolean quorumNeedsLead;

    protected Board() {
    }

    public Board(Pathway pathway, Programme programme, String name, String termsOfReference, int quorumMin,
            boolean quorumNeedsLead) {
        this.pathway = pathway;
        this.programme = programme;
        describe(name, termsOfReference, quorumMin, quorumNeedsLead);
    }

    public final void describe(String name, String termsOfReference, int quorumMin, boolean quorumNeedsLead) {
        new Check().text(name, "name", "The board's name", 200)
                .text(termsOfReference, "termsOfReference", "The terms of reference", TEXT_MAX)
                .require(quorumMin >= 1 && quorumMin <= 50, "quorumMin", "The quorum is between 1 and 50 voting members.")
                .orThrow();
        this.name = name.strip();
        this.termsOfReference = termsOfReference.strip();
        this.quorumMin = quorumMin;
        this.quorumNeedsLead = quorumNeedsLead;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Pathway getPathway() {
        return pathway;
    }

    public Programme getProgramme() {
        return programme;
    }

    public String getName() {
        return name;
    }

    public String getTermsOfReference() {
        return termsOfReference;
    }

    public int getQuorumMin() {
        return quorumMin;
    }

    public boolean isQuorumNeedsLead() {
        return quorumNeedsLead;
    }
}
