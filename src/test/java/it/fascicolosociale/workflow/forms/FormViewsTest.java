package it.fascicolosociale.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import it.fascicolosociale.workflow.forms.FormView.Field;

/**
 * A form as a page shows it: values from the variables or as typed, fields hidden by their conditions left out,
 * rows of dynamic lists named as the validator reads them, problems tied to their fields.
 */
class FormViewsTest {

    @Test
    void showsTheVariablesByKeyAndLeavesOutWhatTheirConditionsHide() throws IOException {
        Map<String, Object> variables = new HashMap<>(Map.of("surname", "Bianchi", "channel", "desk",
                "visitDate", LocalDate.of(2026, 3, 4), "fromSchool", false, "unitOptions", List.of(Map.of("value", "u1", "label", "Unità 1"))));

        FormView view = FormViews.prefilled(read("every-component"), variables);

        assertThat(field(view.components(), "surname").value()).isEqualTo("Bianchi");
        assertThat(field(view.components(), "visitDate").value()).isEqualTo("2026-03-04");
        assertThat(field(view.components(), "unit").choices()).extracting(FormView.Choice::label).containsExactly("Unità 1");
        assertThat(ids(view.components())).doesNotContain("field-phoneNote", "field-g1").contains("field-intro");
        assertThat(field(view.components(), "channel").conditioning()).isTrue();
        assertThat(field(view.components(), "surname").conditioning()).isFalse();
        assertThat(view.conditional()).isTrue();
        assertThat(view.problems()).isEmpty();
    }

    @Test
    void showsWhatWasTypedWithEachProblemBesideItsField() throws IOException {
        Map<String, Object> submitted = Map.of("surname", new String[] {"Bi"}, "channel", new String[] {"phone"},
                "needs", new String[] {"work", "housing"});

        FormView view = FormViews.submitted(read("every-component"), submitted, Map.of(),
                Map.of("phoneNote", "Nota telefonata: campo obbligatorio.", "", "Il modulo è stato rifiutato."));

        Field note = field(view.components(), "phoneNote");
        assertThat(note.error()).isEqualTo("Nota telefonata: campo obbligatorio.");
        assertThat(note.describedBy()).isEqualTo("field-phoneNote-error");
        assertThat(field(view.components(), "needs").choices()).allMatch(FormView.Choice::selected);
        assertThat(view.problems()).containsExactlyInAnyOrder(
                new FormView.Problem("field-phoneNote", "Nota telefonata: campo obbligatorio."),
                new FormView.Problem(null, "Il modulo è stato rifiutato."));
    }

    @Test
    void numbersTheRowsOfADynamicListAsTheValidatorDoesAndOffersEmptyOnes() throws IOException {
        Map<String, Object> submitted = Map.of("goals[0].description", new String[] {""},
                "goals[3].description", new String[] {"Trovare casa"}, "goals[3].hours", new String[] {"x"});

        FormView view = FormViews.submitted(read("repeating"), submitted, Map.of(),
                Map.of("goals[0].hours", "Ore: indica un numero."));

        Field goals = field(view.components(), "goals");
        assertThat(goals.rows()).hasSize(2);
        Field hours = goals.rows().get(0).fields().get(2);
        assertThat(hours.name()).isEqualTo("goals[0].hours");
        assertThat(hours.id()).isEqualTo("field-goals-0-hours");
        assertThat(hours.value()).isEqualTo("x");
        assertThat(hours.error()).isEqualTo("Ore: indica un numero.");
        assertThat(goals.rows().get(1).fields().get(0).name()).isEqualTo("goals[1].description");
        assertThat(goals.rows().get(1).fields().get(0).value()).isNull();
    }

    @Test
    void keepsTheTextOfATextComponentAsPlainParagraphs() {
        assertThat(TextParagraphs.of("## Titolo\nRiga uno\nsegue.\n\n- **primo**\n- _secondo_ <i>x</i>\n"))
                .containsExactly("Titolo", "Riga uno segue.", "primo", "_secondo_ <i>x</i>");
        assertThat(TextParagraphs.of(null)).isEmpty();
    }

    private static FormSchema read(String name) throws IOException {
        try (InputStream json = FormViewsTest.class.getResourceAsStream("/forms-test/" + name + ".form")) {
            return FormSchemaReader.read(json, 1);
        }
    }

    private static Field field(List<Field> fields, String name) {
        for (Field field : fields) {
            if (name.equals(field.name())) {
                return field;
            }
            for (Field inner : field.components()) {
                if (name.equals(inner.name())) {
                    return inner;
                }
            }
        }
        throw new AssertionError("no field " + name);
    }

    private static List<String> ids(List<Field> fields) {
        return fields.stream().map(Field::id).toList();
    }
}
