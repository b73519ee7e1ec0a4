package org.wsoatracker.plan;

import java.util.Collection;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

	@Query("select distinct a.id from PlanAction a join a.leadPersonIds lead where lead in :personIds")
	Set<Long> findIdsLedBy(Collection<Long> personIds);

}
