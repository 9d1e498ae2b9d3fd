package it.fascicolosociale.kpi;

import java.util.Optional;

/**
 * Who reads the figures: a manager of the ATS (every comune) or the referente of one comune, who reads only
 * that comune's aggregates, with small counts suppressed and never an operator's or unit's figures.
 */
public record KpiAudience(String username, String comune) {

    public static KpiAudience manager(String username) {
        return new KpiAudience(username, null);
    }

    public static KpiAudience municipality(String username, String comune) {
        return new KpiAudience(username, comune);
    }

    public boolean isManager() {
        return comune == null;
    }

    public Optional<String> onlyComune() {
        return Optional.ofNullable(comune);
    }
}
