package org.clinlead.portal.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One scored criterion of a vacancy's person specification. */
@Entity
@Table(name = "vacancy_criterion")
public class Criterion {

    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vacancy_id", nullable = false, updatable = false)
    private Vacancy vacancy;

    @Column(name = "display_order", nullable = false)
    private int order;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    protected Criterion() {
    }

    Criterion(Vacancy vacancy, int order, String name) {
        this.vacancy = vacancy;
        this.order = order;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Vacancy getVacancy() {
        return vacancy;
    }

    public int getOrder() {
        return order;
    }

    public String getName() {
        return name;
    }
}
