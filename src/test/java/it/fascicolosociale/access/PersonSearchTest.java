package it.fascicolosociale.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.IntegrationTest;
import it.fascicolosociale.access.PersonSearch.Criteria;
import it.fascicolosociale.access.PersonSearch.Hit;
import it.fascicolosociale.audit.AccessLogVerifier;
import it.fascicolosociale.casefile.SyntheticFiles;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;

/** Finding a person by codice fiscale or by a misspelt name, among the persons the operator may see only. */
@IntegrationTest
@Transactional
class PersonSearchTest {

    private static final Logger log = LoggerFactory.getLogger(PersonSearchTest.class);

    @Autowired
    PersonSearch search;

    @Autowired
    SyntheticFiles files;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessLogVerifier verifier;

    @Test
    void findsASurnameTypedWithOneWrongLetter() {
        Long bianchi = files.personInCharge("Mario", "Bianchi", UserArea.DISABILITY, "elena.conte").getPersonId();
        files.personInCharge("Mario", "Rossi", UserArea.DISABILITY, "elena.conte");

        assertThat(ids("elena.conte", "Bianki")).containsExactly(bianchi);
        assertThat(ids("elena.conte", "mario bianki")).first().isEqualTo(bianchi);
    }

    @Test
    void findsNamesWithOrWithoutTheirAccents() {
        Long accented = files.personInCharge("Nicolò", "Zanon", UserArea.DISABILITY, "elena.conte").getPersonId();
        Long plain = files.personInCharge("Nicolo", "Zanetti", UserArea.DISABILITY, "elena.conte").getPersonId();

        assertThat(ids("elena.conte", "Nicolo Zanon")).first().isEqualTo(accented);
        assertThat(ids("elena.conte", "Nicolò Zanetti")).first().isEqualTo(plain);
        assertThat(ids("elena.conte", "NICOLÒ")).contains(accented, plain);
    }

    @Test
    void ranksTheClosestNameFirstThenInItalianAlphabeticalOrder() {
        Long exact = files.personInCharge("Anna", "Bianchi", UserArea.DISABILITY, "elena.conte").getPersonId();
        Long typo = files.personInCharge("Anna", "Bianchini", UserArea.DISABILITY, "elena.conte").getPersonId();

        assertThat(ids("elena.conte", "Bianchi Anna")).startsWith(exact, typo);
    }

    @Test
    void findsACodiceFiscaleOnlyWhenItIsExact() {
        Long uno = files.testUno();
        files.openCase(uno, SyntheticFiles.CAMPOSAMPIERO, UserArea.DISABILITY, "elena.conte");

        assertThat(ids("elena.conte", "nuotst85c12b563h")).containsExactly(uno);
        assertThat(ids("elena.conte", "NUOTST85C12B563X")).isEmpty();
    }

    @Test
    void filtersByBirthDateAndComune() {
        Long born1950 = files.personInCharge("Lucia", "Pavanello", UserArea.DISABILITY, "elena.conte").getPersonId();
        Long born1960 = files.openCase(files.person("Lucia", "Pavanello", LocalDate.of(1960, 6, 1), "028100"), "028100",
                UserArea.DISABILITY, "elena.conte").getPersonId();

        assertThat(hits("elena.conte", new Criteria("Pavanello", LocalDate.of(1960, 6, 1), null))).extracting(Hit::id)
                .containsExactly(born1960);
        assertThat(hits("elena.conte", new Criteria("Pavanello", null, new IstatCode(SyntheticFiles.CAMPOSAMPIERO))))
                .extracting(Hit::id).containsExactly(born1950);
    }

    @Test
    void returnsOnlyThePersonsTheOperatorMaySee() {
        Long minor = files.personInCharge("Giada", "Sperandio", UserArea.FAMILY_MINORS, "marco.ferro").getPersonId();

        assertThat(ids("marco.ferro", "Sperandio")).containsExactly(minor);
        assertThat(ids("giorgio.moretti", "Sperandio")).as("coordinator of the unit in charge").containsExactly(minor);
        assertThat(ids("elena.conte", "Sperandio")).as("disability social worker").isEmpty();
        assertThat(ids("paolo.gallo", "Sperandio")).as("ULSS elderly service").isEmpty();
        assertThat(ids("federica.rinaldi", "Sperandio")).as("DPO").isEmpty();
    }

