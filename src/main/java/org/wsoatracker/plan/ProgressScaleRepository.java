package org.wsoatracker.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressScaleRepository extends JpaRepository<ProgressScale, Long> {

	Optional<ProgressScale> findByCode(String code);

}
