package org.wsoatracker.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

/**
 * A plan answering an inspection: its areas of weakness, their actions, and how it is governed. The aggregate root
 * of the plan register.
 */
@Entity
class Plan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long inspectionId;

	@Enumerated(EnumType.STRING)
	private PlanKind kind;

	private String title;

	@Enumerated(EnumType.STRING)
	private PlanStatus status;

	@ManyToOne(optional = false)
	@JoinColumn(name = "scale_id")
	private ProgressScale scale;

	private LocalDate deadlineOverride;

	private String deadlineOverrideReason;

	private String boardName;

	private String chair;

	private String viceChair;

	private String reportingCadence;

	private boolean archived;

	@ElementCollection
	@CollectionTable(name = "plan_sign_off", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	private List<SignOff> signOffs = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "review_point", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "month")
	@OrderBy
	private List<LocalDate> reviewPoints = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "plan_activity", joinColumns = @JoinColumn(name = "plan_id"))
	@OrderColumn(name = "position")
	private List<Activity> activity = new ArrayList<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("number")
	private List<PlanArea> areas = new ArrayList<>();

	@Version
	private long version;

	protected Plan() {
	}

	Plan(long inspectionId, PlanDetails details, ProgressScale scale) {
		this.inspectionId = inspectionId;
		update(details, scale);
	}

	void update(PlanDetails details, ProgressScale scale) {
		this.kind = details.kind();
		this.title = details.title();
		this.status = details.status();
		this.scale = scale;
		this.boardName = details.boardName();
		this.chair = details.chair();
		this.viceChair = details.viceChair();
		this.reportingCadence = details.reportingCadence();
	}

	void close() {
		this.status = PlanStatus.CLOSED;
	}

	void setArchived(boolean archived) {
		this.archived = archived;
	}

	/**
	 * What archives the plan: the plan itself when it is archived, otherwise whatever archives its inspection (given).
	 */
	Archived archived(Archived inspection) {
		return this.archived ? Archived.PLAN : inspection;
	}

	void overrideDeadline(LocalDate deadline, String reason) {
		this.deadlineOverride = deadline;
		this.deadlineOverrideReason = deadline == null ? null : reason;
	}

	void replaceSignOffs(List<SignOffDetails> signOffs) {
		this.signOffs.clear();
		signOffs.forEach(s -> this.signOffs.add(new SignOff(s.organisation(), s.name(), s.role(), s.signedOn())));
	}

	void replaceReviewPoints(List<YearMonth> months) {
		this.reviewPoints.clear();
		months.stream().distinct().sorted().forEach(month -> this.reviewPoints.add(month.atDay(1)));
	}

	void replaceActivity(List<ActivityDetails> entries) {
		this.activity.clear();
		entries.forEach(entry -> this.activity.add(new Activity(entry.date(), entry.text())));
	}

	PlanArea addArea(int number, String title, String weaknessText, Collection<Long> weaknessIds) {
		PlanArea area = new PlanArea(this, number, title, weaknessText, weaknessIds);
		this.areas.add(area);
		return area;
	}

	void removeArea(PlanArea area) {
		this.areas.remove(area);
	}

	Long getId() {
		return this.id;
	}

	Long getInspectionId() {
		return this.inspectionId;
	}

	PlanKind getKind() {
		return this.kind;
	}

	String getTitle() {
		return this.title;
	}

	PlanStatus getStatus() {
		return this.status;
	}

	ProgressScale getScale() {
		return this.scale;
	}

	LocalDate getDeadlineOverride() {
		return this.deadlineOverride;
	}

	String getDeadlineOverrideReason() {
		return this.deadlineOverrideReason;
	}

	long getVersion() {
		return this.version;
	}

	List<PlanArea> getAreas() {
		return this.areas;
	}

	PlanDetails details() {
		return new PlanDetails(this.kind, this.title, this.status, this.scale.getCode(), this.boardName, this.chair,
				this.viceChair, this.reportingCadence);
	}

	List<SignOffDetails> signOffDetails() {
		return this.signOffs.stream().map(s -> new SignOffDetails(s.organisation, s.name, s.role, s.signedOn)).toList();
	}

	List<YearMonth> reviewPointMonths() {
		return this.reviewPoints.stream().map(YearMonth::from).toList();
	}

	List<ActivityDetails> activityDetails() {
		return this.activity.stream().map(a -> new ActivityDetails(a.occurred, a.text)).toList();
	}

	@Embeddable
	static class SignOff {

		private String organisation;

		private String name;

		private String role;

		private LocalDate signedOn;

		protected SignOff() {
		}

		SignOff(String organisation, String name, String role, LocalDate signedOn) {
			this.organisation = organisation;
			this.name = name;
			this.role = role;
			this.signedOn = signedOn;
		}

	}

	@Embeddable
	static class Activity {

		@Embedded
		@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "occurred")),
				@AttributeOverride(name = "precision", column = @Column(name = "precision")) })
		private PlanDate occurred;

		private String text;

		protected Activity() {
		}

		Activity(PlanDate occurred, String text) {
			this.occurred = occurred;
			this.text = text;
		}

	}

}
