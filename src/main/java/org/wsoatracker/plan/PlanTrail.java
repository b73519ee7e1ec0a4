package org.wsoatracker.plan;

import java.util.List;

/**
 * A plan's place in the trail of plans that answer one inspection: inspection → plan → revisit or monitoring
 * inspection → next plan. The governance module, which keeps revisits, knows it; without it a plan's trail is its
 * inspection and itself.
 */
public interface PlanTrail {

	/**
	 * The trail the plan is on, from the inspection to the latest plan, in order.
	 */
	List<Step> trail(long planId);

	/**
	 * One step of the trail: what it is ("Inspection", "Written statement of action (WSOA)", "Revisit"), its title,
	 * its address and whether it is the plan whose page shows the trail.
	 */
	record Step(String kind, String title, String href, boolean current) {
	}

}
