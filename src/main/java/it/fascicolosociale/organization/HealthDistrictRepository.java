package it.fascicolosociale.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HealthDistrictRepository extends JpaRepository<HealthDistrict, Long> {

    List<HealthDistrict> findByHealthAuthorityId(Long healthAuthorityId);
}
