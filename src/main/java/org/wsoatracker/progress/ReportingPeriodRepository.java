package org.wsoatracker.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

	List<ReportingPeriod> findByPlanIdOrderByMonth(long planId);

	List<ReportingPeriod> findByPlanIdInOrderByMonth(java.util.Collection<Long> planIds);

	Optional<ReportingPeriod> findByPlanIdAndMonth(long planId, LocalDate month);

	List<ReportingPeriod> findByStatus(ReportingPeriod.Status status);

}
