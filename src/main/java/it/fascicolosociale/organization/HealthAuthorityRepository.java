package it.fascicolosociale.organization;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HealthAuthorityRepository extends JpaRepository<HealthAuthority, Long> {

    Optional<HealthAuthority> findByCode(String code);
}