    @Test
    void logsEveryPersonFoundInOneAppendChainedInTheOrderOfTheResults() {
        files.personInCharge("Anna", "Bortolami", UserArea.DISABILITY, "elena.conte");
        files.personInCharge("Mario", "Bortolami", UserArea.DISABILITY, "elena.conte");
        files.personInCharge("Luca", "Bortolami", UserArea.DISABILITY, "elena.conte");
        long mark = jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();

        List<Long> found = ids("elena.conte", "Bortolami");

        assertThat(found).hasSize(3);
        assertThat(jdbc.sql("select person_id from access_log where id > :mark order by id").param("mark", mark)
                .query(Long.class).list()).isEqualTo(found);
        // rows written by one statement of a transaction share its command id
        assertThat(jdbc.sql("select count(distinct cmin::text) from access_log where id > :mark").param("mark", mark)
                .query(Long.class).single()).as("inserts").isEqualTo(1);
        assertThat(verifier.firstBreak()).isEmpty();
    }

    @Test
    void answersWithinAFewMillisecondsAmongThousandsOfPersons() {
        insertSyntheticPopulation(5000);
        ids("giorgio.moretti", "Bianki");

        List<Long> typo = timed("Bianki Mario");
        List<Long> common = timed("Bianchi");

        assertThat(typo).hasSizeGreaterThan(20);
        assertThat(jdbc.sql("select count(*) from person where id in (:ids) and first_name = 'Mario' and last_name = 'Bianchi'")
                .param("ids", typo).query(Long.class).single()).isEqualTo(typo.size());
        assertThat(common).hasSize(PersonSearch.LIMIT);
    }

    /** The coordinator of the ATS units searches 20 times; the mean time goes to the log (no timed assertion). */
    private List<Long> timed(String text) {
        int runs = 20;
        long start = System.nanoTime();
        List<Long> found = List.of();
        for (int run = 0; run < runs; run++) {
            found = ids("giorgio.moretti", text);
        }
        double millis = (System.nanoTime() - start) / 1_000_000.0 / runs;
        log.info("Person search \"{}\" among {} persons: {} ms per search, {} results", text, count(),
                String.format(java.util.Locale.ROOT, "%.1f", millis), found.size());
        return found;
    }

    private void insertSyntheticPopulation(int size) {
        jdbc.sql("""
                insert into person (first_name, last_name, birth_date, sex, missing_fiscal_code_reason, residence_istat_code)
                select (array['Mario','Anna','Luca','Giulia','Marco','Sara','Paolo','Elena'])[1 + g % 8],
                       (array['Bianchi','Rossi','Ferrari','Russo','Esposito','Romano','Colombo','Ricci','Marino','Greco',
                              'Bruno','Gallo','Conti','De Luca','Mancini','Costa','Giordano','Rizzo','Lombardi','Moretti'])[1 + g % 20]
                       ,
                       date '1940-01-01' + (g % 25000), case when g % 2 = 0 then 'F' else 'M' end, 'NOT_DISCLOSED', '028019'
                from generate_series(1, :size) g""").param("size", size).update();
        jdbc.sql("""
                insert into social_case (person_id, comune, user_area_code, case_manager, status, opened_by, opened_at)
                select id, '028019', (array['disability','family-minors','elderly','poverty-adults'])[1 + abs(hashtext(id::text)) % 4],
                       'elena.conte', 'OPEN', 'giorgio.moretti', now()
                from person where missing_fiscal_code_reason = 'NOT_DISCLOSED' and id not in (select person_id from social_case)""").update();
        jdbc.sql("analyze person").update();
        jdbc.sql("analyze social_case").update();
    }

    private long count() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    private List<Long> ids(String operator, String text) {
        return hits(operator, new Criteria(text, null, null)).stream().map(Hit::id).toList();
    }

    private List<Hit> hits(String operator, Criteria criteria) {
        return search.find(operator, criteria);
    }
}
