package org.wsoatracker.governance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OversightReviewRepository extends JpaRepository<OversightReview, Long> {

	List<OversightReview> findByPlanIdOrderByHeldOnDescIdDesc(long planId);

}
