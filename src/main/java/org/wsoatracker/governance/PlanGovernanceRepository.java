package org.wsoatracker.governance;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanGovernanceRepository extends JpaRepository<PlanGovernance, Long> {

}
