package it.fascicolosociale.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import it.fascicolosociale.organization.CadastralCode;
import it.fascicolosociale.people.CodiceFiscale;
import it.fascicolosociale.people.Sex;

/**
 * Invents the persons of the demo cases from small lists and a fixed seed, so that every start makes the same
 * people: first names in use in Italy, surnames made up from plant names, an age that fits the user area, born in
 * one of the comuni of the district, or abroad for the immigrants area, never two with the same codice fiscale.
 */
final class SyntheticPeople {

    static final long SEED = 15_028_019L;

    private static final Map<String, int[]> AGES = Map.of("family-minors", new int[] {4, 16},
            "disability", new int[] {19, 58}, "addiction", new int[] {24, 55}, "elderly", new int[] {72, 94},
            "immigrants", new int[] {21, 48}, "poverty-adults", new int[] {30, 64}, "multi-user", new int[] {28, 60});

    /** Foreign states by their cadastral code, with the citizenship (ISO 3166) of who is born there. */
    private static final List<Origin> ABROAD = List.of(new Origin("Z330", "MA"), new Origin("Z129", "RO"),
            new Origin("Z138", "UA"), new Origin("Z100", "AL"), new Origin("Z343", "SN"), new Origin("Z210", "CN"));

    private record Origin(String place, String citizenship) {
    }

    private final Random random = new Random(SEED);
    private final DemoTexts texts;
    private final List<CadastralCode> comuni;
    private final LocalDate today;
    private final Set<CodiceFiscale> used = new HashSet<>();

    SyntheticPeople(DemoTexts texts, List<CadastralCode> comuni, LocalDate today) {
        this.texts = texts;
        this.comuni = comuni;
        this.today = today;
    }

    SyntheticPerson next(String area) {
        SyntheticPerson person = draw(area);
        while (!used.add(person.codiceFiscale())) {
            person = draw(area);
        }
        return person;
    }

    private SyntheticPerson draw(String area) {
        Sex sex = random.nextBoolean() ? Sex.F : Sex.M;
        String firstName = pick(texts.list(sex == Sex.F ? "names.female" : "names.male", area));
        String lastName = pick(texts.list("surnames"));
        int[] ages = AGES.get(area);
        LocalDate birthDate = today.minusYears(ages[0] + random.nextInt(ages[1] - ages[0] + 1)).minusDays(random.nextInt(365));
        Origin origin = "immigrants".equals(area) ? pick(ABROAD) : new Origin(pick(comuni).value(), "IT");
        CodiceFiscale code = FiscalCodes.of(lastName, firstName, sex, birthDate, new CadastralCode(origin.place()));
        String address = pick(texts.list("streets")) + " " + (1 + random.nextInt(80));
        return new SyntheticPerson(firstName, lastName, sex, birthDate, origin.citizenship(), code, address);
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
