package org.wsoatracker.dashboard.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.wsoatracker.dashboard.PlanDashboard;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The body of each plan's dashboard (dashboard/plan-dashboard-body.html), rendered once for each dashboard the
 * dashboard service answers and kept while it answers the same one, that is until the plan's data or the date
 * changes. The body is the same for everyone who may see the plan (what depends on the viewer, such as the navigation
 * and the sign-out button, is in the layout around it), and rendering its tables is most of the work of showing a
 * large plan. A filtered dashboard's body is rendered every time.
 */
@Component
class DashboardBodies {

	private static final String BODY = "dashboard/plan-dashboard-body :: body";

	private final ThymeleafViewResolver views;

	/** By plan: the latest whole dashboard rendered and its body. */
	private final Map<Long, Rendered> rendered = new ConcurrentHashMap<>();

	DashboardBodies(ThymeleafViewResolver views) {
		this.views = views;
	}

	String body(PlanDashboard dashboard, HttpServletRequest request, HttpServletResponse response) throws Exception {
		Rendered kept = this.rendered.get(dashboard.planId());
		if (kept != null && kept.dashboard() == dashboard) {
			return kept.body();
		}
		String body = render(dashboard, request, response);
		if (!dashboard.filter().active()) {
			this.rendered.put(dashboard.planId(), new Rendered(dashboard, body));
		}
		return body;
	}

	/**
	 * Renders the body as the page itself would be rendered, into text.
	 */
	private String render(PlanDashboard dashboard, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		View view = this.views.resolveViewName(BODY, RequestContextUtils.getLocale(request));
		StringWriter body = new StringWriter();
		view.render(Map.of("dashboard", dashboard), request, new HttpServletResponseWrapper(response) {
			@Override
			public PrintWriter getWriter() {
				return new PrintWriter(body);
			}
		});
		return body.toString();
	}

	private record Rendered(PlanDashboard dashboard, String body) {
	}

}
