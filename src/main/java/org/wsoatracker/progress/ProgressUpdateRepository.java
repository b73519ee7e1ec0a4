package org.wsoatracker.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

	Optional<ProgressUpdate> findByActionIdAndPeriodId(long actionId, long periodId);

	List<ProgressUpdate> findByActionId(long actionId);

	List<ProgressUpdate> findByPeriodIdIn(Collection<Long> periodIds);

	List<ProgressUpdate> findByPeriodId(long periodId);

	// The updates of a set of periods with each of their collections, one statement per collection whatever the
	// number of updates (used together, in one persistence context, so that building views reads nothing more).

	@Query("select distinct u from ProgressUpdate u left join fetch u.actuals where u.periodId in :periodIds")
	List<ProgressUpdate> findWithActualsByPeriodIdIn(Collection<Long> periodIds);

	@Query("select distinct u from ProgressUpdate u left join fetch u.evidence where u.periodId in :periodIds")
	List<ProgressUpdate> findWithEvidenceByPeriodIdIn(Collection<Long> periodIds);

	@Query("select distinct u from ProgressUpdate u left join fetch u.reviews where u.periodId in :periodIds")
	List<ProgressUpdate> findWithReviewsByPeriodIdIn(Collection<Long> periodIds);

	@Query("select u from ProgressUpdate u join u.evidence e where e.id = :evidenceId")
	Optional<ProgressUpdate> findByEvidenceId(long evidenceId);

}
