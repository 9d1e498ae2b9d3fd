package it.fascicolosociale.people;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A place of birth a codice fiscale can name, by its cadastral (Belfiore) code: a comune of Italy, in use
 * or suppressed, or a foreign state or territory (codes Z...). Reference data loaded by the migrations.
 */
@Entity
@Immutable
@Table(name = "birth_place")
public class BirthPlace {

    /** A comune or a foreign state (or territory). */
    public enum Kind {
        MUNICIPALITY, FOREIGN_STATE
    }

    @Id
    private String code;

    private String name;

    /** The sigla of the province for a comune; null for a foreign state. */
    private String province;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "in_use")
    private boolean inUse;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected BirthPlace() {
    }

    /** The name, with the province of a comune in brackets. */
    public String displayName() {
        return province == null ? name : name + " (" + province + ")";
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getProvince() {
        return province;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isInUse() {
        return inUse;
    }

    /** The day the comune was instituted, when the source knows it. */
    public LocalDate getValidFrom() {
        return validFrom;
    }

    /** The last day the code was in use, when it is no longer and the source knows the day. */
    public LocalDate getValidTo() {
        return validTo;
    }
}
