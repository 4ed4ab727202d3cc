package org.clinlead.portal.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rule: at least {@value #MIN_LENGTH} characters, not one of the commonly used passwords
 * shipped with the portal ({@code common-passwords.txt}), and not containing the username. Length beats
 * composition rules, as the NCSC advises, so no "one capital, one symbol" demands.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Everything wrong with the password, in words; empty if it is acceptable. */
    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("The password must be at least " + MIN_LENGTH + " characters long.");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("The password must be at most " + MAX_LENGTH + " characters long.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[^a-z]", ""))) {
            problems.add("This password is too common; choose one that others are unlikely to use.");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("The password must not contain the username.");
        }
        if (password.chars().distinct().count() < 4) {
            problems.add("The password repeats too few different characters.");
        }
        return problems;
    }

    public static boolean isAcceptable(String password, String username) {
        return problems(password, username).isEmpty();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the portal-domain jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
