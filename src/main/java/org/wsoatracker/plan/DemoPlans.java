package org.wsoatracker.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.OrganisationKind;
import org.wsoatracker.people.OrganisationView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonDetails;
import org.wsoatracker.shared.demo.ConditionalOnDemoMode;
import org.wsoatracker.shared.demo.DemoDataRemoval;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: loads York (the 2019 inspection and the 2020 written statement of action) and North Yorkshire (the 2024
 * inspection and a strategic plan update) from {@code demo/*.json}, transcribed from the public seed documents. Each
 * local area is loaded once, all or nothing, marked as demo data; none once an administrator has removed the demo data.
 */
@Component
@ConditionalOnDemoMode
@Order(10)
class DemoPlans implements ApplicationRunner {

	static final List<String> FILES = List.of("demo/york.json", "demo/north-yorkshire.json");

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	private final PeopleService people;

	private final PlanService plans;

	private final InspectionService inspections;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	private final DemoDataRemoval removal;

	DemoPlans(PeopleService people, PlanService plans, InspectionService inspections, JsonMapper json,
			TransactionTemplate transaction, DemoDataRemoval removal) {
		this.people = people;
		this.plans = plans;
		this.inspections = inspections;
		this.json = json;
		this.transaction = transaction;
		this.removal = removal;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.removal.done()) {
			FILES.forEach(this::load);
		}
	}

	void load(String file) {
		DemoFile demo = read(file);
		if (this.people.findLocalAreaByCode(demo.localArea().code()).isPresent()) {
			return;
		}
		this.transaction.executeWithoutResult(status -> {
			LocalAreaView area = this.people.createDemoLocalArea(demo.localArea().code(), demo.localArea().name());
			Map<String, OrganisationView> organisations = new HashMap<>();
			for (DemoFile.Organisation o : demo.organisations()) {
				organisations.put(o.code(), this.people.addOrganisation(area.id(), o.code(), o.name(), o.kind()));
			}
			Map<String, Long> personIds = new HashMap<>();
			for (DemoFile.Person p : demo.people()) {
				long id = this.people
					.addPerson(area.id(), new PersonDetails(organisations.get(p.organisation()).id(), p.initials(),
							p.name(), p.role(), p.group(), p.email(), null))
					.id();
				personIds.put(p.initials() + "/" + p.organisation(), id);
			}
			this.people.linkAccountsByEmail(area.id());
			Map<String, Long> inspectionIds = new HashMap<>();
			for (DemoFile.Inspection i : demo.inspections()) {
				InspectionView inspection = this.inspections.createInspection(new NewInspectionCommand(area.id(),
						new InspectionDetails(i.framework(), i.startDate(), i.endDate(), i.letterDate(),
								i.publicationDate(), i.outcome()),
						i.findings()
							.stream()
							.map(f -> new NewInspectionCommand.FindingDetails(f.heading(), f.kind(), f.text()))
							.toList(),
						i.weaknesses()
							.stream()
							.map(w -> new NewInspectionCommand.WeaknessDetails(w.number(), w.text()))
							.toList()));
				inspectionIds.put(i.key(), inspection.id());
			}
			for (DemoFile.Plan p : demo.plans()) {
				this.plans.createPlan(new NewPlanCommand(inspectionIds.get(p.inspection()),
						new PlanDetails(p.kind(), p.title(), p.status(), p.scale(), p.boardName(), p.chair(),
								p.viceChair(), p.reportingCadence()),
						p.signOffs()
							.stream()
							.map(s -> new SignOffDetails(s.organisation(), s.name(), s.role(), s.signedOn()))
							.toList(),
						p.reviewPoints(),
						p.activity()
							.stream()
							.map(a -> new ActivityDetails(PlanDate.parse(a.date()), a.text()))
							.toList(),
						p.areas().stream().map(a -> area(a, personIds, organisations)).toList()));
			}
		});
		log.info("Demo mode: loaded {} from {}", demo.localArea().name(), file);
	}

	private static AreaCommand area(DemoFile.Area area, Map<String, Long> personIds,
			Map<String, OrganisationView> organisations) {
		return new AreaCommand(area.number(), area.title(), area.weaknessText(), area.weaknesses(),
				area.actions()
					.stream()
					.map(a -> new ActionDetails(a.number(), a.outcome(), a.action(), PlanDate.parse(a.start()),
							PlanDate.parse(a.end()), a.phase(), a.leads().stream().map(personIds::get).toList(),
							a.leadOrganisations().stream().map(code -> organisations.get(code).id()).toList(),
							a.measures()
								.stream()
								.map(m -> new MeasureDetails(m.text(), m.baseline(), m.target(), m.unit(),
										m.targetDate() == null ? null : YearMonth.parse(m.targetDate())))
								.toList(),
							a.evidenceAndImpact(),
							a.subActions()
								.stream()
								.map(s -> new SubActionDetails(s.label(), s.text(), PlanDate.parse(s.start()),
										PlanDate.parse(s.end()), s.phase()))
								.toList()))
					.toList());
	}

	private DemoFile read(String file) {
		try (InputStream in = new ClassPathResource(file).getInputStream()) {
			return this.json.readValue(in, DemoFile.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read demo data " + file, ex);
		}
	}

	/**
	 * The shape of a demo data file.
	 */
	record DemoFile(LocalArea localArea, List<Organisation> organisations, List<Person> people,
			List<Inspection> inspections, List<Plan> plans) {

		record LocalArea(String name, String code) {
		}

		record Organisation(String code, String name, OrganisationKind kind) {
		}

		record Person(String initials, String name, String organisation, String role, LeaderGroup group,
				String email) {
		}

		record Inspection(String key, InspectionFramework framework, LocalDate startDate, LocalDate endDate,
				LocalDate letterDate, LocalDate publicationDate, InspectionOutcome outcome, List<Finding> findings,
				List<Weakness> weaknesses) {
		}

		record Finding(String heading, FindingKind kind, String text) {
		}

		record Weakness(int number, String text) {
		}

		record Plan(String inspection, PlanKind kind, String title, PlanStatus status, String scale,
				String boardName, String chair, String viceChair, String reportingCadence, List<SignOff> signOffs,
				List<YearMonth> reviewPoints, List<Activity> activity, List<Area> areas) {
		}

		record SignOff(String organisation, String name, String role, LocalDate signedOn) {
		}

		record Activity(String date, String text) {
		}

		record Area(int number, String title, String weaknessText, List<Integer> weaknesses, List<Action> actions) {
		}

		record Action(String number, String outcome, String action, String start, String end, String phase,
				List<String> leads, List<String> leadOrganisations, List<Measure> measures,
				String evidenceAndImpact, List<SubAction> subActions) {
		}

		record Measure(String text, BigDecimal baseline, BigDecimal target, String unit, String targetDate) {
		}

		record SubAction(String label, String text, String start, String end, String phase) {
		}

	}

}
