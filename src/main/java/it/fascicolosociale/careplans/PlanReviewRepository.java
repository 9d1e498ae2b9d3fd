package it.fascicolosociale.careplans;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanReviewRepository extends JpaRepository<PlanReview, Long> {

    List<PlanReview> findByCaseIdOrderByReviewedAtDesc(Long caseId);
}
