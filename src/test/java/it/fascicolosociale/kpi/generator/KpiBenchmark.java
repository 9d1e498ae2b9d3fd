package it.fascicolosociale.kpi.generator;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import it.fascicolosociale.FascicoloSocialeApplication;
import it.fascicolosociale.benchmark.PageClient;
import it.fascicolosociale.benchmark.PageTimes;
import it.fascicolosociale.kpi.Indicator;

/**
 * The benchmark command of the indicators (see the README, "Indicators: volume and speed"): starts the application
 * on the database it is given (as {@link SyntheticAtsGenerator}), signs in as the director, and requests every
 * section of the dashboard, the page of every comune and every indicator of the JSON API for one year, first a few
 * times to warm up, then {@code --rounds} times each, and prints the median and the 90th percentile per page.
 * Times are taken from the request sent to the last byte received, by a client on the same machine over loopback:
 * the server's time plus well under a millisecond. The indicators of a comune's page are also timed one by one through
 * the API with that comune's filter (the most populous comune, or {@code --comune=}): a page's time is their sum.
 * Options: {@code --year=2025}, {@code --rounds=20},
 * {@code --warmup=3}, {@code --port=8094} (the application's; two benchmarks at once need two),
 * {@code --user=roberto.marchi}, {@code --password=...} (the demo password by default).
 */
public final class KpiBenchmark {

    private static final List<String> OPTIONS = List.of("--year=", "--rounds=", "--warmup=", "--port=", "--user=",
            "--password=", "--comune=");
    private static final List<String> DEFAULTS = List.of("--fascicolo.demo-data=true", "--fascicolo.demo-cases=false",
            "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=WARN");

    private KpiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SyntheticAtsGenerator.requireSeparateDatabase(args);
        int year = Integer.parseInt(SyntheticAtsGenerator.option(args, "--year=", "2025"));
        int rounds = Integer.parseInt(SyntheticAtsGenerator.option(args, "--rounds=", "20"));
        int warmup = Integer.parseInt(SyntheticAtsGenerator.option(args, "--warmup=", "3"));
        List<String> defaults = new ArrayList<>(DEFAULTS);
        defaults.add("--server.port=" + SyntheticAtsGenerator.option(args, "--port=", "8094"));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FascicoloSocialeApplication.class)
                .run(SyntheticAtsGenerator.applicationArguments(defaults, args, OPTIONS))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            PageClient client = PageClient.signIn(port, SyntheticAtsGenerator.option(args, "--user=", "roberto.marchi"),
                    SyntheticAtsGenerator.option(args, "--password=", "Fascicolo-Demo-2026"));
            List<PageTimes> measured = new ArrayList<>();
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            String comune = SyntheticAtsGenerator.option(args, "--comune=", mostPopulous(jdbc));
            for (String page : pages(comuni(jdbc), comune, year)) {
                measured.add(PageTimes.measure(client, page, warmup, rounds));
            }
            PageTimes.print("KPI benchmark, year " + year, measured, rounds, warmup, 300);
        }
    }

    /**
     * The dashboard's three sections, the 28 comuni's pages, the API's indicators, and the API's indicators of a
     * comune's page with that comune's filter, all for the year.
     */
    static List<String> pages(List<String> comuni, String oneComune, int year) {
        String period = "from=" + year + "-01-01&to=" + year + "-12-31";
        List<String> pages = new ArrayList<>();
        for (String section : List.of("process", "services", "leps")) {
            pages.add("/kpi/" + section + "?" + period);
        }
        for (String comune : comuni) {
            pages.add("/kpi/comuni/" + comune + "?" + period);
        }
        for (Indicator indicator : Indicator.values()) {
            pages.add("/api/v1/kpi/" + indicator.id() + "?" + period);
        }
        for (Indicator indicator : Indicator.values()) {
            if (indicator.forMunicipality()) {
                pages.add("/api/v1/kpi/" + indicator.id() + "?" + period + "&comune=" + oneComune);
            }
        }
        return pages;
    }

    private static List<String> comuni(JdbcClient jdbc) {
        return jdbc.sql("select istat_code from municipality order by istat_code").query(String.class).list();
    }

    /** The comune with the most residents: its page has the most figures. */
    private static String mostPopulous(JdbcClient jdbc) {
        return jdbc.sql("select istat_code from municipality order by population desc nulls last, istat_code limit 1")
                .query(String.class).single();
    }

}
