package org.clinlead.portal.boards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.clinlead.portal.shared.InvalidInputException;
import org.primefaces.model.file.UploadedFile;

/**
 * The secretary's form for uploading a paper to an agenda item.
 */
@Named
@ViewScoped
public class PaperUploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingBacking meeting;

    @Inject
    private BoardPapers boardPapers;

    private Long paperItemId;

    private String paperTitle;

    private String paperAuthor;

    private String paperSummary;

    private boolean paperConfidential;

    private transient UploadedFile file;

    public Long getPaperItemId() {
        return paperItemId;
    }

    public void setPaperItemId(Long paperItemId) {
        this.paperItemId = paperItemId;
    }

    public String getPaperTitle() {
        return paperTitle;
    }

    public void setPaperTitle(String paperTitle) {
        this.paperTitle = paperTitle;
    }

    public String getPaperAuthor() {
        return paperAuthor;
    }

    public void setPaperAuthor(String paperAuthor) {
        this.paperAuthor = paperAuthor;
    }

    public String getPaperSummary() {
        return paperSummary;
    }

    public void setPaperSummary(String paperSummary) {
        this.paperSummary = paperSummary;
    }

    public boolean isPaperConfidential() {
        return paperConfidential;
    }

    public void setPaperConfidential(boolean paperConfidential) {
        this.paperConfidential = paperConfidential;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String upload() {
        return meeting.act("paper", () -> {
            if (paperItemId == null) {
                throw new InvalidInputException("item", "Choose the agenda item the paper belongs to.");
            }
            if (file == null || file.getSize() == 0) {
                throw new InvalidInputException("file", "Choose the paper's PDF.");
            }
            byte[] content;
            try (var in = file.getInputStream()) {
                content = in.readNBytes((int) PdfUpload.MAX_BYTES + 1);
            } catch (IOException e) {
                throw new InvalidInputException("file", "The file could not be read; try again.");
            }
            boardPapers.addPaper(paperItemId, paperTitle, paperAuthor, paperSummary, paperConfidential, file.getFileName(), content);
        }, "The paper is uploaded.");
    }
}
