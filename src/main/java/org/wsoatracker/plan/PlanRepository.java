package org.wsoatracker.plan;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanRepository extends JpaRepository<Plan, Long> {

	List<Plan> findAllByOrderByIdAsc();

	boolean existsByInspectionId(long inspectionId);

	/**
	 * The ids of the plans of these local areas in use (neither they, their inspection nor their local area
	 * archived), in the order plans are listed.
	 */
	@Query(value = "select p.id from plan p join inspection i on i.id = p.inspection_id "
			+ "join local_area la on la.id = i.local_area_id where la.id in (:localAreas) "
			+ "and not (p.archived or i.archived or la.archived) order by p.id", nativeQuery = true)
	List<Long> findIdsInUse(@Param("localAreas") Collection<Long> localAreas);

}
