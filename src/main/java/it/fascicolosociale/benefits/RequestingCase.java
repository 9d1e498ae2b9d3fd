package it.fascicolosociale.benefits;

import java.util.Objects;

import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.UserArea;

/** What a benefit takes from the social case it is requested for: the person, the paying comune and the area. */
record RequestingCase(Long personId, IstatCode payingComune, UserArea area) {

    RequestingCase {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(payingComune, "payingComune");
        Objects.requireNonNull(area, "area");
    }
}
