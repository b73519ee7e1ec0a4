package org.wsoatracker.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LocalAreaRepository extends JpaRepository<LocalArea, Long> {

	Optional<LocalArea> findByCode(String code);

	boolean existsByCodeIgnoreCase(String code);

	List<LocalArea> findByArchivedOrderByName(boolean archived);

	List<LocalArea> findByDemoTrueOrderByName();

	boolean existsByDemoTrue();

}
