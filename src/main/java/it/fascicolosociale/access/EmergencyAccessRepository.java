package it.fascicolosociale.access;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmergencyAccessRepository extends JpaRepository<EmergencyAccess, Long> {

    List<EmergencyAccess> findByOperatorAndExpiresAtAfterOrderByOpenedAtDesc(String operator, Instant after);
}
