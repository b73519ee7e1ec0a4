package org.wsoatracker.dashboard;

import java.util.List;

/**
 * How far the programme office has got in setting up a local area: each task in the order it is done, with where it
 * is done and its status, worked out from the data.
 */
public record LocalAreaSetUp(long localAreaId, String localAreaName, String planTitle, List<Task> tasks) {

	public long completed() {
		return this.tasks.stream().filter(task -> task.status() == TaskStatus.COMPLETED).count();
	}

	/**
	 * One task: what it is, the rule that makes it completed (the hint shown under it), where it is done (null while
	 * it cannot start) and its status.
	 */
	public record Task(String id, String name, String rule, String href, TaskStatus status) {
	}

	public enum TaskStatus {

		NOT_STARTED("Not started"), IN_PROGRESS("In progress"), COMPLETED("Completed"),
		CANNOT_START_YET("Cannot start yet");

		private final String label;

		TaskStatus(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
