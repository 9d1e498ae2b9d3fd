package it.fascicolosociale.benefits;

import org.springframework.data.jpa.repository.JpaRepository;

interface BenefitCodeRepository extends JpaRepository<BenefitCode, String> {
}
