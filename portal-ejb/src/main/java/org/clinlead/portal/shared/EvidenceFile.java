package org.clinlead.portal.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Evidence is accepted only if it is what its name says, judged by opening it with the library that reads that
 * kind: a PDF that PDFBox opens with at least one page, a workbook that Apache POI opens, or UTF-8 text that
 * Commons CSV parses. Not empty, at most 10 MB; the name is kept only as a safe label.
 */
public final class EvidenceFile {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The checked file: its safe name, its kind (pdf, xlsx, csv) and media type. */
    public record Checked(String fileName, String kind, String mediaType, byte[] content) {
    }

    private EvidenceFile() {
    }

    public static Checked check(EvidenceUpload upload) {
        byte[] content = upload == null ? null : upload.content();
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "The file is empty. Choose the evidence file (PDF, XLSX or CSV).");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "The file is larger than 10 MB. Send a smaller extract.");
        }
        String name = safeName(upload.fileName());
        String kind = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        switch (kind) {
            case "pdf" -> pdf(content);
            case "xlsx" -> xlsx(content);
            case "csv" -> csv(content);
            default -> throw new InvalidInputException("file", "Evidence is a PDF, an XLSX workbook or a CSV file; \""
                    + name + "\" is none of these.");
        }
        return new Checked(name, kind, mediaType(kind), content);
    }

    /** The media type of a stored file of kind {@code kind} (pdf, xlsx, csv). */
    public static String mediaType(String kind) {
        return switch (kind) {
            case "pdf" -> "application/pdf";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> "text/csv";
        };
    }

    private static void pdf(byte[] content) {
        boolean magic = content.length > 5 && new String(content, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
        try (PDDocument document = magic ? Loader.loadPDF(content) : null) {
            if (document == null || document.getNumberOfPages() < 1) {
                throw new IOException("not a PDF");
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "This file is named .pdf but cannot be read as a PDF. Save or export "
                    + "it as PDF again (without a password) and upload that.");
        }
    }

    private static void xlsx(byte[] content) {
        ZipSecureFile.setMinInflateRatio(0.01);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() < 1) {
                throw new IOException("no sheets");
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "This file is named .xlsx but cannot be read as an Excel workbook. "
                    + "Save it from the spreadsheet program as .xlsx and upload that.");
        }
    }

    private static void csv(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "This file is named .csv but is not text (it may be a spreadsheet "
                    + "or a document renamed). Export it from the spreadsheet as CSV (UTF-8) and upload that.");
        }
        for (byte b : content) {
            if (b == 0) {
                throw new InvalidInputException("file", "This file is named .csv but is not text. Export it as CSV (UTF-8).");
            }
        }
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            parser.forEach(r -> { });
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", "This CSV file cannot be read (" + "a quote may be left open). "
                    + "Export it from the spreadsheet as CSV again.");
        }
    }

    /** Letters, digits, dot, dash and underscore; at most 150 characters. */
    public static String safeName(String fileName) {
        String base = fileName == null ? "evidence" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isBlank() || base.chars().allMatch(c -> c == '.' || c == '_')) {
            base = "evidence";
        }
        return base.length() > 150 ? base.substring(base.length() - 150) : base;
    }
}
