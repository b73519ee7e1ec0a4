package org.wsoatracker.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.AccountView;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.AnsweringPlan;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.report.ReportService;
import org.wsoatracker.shared.demo.DemoDataRemoval;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the demo data in one step: the demo local areas with everything in them (partner organisations, people,
 * inspections, plans, their made-up reporting and the reports published from it) and the demo accounts, and nothing
 * else. Demo mode then loads it no more.
 */
@Service
public class DemoDataService {

	private static final String SIGNED_IN_AS_DEMO = "You are signed in with a demo account, which is removed with the"
			+ " demo data. Invite an administrator of your own under Accounts, sign in as them and remove the demo data"
			+ " from there.";

	private final PeopleService people;

	private final AccountService accounts;

	private final InspectionService inspections;

	private final PlanService plans;

	private final ProgressService progress;

	private final ReportService reports;

	private final DemoDataRemoval removal;

	private final SecurityLog securityLog;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoDataService(PeopleService people, AccountService accounts, InspectionService inspections, PlanService plans,
			ProgressService progress, ReportService reports, DemoDataRemoval removal, SecurityLog securityLog,
			TransactionTemplate transaction, Clock clock) {
		this.people = people;
		this.accounts = accounts;
		this.inspections = inspections;
		this.plans = plans;
		this.progress = progress;
		this.reports = reports;
		this.removal = removal;
		this.securityLog = securityLog;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Why the administrator with this account cannot remove the demo data, if they cannot: the account is one of the
	 * demo's, which the removal takes away.
	 */
	public Optional<String> whyNotRemovedBy(long accountId) {
		return this.accounts.demoAccounts().stream().anyMatch(demo -> demo.id() == accountId)
				? Optional.of(SIGNED_IN_AS_DEMO) : Optional.empty();
	}

	/**
	 * Removes the demo data, as the administrator with this account (not a demo one). The local areas and everything in
	 * them go in one transaction; then each demo account, unless a record outside the demo data still names it (an
	 * update it wrote, a report it published): that one is disabled instead, so that the record keeps its author.
	 */
	public void remove(long accountId, String email) {
		whyNotRemovedBy(accountId).ifPresent(reason -> {
			throw new ConflictException(reason);
		});
		List<String> removed = new ArrayList<>(this.transaction.execute(status -> removeLocalAreas(email)));
		List<String> disabled = new ArrayList<>();
		for (AccountView account : this.accounts.demoAccounts()) {
			try {
				this.accounts.deleteDemoAccount(account.id());
				removed.add(account.email());
			}
			catch (DataIntegrityViolationException namedElsewhere) {
				this.accounts.setEnabled(account.id(), account.version(), false, accountId);
				disabled.add(account.email());
			}
		}
		this.securityLog.record(SecurityEventKind.DEMO_DATA_REMOVED, "Removed " + String.join(", ", removed)
				+ (disabled.isEmpty() ? "" : "; disabled, as other records name them: " + String.join(", ", disabled)));
	}

	/**
	 * Removes the demo's published reports, then each demo local area from the bottom up; returns what was removed.
	 */
	private List<String> removeLocalAreas(String email) {
		int reports = this.reports.removeDemoPublications();
		List<String> removed = new ArrayList<>();
		for (LocalAreaView area : this.people.demoLocalAreas()) {
			List<InspectionView> inspections = Stream.concat(this.inspections.inspections(area.id()).stream(),
					this.inspections.archivedInspections(area.id()).stream()).toList();
			for (InspectionView inspection : inspections) {
				for (AnsweringPlan plan : this.inspections.plansAnswering(inspection.id())) {
					this.progress.removeDemoHistory(plan.id());
					this.plans.deletePlan(plan.id());
				}
				this.inspections.deleteInspection(inspection.id());
			}
			this.people.deleteLocalArea(area.id());
			removed.add(area.name());
		}
		removed.add(reports + " published reports");
		this.removal.record(this.clock.instant(), email);
		return removed;
	}

}
