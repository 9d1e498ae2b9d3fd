package it.fascicolosociale.workflow.uvmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import it.fascicolosociale.assessment.AssessmentBundle;
import it.fascicolosociale.assessment.AssessmentSource;
import it.fascicolosociale.assessment.BehaviouralDisorders;
import it.fascicolosociale.assessment.CognitiveDisorders;
import it.fascicolosociale.assessment.DailyLiving;
import it.fascicolosociale.assessment.HealthCareNeed;
import it.fascicolosociale.assessment.IncomeSituation;
import it.fascicolosociale.assessment.Mobility;
import it.fascicolosociale.assessment.SinaCodes;
import it.fascicolosociale.assessment.SupportNetwork;
import it.fascicolosociale.platform.Coded;

/**
 * The case manager's form offers, for each SINA field, exactly INPS's codes with the labels of the bundle: a
 * coordinator editing the form in the Modeler cannot drift from the coding without this test saying so.
 */
class SocialPartFormTest {

    private static final Map<String, Class<? extends Enum<?>>> SELECTS = Map.of(
            "mobility", Mobility.class, "dailyLiving", DailyLiving.class, "cognitiveDisorders", CognitiveDisorders.class,
            "behaviouralDisorders", BehaviouralDisorders.class, "healthCareNeed", HealthCareNeed.class,
            "incomeSituation", IncomeSituation.class, "supportNetwork", SupportNetwork.class,
            "assessmentSource", AssessmentSource.class);

    @Test
    void offersTheInpsCodesOfEachSinaFieldWithTheirLabels() throws IOException {
        JsonNode form = new ObjectMapper().readTree(Path.of("forms", UvmdForms.SOCIAL_PART + ".form").toFile());
        Properties bundle = AssessmentBundle.load();

        for (Map.Entry<String, Class<? extends Enum<?>>> field : SELECTS.entrySet()) {
            JsonNode select = field(form, field.getKey());
            List<String> offered = new ArrayList<>();
            select.path("values").forEach(option -> offered.add(option.path("value").asText() + " " + option.path("label").asText()));
            List<String> coded = Arrays.stream(field.getValue().getEnumConstants()).map(Coded.class::cast)
                    .map(value -> value.code() + " " + bundle.getProperty(SinaCodes.labelCode(value))).toList();

            assertThat(select.path("type").asText()).isEqualTo("select");
            assertThat(offered).as(field.getKey()).containsExactlyElementsOf(coded);
        }
    }

    private static JsonNode field(JsonNode container, String key) {
        for (JsonNode component : container.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
            JsonNode nested = field(component, key);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }

}
