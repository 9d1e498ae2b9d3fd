package it.fascicolosociale.organization;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Message arguments that the message source turns into the Italian name of a code. */
final class ItalianNames {

    private ItalianNames() {
    }

    static MessageSourceResolvable of(UserArea area) {
        return new DefaultMessageSourceResolvable(new String[] {"user-area." + area.code()}, area.code());
    }
}
