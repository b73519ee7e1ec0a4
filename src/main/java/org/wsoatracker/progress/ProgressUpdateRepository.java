package org.wsoatracker.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

	Optional<ProgressUpdate> findByActionIdAndPeriodId(long actionId, long periodId);

	/**
	 * The action's update for the period, its row locked until the transaction ends, so that a save checks the version
	 * the person saw against a version no one else can change meanwhile.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from ProgressUpdate u where u.actionId = :actionId and u.periodId = :periodId")
	Optional<ProgressUpdate> lockByActionIdAndPeriodId(long actionId, long periodId);

	/**
	 * The update, its row locked until the transaction ends (as {@link #lockByActionIdAndPeriodId}).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from ProgressUpdate u where u.id = :id")
	Optional<ProgressUpdate> lockById(long id);

	List<ProgressUpdate> findByActionId(long actionId);

	List<ProgressUpdate> findByPeriodIdIn(Collection<Long> periodIds);

	List<ProgressUpdate> findByPeriodId(long periodId);

	@Query("select u from ProgressUpdate u join u.evidence e where e.id = :evidenceId")
	Optional<ProgressUpdate> findByEvidenceId(long evidenceId);

}
