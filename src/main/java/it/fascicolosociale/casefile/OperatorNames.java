package it.fascicolosociale.casefile;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import it.fascicolosociale.organization.OperatorDirectory;
import it.fascicolosociale.organization.OperatorDirectory.AccountFilter;
import it.fascicolosociale.organization.OperatorDirectory.Page;

/** The names pages show for the usernames a file records, looked up together; an unknown username shows as itself. */
@Component
class OperatorNames {

    private final OperatorDirectory directory;

    OperatorNames(OperatorDirectory directory) {
        this.directory = directory;
    }

    Map<String, String> of(Collection<String> usernames) {
        List<String> known = usernames.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> names = new HashMap<>();
        known.forEach(username -> names.put(username, username));
        if (!known.isEmpty()) {
            directory.accounts(new AccountFilter(known, null, null, null, null, null, null, null), Page.ALL)
                    .forEach(account -> names.put(account.username(), account.firstName() + " " + account.lastName()));
        }
        return names;
    }
}
