package org.wsoatracker.dashboard.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.wsoatracker.dashboard.PlanDashboard;
import org.wsoatracker.dashboard.PlanHeadline;
import org.wsoatracker.dashboard.RecentPlans;
import org.wsoatracker.governance.BoardGovernance;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the dashboards show of each plan, rendered once for each dashboard and headline the dashboard service answers
 * and kept while it answers the same one, that is until the plan's data or the date changes: the body of a plan's
 * dashboard (dashboard/plan-dashboard-body.html), the governance section the board and the programme office see on
 * it (governance/board.html) and the plan's row on the board's home (dashboard/board-row.html). Each is the same for everyone who may see the plan (what depends on the viewer, such as the navigation and the
 * sign-out button, is in the layout around them), and rendering them is most of the work of showing a large plan or
 * many plans. A filtered dashboard's body is rendered every time.
 */
@Component
class DashboardBodies {

	private static final String GOVERNANCE = "governance/board :: board(governance=${governance}, links=true)";

	private final ThymeleafViewResolver views;

	/** By plan, for the plans shown most recently: the latest whole dashboard rendered and its body. */
	private final RecentPlans<Rendered> bodies;

	/** By plan: the latest headline rendered and its row. */
	private final Map<Long, Rendered> rows = new ConcurrentHashMap<>();

	/** By plan, for the plans shown most recently: the latest whole dashboard and its governance section. */
	private final RecentPlans<Rendered> governance;

	DashboardBodies(ThymeleafViewResolver views, @Value("${wsoa.dashboard.kept-plans:200}") int keptPlans) {
		this.views = views;
		this.bodies = new RecentPlans<>(keptPlans);
		this.governance = new RecentPlans<>(keptPlans);
	}

	String body(PlanDashboard dashboard, HttpServletRequest request, HttpServletResponse response) throws Exception {
		Rendering body = () -> render("dashboard/plan-dashboard-body :: body", "dashboard", dashboard, request,
				response);
		return dashboard.filter().active() ? body.render()
				: kept(this.bodies::get, this.bodies::put, dashboard.planId(), dashboard, body);
	}

	/**
	 * The plan's governance for the board (risks above the threshold, the risk matrix, open actions arising), read
	 * and rendered once for each whole dashboard: its tables are in the plan's data version, and its "Overdue" turns
	 * with the day, as the dashboard does.
	 */
	String governance(PlanDashboard dashboard, Supplier<BoardGovernance> governance, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		Rendering section = () -> render(GOVERNANCE, "governance", governance.get(), request, response);
		return dashboard.filter().active() ? section.render()
				: kept(this.governance::get, this.governance::put, dashboard.planId(), dashboard, section);
	}

	/**
	 * The board home's row of each plan, in the order of the headlines.
	 */
	List<String> rows(List<PlanHeadline> headlines, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		String[] rows = new String[headlines.size()];
		for (int i = 0; i < rows.length; i++) {
			PlanHeadline headline = headlines.get(i);
			rows[i] = kept(this.rows::get, this.rows::put, headline.planId(), headline,
					() -> render("dashboard/board-row :: row", "plan", headline, request, response));
		}
		return List.of(rows);
	}

	/**
	 * The text kept for the plan if it was rendered for this very object (the dashboard service answers the same
	 * object while nothing has changed); otherwise rendered now, and kept.
	 */
	private static String kept(Function<Long, Rendered> kept, BiConsumer<Long, Rendered> keep, long planId,
			Object source, Rendering rendering) throws Exception {
		Rendered rendered = kept.apply(planId);
		if (rendered != null && rendered.source() == source) {
			return rendered.text();
		}
		String text = rendering.render();
		keep.accept(planId, new Rendered(source, text));
		return text;
	}

	private interface Rendering {

		String render() throws Exception;

	}

	/**
	 * Renders the fragment with the one model attribute as the page itself would be rendered, into text.
	 */
	private String render(String fragment, String name, Object value, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		View view = this.views.resolveViewName(fragment, RequestContextUtils.getLocale(request));
		StringWriter text = new StringWriter();
		view.render(Map.of(name, value), request, new HttpServletResponseWrapper(response) {
			@Override
			public PrintWriter getWriter() {
				return new PrintWriter(text);
			}
		});
		return text.toString();
	}

	private record Rendered(Object source, String text) {
	}

}
