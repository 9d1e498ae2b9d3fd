package it.fascicolosociale.people;

import java.util.Objects;

/**
 * A person's codice fiscale must say what their record says: the code is built from the sex, the birth
 * date and the cadastral code of the place of birth (DPR 605/1973, art. 2 and DM 23 dicembre 1976), so a
 * difference means a mistake in one or the other. The name letters are not compared: they follow from
 * names as written at the registry office, which operators often record differently (accents, second
 * names, married names).
 */
final class CodiceFiscaleAgreement {

    private CodiceFiscaleAgreement() {
    }

    static void require(PersonDetails details) {
        CodiceFiscale code = details.codiceFiscale();
        if (code == null) {
            return;
        }
        if (!code.isBornOn(details.birthDate())) {
            throw new CodiceFiscaleMismatchException(CodiceFiscaleMismatchException.Reason.BIRTH_DATE);
        }
        if (code.sex() != details.sex()) {
            throw new CodiceFiscaleMismatchException(CodiceFiscaleMismatchException.Reason.SEX);
        }
        if (!Objects.equals(code.placeCode(), details.birthPlace())) {
            throw new CodiceFiscaleMismatchException(CodiceFiscaleMismatchException.Reason.BIRTH_PLACE);
        }
    }
}
