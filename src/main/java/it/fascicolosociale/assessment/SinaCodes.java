package it.fascicolosociale.assessment;

import java.util.Locale;

import it.fascicolosociale.platform.Coded;
import it.fascicolosociale.platform.RuleViolation;

/**
 * The coded fields of the SINA block (PS_PSA_SINA201812.xsd): the enums keep INPS's codes ("1", "2"...)
 * as their own, so that the forms, the database and the flow speak one code list.
 */
public final class SinaCodes {

    private SinaCodes() {
    }

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        return Coded.fromCode(type, code, unknown -> new RuleViolation("error.assessment.unknown-code",
                "No " + type.getSimpleName() + " with code " + unknown, unknown));
    }

    /** The bundle key of the Italian label, e.g. {@code sina.daily-living.2}. */
    public static String labelCode(Coded value) {
        Class<?> type = value instanceof Enum<?> constant ? constant.getDeclaringClass() : value.getClass();
        String field = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return "sina." + field + "." + value.code();
    }
}
