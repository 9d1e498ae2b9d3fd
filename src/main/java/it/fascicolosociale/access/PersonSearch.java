package it.fascicolosociale.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.platform.RuleViolation;

/**
 * Finds persons by codice fiscale (exact) or by name forgiving accents and typing errors (each word typed must have
 * a pg_trgm word similarity with the unaccented name, through its trigram index), with optional birth date and comune
 * of residence, among the persons the operator may see only. The database's copy of the need-to-know rule narrows the
 * candidates, checking only those the match found; then {@link FileAccess} confirms each of the few results, so the
 * two can never disagree, and logs one row for each person returned. The database's rule lets a few more through
 * (the household members of a person in a file, a referral without consent in force): a page may then show fewer
 * than {@link #LIMIT}.
 */
@Service
@Transactional
public class PersonSearch {

    /** At most this many results: a search is for finding one person, not for listing the population. */
    public static final int LIMIT = 50;

    /**
     * How similar a word of the name must be to what was typed (0 to 1). 0.45 lets one wrong letter in a
     * surname of six or more ("Bianki" for "Bianchi") through, and keeps unrelated names out.
     */
    static final double WORD_SIMILARITY = 0.45;

    private static final Pattern CODICE_FISCALE = Pattern.compile("[A-Z0-9]{16}");
    private static final int TEXT_MAX = 100;
    private static final int WORDS_MAX = 4;
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final String NAME = "public.person_search_name(p.last_name, p.first_name)";

    /** What the operator typed: a codice fiscale or part of a name; any filter may be empty, not all of them. */
    public record Criteria(String text, LocalDate birthDate, IstatCode comune) {

        public Criteria {
            text = text == null || text.isBlank() ? null : text.strip();
            if (text != null && text.length() > TEXT_MAX) {
                throw new RuleViolation("error.person-search.text-too-long", "search text too long", TEXT_MAX);
            }
        }

        public boolean isEmpty() {
            return text == null && birthDate == null && comune == null;
        }

        /** Every word typed must be like a word of the name, in any order; only the first few count. */
        List<String> words() {
            return BLANKS.splitAsStream(text).limit(WORDS_MAX).toList();
        }

        boolean isCodiceFiscale() {
            return text != null && CODICE_FISCALE.matcher(text.toUpperCase(Locale.ROOT)).matches();
        }
    }

    /** A person found, with how well the name matched (1 for a codice fiscale or a search by filters only). */
    public record Hit(Long id, String lastName, String firstName, String codiceFiscale, LocalDate birthDate,
                      String comune, double score) {
    }

    private final JdbcClient jdbc;
    private final FileAccess access;

    PersonSearch(JdbcClient jdbc, FileAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The persons that match, best first, then by surname and name in Italian order; none for empty criteria. */
    public List<Hit> find(String operator, Criteria criteria) {
        if (criteria.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "select p.id, p.last_name, p.first_name, p.codice_fiscale, p.birth_date, p.residence_istat_code as comune, "
                + score(criteria) + " as score from person p where " + match(criteria, params) + " and " + visibleTo(operator, params)
                + " order by score desc, " + closeness(criteria, params) + " desc, p.last_name collate \"it-IT-x-icu\", p.first_name collate \"it-IT-x-icu\", p.id"
                + " limit " + LIMIT;
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
                .param("threshold", String.valueOf(WORD_SIMILARITY)).query(String.class).single();
        List<Hit> candidates = jdbc.sql(sql).params(params).query(Hit.class).list();
        Set<Long> visible = access.searched(operator, candidates.stream().map(Hit::id).toList());
        return candidates.stream().filter(hit -> visible.contains(hit.id())).toList();
    }

    /** The mean similarity of the words typed to their closest words of the name. */
    private static String score(Criteria criteria) {
        if (criteria.text() == null || criteria.isCodiceFiscale()) {
            return "1.0::real";
        }
        List<String> terms = new ArrayList<>();
        for (int index = 0; index < criteria.words().size(); index++) {
            terms.add("word_similarity(lower(public.f_unaccent(:word" + index + ")), " + NAME + ")");
        }
        return "(" + String.join(" + ", terms) + ") / " + terms.size();
    }

    /** Between equal scores, the name closest to the whole text typed (fewer letters of its own) comes first. */
    private static String closeness(Criteria criteria, Map<String, Object> params) {
        if (criteria.text() == null || criteria.isCodiceFiscale()) {
            return "1";
        }
        params.put("text", criteria.text());
        return "similarity(lower(public.f_unaccent(:text)), " + NAME + ")";
    }

    /**
     * The database's rule for this operator, so that the limit counts persons the operator may see: the policy of
     * {@code person} has applied it already when the transaction runs as them (a request), otherwise (the system's
     * context, as in a test) it is asked here.
     */
    private static String visibleTo(String operator, Map<String, Object> params) {
        params.put("operator", operator);
        return """
                ((current_setting('fascicolo.operator', true) = :operator
                  and coalesce(current_setting('fascicolo.system', true), '') <> 'on')
                 or public.rls_operator_may_see(:operator, p.id, null, null, null))""";
    }

    private static String match(Criteria criteria, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (criteria.isCodiceFiscale()) {
            conditions.add("p.codice_fiscale = :codiceFiscale");
            params.put("codiceFiscale", criteria.text().toUpperCase(Locale.ROOT));
        } else if (criteria.text() != null) {
            // through the trigram index, which a plain condition on the table cannot use under row-level security;
            // as an array of ids, a condition on the primary key, so that the policy of person checks the candidates only
            List<String> words = criteria.words();
            List<String> names = new ArrayList<>();
            for (int index = 0; index < words.size(); index++) {
                names.add(":word" + index);
                params.put("word" + index, words.get(index));
            }
            conditions.add("p.id = any(array(select public.person_name_matches(array[" + String.join(", ", names) + "]::text[])))");
        }
        if (criteria.birthDate() != null) {
            conditions.add("p.birth_date = :birthDate");
            params.put("birthDate", criteria.birthDate());
        }
        if (criteria.comune() != null) {
            conditions.add("p.residence_istat_code = :comune");
            params.put("comune", criteria.comune().value());
        }
        return String.join(" and ", conditions);
    }
}
