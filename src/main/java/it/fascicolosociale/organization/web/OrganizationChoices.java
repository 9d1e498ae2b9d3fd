package it.fascicolosociale.organization.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.ManagingBody;
import it.fascicolosociale.organization.Municipalities;
import it.fascicolosociale.organization.OrganizationalUnit;
import it.fascicolosociale.organization.Role;
import it.fascicolosociale.organization.UnitFunction;
import it.fascicolosociale.organization.Units;
import it.fascicolosociale.organization.UserArea;
import it.fascicolosociale.platform.web.Option;

/**
 * The choices the admin forms offer (comuni, managing bodies, units, user areas, functions, roles) with
 * their Italian labels, and the names the lists show in place of ids.
 */
@Component
class OrganizationChoices {

    private final Municipalities municipalities;
    private final Units units;
    private final MessageSource messages;

    OrganizationChoices(Municipalities municipalities, Units units, MessageSource messages) {
        this.municipalities = municipalities;
        this.units = units;
        this.messages = messages;
    }

    List<Option> municipalities() {
        return municipalities.all().stream().map(comune -> Option.of(comune.getId(), comune.getName())).toList();
    }

    List<Option> managingBodies() {
        return units.managingBodies().stream().map(body -> Option.of(body.getId(), body.getName())).toList();
    }

    /** Each unit with its managing body, so that the two chosen together can be seen to match. */
    List<Option> units() {
        Map<Long, String> bodies = managingBodyNames();
        return units.all().stream()
                .map(unit -> Option.of(unit.getId(), label("choices.unit-of-body", unit.getName(),
                        bodies.get(unit.getManagingBodyId()))))
                .toList();
    }

    Map<Long, String> unitNames() {
        return units.all().stream().collect(Collectors.toMap(OrganizationalUnit::getId, OrganizationalUnit::getName));
    }

    Map<Long, String> managingBodyNames() {
        return units.managingBodies().stream().collect(Collectors.toMap(ManagingBody::getId, ManagingBody::getName));
    }

    List<Option> userAreas() {
        return coded(UserArea.values(), UserArea::code, "user-area.");
    }

    List<Option> functions() {
        return coded(UnitFunction.values(), UnitFunction::code, "unit-function.");
    }

    List<Option> roles() {
        return coded(Role.values(), Role::code, "role.");
    }

    private <E> List<Option> coded(E[] values, Function<E, String> code, String messagePrefix) {
        return Arrays.stream(values)
                .map(value -> Option.of(code.apply(value), label(messagePrefix + code.apply(value))))
                .toList();
    }

    private String label(String messageCode, Object... arguments) {
        return messages.getMessage(messageCode, arguments, LocaleContextHolder.getLocale());
    }
}
