package it.fascicolosociale.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An ente gestore: the body that actually runs a service for a comune, and pays its staff. */
@Entity
@Table(name = "managing_body")
public class ManagingBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private ManagingBodyKind kind;

    @Column(name = "municipality_id")
    private Long municipalityId;

    @Version
    private long version;

    protected ManagingBody() {
    }

    /** The comune itself as the body running the services it keeps. */
    static ManagingBody of(Municipality municipality) {
        ManagingBody body = new ManagingBody();
        body.code = "comune-" + municipality.getIstatCode().value();
        body.name = "Comune di " + municipality.getName();
        body.kind = ManagingBodyKind.MUNICIPALITY;
        body.municipalityId = municipality.getId();
        return body;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ManagingBodyKind getKind() {
        return kind;
    }

    /** The comune, when the body is a comune running a service itself. */
    public Long getMunicipalityId() {
        return municipalityId;
    }
}
