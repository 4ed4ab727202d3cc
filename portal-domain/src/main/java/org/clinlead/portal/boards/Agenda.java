package org.clinlead.portal.boards;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinlead.portal.shared.InvalidInputException;

/** The agenda's order: a reorder names every item exactly once. */
public final class Agenda {

    private Agenda() {
    }

    public static void reorder(List<AgendaItem> items, List<Long> orderedIds) {
        if (orderedIds == null || orderedIds.size() != items.size() || new HashSet<>(orderedIds).size() != orderedIds.size()
                || !new HashSet<>(orderedIds).equals(items.stream().map(AgendaItem::getId).collect(Collectors.toSet()))) {
            throw new InvalidInputException("itemIds", "List every item of this meeting's agenda exactly once, in the new order.");
        }
        Map<Long, AgendaItem> byId = items.stream().collect(Collectors.toMap(AgendaItem::getId, Function.identity()));
        for (int i = 0; i < orderedIds.size(); i++) {
            byId.get(orderedIds.get(i)).moveTo(i + 1);
        }
    }
}
