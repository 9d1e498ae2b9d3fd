package it.fascicolosociale.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OperatorRepository extends JpaRepository<Operator, Long> {

    Optional<Operator> findByUsername(String username);

    List<Operator> findAllByOrderByLastNameAscFirstNameAsc();
}
