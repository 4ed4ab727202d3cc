package org.clinlead.portal.boards;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinlead.portal.api.Exports;
import org.clinlead.portal.api.ListParameters;
import org.clinlead.portal.api.PageAnswer;
import org.clinlead.portal.api.Versioned;
import org.clinlead.portal.shared.Page;
import org.clinlead.portal.shared.PageRequest;

/** The action log: filters {@code board}, {@code owner}, {@code status}; CSV and XLSX; owners mark actions done. */
@Path("actions")
@Produces(MediaType.APPLICATION_JSON)
public class ActionsResource {

    public record DoneInput(Long version) {
    }

    private static final List<String> HEADERS = List.of("board", "item", "description", "owner", "dueDate", "doneOn", "status");

    @Inject
    private BoardActions boardActions;

    @Inject
    private ActionReminders reminders;

    @Context
    private UriInfo uri;

    @GET
    public PageAnswer<ActionView> list() {
        ListParameters params = ListParameters.read(uri, Set.of("board", "owner", "status"));
        return PageAnswer.of(boardActions.actions(params.toRequest()), params);
    }

    @GET
    @Path("mine")
    public PageAnswer<ActionView> mine() {
        return PageAnswer.whole(boardActions.myActions());
    }

    /** Sends the owners' reminders due now (due within 3 days, or overdue); they also go out hourly, each once. */
    @POST
    @Path("reminders")
    public Map<String, Integer> remind() {
        return Map.of("sent", reminders.sendNow());
    }

    @POST
    @Path("{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActionView done(@PathParam("id") long id, DoneInput input) {
        Versioned.body(input);
        return boardActions.completeAction(id, Versioned.required(input.version()));
    }

    /** The whole filtered log as {@code actions.csv} or {@code actions.xlsx}. */
    @GET
    @Path("export.{format: csv|xlsx}")
    @Produces({"text/csv", Exports.XLSX})
    public Response export(@PathParam("format") String format) {
        ListParameters params = ListParameters.read(uri, Set.of("board", "owner", "status"));
        Map<String, String> filters = params.toRequest().filters();
        List<List<Object>> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<ActionView> actions = boardActions.actions(new PageRequest(page, PageRequest.MAX_SIZE, "dueDate", true, filters));
            for (ActionView a : actions.items()) {
                rows.add(Arrays.asList(a.boardName(), a.itemTitle(), a.description(), a.ownerName(), a.dueDate(), a.doneOn(),
                        a.statusLabel()));
            }
            if (actions.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return "xlsx".equals(format) ? Exports.xlsx("actions", "Action log", HEADERS, rows) : Exports.csv("actions", HEADERS, rows);
    }
}
