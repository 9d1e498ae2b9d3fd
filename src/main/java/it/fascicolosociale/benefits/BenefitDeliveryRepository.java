package it.fascicolosociale.benefits;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BenefitDeliveryRepository extends JpaRepository<BenefitDelivery, Long> {

    List<BenefitDelivery> findByBenefitIdOrderByDeliveredOnAscIdAsc(Long benefitId);
}
