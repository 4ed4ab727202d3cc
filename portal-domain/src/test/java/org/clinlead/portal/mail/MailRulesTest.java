package org.clinlead.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.clinlead.portal.shared.InvalidInputException;
import org.clinlead.portal.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class MailRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static OutboxMail queued() {
        return new OutboxMail("notice:a:1", MailKind.NOTICE, "a", "a@nhs.net", "Subject", "Text", "<p>Text</p>", NOW, false);
    }

    @Test
    void waitsDoubleUpToTheLongestAndAMessageIsGivenUpAfterADayOfFailures() {
        RetryPolicy policy = RetryPolicy.STANDARD;
        assertThat(policy.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.waitAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.waitAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.waitAfter(500)).isEqualTo(Duration.ofHours(1));

        OutboxMail mail = queued();
        Instant at = NOW;
        int attempts = 0;
        while (mail.getStatus() != MailStatus.FAILED) {
            at = mail.getNextAttemptAt();
            mail.claim(at);
            mail.recordFailure("Connection refused\n  by the server", at, policy);
            attempts++;
            assertThat(attempts).isLessThan(40);
        }
        assertThat(Duration.between(NOW, at)).isLessThanOrEqualTo(Duration.ofDays(1));
        assertThat(attempts).isBetween(20, 30);
        assertThat(mail.getLastError()).isEqualTo("Connection refused by the server");
        assertThat(mail.getNextAttemptAt()).isNull();
    }

    @Test
    void aMessageIsClaimedOnceSentOnceAndOnlyAFailedOneIsRetried() {
        OutboxMail mail = queued();
        assertThat(mail.isDue(NOW)).isTrue();
        mail.claim(NOW);
        assertThat(mail.isDue(NOW)).isFalse();
        assertThatThrownBy(() -> mail.claim(NOW)).isInstanceOf(IllegalStateException.class);
        mail.recordSent(NOW.plusSeconds(1));
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThatThrownBy(() -> mail.retry(NOW)).isInstanceOf(RuleViolationException.class).hasMessageContaining("sent");

        OutboxMail stopped = queued();
        stopped.claim(NOW);
        stopped.abandon(NOW.plusSeconds(600));
        assertThat(stopped.getStatus()).as("never sent again by itself").isEqualTo(MailStatus.FAILED);
        assertThat(stopped.getLastError()).contains("may have gone");
        stopped.retry(NOW.plusSeconds(700));
        assertThat(stopped.getStatus()).isEqualTo(MailStatus.QUEUED);
        assertThat(stopped.getAttempts()).isZero();

        OutboxMail held = new OutboxMail("k", MailKind.NOTICE, "a", "a@nhs.net", "S", "T", "H", NOW, true);
        assertThat(held.getStatus()).isEqualTo(MailStatus.HELD);
        assertThat(held.isDue(NOW.plusSeconds(3600))).isFalse();
        assertThatThrownBy(() -> new OutboxMail("k", MailKind.NOTICE, "a", "a@nhs.net", "S".repeat(301), "T", "H", NOW, false))
                .as("never cut silently").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAddressIsUsedOnlyOnceTheLinkSentToItIsOpenedWithinTwoDays() {
        MailPreference p = new MailPreference("a");
        assertThat(p.changeAddress(" Name@NHS.net ", "hash1", NOW)).isTrue();
        assertThat(p.getAddress()).isEqualTo("name@nhs.net");
        assertThat(p.isReachable()).isFalse();
        assertThatThrownBy(() -> p.verify("other", NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> p.verify("hash1", NOW.plus(Duration.ofDays(2)).plusSeconds(1)))
                .hasMessageContaining("two days old");
        p.verify("hash1", NOW.plusSeconds(60));
        assertThat(p.isReachable()).isTrue();
        assertThatThrownBy(() -> p.verify("hash1", NOW.plusSeconds(61))).as("a link works once").isInstanceOf(RuleViolationException.class);
        assertThat(p.changeAddress("name@nhs.net", "hash2", NOW)).as("the same checked address changes nothing").isFalse();
        assertThat(p.isReachable()).isTrue();
        assertThat(p.changeAddress("", null, NOW)).isFalse();
        assertThat(p.getAddress()).isNull();
        for (String bad : new String[] {"not an address", "a@b", "x".repeat(250) + "@nhs.net", "a@@nhs.net"}) {
            assertThatThrownBy(() -> p.changeAddress(bad, "h", NOW)).as(bad).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void theDailyHourIsAnHourOfTheDayAndTheDefaultFillsWhatAPersonLeavesOpen() {
        MailPreference p = new MailPreference("a");
        assertThat(p.deliveryOr(Delivery.IMMEDIATE)).isEqualTo(Delivery.IMMEDIATE);
        p.choose(Delivery.DIGEST, 7);
        assertThat(p.deliveryOr(Delivery.IMMEDIATE)).isEqualTo(Delivery.DIGEST);
        assertThat(p.digestHourOr(8)).isEqualTo(7);
        assertThatThrownBy(() -> p.choose(Delivery.DIGEST, 24)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> p.choose(Delivery.DIGEST, -1)).isInstanceOf(InvalidInputException.class);
        p.choose(null, null);
        assertThat(p.digestHourOr(8)).isEqualTo(8);
    }
}
