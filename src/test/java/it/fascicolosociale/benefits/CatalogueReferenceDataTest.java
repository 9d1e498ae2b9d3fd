package it.fascicolosociale.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import it.fascicolosociale.IntegrationTest;

/** The catalogue in the migrations, the Tabella 1 codes and the texts of the code agree. */
@IntegrationTest
class CatalogueReferenceDataTest {

    private static final Path SHARED_TABELLA_1 = Path.of("../shared/data/siuss_tabella1_codes.csv");

    /** Cash transfers report under A1, facilities under A3, services under A2 or, when none fits, Z9.99. */
    private static final Map<MacroType, List<String>> SECTIONS = Map.of(
            MacroType.CASH_TRANSFER, List.of("A1"),
            MacroType.FACILITY, List.of("A3"),
            MacroType.INTERVENTION_SERVICE, List.of("A2", "Z9"));

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    BenefitCodeRepository benefitCodes;

    @Test
    void everyItemReportsUnderAnExistingTabella1CodeOfTheSectionOfItsMacroType() {
        List<CatalogueItem> items = catalogue.allItems();

        assertThat(items).hasSizeGreaterThanOrEqualTo(15);
        assertThat(items).allSatisfy(item -> {
            BenefitCode code = catalogue.benefitCode(item.getBenefitCode());
            assertThat(SECTIONS.get(item.getMacroType())).as(item.getCode()).contains(code.getSection());
        });
    }

    @Test
    void holdsTheTabella1CodesOfTheSharedCodeList() throws IOException {
        assumeThat(SHARED_TABELLA_1).as("../shared is beside the project").exists();
        List<String> shared = Files.readAllLines(SHARED_TABELLA_1).stream().skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.substring(0, line.indexOf(','))).toList();

        assertThat(benefitCodes.findAll()).extracting(BenefitCode::getCode).containsExactlyInAnyOrderElementsOf(shared);
        assertThat(benefitCodes.findAll()).allSatisfy(code -> assertThat(code.getTitleIt()).isNotBlank());
    }

    @Test
    void everyUnitMacroTypeAndCoPaymentModelHasItsItalianName() throws IOException {
        Properties texts = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages/benefits.properties"))) {
            texts.load(in);
        }
        List<String> codes = new ArrayList<>();
        Arrays.stream(UnitOfMeasure.values()).map(UnitOfMeasure::messageCode).forEach(codes::add);
        Arrays.stream(MacroType.values()).map(MacroType::messageCode).forEach(codes::add);
        Arrays.stream(CoPaymentModel.values()).map(CoPaymentModel::messageCode).forEach(codes::add);

        assertThat(codes).allSatisfy(code -> assertThat(texts.getProperty(code)).as(code).isNotBlank());
    }
}
