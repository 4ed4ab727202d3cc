package org.clinlead.portal.interests;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;

/** The caller's own declarations: declare, amend, end, nil return; administrators withhold. */
@Path("declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeclarationsResource {

    /**
     * The body of a declaration or an amendment: the interest as it should read, and for an amendment the
     * version it was based on. (A plain record: the boundary's draft carries the validation.)
     */
    public record InterestInput(InterestType type, Long organisationId, String outsideBody, String relatedPerson,
            String description, LocalDate fromDate, LocalDate toDate, String actionTaken, Long version) {
        InterestDraft draft() {
            return new InterestDraft(type, organisationId, outsideBody, relatedPerson, description, fromDate, toDate,
                    actionTaken);
        }
    }

    public record InterestEndInput(LocalDate on, Long version) {
    }

    public record WithholdInput(String reason, Long version) {
    }

    @Inject
    private RegisterOfInterests register;
    @Inject
    private InterestRegisters interestRegisters;

    @Context
    private UriInfo uri;

    @GET
    public PageAnswer<DeclarationSummary> mine() {
        return PageAnswer.whole(register.mine());
    }

    /** Every declaration, for administrators and medical directors; filter {@code name}. */
    @GET
    @Path("register")
    public PageAnswer<RegisterLine> register() {
        ListParameters params = ListParameters.read(uri, Set.of("name"));
        return PageAnswer.of(interestRegisters.internalRegister(params.toRequest()), params);
    }

    /** The yearly round: which decision makers have declared in {@code year} (default: this year). */
    @GET
    @Path("round")
    public PageAnswer<RoundEntry> round(@QueryParam("year") String year) {
        return PageAnswer.whole(interestRegisters.declarationRound(year(year)));
    }

    private static int year(String year) {
        try {
            return year == null || year.isBlank() ? LocalDate.now().getYear() : Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw new org.clinlead.portal.shared.InvalidInputException("year", "The year is a number such as 2026.");
        }
    }

    /** Reminds the decision makers who have not declared in {@code year} (default: this year); at most once a day each. */
    @POST
    @Path("round/reminders")
    public java.util.Map<String, Integer> remind(@QueryParam("year") String year) {
        return java.util.Map.of("sent", interestRegisters.remindNonDeclarers(year(year)));
    }

    @POST
    public Response declare(InterestInput input) {
        return created(register.declare(Versioned.body(input).draft()));
    }

    @POST
    @Path("nil-return")
    public Response declareNothing() {
        return created(register.declareNothing());
    }

    @PUT
    @Path("{id}")
    public DeclarationSummary amend(@PathParam("id") long id, InterestInput input) {
        Versioned.body(input);
        return register.amend(id, Versioned.required(input.version()), input.draft());
    }

    /** What the declaration said before each change, newest first. */
    @GET
    @Path("{id}/history")
    public PageAnswer<RevisionLine> history(@PathParam("id") long id) {
        return PageAnswer.whole(register.history(id));
    }

    /** The internal register as a spreadsheet: {@code register.csv} or {@code register.xlsx}. */
    @GET
    @Path("register.{format: csv|xlsx}")
    @Produces({"text/csv", org.clinlead.portal.api.Exports.XLSX})
    public Response registerExport(@PathParam("format") String format) {
        java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var lines = interestRegisters.internalRegister(new org.clinlead.portal.shared.PageRequest(page,
                    org.clinlead.portal.shared.PageRequest.MAX_SIZE, null, true, java.util.Map.of())).items();
            for (RegisterLine l : lines) {
                rows.add(java.util.Arrays.asList(l.clinicianName(), l.organisation(),
                        l.nilReturn() ? "Nil return " + l.year() : "Interest", l.typeLabel(), l.concerning(), l.description(),
                        l.fromDate(), l.toDate(), l.actionTaken(), l.onPublicRegister() ? "yes" : "no",
                        l.withheld() ? "yes" : "no", l.withheldReason(), l.dueForDisposal() ? "yes" : "no"));
            }
            if (lines.size() < org.clinlead.portal.shared.PageRequest.MAX_SIZE) {
                break;
            }
        }
        java.util.List<String> headers = java.util.List.of("name", "organisation", "declaration", "type", "concerning",
                "description", "from", "to", "actionTaken", "public", "withheld", "withheldReason", "dueForDisposal");
        return "xlsx".equals(format)
                ? org.clinlead.portal.api.Exports.xlsx("register-of-interests-internal", "Register (internal)", headers, rows)
                : org.clinlead.portal.api.Exports.csv("register-of-interests-internal", headers, rows);
    }

    @POST
    @Path("{id}/end")
    public DeclarationSummary end(@PathParam("id") long id, InterestEndInput input) {
        Versioned.body(input);
        return register.end(id, Versioned.required(input.version()), input.on());
    }

    @POST
    @Path("{id}/withhold")
    public DeclarationSummary withhold(@PathParam("id") long id, WithholdInput input) {
        Versioned.body(input);
        return register.withhold(id, Versioned.required(input.version()), input.reason());
    }

    private Response created(DeclarationSummary declaration) {
        return Response.created(uri.getBaseUriBuilder().path("declarations").path(String.valueOf(declaration.id())).build())
                .entity(declaration).build();
    }
}
