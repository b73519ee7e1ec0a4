package org.wsoatracker.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

	List<Person> findByLocalAreaIdOrderById(long localAreaId);

	Optional<Person> findByOrganisationIdAndInitials(long organisationId, String initials);

	List<Person> findByOrganisationIdAndInitialsIgnoreCase(long organisationId, String initials);

	List<Person> findByAccountId(long accountId);

	List<Person> findByLocalAreaIdAndEmailIgnoreCase(long localAreaId, String email);

}
