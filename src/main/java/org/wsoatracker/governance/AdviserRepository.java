package org.wsoatracker.governance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdviserRepository extends JpaRepository<Adviser, Long> {

	List<Adviser> findByPlanIdOrderByIdAsc(long planId);

}
