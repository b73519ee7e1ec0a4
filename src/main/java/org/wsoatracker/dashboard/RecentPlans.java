package org.wsoatracker.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is kept for at most so many plans: the plans shown least recently are let go first. A plan's whole dashboard
 * and its rendered page take about a megabyte and a half at national scale (docs/benchmarks.md), so they are kept
 * for the plans people are looking at, not for every plan there is.
 */
public final class RecentPlans<V> {

	private final Map<Long, V> values;

	public RecentPlans(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("Keep at least one plan's, not " + capacity);
		}
		this.values = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
				return size() > capacity;
			}
		};
	}

	/**
	 * What is kept for the plan, or null; the plan counts as shown now.
	 */
	public synchronized V get(long planId) {
		return this.values.get(planId);
	}

	public synchronized void put(long planId, V value) {
		this.values.put(planId, value);
	}

	synchronized int size() {
		return this.values.size();
	}

}
