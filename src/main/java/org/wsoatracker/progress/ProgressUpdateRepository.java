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

	@Query("select u from ProgressUpdate u join u.evidence e where e.id = :evidenceId")
	Optional<ProgressUpdate> findByEvidenceId(long evidenceId);

}
