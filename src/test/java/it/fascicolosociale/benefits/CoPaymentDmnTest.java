package it.fascicolosociale.benefits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * processes/copayment.dmn on the standalone DMN engine, with the bands of the demo SAD tariff: exempt up
 * to 3,000, then 20% up to 6,000, 40% up to 10,000, 60% up to 15,000, 75% up to 20,000, 90% above.
 */
class CoPaymentDmnTest {

    private static final Path SOURCE = Path.of("processes/copayment.dmn");
    private static final String DMN_MODEL = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final String DMN_DI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTheSourceFile() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(SOURCE)) {
            decision = engine.parseDecision("copayment", in);
        }
    }

    @Test
    void withoutAnIseeTheUserPaysTheFullTariff() {
        assertThat(userShare(null, "3000.00", sadBands())).isEqualTo(100.0);
    }

    @Test
    void aZeroIseeIsExempt() {
        assertThat(userShare("0.00", "3000.00", sadBands())).isEqualTo(0.0);
    }

    @ParameterizedTest(name = "ISEE {0} pays {1}%")
    @CsvSource({
            "1500.00, 0",
            "3000.00, 0",
            "3000.01, 20",
            "6000.00, 20",
            "6000.01, 40",
            "10000.00, 40",
            "10000.01, 60",
            "15000.00, 60",
            "15000.01, 75",
            "20000.00, 75",
            "20000.01, 90",
            "250000.00, 90"
    })
    void exemptUpToTheThresholdIncludedThenEachBandUpToItsLimitIncluded(String isee, double percent) {
        assertThat(userShare(isee, "3000.00", sadBands())).isEqualTo(percent);
    }

    @Test
    void theTariffInForceDrivesTheThresholdAndTheBands() {
        List<Map<String, Object>> otherBands = bands(new Object[][] {{"12000.00", "50.00"}, {null, "100.00"}});

        assertThat(userShare("6000.00", "7000.00", otherBands)).isEqualTo(0.0);
        assertThat(userShare("7000.01", "7000.00", otherBands)).isEqualTo(50.0);
        assertThat(userShare("12000.01", "7000.00", otherBands)).isEqualTo(100.0);
    }

    @Test
    void percentagesKeepTheirDecimals() {
        List<Map<String, Object>> bands = bands(new Object[][] {{null, "37.50"}});

        assertThat(userShare("5000.00", "3000.00", bands)).isEqualTo(37.5);
    }

    @Test
    void isADmn13FileTheModelerOpensAsADiagram() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(SOURCE.toFile());
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(DMN_MODEL);

        List<String> decisions = attributes(document.getElementsByTagNameNS(DMN_MODEL, "decision"), "id");
        List<String> shapes = attributes(document.getElementsByTagNameNS(DMN_DI, "DMNShape"), "dmnElementRef");
        assertThat(document.getElementsByTagNameNS(DMN_DI, "DMNDiagram").getLength()).isEqualTo(1);
        assertThat(decisions).containsExactly("copayment");
        assertThat(shapes).containsAll(decisions);
        // UNIQUE: a coordinator's edit that makes two rules match fails the evaluation instead of picking one
        assertThat(attributes(document.getElementsByTagNameNS(DMN_MODEL, "decisionTable"), "hitPolicy"))
                .containsExactly("UNIQUE");
    }

    private static Double userShare(String isee, String exemptionThreshold, List<Map<String, Object>> bands) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("iseeValue", isee == null ? null : new BigDecimal(isee));
        variables.put("exemptionThreshold", new BigDecimal(exemptionThreshold));
        variables.put("bands", bands);
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, variables);
        return result.getSingleResult().getSingleEntry();
    }

    private static List<Map<String, Object>> sadBands() {
        return bands(new Object[][] {
                {"6000.00", "20.00"}, {"10000.00", "40.00"}, {"15000.00", "60.00"}, {"20000.00", "75.00"}, {null, "90.00"}});
    }

    /** Bands as CoPaymentPolicy passes them: {iseeUpTo, userSharePercent} contexts, the open one last. */
    private static List<Map<String, Object>> bands(Object[][] rows) {
        List<TariffBand> bands = new ArrayList<>();
        for (Object[] row : rows) {
            bands.add(new TariffBand(row[0] == null ? null : new BigDecimal((String) row[0]), new BigDecimal((String) row[1])));
        }
        return CoPaymentPolicy.asVariable(bands);
    }

    private static List<String> attributes(NodeList elements, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            values.add(((Element) elements.item(i)).getAttribute(name));
        }
        return values;
    }
}
