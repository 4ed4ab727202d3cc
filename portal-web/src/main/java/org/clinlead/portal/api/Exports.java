package org.clinlead.portal.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as a download: CSV (cells made spreadsheet-safe) or XLSX (Apache POI, streaming, dates as
 * dates, a bold frozen header row). Served as an attachment with a plain ASCII file name.
 */
public final class Exports {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Exports() {
    }

    public static Response csv(String fileName, List<String> headers, List<List<Object>> rows) {
        StreamingOutput body = out -> {
            CSVPrinter csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get());
            for (List<Object> row : rows) {
                csv.printRecord(row.stream().map(v -> v instanceof String s ? Csv.safe(s) : v).toList());
            }
            csv.flush();
        };
        return attachment(body, "text/csv; charset=UTF-8", fileName + ".csv");
    }

    public static Response xlsx(String fileName, String sheetName, List<String> headers, List<List<Object>> rows) {
        StreamingOutput body = out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
                Sheet sheet = workbook.createSheet(sheetName);
                CellStyle bold = workbook.createCellStyle();
                Font font = workbook.createFont();
                font.setBold(true);
                bold.setFont(font);
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                Row header = sheet.createRow(0);
                for (int i = 0; i < headers.size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(headers.get(i));
                    cell.setCellStyle(bold);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<Object> values : rows) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object v = values.get(i);
                        Cell cell = row.createCell(i);
                        if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v != null) {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
                workbook.write(out);
                workbook.dispose();
            }
        };
        return attachment(body, XLSX, fileName + ".xlsx");
    }

    /** A document made for this request (a statement, a report) as a PDF attachment, never sniffed or cached. */
    public static Response pdf(String fileName, byte[] content) {
        return privateFile(Response.ok(content, "application/pdf"), fileName);
    }

    /** A stored file (its name already reduced to safe characters) as an attachment, never sniffed or cached. */
    public static Response file(java.nio.file.Path file, String fileName, String mediaType, long size) {
        StreamingOutput body = out -> java.nio.file.Files.copy(file, out);
        return privateFile(Response.ok(body, mediaType).header("Content-Length", size), fileName);
    }

    private static Response privateFile(Response.ResponseBuilder answer, String fileName) {
        return answer.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }

    private static Response attachment(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
