package org.wsoatracker.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.wsoatracker.people.LocalAreaView;

@Entity
class Inspection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long localAreaId;

	@Enumerated(EnumType.STRING)
	private InspectionFramework framework;

	private LocalDate startDate;

	private LocalDate endDate;

	private LocalDate letterDate;

	private LocalDate publicationDate;

	@Enumerated(EnumType.STRING)
	private InspectionOutcome outcome;

	private boolean archived;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "inspection_id", nullable = false)
	@OrderBy("position")
	private List<Finding> findings = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "inspection_id", nullable = false)
	@OrderBy("number")
	private List<Weakness> weaknesses = new ArrayList<>();

	@Version
	private long version;

	protected Inspection() {
	}

	Inspection(long localAreaId, InspectionDetails details) {
		this.localAreaId = localAreaId;
		update(details);
	}

	void update(InspectionDetails details) {
		this.framework = details.framework();
		this.startDate = details.startDate();
		this.endDate = details.endDate();
		this.letterDate = details.letterDate();
		this.publicationDate = details.publicationDate();
		this.outcome = details.outcome();
		if (!this.framework.typesWeaknesses()) {
			this.weaknesses.forEach(w -> w.update(w.getNumber(), w.getText(), null));
		}
	}

	void setArchived(boolean archived) {
		this.archived = archived;
	}

	/**
	 * What archives the inspection: the inspection itself when it is archived, otherwise its local area (given) when
	 * that is; null while it is in use.
	 */
	Archived archived(LocalAreaView area) {
		return this.archived ? Archived.INSPECTION : area.archived() ? Archived.LOCAL_AREA : null;
	}

	void addFinding(String heading, FindingKind kind, String text) {
		int next = this.findings.stream().mapToInt(Finding::getPosition).max().orElse(0) + 1;
		this.findings.add(new Finding(next, heading, kind, text));
	}

	void addWeakness(int number, String text, WeaknessKind kind) {
		this.weaknesses.add(new Weakness(number, text, kindUnderFramework(kind)));
	}

	/**
	 * The kind a weakness has under this inspection's framework: none under the 2016 framework.
	 */
	WeaknessKind kindUnderFramework(WeaknessKind kind) {
		return this.framework.typesWeaknesses() ? kind : null;
	}

	InspectionFramework getFramework() {
		return this.framework;
	}

	Optional<Finding> finding(long findingId) {
		return this.findings.stream().filter(f -> f.getId() == findingId).findFirst();
	}

	Optional<Weakness> weakness(long weaknessId) {
		return this.weaknesses.stream().filter(w -> w.getId() == weaknessId).findFirst();
	}

	void removeFinding(Finding finding) {
		this.findings.remove(finding);
	}

	void removeWeakness(Weakness weakness) {
		this.weaknesses.remove(weakness);
	}

	Long getId() {
		return this.id;
	}

	Long getLocalAreaId() {
		return this.localAreaId;
	}

	LocalDate getPublicationDate() {
		return this.publicationDate;
	}

	long getVersion() {
		return this.version;
	}

	List<Weakness> getWeaknesses() {
		return this.weaknesses;
	}

	InspectionDetails details() {
		return new InspectionDetails(this.framework, this.startDate, this.endDate, this.letterDate,
				this.publicationDate, this.outcome);
	}

	List<FindingView> findingViews() {
		return this.findings.stream().map(Finding::toView).toList();
	}

	List<WeaknessView> weaknessViews() {
		return this.weaknesses.stream().map(Weakness::toView).toList();
	}

}
