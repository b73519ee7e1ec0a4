package org.wsoatracker.people;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

	@Query("select a from Account a where lower(a.email) = lower(:email)")
	Optional<Account> findByEmail(String email);

	Optional<Account> findById(long id);

	Optional<Account> findBySsoIssuerAndSsoSubject(String ssoIssuer, String ssoSubject);

	boolean existsByRole(Role role);

	Account save(Account account);

	Account saveAndFlush(Account account);

	void delete(Account account);

	void flush();

}
