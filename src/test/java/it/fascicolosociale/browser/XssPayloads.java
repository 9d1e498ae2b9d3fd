package it.fascicolosociale.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored XSS corpus: every hand-written template of xss/payload-templates.txt twice, bare and mixed with Italian
 * text, then the systematic {@link GeneratedPayloads}; each with a number of its own (100 and up, all of three digits,
 * so that no payload is part of another). A payload parsed as markup leaves an element carrying
 * {@code data-xss="number"}; executed, it sets {@code window.__xss} or opens an alert. Every payload fits a person's
 * surname or given name (100 characters), and no two are the same text.
 */
public final class XssPayloads {

    /** One payload: its number (the marker it leaves), the family of its template, its text. */
    public record Payload(int id, String family, String text) {
    }

    static final int NAME_MAX = 100;
    private static final int FIRST_ID = 100;
    private static final int LAST_ID = 999;
    private static final String TEMPLATES = "/xss/payload-templates.txt";
    private static final String COMMENT = "##";
    private static final String[] BEFORE = {"Zanon ", "De Rossi ", "Nota: ", "Pietà ", "Sig.ra Bortolato: "};
    private static final String SHORTEST_BEFORE = "Nota: ";
    private static final String[] AFTER = {" d'Agostino", " è tornata a casa", " (visita domiciliare)", " perché sì"};

    private XssPayloads() {
    }

    public static List<Payload> all() {
        List<Payload> payloads = new ArrayList<>();
        String family = "";
        for (String line : templates()) {
            if (line.startsWith(COMMENT)) {
                family = line.substring(COMMENT.length()).strip();
                continue;
            }
            int bare = FIRST_ID + payloads.size();
            payloads.add(new Payload(bare, family, numbered(line, bare)));
            int mixed = bare + 1;
            payloads.add(new Payload(mixed, family, italian(numbered(line, mixed), mixed)));
        }
        payloads.addAll(GeneratedPayloads.from(FIRST_ID + payloads.size()));
        payloads.stream().filter(payload -> payload.text().length() > NAME_MAX).findAny().ifPresent(tooLong -> {
            throw new IllegalStateException("payload " + tooLong.id() + " does not fit a name: " + tooLong.text());
        });
        if (payloads.size() > LAST_ID - FIRST_ID + 1 || payloads.stream().map(Payload::text).distinct().count() < payloads.size()) {
            throw new IllegalStateException("payloads must be distinct and of three-digit numbers");
        }
        return payloads;
    }

    /**
     * Italian words before or after the payload, in turn, so that it reads like a name or a note someone typed; the
     * shortest ones where the longer would not fit a name.
     */
    private static String italian(String payload, int id) {
        int turn = id / 2;
        String mixed = turn % 2 == 0 ? BEFORE[turn % BEFORE.length] + payload : payload + AFTER[turn % AFTER.length];
        return mixed.length() <= NAME_MAX ? mixed : SHORTEST_BEFORE + payload;
    }

    private static String numbered(String template, int id) {
        return template.replace("{n}", String.valueOf(id));
    }

    private static List<String> templates() {
        try (InputStream in = XssPayloads.class.getResourceAsStream(TEMPLATES)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATES + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
