package org.clinlead.portal.shared;

/** An uploaded evidence file, before its content is checked ({@link EvidenceFile}). */
public record EvidenceUpload(String fileName, byte[] content) {
}
