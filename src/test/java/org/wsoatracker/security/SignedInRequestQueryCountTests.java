package org.wsoatracker.security;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.NewAccountCommand;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.Role;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;
import org.wsoatracker.support.Statements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What every signed-in page costs the database, whatever else it does: a trivial page (the accessibility statement,
 * read signed in) reads its session and nothing more, and writes nothing back when nothing in the session changed.
 * A local area the person joins is still theirs at once: their next request reads their local areas again, once.
 */
@IntegrationTest
class SignedInRequestQueryCountTests {

	/**
	 * The statements a trivial signed-in page may take: its session, read with its attributes (Spring Session reads it
	 * twice in a request; why it reads it the second time is not yet known). Before issue 18 it took 4: the same two
	 * reads, the person's local areas and the session written back.
	 */
	static final int TRIVIAL_PAGE_STATEMENTS = 2;

	@Autowired
	MockMvc mvc;

	@Autowired
	Statements statements;

	@Autowired
	AccountService accounts;

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	@Test
	void aTrivialSignedInPageReadsItsSessionAndWritesNothing() throws Exception {
		Cookie session = Pages.signIn(this.mvc, Pages.BOARD);
		page(session, "/accessibility", 200);
		page(session, "/accessibility", 200);

		List<String> sql = this.statements.sqlOf(() -> page(session, "/accessibility", 200));

		System.out.printf("SQL statements for a trivial signed-in page: %d%n%s%n", sql.size(), String.join("\n", sql));
		assertThat(sql).hasSize(TRIVIAL_PAGE_STATEMENTS)
			.allMatch(statement -> statement.toLowerCase().contains("from spring_session s"));
	}

	@Test
	void aLocalAreaJoinedWhileSignedInIsTheirsAtOnceReadOnce() throws Exception {
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		long northYorkshire = this.people.findLocalAreaByCode("NORTH_YORKSHIRE").orElseThrow().id();
		long inspection = this.inspections.inspections(northYorkshire).get(0).id();
		String email = SignedInPages.unique("joiner").toLowerCase() + "@example.org";
		long account = this.accounts
			.createIfAbsent(new NewAccountCommand(email, "Jo Iner", Pages.DEMO_PASSWORD, Role.BOARD))
			.id();
		this.accounts.joinLocalArea(account, york);
		Cookie session = Pages.signIn(this.mvc, email);
		page(session, "/inspections/" + inspection, 404);

		this.accounts.joinLocalArea(account, northYorkshire);

		List<String> next = this.statements.sqlOf(() -> page(session, "/inspections/" + inspection, 200));
		List<String> after = this.statements.sqlOf(() -> page(session, "/accessibility", 200));
		assertThat(next).filteredOn(statement -> statement.contains("account_local_area")).hasSize(1);
		assertThat(after).noneMatch(statement -> statement.contains("account_local_area"));
	}

	private void page(Cookie session, String path, int status) {
		try {
			MvcResult result = this.mvc.perform(get(path).cookie(session)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(status);
			if (status == 200) {
				assertThat(Pages.html(result).select("header").text()).contains("Sign out");
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
