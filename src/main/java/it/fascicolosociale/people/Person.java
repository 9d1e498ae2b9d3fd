package it.fascicolosociale.people;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import it.fascicolosociale.organization.CadastralCode;
import it.fascicolosociale.organization.IstatCode;

/**
 * A person the social services know (cittadino, utente, assistito). Whatever is recorded, a codice
 * fiscale agrees with the sex, birth date and place of birth beside it.
 */
@Entity
public class Person {

    /**
     * From the identity column's sequence, fetched before the insert: an insert that returned the new id would have
     * to pass the row-level security's read rule, which a person meets only once their accesso exists.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_id")
    @SequenceGenerator(name = "person_id", sequenceName = "person_id_seq", allocationSize = 1)
    private Long id;

    @Column(name = "codice_fiscale")
    private CodiceFiscale codiceFiscale;

    @Enumerated(EnumType.STRING)
    @Column(name = "missing_fiscal_code_reason")
    private MissingFiscalCodeReason missingFiscalCodeReason;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "birth_place_code")
    private CadastralCode birthPlace;

    private String citizenship;

    @Column(name = "residence_istat_code")
    private IstatCode residenceMunicipality;

    @Column(name = "residence_address")
    private String residenceAddress;

    private String phone;

    private String email;

    @Version
    private long version;

    protected Person() {
    }

    Person(PersonDetails details) {
        correct(details);
    }

    /** Replaces what is recorded about the person, refusing a codice fiscale that disagrees with it. */
    void correct(PersonDetails details) {
        CodiceFiscaleAgreement.require(details);
        this.codiceFiscale = details.codiceFiscale();
        this.missingFiscalCodeReason = details.missingFiscalCodeReason();
        this.firstName = details.firstName();
        this.lastName = details.lastName();
        this.sex = details.sex();
        this.birthDate = details.birthDate();
        this.birthPlace = details.birthPlace();
        this.citizenship = details.citizenship();
        this.residenceMunicipality = details.residence() == null ? null : details.residence().municipality();
        this.residenceAddress = details.residence() == null ? null : details.residence().address();
        this.phone = details.contacts().phone();
        this.email = details.contacts().email();
    }

    /** What is recorded, in the shape an operator edits it. */
    public PersonDetails details() {
        Residence residence = residenceMunicipality == null ? null
                : new Residence(residenceMunicipality, residenceAddress);
        return new PersonDetails(firstName, lastName, sex, birthDate, birthPlace, citizenship, codiceFiscale,
                missingFiscalCodeReason, residence, new Contacts(phone, email));
    }

    public Long getId() {
        return id;
    }

    public CodiceFiscale getCodiceFiscale() {
        return codiceFiscale;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public long getVersion() {
        return version;
    }
}
