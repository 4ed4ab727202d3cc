package org.clinlead.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.clinlead.portal.shared.UkTime;

/** How pages show moments: UK time, the way people write it ("23 Nov 2026 14:05"). */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(UkTime.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN_EXACT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK).withZone(UkTime.ZONE);

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public String exactly(Instant instant) {
        return instant == null ? "" : WHEN_EXACT.format(instant);
    }

    /** Pounds as people write them: £58,500.00 (null shows as a dash). */
    public String money(java.math.BigDecimal amount) {
        return amount == null ? "—" : java.text.NumberFormat.getCurrencyInstance(java.util.Locale.UK).format(amount);
    }

    /** A number as people write it, without trailing zeros: 1412, 6.4, 58.75 (null shows as a dash). */
    public String number(java.math.BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * A day as people write it: "10 Dec 2026" — from a date, a moment (its day in the UK) or a date and time. Every
     * page shows days this way (one format everywhere), so it takes what a record holds as it is.
     */
    public String day(Object day) {
        if (day instanceof java.time.LocalDate date) {
            return DAY.format(date);
        }
        if (day instanceof Instant instant) {
            return DAY.withZone(UkTime.ZONE).format(instant);
        }
        if (day instanceof java.time.LocalDateTime dateTime) {
            return DAY.format(dateTime);
        }
        return day == null ? "" : day.toString();
    }

    /** A month as people write it: "Oct 2026". */
    public String month(java.time.LocalDate day) {
        return day == null ? "" : java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK).format(day);
    }

    /** A measured value to {@code places} decimal places, UK style (12,345.6); null or not a number shows as a dash. */
    public String decimal(Double value, int places) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "—";
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Locale.UK);
        f.setMinimumFractionDigits(places);
        f.setMaximumFractionDigits(places);
        return f.format(value);
    }

    /** A list as words: "A, D and E". */
    /**
     * A stored code in words, for lists that gather records of many kinds whose statuses have no one label:
     * "ON_THE_AGENDA" as "On the agenda".
     */
    public String words(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String spaced = code.strip().replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    public String list(java.util.Collection<?> values) {
        java.util.List<String> words = values == null ? java.util.List.of() : values.stream().map(String::valueOf).toList();
        return words.size() <= 1 ? String.join("", words)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
