package org.wsoatracker.plan;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

	@Query("select distinct a.id from PlanAction a join a.leadPersonIds lead where lead in :personIds")
	Set<Long> findIdsLedBy(Collection<Long> personIds);

	// A plan's actions with each of their collections, one statement per collection whatever the number of actions
	// (used together, in one persistence context, so that building the plan's view reads nothing more).

	@Query("select distinct a from PlanAction a left join fetch a.leadPersonIds where a.area.plan.id = :planId")
	List<PlanAction> findWithLeadsByPlanId(long planId);

	@Query("select distinct a from PlanAction a left join fetch a.leadOrganisationIds where a.area.plan.id = :planId")
	List<PlanAction> findWithLeadOrganisationsByPlanId(long planId);

	@Query("select distinct a from PlanAction a left join fetch a.measures where a.area.plan.id = :planId")
	List<PlanAction> findWithMeasuresByPlanId(long planId);

	@Query("select distinct a from PlanAction a left join fetch a.subActions where a.area.plan.id = :planId")
	List<PlanAction> findWithSubActionsByPlanId(long planId);

}
