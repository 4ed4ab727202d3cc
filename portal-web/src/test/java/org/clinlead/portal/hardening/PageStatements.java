package org.clinlead.portal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinlead.portal.testing.Api;
import org.clinlead.portal.testing.Api.Answer;

/**
 * The SQL statements each main page may send (issue 17), as the test servers count them ({@code portal.diagnostics}:
 * the {@code Server-Timing} header says {@code sql;desc="N statements"}). Each budget is the count on the demo region
 * when it was set, plus a margin for records the other tests add; a statement per row of a list (twenty rows, twenty
 * statements) breaks it. Lower a budget when a page gets cheaper; raise one only with a reason in the commit.
 */
final class PageStatements {

    private static final Pattern COUNT = Pattern.compile("sql;desc=\"(\\d+) statements\"");

    /** Page → budget, per role; {@code {approval}} and the like are filled in from the demo data. */
    static final Map<String, Map<String, Integer>> BUDGETS = new LinkedHashMap<>();

    static {
        // The count on the demo data plus a fifth (1 December 2026; lowered 2 December for the pages whose lists read
        // each row's aims or members one statement at a time). The home pages lowered 3 December 2026, when the
        // caller's boards, seats and organisation came to be worked out once per request (shared.PerRequest), the
        // papers to review stopped reading each paper's item and organisations one at a time: on the demo region the
        // medical director's home 34 → 24 statements, the board member's 29 → 21, the commissioner's 37 → 32. Their budgets are the count this test sees (its own
        // records add one or two: target/page-statements.txt) plus a fifth, and at least three.
        budget("admin", "home.xhtml", 11);
        budget("regional.md", "home.xhtml", 30, "appointments/application.xhtml?id={approval}", 28,
                "assurance/reviews.xhtml", 17, "reconfiguration/proposals.xhtml", 13, "strategy/coverage.xhtml", 14);
        budget("secretary", "home.xhtml", 10);
        budget("board.member", "home.xhtml", 27, "boards/meeting.xhtml?id={meeting}", 27,
                "boards/paper.xhtml?id={paper}", 21);
        budget("programme.manager", "home.xhtml", 21, "projects/all.xhtml", 11);
        budget("mentor", "home.xhtml", 23);
        budget("aspiring.leader", "home.xhtml", 27, "projects/project.xhtml?id={project}", 26);
        budget("commissioner", "home.xhtml", 41, "commissioning/contracts.xhtml", 17, "profiles/index.xhtml", 17,
                "targets/index.xhtml", 10);
        budget("provider", "home.xhtml", 24, "advice/requests.xhtml", 15);
        budget("clinical.lead", "home.xhtml", 22);
        budget("practice.manager", "home.xhtml", 26);
        budget("national.lead", "home.xhtml", 21);
    }

    private PageStatements() {
    }

    private static void budget(String role, Object... pagesAndBudgets) {
        Map<String, Integer> pages = BUDGETS.computeIfAbsent(role, r -> new LinkedHashMap<>());
        for (int i = 0; i < pagesAndBudgets.length; i += 2) {
            pages.put((String) pagesAndBudgets[i], (Integer) pagesAndBudgets[i + 1]);
        }
    }

    /**
     * Every page over its budget, with its count; each page is asked twice and the second answer counted. Every page's
     * count and budget also go to {@code target/page-statements.txt}, to set a budget from.
     */
    static List<String> overBudget(Api api, Map<String, String> ids) {
        List<String> over = new ArrayList<>();
        StringBuilder report = new StringBuilder("statements\tbudget\trole\tpage\n");
        BUDGETS.forEach((role, pages) -> pages.forEach((page, budget) -> {
            String path = page;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            api.as(role).get(path);
            Answer answer = api.as(role).get(path);
            assertThat(answer.status()).as(path + " as " + role).isEqualTo(200);
            assertThat(answer.body()).as(path + " as " + role + " is the signed-in page").contains("id=\"signedInAs\"");
            Matcher count = COUNT.matcher(String.valueOf(answer.header("Server-Timing")));
            assertThat(count.find()).as("the statement count of " + path + ": " + answer.header("Server-Timing")).isTrue();
            int statements = Integer.parseInt(count.group(1));
            report.append(statements).append('\t').append(budget).append('\t').append(role).append('\t').append(path).append('\n');
            if (statements > budget) {
                over.add(path + " as " + role + ": " + statements + " statements, budget " + budget);
            }
        }));
        try {
            Files.writeString(Path.of(System.getProperty("portal.test.dir", "target"), "page-statements.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return over;
    }

    /** A number found in a page or an answer ({@code "paperId":2}, {@code application.xhtml?id=3}). */
    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in the demo data").isTrue();
        return m.group(1);
    }
}
