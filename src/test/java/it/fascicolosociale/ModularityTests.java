package it.fascicolosociale;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(FascicoloSocialeApplication.class);

    @Test
    void modulesDependOnlyOnWhatTheyDeclareAndFormNoCycles() {
        modules.verify();
    }
}
