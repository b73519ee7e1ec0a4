package org.wsoatracker.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

	List<Plan> findAllByOrderByIdAsc();

	boolean existsByInspectionId(long inspectionId);

}
