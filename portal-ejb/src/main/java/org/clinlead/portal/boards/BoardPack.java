package org.clinlead.portal.boards;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.clinlead.portal.shared.PdfDocuments;
import org.clinlead.portal.shared.UkTime;

/**
 * A meeting's pack as one PDF, with Apache PDFBox: a generated cover, an agenda page, then each paper the
 * reader may have, with a bookmark per item and per paper. Papers withheld from the reader are named on
 * the agenda as withheld and left out.
 */
final class BoardPack {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm");

    /** A paper to include: its item, its title, and where its latest PDF is (null when withheld). */
    record Entry(int itemOrder, String itemTitle, String purpose, String paperTitle, Path file) {
    }

    private BoardPack() {
    }

    static byte[] build(MeetingSummary meeting, List<ItemView> items, List<Entry> papers) {
        try (PDDocument pack = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String when = meeting.startsAt().atZone(UkTime.ZONE).format(WHEN);
            PDPage cover = PdfDocuments.addTextPages(pack, meeting.boardName(), List.of("Board pack", "",
                    "Meeting: " + when, "Place: " + (meeting.place() == null ? "by video" : meeting.place()),
                    meeting.videoLink() == null ? "" : "Video: " + meeting.videoLink(), "",
                    "Published: " + (meeting.packPublishedAt() == null ? "not yet"
                            : meeting.packPublishedAt().atZone(UkTime.ZONE).format(WHEN)),
                    "", "Confidential items and papers are for the board's members only."));
            List<String> agenda = new ArrayList<>();
            for (ItemView item : items) {
                agenda.add(item.order() + ". " + item.title() + " (" + item.purposeLabel() + ", " + item.presenter() + ")"
                        + (item.confidential() ? " - CONFIDENTIAL" : ""));
                for (PaperSummary p : item.papers()) {
                    agenda.add("      " + p.title() + (p.withheld() ? " - withheld from you (declared interest)" : "")
                            + (p.late() ? " - late" : ""));
                }
            }
            PDPage agendaPage = PdfDocuments.addTextPages(pack, "Agenda", agenda);
            PDDocumentOutline outline = new PDDocumentOutline();
            pack.getDocumentCatalog().setDocumentOutline(outline);
            outline.addLast(bookmark("Cover", cover));
            outline.addLast(bookmark("Agenda", agendaPage));
            List<PDDocument> sources = new ArrayList<>();
            try {
                PDOutlineItem currentItem = null;
                int currentOrder = -1;
                for (Entry entry : papers) {
                    if (entry.file() == null) {
                        continue;
                    }
                    PDPage first = null;
                    try {
                        PDDocument source = Loader.loadPDF(entry.file().toFile());
                        sources.add(source);
                        for (PDPage page : source.getPages()) {
                            PDPage imported = pack.importPage(page);
                            if (first == null) {
                                first = imported;
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        // One unreadable paper (stored before uploads were parsed, or damaged on disk) must not
                        // cost the board its whole pack: it gets a page saying so instead.
                        first = PdfDocuments.addTextPages(pack, entry.paperTitle(), List.of(
                                "This paper could not be included in the pack.", "",
                                "Open it from the meeting page in the portal, or ask the board secretary for a copy."));
                    }
                    if (first == null) {
                        continue;
                    }
                    if (entry.itemOrder() != currentOrder) {
                        currentItem = bookmark(entry.itemOrder() + ". " + entry.itemTitle(), first);
                        outline.addLast(currentItem);
                        currentOrder = entry.itemOrder();
                    }
                    currentItem.addLast(bookmark(entry.paperTitle(), first));
                }
                outline.openNode();
                pack.save(out);
            } finally {
                for (PDDocument source : sources) {
                    source.close();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The pack could not be built", e);
        }
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(page);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }
}
