package it.fascicolosociale.workflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Server-side checks of submitted values against a form with every kind of field. */
class FormValidatorTest {

    private static FormSchema form;

    @BeforeAll
    static void readForm() throws IOException {
        try (InputStream json = FormValidatorTest.class.getResourceAsStream("/forms-test/every-component.form")) {
            form = FormSchemaReader.read(json, 3);
        }
    }

    @Test
    void acceptsACompleteSubmissionAndConvertsTheValues() {
        ValidatedForm result = validate(valid());

        assertThat(result.problems()).isEmpty();
        assertThat(result.values())
                .containsEntry("surname", "Bianchi")
                .containsEntry("hours", new BigDecimal("2.5"))
                .containsEntry("channel", "desk")
                .containsEntry("visitDate", LocalDate.of(2026, 3, 4))
                .containsEntry("needs", List.of("housing", "work"))
                .containsEntry("consent", true)
                .doesNotContainKey("phoneNote");
    }

    @Test
    void refusesMissingRequiredFieldsNamingThem() {
        Map<String, Object> submitted = valid();
        submitted.remove("surname");
        submitted.put("hours", "  ");
        submitted.remove("consent");

        assertThat(problems(submitted)).containsExactlyInAnyOrder(
                "surname error.form.required", "hours error.form.required", "consent error.form.required");
    }

    @Test
    void checksLengthPatternAndEmail() {
        Map<String, Object> submitted = valid();
        submitted.put("surname", "B");
        submitted.put("code", "ab1");
        submitted.put("email", "not-an-address");

        assertThat(problems(submitted)).containsExactlyInAnyOrder(
                "surname error.form.min-length", "code error.form.pattern", "email error.form.email");
    }

    @Test
    void checksNumbersAndAcceptsTheDecimalComma() {
        assertThat(validate(with("hours", "2,5")).values()).containsEntry("hours", new BigDecimal("2.5"));
        assertThat(problems(with("hours", "0.4"))).containsExactly("hours error.form.min");
        assertThat(problems(with("hours", "41"))).containsExactly("hours error.form.max");
        assertThat(problems(with("hours", "2.25"))).containsExactly("hours error.form.decimal-digits");
        assertThat(problems(with("hours", "due"))).containsExactly("hours error.form.number");
    }

    @Test
    void refusesValuesThatAreNotAmongTheOptions() {
        assertThat(problems(with("channel", "pigeon"))).containsExactly("channel error.form.option");
        assertThat(problems(with("needs", new String[] {"housing", "yacht"}))).containsExactly("needs error.form.option");
    }

    @Test
    void takesOptionsFromAProcessVariableWhenTheFieldNamesOne() {
        Map<String, Object> variables = Map.of("unitOptions", List.of(Map.of("value", "ssp-minori", "label", "SSP minori")));

        assertThat(FormValidator.validate(form, with("unit", "ssp-minori"), variables).problems()).isEmpty();
        assertThat(FormValidator.validate(form, with("unit", "serd-d4"), variables).problems())
                .extracting(FieldProblem::messageCode).containsExactly("error.form.option");
    }

    @Test
    void skipsAndDropsFieldsHiddenByTheirFeelCondition() {
        ValidatedForm desk = validate(with("phoneNote", "ignored"));
        assertThat(desk.hidden()).contains("phoneNote", "school");
        assertThat(desk.values()).doesNotContainKeys("phoneNote", "school");

        Map<String, Object> byPhone = with("channel", "phone");
        assertThat(problems(byPhone)).containsExactly("phoneNote error.form.required");
    }

    @Test
    void showsTheFieldsOfAGroupWhenItsConditionNoLongerHides() {
        Map<String, Object> fromSchool = with("fromSchool", "on");

        assertThat(problems(fromSchool)).containsExactly("school error.form.required");
        fromSchool.put("school", "Istituto comprensivo di prova");
        assertThat(validate(fromSchool).values()).containsEntry("school", "Istituto comprensivo di prova");
    }

    @Test
    void ignoresReadOnlyFieldsEvenWhenSent() {
        assertThat(validate(with("caseId", "42")).values()).doesNotContainKey("caseId");
    }

    @Test
    void readsItalianAndIsoDatesAndRefusesOthers() {
        assertThat(validate(with("visitDate", "04/03/2026")).values()).containsEntry("visitDate", LocalDate.of(2026, 3, 4));
        assertThat(problems(with("visitDate", "30/02/2026"))).containsExactly("visitDate error.form.date");
    }

    @Test
    void namesTheFieldByItsLabelInTheProblem() {
        Map<String, Object> submitted = valid();
        submitted.remove("surname");

        assertThat(validate(submitted).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.arguments()).first().isEqualTo("Cognome"));
    }

    @Test
    void knowsWhichFieldsTheProcessNeeds() {
        assertThat(form.inputs()).filteredOn(FormComponent::isProcessVariable)
                .extracting(FormComponent::key).containsExactly("hours");
    }

    private static Map<String, Object> valid() {
        Map<String, Object> submitted = new HashMap<>();
        submitted.put("surname", "Bianchi");
        submitted.put("hours", "2.5");
        submitted.put("channel", "desk");
        submitted.put("visitDate", "2026-03-04");
        submitted.put("needs", new String[] {"housing", "work"});
        submitted.put("consent", "true");
        return submitted;
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> submitted = valid();
        submitted.put(key, value);
        return submitted;
    }

    private static ValidatedForm validate(Map<String, Object> submitted) {
        return FormValidator.validate(form, submitted, Map.of());
    }

    private static List<String> problems(Map<String, Object> submitted) {
        return validate(submitted).problems().stream().map(problem -> problem.key() + " " + problem.messageCode()).toList();
    }
}
