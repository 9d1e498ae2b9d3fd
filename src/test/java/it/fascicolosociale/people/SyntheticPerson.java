package it.fascicolosociale.people;

import java.time.LocalDate;

import it.fascicolosociale.organization.CadastralCode;
import it.fascicolosociale.organization.IstatCode;

/**
 * Invented people to register in tests, one detail changed at a time. Their codici fiscali were computed
 * for them; none belongs to a real person.
 */
final class SyntheticPerson {

    static final IstatCode CAMPOSAMPIERO = new IstatCode("028019");

    private String firstName;
    private String lastName;
    private Sex sex;
    private LocalDate birthDate;
    private CadastralCode birthPlace;
    private String citizenship = "IT";
    private CodiceFiscale codiceFiscale;
    private MissingFiscalCodeReason missingFiscalCodeReason;
    private Residence residence = new Residence(CAMPOSAMPIERO, "Via della Prova 1");
    private Contacts contacts = new Contacts("049 000 0001", "persona.di.prova@example.org");

    private SyntheticPerson(String firstName, String lastName, Sex sex, LocalDate birthDate, String birthPlace,
                            String codiceFiscale) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.sex = sex;
        this.birthDate = birthDate;
        this.birthPlace = new CadastralCode(birthPlace);
        this.codiceFiscale = new CodiceFiscale(codiceFiscale);
    }

    /** Test Uno, born in Camposampiero on 12 March 1985. */
    static SyntheticPerson testUno() {
        return new SyntheticPerson("Test", "Uno", Sex.M, LocalDate.of(1985, 3, 12), "B563", "NUOTST85C12B563H");
    }

    /** Prova Due, born in Cittadella on 4 July 1992. */
    static SyntheticPerson provaDue() {
        return new SyntheticPerson("Prova", "Due", Sex.F, LocalDate.of(1992, 7, 4), "C743", "DUEPRV92L44C743U");
    }

    /** Esempio Tre, born in the United States (Z404) on 31 December 1978. */
    static SyntheticPerson esempioTre() {
        return new SyntheticPerson("Esempio", "Tre", Sex.M, LocalDate.of(1978, 12, 31), "Z404", "TRESMP78T31Z404U")
                .citizenOf("US");
    }

    /** Campione Cinque, born in Vigonza on 1 May 2010. */
    static SyntheticPerson campioneCinque() {
        return new SyntheticPerson("Campione", "Cinque", Sex.M, LocalDate.of(2010, 5, 1), "L900", "CNQCPN10E01L900G");
    }

    SyntheticPerson named(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
        return this;
    }

    SyntheticPerson bornOn(LocalDate birthDate) {
        this.birthDate = birthDate;
        return this;
    }

    SyntheticPerson bornIn(String cadastralCode) {
        this.birthPlace = cadastralCode == null ? null : new CadastralCode(cadastralCode);
        return this;
    }

    SyntheticPerson ofSex(Sex sex) {
        this.sex = sex;
        return this;
    }

    SyntheticPerson citizenOf(String isoCountry) {
        this.citizenship = isoCountry;
        return this;
    }

    SyntheticPerson withCodiceFiscale(String code) {
        this.codiceFiscale = new CodiceFiscale(code);
        this.missingFiscalCodeReason = null;
        return this;
    }

    SyntheticPerson withoutCodiceFiscale(MissingFiscalCodeReason reason) {
        this.codiceFiscale = null;
        this.missingFiscalCodeReason = reason;
        return this;
    }

    SyntheticPerson residentIn(String istatCode) {
        this.residence = new Residence(new IstatCode(istatCode), "Via della Prova 2");
        return this;
    }

    SyntheticPerson reachableAt(String phone, String email) {
        this.contacts = new Contacts(phone, email);
        return this;
    }

    PersonDetails details() {
        return new PersonDetails(firstName, lastName, sex, birthDate, birthPlace, citizenship, codiceFiscale,
                missingFiscalCodeReason, residence, contacts);
    }
}
