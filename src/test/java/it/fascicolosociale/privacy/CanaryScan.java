package it.fascicolosociale.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.fascicolosociale.privacy.AccessPolicy.Account;
import it.fascicolosociale.privacy.AccessPolicy.Relation;
import it.fascicolosociale.privacy.MatrixFiles.Canary;
import it.fascicolosociale.privacy.MatrixFiles.File;

/**
 * Field-level minimisation in the access matrix (G4): every answer of an account is searched for the canaries of the
 * matrix's files whose relation to the account is declared. One the policy does not let the account read is a leak;
 * and, so that a scan that finds nothing proves something, each one it lets the account read must turn up in at
 * least one of the account's answers.
 */
final class CanaryScan {

    /** Every canary of the matrix's files: a prefixed text, or a codice fiscale of a woman born where theirs are. */
    private static final Pattern CANARY = Pattern.compile("CANARY-[A-Z-]+-[0-9a-f-]{36}|[A-Z]{6}70H46B563[A-Z]");

    private final List<String> leaks = new ArrayList<>();
    private final Set<String> unseen = new LinkedHashSet<>();
    private int scanned;
    private int expected;
    private Account account;
    private Map<String, Sighting> sightings = Map.of();

    /** A canary as the account may meet it: in a file of that relation to the account. */
    private record Sighting(Canary canary, Relation relation) {

        String where(Account account) {
            return account.role() + " | " + relation + " | " + canary.field();
        }
    }

    /** Starts the answers of an account, whose files of each relation are given. */
    void startAccount(Account account, Map<File, Relation> files) {
        this.account = account;
        this.sightings = new HashMap<>();
        files.forEach((file, relation) -> file.canaries().forEach(canary -> {
            Sighting sighting = new Sighting(canary, relation);
            sightings.put(canary.value(), sighting);
            if (canary.readableBy(account, relation)) {
                expected++;
                unseen.add(sighting.where(account));
            }
        }));
    }

    void scan(String where, Answer answer) {
        scanned++;
        Matcher found = CANARY.matcher(answer.body());
        while (found.find()) {
            Sighting sighting = sightings.get(found.group());
            if (sighting != null && sighting.canary().readableBy(account, sighting.relation())) {
                unseen.remove(sighting.where(account));
            } else if (sighting != null) {
                leaks.add(where + ": " + sighting.canary().field() + " of the file of relation " + sighting.relation());
            }
        }
    }

    /** How many canaries, account by account, the policy lets an account read. */
    int expected() {
        return expected;
    }

    int scanned() {
        return scanned;
    }

    List<String> leaks() {
        return leaks;
    }

    /** The canaries that an account may read and none of its answers showed, as "role | relation | field". */
    Set<String> unseen() {
        return unseen;
    }
}
