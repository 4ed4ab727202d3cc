package org.clinlead.portal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** How an entry's hash is computed: SHA-256 over its content and the previous entry's hash. */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hashOf(AuditEntry e) {
        // Fields are length-prefixed so that moving text from one field to the next changes the hash.
        StringBuilder content = new StringBuilder();
        for (String field : new String[] {Long.toString(e.getId()), e.getOccurredAt().toString(), e.getActor(),
                e.getAction(), e.getRecordType(), e.getRecordId(), e.getSummary(), e.getPreviousHash()}) {
            String value = field == null ? "" : field;
            content.append(value.length()).append(':').append(value).append('|');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e1);
        }
    }
}
