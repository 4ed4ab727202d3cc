package org.clinlead.portal.strategy;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.clinlead.portal.shared.UkTime;

/**
 * The annual report as a PDF: title and period, the headline figures, a bar chart of activity per aim, then per aim
 * the capabilities and notable activities, the gaps, the projects that spread, the boards' decisions and the
 * programme — wrapped to the page and continued on new pages as needed.
 */
final class AnnualReportDocument {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Color NHS_BLUE = new Color(0, 94, 184);
    private static final Color GREY = new Color(118, 134, 146);

    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDDocument doc = new PDDocument();
    private final String portal;
    private PDPageContentStream c;
    private PDPage page;
    private float y;

    private AnnualReportDocument(String portal) {
        this.portal = portal;
    }

    static byte[] of(AnnualReport report, Instant now, String portal) {
        return new AnnualReportDocument(portal).render(report, now);
    }

    private byte[] render(AnnualReport r, Instant now) {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Clinical leadership and involvement: year in review " + r.year());
            info.setCreator("Clinical Leadership Governance Portal");
            doc.setDocumentInformation(info);
            newPage();
            line(bold, 18, "Clinical leadership and involvement: year in review");
            wrap(plain, 11, "Financial year " + r.year() + " (" + UkTime.format(r.from()) + " to " + UkTime.format(r.to())
                    + "). Worked out from the portal's records on " + UkTime.format(now) + ".");
            y -= 8;
            heading("Headline figures");
            for (HeadlineFigures.Figure f : r.headlines().figures()) {
                wrap(plain, 10, f.label() + ": " + f.display() + ". " + f.text());
            }
            y -= 6;
            heading("Activity by aim (" + r.total() + " activities; one serving two aims counts under each)");
            chart(r.aims());
            for (AnnualReport.AimSection a : r.aims()) {
                heading("Aim " + a.code() + ": " + a.title() + " — " + a.total() + " activit" + (a.total() == 1 ? "y" : "ies"));
                if (a.capabilities().isEmpty()) {
                    wrap(plain, 10, "No activity under this aim in the year.");
                } else {
                    List<String> parts = new ArrayList<>();
                    a.capabilities().forEach(cap -> parts.add(cap.capability() + " " + cap.total()));
                    wrap(plain, 10, String.join("; ", parts) + ".");
                }
                for (AnnualReport.Notable n : a.notable()) {
                    linked(plain, 9, "- " + n.title() + " (" + n.kind() + ", " + n.status().toLowerCase(Locale.UK).replace('_', ' ') + ")",
                            n.page());
                }
            }
            heading("Gaps");
            if (r.gaps().isEmpty()) {
                wrap(plain, 10, "Every pathway had activity under every aim.");
            }
            for (String g : r.gaps()) {
                wrap(plain, 10, "- " + g);
            }
            heading("Change projects that spread beyond their organisation");
            if (r.spread().isEmpty()) {
                wrap(plain, 10, "None yet.");
            }
            for (AnnualReport.Notable n : r.spread()) {
                linked(plain, 10, "- " + n.title() + " (" + n.status() + ")", n.page());
            }
            heading("Decisions of the boards");
            if (r.decisions().isEmpty()) {
                wrap(plain, 10, "No decisions were recorded in the year.");
            }
            for (AnnualReport.Notable n : r.decisions()) {
                linked(plain, 10, "- " + n.kind() + ": " + n.title() + " — " + n.status(), n.page());
            }
            heading("The aspiring leaders programme");
            AnnualReport.Programme p = r.programme();
            wrap(plain, 10, p.cohorts() + " cohort" + (p.cohorts() == 1 ? "" : "s") + " running in the year, " + p.fundedPlaces()
                    + " places funded, " + p.participants() + " aspiring leaders on the programme, " + p.completed()
                    + " completed; invested " + money(p.invested()) + ".");
            heading("Return on investment");
            if (p.returns().isEmpty()) {
                wrap(plain, 10, "No cohort had started by the year's end.");
            } else {
                wrap(plain, 10, "Every cohort to date: " + money(p.returnSaved()) + " saved, as its alumni reported in follow-ups, for "
                        + money(p.returnInvested()) + " invested" + perPound(p.returnPerPound()) + ".");
            }
            for (AnnualReport.CohortReturn cr : p.returns()) {
                wrap(plain, 10, "- " + cr.cohort() + " (from " + UkTime.format(cr.startsOn()) + ", " + cr.placesTaken() + (cr.placesTaken() == 1 ? " place): " : " places): ")
                        + money(cr.saved()) + " saved for " + money(cr.invested()) + perPound(cr.perPound()) + ".");
            }
            c.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String money(java.math.BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.UK).format(amount);
    }

    private static String perPound(java.math.BigDecimal perPound) {
        return perPound == null ? "" : ", " + money(perPound) + " for every pound";
    }

    /** Horizontal bars, one per aim, scaled to the busiest. */
    private void chart(List<AnnualReport.AimSection> aims) throws IOException {
        room(aims.size() * 22 + 10);
        long max = Math.max(1, aims.stream().mapToLong(AnnualReport.AimSection::total).max().orElse(1));
        float barSpace = WIDTH - 140;
        for (AnnualReport.AimSection a : aims) {
            text(plain, 10, MARGIN, y - 12, "Aim " + a.code());
            float w = barSpace * a.total() / max;
            c.setNonStrokingColor(a.total() == 0 ? GREY : NHS_BLUE);
            c.addRect(MARGIN + 50, y - 16, Math.max(1, w), 14);
            c.fill();
            c.setNonStrokingColor(Color.BLACK);
            text(plain, 10, MARGIN + 56 + w, y - 12, String.valueOf(a.total()));
            y -= 22;
        }
        y -= 8;
    }

    private void heading(String s) throws IOException {
        room(40);
        y -= 6;
        c.setNonStrokingColor(NHS_BLUE);
        line(bold, 12, s);
        c.setNonStrokingColor(Color.BLACK);
    }

    /** A line (or lines) in blue that opens {@code path}, a page of the portal, when clicked. */
    private void linked(PDType1Font font, float size, String s, String path) throws IOException {
        room(size + 6);
        PDPage first = page;
        float top = y;
        c.setNonStrokingColor(NHS_BLUE);
        wrap(font, size, s);
        c.setNonStrokingColor(Color.BLACK);
        PDAnnotationLink link = new PDAnnotationLink();
        float from = page == first ? top : PDRectangle.A4.getHeight() - MARGIN;
        link.setRectangle(new PDRectangle(MARGIN, y, WIDTH, from - y));
        PDActionURI open = new PDActionURI();
        open.setURI(portal + path.substring(1));
        link.setAction(open);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        page.getAnnotations().add(link);
    }

    private void wrap(PDType1Font font, float size, String s) throws IOException {
        StringBuilder current = new StringBuilder();
        for (String word : org.clinlead.portal.shared.PdfDocuments.encodable(font, s).split(" ")) {
            String next = current.length() == 0 ? word : current + " " + word;
            if (font.getStringWidth(next) / 1000 * size > WIDTH && current.length() > 0) {
                line(font, size, current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(next);
            }
        }
        if (current.length() > 0) {
            line(font, size, current.toString());
        }
    }

    private void line(PDType1Font font, float size, String s) throws IOException {
        room(size + 4);
        text(font, size, MARGIN, y - size, s);
        y -= size + 4;
    }

    private void text(PDType1Font font, float size, float x, float at, String s) throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, at);
        c.showText(org.clinlead.portal.shared.PdfDocuments.encodable(font, s));
        c.endText();
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (c != null) {
            c.close();
        }
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        c = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
