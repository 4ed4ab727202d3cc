package org.clinlead.portal.commissioning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.clinlead.portal.shared.EvidenceUpload;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shell.EvidenceUploads;
import org.primefaces.model.file.UploadedFile;

/**
 * The provider's return for an indicator and a quarter, with an optional evidence file; the same form corrects a
 * return awaiting assessment or answers a query (the narrative is the answer).
 */
@Named
@ViewScoped
public class ReturnBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContractBacking contract;

    @Inject
    private Returns returns;

    private Long indicatorId;
    private Integer quarter;
    private BigDecimal numerator;
    private BigDecimal denominator;
    private BigDecimal value;
    private String narrative;
    private transient UploadedFile file;

    public String submit() {
        return contract.act("return", () -> {
            if (indicatorId == null) {
                throw new InvalidInputException("indicatorId", "Choose the indicator.");
            }
            ReturnView existing = contract.getPage().quarters().stream().filter(q -> quarter != null && q.number() == quarter)
                    .flatMap(q -> q.cells().stream()).filter(c -> c.indicatorId() == indicatorId)
                    .map(QuarterView.Cell::submission).filter(Objects::nonNull).findFirst().orElse(null);
            EvidenceUpload upload = EvidenceUploads.of(file);
            ReturnView made = returns.submit(indicatorId, new ReturnDraft(quarter, numerator, denominator, value, narrative),
                    existing == null ? null : existing.version());
            if (upload != null) {
                returns.addEvidence(made.id(), upload);
            }
        }, "The return is made; the commissioner is told it is ready to assess.");
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public void setNumerator(BigDecimal numerator) {
        this.numerator = numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public void setDenominator(BigDecimal denominator) {
        this.denominator = denominator;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
