package org.wsoatracker.governance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RiskRepository extends JpaRepository<Risk, Long> {

	List<Risk> findByPlanIdOrderByIdAsc(long planId);

	List<Risk> findByPlanIdInOrderByIdAsc(List<Long> planIds);

}
