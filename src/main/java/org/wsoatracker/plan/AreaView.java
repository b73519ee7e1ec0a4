package org.wsoatracker.plan;

import java.util.List;

public record AreaView(long id, int number, String title, String weaknessText, Long weaknessId,
		List<ActionView> actions) {
}
