package org.wsoatracker.plan;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanAreaRepository extends JpaRepository<PlanArea, Long> {

}
