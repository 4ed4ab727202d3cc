package org.clinlead.portal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shell.Feedback;

/**
 * The meeting page: agenda, pack status, papers, conflicts, attendance, as {@code Agendas.meeting} gives them
 * to the caller. Each form on the page has its own bean (a new item, a paper, attendance, an item's record,
 * an action, the minutes), which acts through {@link #act} and comes back here.
 */
@Named
@ViewScoped
public class MeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Agendas agendas;

    @Inject
    private BoardPacks boardPacks;

    private Long id;

    private MeetingPage page;

    public void load() {
        page = agendas.meeting(id);
    }

    public String publish() {
        return act("publish", () -> boardPacks.publish(id), "The pack is published and the members are told.");
    }

    public String moveUp(long itemId) {
        List<Long> order = new ArrayList<>(page.items().stream().map(ItemView::id).toList());
        int i = order.indexOf(itemId);
        if (i > 0) {
            order.add(i - 1, order.remove(i));
        }
        return act("agenda", () -> agendas.reorder(id, page.meeting().version(), order),
                "The agenda order is changed.");
    }

    /** An item of this agenda, or the error a form shows when none was chosen. */
    ItemView item(Long itemId) {
        return page.items().stream().filter(i -> itemId != null && i.id() == itemId).findFirst()
                .orElseThrow(() -> new InvalidInputException("item", "Choose an item of this agenda."));
    }

    /** Runs a form's action: the message on success and back to this meeting, or the error on the form. */
    String act(String form, Runnable action, String done) {
        return Feedback.attempt(form, action, done, "/boards/meeting?faces-redirect=true&id=" + id);
    }

    public List<ConflictFlag> getConflicts() {
        return page.items().stream().flatMap(i -> i.conflicts().stream()).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingPage getPage() {
        return page;
    }
}
