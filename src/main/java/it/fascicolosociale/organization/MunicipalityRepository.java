package it.fascicolosociale.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    Optional<Municipality> findByIstatCode(IstatCode istatCode);

    Optional<Municipality> findByCadastralCode(CadastralCode cadastralCode);

    List<Municipality> findAllByOrderByNameAsc();
}
