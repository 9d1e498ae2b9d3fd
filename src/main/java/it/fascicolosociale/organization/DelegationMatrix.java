package it.fascicolosociale.organization;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The delegation table (matrice delle deleghe) as it stands on one day: for each comune, in name
 * order, the unit in charge of each user area.
 */
public record DelegationMatrix(LocalDate day, List<Row> rows) {

    public DelegationMatrix {
        rows = List.copyOf(rows);
    }

    /** One comune and the delegations in force for it, by user area. */
    public record Row(Long municipalityId, String municipalityName, Map<UserArea, Cell> cells) {

        public Row {
            cells = Map.copyOf(cells);
        }

        /** The delegation in force for the area, or null when the comune has none that day. */
        public Cell cell(UserArea area) {
            return cells.get(area);
        }
    }

    /** A delegation in force and the name of the unit it puts in charge. */
    public record Cell(Long delegationId, Long unitId, String unitName) {
    }

    static DelegationMatrix of(LocalDate day, List<Municipality> municipalities, List<Delegation> inForce,
                               Map<Long, String> unitNames) {
        Map<Long, Map<UserArea, Cell>> cells = new HashMap<>();
        for (Delegation delegation : inForce) {
            cells.computeIfAbsent(delegation.getMunicipalityId(), id -> new EnumMap<>(UserArea.class))
                    .put(delegation.getUserArea(), new Cell(delegation.getId(), delegation.getUnitId(),
                            unitNames.get(delegation.getUnitId())));
        }
        return new DelegationMatrix(day, municipalities.stream()
                .map(municipality -> new Row(municipality.getId(), municipality.getName(),
                        cells.getOrDefault(municipality.getId(), Map.of())))
                .toList());
    }
}
