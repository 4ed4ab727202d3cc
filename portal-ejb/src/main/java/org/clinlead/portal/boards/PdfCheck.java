package org.clinlead.portal.boards;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.clinlead.portal.shared.InvalidInputException;

/**
 * A paper is accepted only if PDFBox — the library that later builds the board pack from it — opens it
 * and finds at least one page. {@link PdfUpload} already checked the first bytes and the size; a file that
 * merely starts with {@code %PDF-} (a polyglot, a truncated or broken file) is refused here, so it can
 * never break a pack.
 */
final class PdfCheck {

    private PdfCheck() {
    }

    static void opens(PdfUpload upload) {
        try (PDDocument document = Loader.loadPDF(upload.content())) {
            if (document.getNumberOfPages() < 1) {
                throw new InvalidInputException("file", "This PDF has no pages. Save or export the paper as PDF again.");
            }
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException("file", "This PDF is protected with a password. Upload a copy without one.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException i) {
                throw i;
            }
            throw new InvalidInputException("file", "This file cannot be read as a PDF (it may be damaged, or not a PDF "
                    + "at all). Save or export the paper as PDF again and upload that.");
        }
    }
}
