package it.fascicolosociale.organization;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.platform.RuleViolation;
import it.fascicolosociale.platform.StaleEditException;

/** The organizational units and the managing bodies they belong to. */
@Service
@Transactional
public class Units {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

    private final UnitRepository units;
    private final ManagingBodyRepository managingBodies;
    private final MunicipalityRepository municipalities;

    Units(UnitRepository units, ManagingBodyRepository managingBodies, MunicipalityRepository municipalities) {
        this.units = units;
        this.managingBodies = managingBodies;
        this.municipalities = municipalities;
    }

    @Transactional(readOnly = true)
    public List<OrganizationalUnit> all() {
        return units.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public OrganizationalUnit get(Long id) {
        return units.findById(id).orElseThrow(() -> new UnknownCodeException(UnknownCodeException.Kind.UNIT, id));
    }

    @Transactional(readOnly = true)
    public OrganizationalUnit get(String code) {
        return units.findByCode(code).orElseThrow(() -> new UnknownCodeException(UnknownCodeException.Kind.UNIT, code));
    }

    @Transactional(readOnly = true)
    public List<ManagingBody> managingBodies() {
        return managingBodies.findAllByOrderByKindAscNameAsc();
    }

    @Transactional(readOnly = true)
    public ManagingBody managingBody(Long id) {
        return managingBodies.findById(id)
                .orElseThrow(() -> new UnknownCodeException(UnknownCodeException.Kind.MANAGING_BODY, id));
    }

    public OrganizationalUnit register(String code, UnitProfile profile) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("error.unit.code-format", "unit code must be lower-case letters, digits and dashes: " + code, code);
        }
        if (units.findByCode(code).isPresent()) {
            throw new DuplicateCodeException(DuplicateCodeException.Kind.UNIT_CODE, code);
        }
        requireKnownReferences(profile);
        return units.save(new OrganizationalUnit(code, profile));
    }

    public OrganizationalUnit describe(Long id, long expectedVersion, UnitProfile profile) {
        OrganizationalUnit unit = get(id);
        StaleEditException.requireVersion("unit", id, expectedVersion, unit.getVersion());
        requireKnownReferences(profile);
        unit.describe(profile);
        return units.saveAndFlush(unit);
    }

    private void requireKnownReferences(UnitProfile profile) {
        managingBody(profile.managingBodyId());
        for (Long municipalityId : profile.coveredMunicipalityIds()) {
            if (!municipalities.existsById(municipalityId)) {
                throw new UnknownCodeException(UnknownCodeException.Kind.MUNICIPALITY, municipalityId);
            }
        }
    }
}
