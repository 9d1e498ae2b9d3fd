package it.fascicolosociale.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dynamic lists: rows sent as JSON objects or as an HTML form's indexed fields, each row checked. */
class RepeatingRowsTest {

    private static final Map<String, Object> ITEMS = Map.of("items", List.of(Map.of("value", "home-care-hours", "label", "SAD")));
    private static FormSchema form;

    @BeforeAll
    static void readForm() throws IOException {
        try (InputStream json = RepeatingRowsTest.class.getResourceAsStream("/forms-test/repeating.form")) {
            form = FormSchemaReader.read(json, 1);
        }
    }

    @Test
    void listsTheDynamicListAsOneInputAndNotItsFields() {
        assertThat(form.inputs()).extracting(FormComponent::key).containsExactly("title", "goals");
    }

    @Test
    void readsRowsSentAsJson() {
        ValidatedForm result = FormValidator.validate(form, Map.of("title", "PAI",
                "goals", List.of(Map.of("description", "Autonomia", "item", "home-care-hours", "hours", 10))), ITEMS);

        assertThat(result.problems()).isEmpty();
        assertThat(result.values().get("goals")).isEqualTo(List.of(
                Map.of("description", "Autonomia", "item", "home-care-hours", "hours", new BigDecimal("10"))));
    }

    @Test
    void readsRowsPostedByAnHtmlFormAndDropsEmptyOnes() {
        Map<String, Object> posted = new HashMap<>();
        posted.put("title", "PAI");
        posted.put("goals[0].description", "Autonomia");
        posted.put("goals[1].description", "");
        posted.put("goals[1].hours", "");
        posted.put("goals[2].description", "Socialità");

        ValidatedForm result = FormValidator.validate(form, posted, ITEMS);

        assertThat(result.values().get("goals")).asList().hasSize(2);
    }

    @Test
    void namesTheRowAndFieldOfEachProblem() {
        ValidatedForm result = FormValidator.validate(form, Map.of("title", "PAI", "goals", List.of(
                Map.of("description", "Autonomia", "item", "yacht"),
                Map.of("hours", "0"))), ITEMS);

        assertThat(result.problems()).extracting(problem -> problem.key() + " " + problem.messageCode())
                .containsExactlyInAnyOrder("goals[0].item error.form.option",
                        "goals[1].description error.form.required", "goals[1].hours error.form.min");
    }
}
