package org.clinlead.portal.commissioning;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.api.Exports;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;

/** CQUIN contracts: the list, a new one, one in full, its indicators, agreement, payments and reconciliation. */
@Path("contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractsResource {

    public record ContractInput(String reference, Long commissionerId, Long providerId, Integer startYear,
            BigDecimal annualValue, BigDecimal cquinShare, java.util.Set<String> aims) {
    }

    public record IndicatorInput(String name, String rationale, QualityDomain domain, String pathwayCode, Boolean proportion,
            String numeratorDefinition, String denominatorDefinition, String unit, Improvement improvement, BigDecimal minimum, BigDecimal maximum, BigDecimal weight,
            List<MilestoneInput> milestones, java.util.Set<String> aims, String profileIndicatorCode) {
    }

    /** Quarter 1 to 3: {@code reportOnly}, or its own {@code minimum} and {@code maximum}. */
    public record MilestoneInput(Integer quarter, Boolean reportOnly, BigDecimal minimum, BigDecimal maximum) {
    }

    public record SignatureInput(Side side, Long version) {
    }

    public record PaymentInput(Integer quarter, BigDecimal planPercent) {
    }

    public record ReconcileInput(Long version) {
    }

    /** {@code changes}: for each indicator changed, its new {@code minimum}, {@code maximum} and {@code weight}. */
    public record VariationInput(Side side, String reason, List<ChangeInput> changes, Long version) {
    }

    public record ChangeInput(Long indicatorId, BigDecimal minimum, BigDecimal maximum, BigDecimal weight) {
    }

    @Inject
    private Contracts contracts;

    @Inject
    private Schemes schemes;

    @Inject
    private Payments payments;

    @Inject
    private Variations variations;

    @Context
    private UriInfo uri;

    /** Contracts the caller may see; filters {@code year} (2026 for 2026/27), {@code commissioner}, {@code provider}, {@code status}; paged. */
    @GET
    public PageAnswer<ContractSummary> list() {
        ListParameters params = ListParameters.read(uri, Set.of("year", "commissioner", "provider", "status"));
        return PageAnswer.of(contracts.search(params.toRequest()), params);
    }

    @POST
    public Response create(ContractInput input) {
        Versioned.body(input);
        ContractSummary c = contracts.create(new ContractDraft(input.reference(), input.commissionerId(), input.providerId(),
                input.startYear(), input.annualValue(), input.cquinShare(), input.aims()));
        return Response.created(uri.getBaseUriBuilder().path("contracts").path(String.valueOf(c.id())).build()).entity(c)
                .build();
    }

    @GET
    @Path("{id}")
    public ContractPage get(@PathParam("id") long id) {
        return contracts.contract(id);
    }

    @GET
    @Path("{id}/indicators")
    public PageAnswer<IndicatorView> indicators(@PathParam("id") long id) {
        return PageAnswer.whole(contracts.contract(id).indicators());
    }

    @POST
    @Path("{id}/indicators")
    public Response addIndicator(@PathParam("id") long id, IndicatorInput input) {
        Versioned.body(input);
        return Response.status(Response.Status.CREATED).entity(schemes.addIndicator(id, new IndicatorDraft(input.name(),
                input.rationale(), input.domain(), input.pathwayCode(), input.proportion(), input.numeratorDefinition(),
                input.denominatorDefinition(), input.unit(), input.improvement(),
                input.minimum(), input.maximum(), input.weight(), input.milestones() == null ? null
                        : input.milestones().stream().map(m -> m == null ? null : new MilestoneDraft(m.quarter(),
                                m.reportOnly(), m.minimum(), m.maximum())).toList(), input.aims(),
                input.profileIndicatorCode()))).build();
    }

    /** Where agreement stands: the signatures and what still stands in the way. */
    @GET
    @Path("{id}/agreement")
    public ContractPage agreement(@PathParam("id") long id) {
        return contracts.contract(id);
    }

    /** Signs the scheme for one side; agreed when both have signed. */
    @POST
    @Path("{id}/agreement")
    public ContractSummary sign(@PathParam("id") long id, SignatureInput input) {
        Versioned.body(input);
        return schemes.sign(id, Versioned.required(input.version()), input.side());
    }

    @GET
    @Path("{id}/variations")
    public PageAnswer<VariationView> variations(@PathParam("id") long id) {
        return PageAnswer.whole(variations.variations(id));
    }

    /** Proposes a variation of an agreed scheme; it applies when the other side agrees ({@code POST /variations/{id}/agreement}). */
    @POST
    @Path("{id}/variations")
    public Response propose(@PathParam("id") long id, VariationInput input) {
        Versioned.body(input);
        java.util.Map<Long, SchemeVariation.Wanted> wanted = new java.util.LinkedHashMap<>();
        for (ChangeInput c : input.changes() == null ? List.<ChangeInput>of() : input.changes()) {
            if (c == null || c.indicatorId() == null) {
                throw new org.clinlead.portal.shared.InvalidInputException("changes", "Each change names its indicatorId.");
            }
            if (wanted.put(c.indicatorId(), new SchemeVariation.Wanted(c.minimum(), c.maximum(), c.weight())) != null) {
                throw new org.clinlead.portal.shared.InvalidInputException("changes", "Indicator " + c.indicatorId()
                        + " is changed twice; give one change per indicator.");
            }
        }
        return Response.status(Response.Status.CREATED).entity(variations.propose(id, Versioned.required(input.version()),
                input.side(), input.reason(), wanted)).build();
    }

    @GET
    @Path("{id}/payments")
    public PageAnswer<PaymentView> payments(@PathParam("id") long id) {
        return PageAnswer.whole(payments.payments(id));
    }

    @POST
    @Path("{id}/payments")
    public Response pay(@PathParam("id") long id, PaymentInput input) {
        Versioned.body(input);
        return Response.status(Response.Status.CREATED).entity(payments.pay(id, input.quarter(), input.planPercent())).build();
    }

    @GET
    @Path("{id}/reconciliation")
    public StatementView statement(@PathParam("id") long id) {
        return payments.statement(id);
    }

    /** Closes the year with its statement. */
    @POST
    @Path("{id}/reconciliation")
    public StatementView reconcile(@PathParam("id") long id, ReconcileInput input) {
        Versioned.body(input);
        return payments.reconcile(id, Versioned.required(input.version()));
    }

    @GET
    @Path("{id}/reconciliation.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response statementPdf(@PathParam("id") long id) {
        return Exports.pdf("cquin-statement-" + id + ".pdf", StatementDocument.of(payments.statement(id)));
    }

    @GET
    @Path("{id}/reconciliation.xlsx")
    @Produces({Exports.XLSX, MediaType.APPLICATION_JSON})
    public Response statementXlsx(@PathParam("id") long id) {
        StatementView s = payments.statement(id);
        List<List<Object>> rows = new ArrayList<>();
        for (StatementView.Line l : s.lines()) {
            rows.add(List.of(l.name(), l.weight(), l.achievement().multiply(new BigDecimal("100")), s.cquinValue(),
                    l.earned()));
        }
        rows.add(List.of("Earned (sum of the lines)", "", "", "", s.earned()));
        rows.add(List.of("Paid on account", "", "", "", s.paidOnAccount()));
        rows.add(List.of("Balance: " + s.balanceText(), "", "", "", s.balance()));
        return Exports.xlsx("cquin-statement-" + id, "Reconciliation " + s.year().replace('/', '-'), List.of("Indicator",
                "Weight %", "Year-end achievement %", "CQUIN value (GBP)", "Earned (GBP)"), rows);
    }
}
