package org.clinlead.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final Instant at = Instant.parse("2026-11-23T09:00:00.123456Z");

    private List<AuditEntry> chainOf(AuditHead head, int length) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            entries.add(head.append(at.plusSeconds(i), "admin", AuditAction.UPDATED, "organisation", i, "change " + i));
        }
        return entries;
    }

    private static ChainVerifier verify(List<AuditEntry> entries, AuditHead head) {
        ChainVerifier verifier = new ChainVerifier();
        for (AuditEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        verifier.endAt(head);
        return verifier;
    }

    @Test
    void anUntouchedChainVerifies() {
        AuditHead head = AuditHead.genesis();
        List<AuditEntry> entries = chainOf(head, 5);
        assertThat(entries.get(0).getPreviousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(entries.get(1).getPreviousHash()).isEqualTo(entries.get(0).getHash());
        ChainVerifier verifier = verify(entries, head);
        assertThat(verifier.valid()).isTrue();
        assertThat(verifier.checked()).isEqualTo(5);
        assertThat(verifier.firstBroken()).isNull();
    }

    @Test
    void anEditedEntryIsTheFirstBrokenLink() throws Exception {
        AuditHead head = AuditHead.genesis();
        List<AuditEntry> entries = chainOf(head, 5);
        set(entries.get(2), "summary", "something else");
        ChainVerifier verifier = verify(entries, head);
        assertThat(verifier.valid()).isFalse();
        assertThat(verifier.firstBroken()).isEqualTo(3L);
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheNextLink() throws Exception {
        AuditHead head = AuditHead.genesis();
        List<AuditEntry> entries = chainOf(head, 5);
        set(entries.get(1), "actor", "someone");
        set(entries.get(1), "hash", AuditChain.hashOf(entries.get(1)));
        assertThat(verify(entries, head).firstBroken()).isEqualTo(3L);
    }

    @Test
    void aRemovedEntryIsDetectedInTheMiddleAndAtTheEnd() {
        AuditHead head = AuditHead.genesis();
        List<AuditEntry> entries = chainOf(head, 5);
        List<AuditEntry> gap = new ArrayList<>(entries);
        gap.remove(2);
        assertThat(verify(gap, head).firstBroken()).isEqualTo(4L);
        List<AuditEntry> truncated = new ArrayList<>(entries.subList(0, 4));
        assertThat(verify(truncated, head).valid()).isFalse();
    }

    @Test
    void timesAreKeptToTheMillisecondSoThatEveryDatabaseStoresWhatWasHashed() {
        AuditEntry entry = AuditHead.genesis().append(at, "a", AuditAction.CREATED, null, null, "x");
        assertThat(entry.getOccurredAt()).isEqualTo(Instant.parse("2026-11-23T09:00:00.123Z"));
    }

    @Test
    void overLongTextIsShortenedBeforeItIsHashed() {
        AuditEntry entry = AuditHead.genesis().append(at, "a".repeat(100), AuditAction.CREATED, null, null, "s".repeat(5000));
        assertThat(entry.getActor()).hasSize(AuditEntry.ACTOR_MAX);
        assertThat(entry.getSummary()).hasSize(AuditEntry.SUMMARY_MAX);
        assertThat(entry.getHash()).isEqualTo(AuditChain.hashOf(entry));
    }

    private static void set(AuditEntry entry, String field, String value) throws Exception {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(entry, value);
    }
}
