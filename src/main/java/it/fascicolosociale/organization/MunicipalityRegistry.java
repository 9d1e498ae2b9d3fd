package it.fascicolosociale.organization;

import java.util.Objects;

import it.fascicolosociale.platform.RuleViolation;

/** The registry data of a comune that an administrator may correct. */
public record MunicipalityRegistry(String name, CadastralCode cadastralCode, int population, int populationYear) {

    public MunicipalityRegistry {
        Objects.requireNonNull(cadastralCode, "cadastralCode");
        if (name == null || name.isBlank()) {
            throw new RuleViolation("error.municipality.name-required", "a comune needs a name");
        }
        name = name.strip();
        if (population < 0) {
            throw new RuleViolation("error.municipality.population-negative", "population below zero");
        }
        if (populationYear < 1861 || populationYear > 2999) {
            throw new RuleViolation("error.municipality.population-year", "implausible population year " + populationYear);
        }
    }
}
