package it.fascicolosociale.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FormSubmissionRepository extends JpaRepository<FormSubmission, Long> {

    @Query("select coalesce(max(s.revision), 0) from FormSubmission s where s.businessKey = :businessKey and s.formKey = :formKey")
    int lastRevision(String businessKey, String formKey);

    List<FormSubmission> findByBusinessKeyOrderBySubmittedAtAscIdAsc(String businessKey);

    List<FormSubmission> findByBusinessKeyInOrderBySubmittedAtAscIdAsc(Collection<String> businessKeys);

    Optional<FormSubmission> findFirstByBusinessKeyAndFormKeyOrderByRevisionDesc(String businessKey, String formKey);
}
