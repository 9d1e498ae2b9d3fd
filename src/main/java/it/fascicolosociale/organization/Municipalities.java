package it.fascicolosociale.organization;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import it.fascicolosociale.platform.StaleEditException;

/** The comuni of the social district: registry data kept by the system administrator. */
@Service
@Transactional
public class Municipalities {

    private final MunicipalityRepository municipalities;
    private final ManagingBodyRepository managingBodies;
    private final SocialDistrictRepository socialDistricts;
    private final HealthDistrictRepository healthDistricts;

    Municipalities(MunicipalityRepository municipalities, ManagingBodyRepository managingBodies,
                   SocialDistrictRepository socialDistricts, HealthDistrictRepository healthDistricts) {
        this.municipalities = municipalities;
        this.managingBodies = managingBodies;
        this.socialDistricts = socialDistricts;
        this.healthDistricts = healthDistricts;
    }

    @Transactional(readOnly = true)
    public List<Municipality> all() {
        return municipalities.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Municipality get(IstatCode istatCode) {
        return municipalities.findByIstatCode(istatCode)
                .orElseThrow(() -> new UnknownCodeException(UnknownCodeException.Kind.MUNICIPALITY, istatCode));
    }

    @Transactional(readOnly = true)
    public Municipality get(Long id) {
        return municipalities.findById(id)
                .orElseThrow(() -> new UnknownCodeException(UnknownCodeException.Kind.MUNICIPALITY, id));
    }

    /**
     * Adds a comune to the social district, with the managing body through which it may keep
     * services itself.
     */
    public Municipality register(IstatCode istatCode, MunicipalityRegistry registry) {
        if (municipalities.findByIstatCode(istatCode).isPresent()) {
            throw new DuplicateCodeException(DuplicateCodeException.Kind.ISTAT_CODE, istatCode);
        }
        requireFreeCadastralCode(registry.cadastralCode(), null);
        Municipality municipality = municipalities.save(new Municipality(istatCode, registry,
                onlyOne(socialDistricts.findAll().stream().map(SocialDistrict::getId).toList()),
                onlyOne(healthDistricts.findAll().stream().map(HealthDistrict::getId).toList())));
        managingBodies.save(ManagingBody.of(municipality));
        return municipality;
    }

    public Municipality correct(IstatCode istatCode, long expectedVersion, MunicipalityRegistry registry) {
        Municipality municipality = get(istatCode);
        StaleEditException.requireVersion("municipality", istatCode, expectedVersion, municipality.getVersion());
        requireFreeCadastralCode(registry.cadastralCode(), municipality.getId());
        municipality.record(registry);
        return municipalities.saveAndFlush(municipality);
    }

    private void requireFreeCadastralCode(CadastralCode code, Long ownId) {
        municipalities.findByCadastralCode(code)
                .filter(other -> !other.getId().equals(ownId))
                .ifPresent(other -> {
                    throw new DuplicateCodeException(DuplicateCodeException.Kind.CADASTRAL_CODE, code);
                });
    }

    /** The platform serves one social district and one health district: new comuni join them. */
    private static Long onlyOne(List<Long> ids) {
        return ids.size() == 1 ? ids.get(0) : null;
    }
}
