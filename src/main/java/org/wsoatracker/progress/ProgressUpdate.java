package org.wsoatracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.wsoatracker.plan.Rag;
import org.wsoatracker.shared.error.ConflictException;

/**
 * A lead's report on one action for one reporting period: a status on the plan's scale, what was done and what
 * happens next, evidence, and actual values for the action's measures. Drafted, submitted, then accepted or
 * challenged by the board; a challenged update is revised and submitted again.
 */
@Entity
class ProgressUpdate {

	enum State {

		DRAFT, SUBMITTED, ACCEPTED, CHALLENGED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long actionId;

	private Long periodId;

	private String statusCode;

	@Enumerated(EnumType.STRING)
	private Rag confidence;

	private String done;

	private String nextSteps;

	@Enumerated(EnumType.STRING)
	private State state;

	private Long authorAccountId;

	private String authorName;

	private Instant updatedAt;

	private Instant submittedAt;

	private boolean demo;

	@ElementCollection
	@CollectionTable(name = "measure_actual", joinColumns = @JoinColumn(name = "update_id"))
	@MapKeyColumn(name = "measure_id")
	@Column(name = "value")
	private Map<Long, BigDecimal> actuals = new HashMap<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "update_id", nullable = false)
	@OrderBy("addedAt")
	private List<Evidence> evidence = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "update_id", nullable = false)
	@OrderBy("decidedAt")
	private List<BoardReview> reviews = new ArrayList<>();

	@Version
	private long version;

	protected ProgressUpdate() {
	}

	ProgressUpdate(long actionId, long periodId) {
		this.actionId = actionId;
		this.periodId = periodId;
		this.state = State.DRAFT;
	}

	void write(UpdateCommand command, Author author, Instant now) {
		if (this.state == State.SUBMITTED || this.state == State.ACCEPTED) {
			throw new ConflictException("This update has been submitted. It can change again only if the board challenges it.");
		}
		this.statusCode = command.statusCode();
		this.confidence = command.confidence();
		this.done = command.done();
		this.nextSteps = command.nextSteps();
		this.actuals.clear();
		this.actuals.putAll(command.actuals());
		this.authorAccountId = author.accountId();
		this.authorName = author.name();
		this.updatedAt = now;
	}

	/**
	 * Whether the update already holds exactly what this author's save would write, in the state the save leaves it:
	 * the same form sent twice (a double click), whose second sending would change nothing.
	 */
	boolean holds(UpdateCommand command, Long accountId, boolean submit) {
		boolean sameState = submit ? this.state == State.SUBMITTED
				: this.state == State.DRAFT || this.state == State.CHALLENGED;
		return sameState && Objects.equals(this.authorAccountId, accountId)
				&& Objects.equals(this.statusCode, command.statusCode()) && this.confidence == command.confidence()
				&& Objects.equals(this.done, command.done()) && Objects.equals(this.nextSteps, command.nextSteps())
				&& sameValues(this.actuals, command.actuals());
	}

	private static boolean sameValues(Map<Long, BigDecimal> stored, Map<Long, BigDecimal> given) {
		return stored.size() == given.size() && stored.entrySet()
			.stream()
			.allMatch(e -> given.get(e.getKey()) != null && given.get(e.getKey()).compareTo(e.getValue()) == 0);
	}

	void addEvidence(Evidence item) {
		if (this.state == State.SUBMITTED || this.state == State.ACCEPTED) {
			throw new ConflictException("Evidence can be added only while the update is a draft or has been challenged");
		}
		this.evidence.add(item);
	}

	void removeEvidence(long evidenceId) {
		if (this.state == State.SUBMITTED || this.state == State.ACCEPTED) {
			throw new ConflictException("Evidence can be removed only while the update is a draft or has been challenged");
		}
		this.evidence.removeIf(item -> item.getId().equals(evidenceId));
	}

	/**
	 * Submits the update to the board. A status that says the action is complete needs evidence.
	 */
	void submit(boolean statusIsComplete, Instant now) {
		if (this.state == State.SUBMITTED || this.state == State.ACCEPTED) {
			return; // submitted already: a second click changes nothing
		}
		if (statusIsComplete && this.evidence.isEmpty()) {
			throw new ConflictException(
					"Add at least one piece of evidence: a completed action needs evidence that it is complete");
		}
		this.state = State.SUBMITTED;
		this.submittedAt = now;
	}

	void review(BoardReview review) {
		if (this.state != State.SUBMITTED) {
			throw new ConflictException("Only a submitted update can be reviewed");
		}
		this.reviews.add(review);
		this.state = review.isAccepted() ? State.ACCEPTED : State.CHALLENGED;
	}

	void markDemo() {
		this.demo = true;
	}

	Long getId() {
		return this.id;
	}

	/**
	 * Still a draft: only its action's leads and the programme office have seen it.
	 */
	boolean draft() {
		return this.state == State.DRAFT;
	}

	Long getActionId() {
		return this.actionId;
	}

	Long getPeriodId() {
		return this.periodId;
	}

	long getVersion() {
		return this.version;
	}

	State getState() {
		return this.state;
	}

	List<Evidence> getEvidence() {
		return this.evidence;
	}

	UpdateView toView(PeriodView period) {
		return new UpdateView(this.id, this.actionId, period, this.statusCode, this.confidence, this.done,
				this.nextSteps, UpdateView.State.valueOf(this.state.name()), this.authorName, this.updatedAt,
				this.submittedAt, this.demo, Map.copyOf(this.actuals),
				this.evidence.stream().map(Evidence::toView).toList(),
				this.reviews.stream().map(BoardReview::toView).toList(), this.version);
	}

	record Author(Long accountId, String name) {
	}

}
