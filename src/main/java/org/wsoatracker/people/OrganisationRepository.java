package org.wsoatracker.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	List<Organisation> findByLocalAreaIdOrderByCode(long localAreaId);

	Optional<Organisation> findByLocalAreaIdAndCode(long localAreaId, String code);

	List<Organisation> findByLocalAreaIdAndCodeIgnoreCase(long localAreaId, String code);

}
