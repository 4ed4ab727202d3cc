package org.clinlead.portal.cohort;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The return-on-investment report as a PDF (Apache PDFBox): the cohort's facts, the headline return, bar
 * charts of retention, progression and money saved by follow-up year, and the figures behind them.
 */
public final class RoiDocument {

    private static final float MARGIN = 50;
    private static final Color NHS_BLUE = new Color(0, 94, 184);
    private static final Color GREY = new Color(118, 134, 146);

    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final NumberFormat money = NumberFormat.getCurrencyInstance(Locale.UK);

    private RoiDocument() {
    }

    public static byte[] of(RoiReport report) {
        return new RoiDocument().render(report);
    }

    private byte[] render(RoiReport r) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Return on investment: " + r.cohort());
            info.setCreator("Clinical Leadership Governance Portal");
            doc.setDocumentInformation(info);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float width = PDRectangle.A4.getWidth();
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                float y = PDRectangle.A4.getHeight() - MARGIN;
                y = text(c, bold, 16, MARGIN, y, "Return on investment: " + r.cohort());
                y = text(c, plain, 10, MARGIN, y - 4, "Aspiring clinical leaders programme (aim B), " + r.startsOn() + " to "
                        + r.endsOn());
                y -= 8;
                List<String> facts = new ArrayList<>();
                facts.add("Funded places " + r.fundedPlaces() + "; places taken " + r.placesTaken() + "; completed "
                        + r.completed() + "; withdrawn " + r.withdrawn() + ".");
                facts.add("Invested " + money.format(r.invested()) + " (" + money.format(r.fundingPerPlace()) + " per place taken).");
                facts.add("Benefits recorded by alumni: " + r.patientsAffected() + " patients affected, " + r.hoursSaved()
                        + " staff hours and " + money.format(r.moneySaved()) + " saved.");
                facts.add("Money saved per pound invested: " + (r.returnPerPound() == null ? "not known (nothing invested)"
                        : money.format(r.returnPerPound())) + ".");
                facts.add("Change projects " + r.projects() + "; sustaining or beyond " + r.projectsSustainingOrBeyond()
                        + "; spread to other organisations " + r.projectsSpreadBeyondOrganisation()
                        + "; senior clinical lead appointments since the cohort began " + r.leadsAppointed() + ".");
                for (String fact : facts) {
                    y = text(c, plain, 10, MARGIN, y - 2, fact);
                }
                if (r.years().isEmpty()) {
                    text(c, plain, 11, MARGIN, y - 20, "No follow-up round has been opened for this cohort yet.");
                } else {
                    y -= 24;
                    float chartWidth = (width - 2 * MARGIN - 30) / 3;
                    bars(c, MARGIN, y, chartWidth, "Retention in the region (%)", r.years(),
                            yr -> yr.retentionPercent() == null ? 0.0 : yr.retentionPercent().doubleValue(), 100, v -> Math.round(v) + "%");
                    bars(c, MARGIN + chartWidth + 15, y, chartWidth, "Progression into leadership (%)", r.years(),
                            yr -> yr.progressionPercent() == null ? 0.0 : yr.progressionPercent().doubleValue(), 100, v -> Math.round(v) + "%");
                    double maxMoney = r.years().stream().mapToDouble(yr -> yr.moneySaved().doubleValue()).max().orElse(0);
                    bars(c, MARGIN + 2 * (chartWidth + 15), y, chartWidth, "Money saved (GBP)", r.years(),
                            yr -> yr.moneySaved().doubleValue(), Math.max(1, maxMoney), v -> compact(v));
                    y -= 200;
                    y = text(c, bold, 11, MARGIN, y, "By follow-up year");
                    String[] head = {"Year", "Answered", "In region", "Progressed", "Sustained", "Further", "Patients", "Hours",
                        "Saved"};
                    float[] at = {0, 45, 110, 170, 235, 295, 345, 400, 445};
                    y -= 4;
                    for (int i = 0; i < head.length; i++) {
                        text(c, bold, 9, MARGIN + at[i], y, head[i]);
                    }
                    y -= 14;
                    for (Roi.Year yr : r.years()) {
                        String[] cells = {String.valueOf(yr.year()), yr.answered() + " of " + yr.alumni(),
                            yr.inRegion() + pct(yr.retentionPercent()), yr.progressed() + pct(yr.progressionPercent()),
                            String.valueOf(yr.sustained()), String.valueOf(yr.furtherProjects()),
                            String.valueOf(yr.patientsAffected()), String.valueOf(yr.hoursSaved()), money.format(yr.moneySaved())};
                        for (int i = 0; i < cells.length; i++) {
                            text(c, plain, 9, MARGIN + at[i], y, cells[i]);
                        }
                        y -= 13;
                    }
                }
                text(c, plain, 8, MARGIN, MARGIN - 20, "Retention and progression are shares of the alumni who answered; "
                        + "progression counts a reported leadership role or a lead appointment since the cohort began.");
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void bars(PDPageContentStream c, float x, float top, float width, String title, List<Roi.Year> years,
            Function<Roi.Year, Double> value, double max, Function<Double, String> label) throws IOException {
        text(c, bold, 9, x, top, title);
        float base = top - 170;
        float height = 140;
        c.setStrokingColor(GREY);
        c.moveTo(x, base);
        c.lineTo(x + width, base);
        c.stroke();
        float slot = width / years.size();
        float bar = Math.min(36, slot * 0.6f);
        for (int i = 0; i < years.size(); i++) {
            Roi.Year yr = years.get(i);
            double v = value.apply(yr);
            float h = (float) (height * Math.min(1, v / max));
            float bx = x + i * slot + (slot - bar) / 2;
            c.setNonStrokingColor(NHS_BLUE);
            c.addRect(bx, base, bar, h);
            c.fill();
            c.setNonStrokingColor(Color.BLACK);
            text(c, plain, 8, bx, base + h + 3, label.apply(v));
            text(c, plain, 8, bx, base - 11, String.valueOf(yr.year()));
        }
    }

    private float text(PDPageContentStream c, PDType1Font font, float size, float x, float y, String s) throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(org.clinlead.portal.shared.PdfDocuments.encodable(font, s));
        c.endText();
        return y - size - 3;
    }

    private static String pct(Integer percent) {
        return percent == null ? "" : " (" + percent + "%)";
    }

    private static String compact(double v) {
        return v >= 1000 ? Math.round(v / 100) / 10.0 + "k" : String.valueOf(Math.round(v));
    }
}
