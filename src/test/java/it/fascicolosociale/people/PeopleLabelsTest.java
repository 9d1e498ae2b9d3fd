package it.fascicolosociale.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every choice an operator makes about a person or a household has its Italian label. */
class PeopleLabelsTest {

    @Test
    void everySexReasonAndRelationHasItsItalianLabel() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/people");
        messages.setDefaultEncoding("UTF-8");

        Stream<String> codes = Stream.of(
                Arrays.stream(Sex.values()).map(Sex::messageCode),
                Arrays.stream(MissingFiscalCodeReason.values()).map(MissingFiscalCodeReason::messageCode),
                Arrays.stream(HouseholdRelation.values()).map(HouseholdRelation::messageCode)).flatMap(code -> code);

        assertThat(codes.filter(code -> messages.getMessage(code, null, null, Locale.ITALIAN) == null).toList())
                .as("labels missing from messages/people.properties").isEmpty();
        assertThat(messages.getMessage(HouseholdRelation.REFERENCE_PERSON.messageCode(), null, Locale.ITALIAN))
                .isEqualTo("Intestatario della scheda");
    }
}
