package it.fascicolosociale.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SocialDistrictRepository extends JpaRepository<SocialDistrict, Long> {

    Optional<SocialDistrict> findByCode(String code);
}
