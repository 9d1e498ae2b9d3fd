package it.fascicolosociale.kpi.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.organization.Units;
import it.fascicolosociale.platform.web.Option;

/** The choices of the filter form: the comuni, the user areas and the managing bodies. */
@Component
class FilterChoices {

    private final Municipalities municipalities;
    private final Units units;
    private final MessageSource messages;

    FilterChoices(Municipalities municipalities, Units units, MessageSource messages) {
        this.municipalities = municipalities;
        this.units = units;
        this.messages = messages;
    }

    List<Option> comuni() {
        return municipalities.all().stream()
                .map(m -> Option.of(m.getIstatCode().value(), m.getName()))
                .sorted((a, b) -> a.label().compareTo(b.label()))
                .toList();
    }

    List<Option> areas() {
        return Arrays.stream(UserArea.values())
                .map(area -> Option.of(area.code(), messages.getMessage("user-area." + area.code(), null, java.util.Locale.ITALY)))
                .toList();
    }

    List<Option> bodies() {
        return units.managingBodies().stream().map(body -> Option.of(body.getCode(), body.getName())).toList();
    }

    String comuneName(String istatCode) {
        return comuni().stream().filter(option -> option.value().equals(istatCode)).map(Option::label).findFirst()
                .orElse(istatCode);
    }
}
