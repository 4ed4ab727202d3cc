package org.clinlead.portal.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Text pages as PDF, with Apache PDFBox: the demo region's papers and the pack's cover and agenda. */
public final class PdfDocuments {

    private static final float MARGIN = 56;
    private static final float LEADING = 16;
    private static final int WRAP = 88;

    private PdfDocuments() {
    }

    /** A document of one or more pages: a bold title, then the lines (wrapped), flowing onto new pages. */
    public static byte[] text(String title, List<String> lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            addTextPages(doc, title, lines);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds pages with {@code title} and {@code lines} to {@code doc}; returns the first page added. */
    public static PDPage addTextPages(PDDocument doc, String title, List<String> lines) throws IOException {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            wrapped.addAll(wrap(ascii(line)));
        }
        PDPage first = null;
        int index = 0;
        do {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            if (first == null) {
                first = page;
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = PDRectangle.A4.getHeight() - MARGIN;
                content.beginText();
                content.setFont(bold, 16);
                content.newLineAtOffset(MARGIN, y);
                content.showText(ascii(title));
                content.setFont(plain, 11);
                content.setLeading(LEADING);
                content.newLine();
                content.newLine();
                y -= 2 * LEADING;
                while (index < wrapped.size() && y > MARGIN) {
                    content.showText(wrapped.get(index++));
                    content.newLine();
                    y -= LEADING;
                }
                content.endText();
            }
        } while (index < wrapped.size());
        return first;
    }

    private static List<String> wrap(String line) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > WRAP) {
            int cut = rest.lastIndexOf(' ', WRAP);
            if (cut <= 0) {
                cut = WRAP;
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }

    /** The standard fonts encode WinAnsi only: typographic characters become their plain equivalents. */
    /** What the standard Helvetica (WinAnsi) can show: printable ASCII, the pound sign and the multiplication sign. */
    private static String ascii(String s) {
        return s.replace('\u2014', '-').replace('\u2013', '-').replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace("\u2026", "...").replaceAll("[^\\x20-\\x7E\\u00A3\\u00D7]", "?");
    }

    /**
     * {@code s} as {@code font} can draw it: characters the standard fonts cannot encode become a dash (a middle dot
     * or an em dash) or a question mark, rather than failing the whole document.
     */
    public static String encodable(PDType1Font font, String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            try {
                font.encode(String.valueOf(ch));
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append(ch == '\u00b7' || ch == '\u2014' ? '-' : '?');
            }
        }
        return b.toString();
    }
}
