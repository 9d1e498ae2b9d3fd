package it.fascicolosociale.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import it.fascicolosociale.FascicoloSocialeApplication;
import it.fascicolosociale.platform.database.RowSecurityContext;

/**
 * The benchmark of the person search on the demo data (README, "Person search: speed"): starts the application as
 * {@code ./mvnw spring-boot:run} does, on a new embedded database with the demo data and the demo cases, signs in as
 * an operator (the responsabile d'area chiara.longo by default) and times the search page for queries built from
 * persons of the demo cases: an exact codice fiscale, a surname, a surname with a letter missing, a surname and name
 * typed without accents in lower case, and a surname with the comune. Prints the median and the 90th percentile per
 * query, after {@code --warmup} requests, over {@code --rounds}. Options: {@code --rounds=20}, {@code --warmup=3},
 * {@code --user=chiara.longo}.
 */
public final class PersonSearchBenchmark {

    private static final String PASSWORD = "Fascicolo-Demo-2026";
    private static final String[] APPLICATION = {"--fascicolo.demo-data=true", "--fascicolo.demo-cases=true",
            "--server.port=8098", "--logging.level.root=WARN"};

    private PersonSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(option(args, "--rounds=", "20"));
        int warmup = Integer.parseInt(option(args, "--warmup=", "3"));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FascicoloSocialeApplication.class)
                .run(APPLICATION)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            PageClient client = PageClient.signIn(port, option(args, "--user=", "chiara.longo"), PASSWORD);
            List<PageTimes> measured = new ArrayList<>();
            for (String query : queries(context)) {
                measured.add(PageTimes.measure(client, query, warmup, rounds));
            }
            long persons = asSystem(context, jdbc -> jdbc.sql("select count(*) from person").query(Long.class).single());
            PageTimes.print("Person search on the demo data (" + persons + " persons)", measured, rounds, warmup, 100);
        }
    }

    /** Five queries for each of three persons of the demo cases, chosen by a fixed order. */
    private static List<String> queries(ConfigurableApplicationContext context) {
        List<Map<String, Object>> persons = asSystem(context, jdbc -> jdbc.sql("""
                select p.codice_fiscale, p.last_name, p.first_name, c.comune
                from person p join social_case c on c.person_id = p.id
                where p.codice_fiscale is not null and length(p.last_name) >= 5
                order by c.id limit 3""").query().listOfRows());
        List<String> queries = new ArrayList<>();
        for (Map<String, Object> person : persons) {
            String last = (String) person.get("last_name");
            String first = (String) person.get("first_name");
            queries.add(search("q=" + encode((String) person.get("codice_fiscale"))));
            queries.add(search("q=" + encode(last)));
            queries.add(search("q=" + encode(last.substring(0, 2) + last.substring(3))));
            queries.add(search("q=" + encode(plain(last + " " + first))));
            queries.add(search("q=" + encode(last) + "&comune=" + person.get("comune")));
        }
        return queries;
    }

    /** Reads as the system does, in a transaction of its own: the rows of every comune. */
    private static <T> T asSystem(ConfigurableApplicationContext context, java.util.function.Function<JdbcClient, T> read) {
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        return context.getBean(RowSecurityContext.class).asSystem(() -> transaction.execute(status -> read.apply(jdbc)));
    }

    private static String search(String parameters) {
        return "/people?" + parameters;
    }

    /** As an operator in a hurry types it: lower case, no accents. */
    private static String plain(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String option(String[] args, String prefix, String otherwise) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return otherwise;
    }
}
