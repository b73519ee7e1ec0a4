package org.wsoatracker.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRepository extends JpaRepository<Inspection, Long> {

	List<Inspection> findByLocalAreaIdAndArchivedOrderByStartDateDesc(long localAreaId, boolean archived);

	boolean existsByLocalAreaId(long localAreaId);

}
