package org.wsoatracker.governance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RevisitRepository extends JpaRepository<Revisit, Long> {

	List<Revisit> findByPlanIdOrderByStartDateAsc(long planId);

	Optional<Revisit> findFirstByNextPlanId(long nextPlanId);

}
