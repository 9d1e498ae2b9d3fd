package it.fascicolosociale.platform;

import java.util.Arrays;
import java.util.function.Function;

/**
 * An enum known outside the code by a stable code (kebab-case, English): in the database, in processes
 * and forms. The Italian label lives in the message bundle.
 */
public interface Coded {

    String code();

    /** The constant with the code, or the exception {@code unknown} makes of it. */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code, Function<String, RuntimeException> unknown) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.code().equals(code))
                .findFirst()
                .orElseThrow(() -> unknown.apply(code));
    }
}
