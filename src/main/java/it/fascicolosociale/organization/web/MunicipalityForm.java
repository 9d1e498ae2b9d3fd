package it.fascicolosociale.organization.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import it.fascicolosociale.organization.CadastralCode;
import it.fascicolosociale.organization.IstatCode;
import it.fascicolosociale.organization.Municipality;
import it.fascicolosociale.organization.MunicipalityRegistry;

/** What the administrator types about a comune. */
record MunicipalityForm(
        @NotBlank(message = "{validation.istat-code.required}")
        @Pattern(regexp = "\\d{6}", message = "{error.istat-code.format}") String istatCode,
        @NotBlank(message = "{error.municipality.name-required}") @Size(max = 120, message = "{validation.too-long}") String name,
        @NotBlank(message = "{validation.cadastral-code.required}")
        @Pattern(regexp = "[A-Z]\\d{3}", message = "{error.cadastral-code.format}") String cadastralCode,
        @NotNull(message = "{validation.population.required}") @Min(value = 0, message = "{error.municipality.population-negative}") Integer population,
        @NotNull(message = "{error.municipality.population-year}") @Min(value = 1861, message = "{error.municipality.population-year}")
        @Max(value = 2999, message = "{error.municipality.population-year}") Integer populationYear,
        long version) {

    static MunicipalityForm empty() {
        return new MunicipalityForm("", "", "", null, null, 0);
    }

    static MunicipalityForm of(Municipality municipality) {
        return new MunicipalityForm(municipality.getIstatCode().value(), municipality.getName(),
                municipality.getCadastralCode().value(), municipality.getPopulation(), municipality.getPopulationYear(),
                municipality.getVersion());
    }

    IstatCode istat() {
        return new IstatCode(istatCode);
    }

    MunicipalityRegistry registry() {
        return new MunicipalityRegistry(name, new CadastralCode(cadastralCode), population, populationYear);
    }
}
