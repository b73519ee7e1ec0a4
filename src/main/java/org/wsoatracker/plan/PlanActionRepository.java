package org.wsoatracker.plan;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

	@Query("select distinct a.id from PlanAction a join a.leadPersonIds lead where lead in :personIds")
	Set<Long> findIdsLedBy(Collection<Long> personIds);

	@Query("select count(a) > 0 from PlanAction a join a.leadPersonIds lead where a.id = :actionId and lead in :personIds")
	boolean isLedBy(long actionId, Collection<Long> personIds);

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

	// Actions of several plans by id, with their area, plan and each of their collections: one statement each, whatever
	// the number of actions (for "my actions").

	@Query("select a from PlanAction a join fetch a.area ar join fetch ar.plan where a.id in :ids")
	List<PlanAction> findWithPlanByIdIn(Collection<Long> ids);

	@Query("select distinct a from PlanAction a left join fetch a.leadPersonIds where a.id in :ids")
	List<PlanAction> findWithLeadsByIdIn(Collection<Long> ids);

	@Query("select distinct a from PlanAction a left join fetch a.leadOrganisationIds where a.id in :ids")
	List<PlanAction> findWithLeadOrganisationsByIdIn(Collection<Long> ids);

	@Query("select distinct a from PlanAction a left join fetch a.measures where a.id in :ids")
	List<PlanAction> findWithMeasuresByIdIn(Collection<Long> ids);

	@Query("select distinct a from PlanAction a left join fetch a.subActions where a.id in :ids")
	List<PlanAction> findWithSubActionsByIdIn(Collection<Long> ids);

}
