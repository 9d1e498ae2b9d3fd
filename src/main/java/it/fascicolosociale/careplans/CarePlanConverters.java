package it.fascicolosociale.careplans;

import jakarta.persistence.Converter;

import it.fascicolosociale.platform.CodedConverter;

/** Stores the care plan's enums by their codes. */
final class CarePlanConverters {

    private CarePlanConverters() {
    }

    @Converter
    static class GoalStateConverter extends CodedConverter<GoalState> {
        GoalStateConverter() {
            super(GoalState::fromCode);
        }
    }
}
