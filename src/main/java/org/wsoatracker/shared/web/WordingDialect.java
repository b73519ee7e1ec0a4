package org.wsoatracker.shared.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.wsoatracker.shared.text.Wording;

import org.springframework.stereotype.Component;

/**
 * Makes {@link Wording} available to every template as {@code #wording}, in pages, the dashboard's kept body and the
 * PDFs alike: {@code ${#wording.format('public.summary', actions, complete)}}.
 */
@Component
class WordingDialect extends AbstractDialect implements IExpressionObjectDialect {

	private final Wording wording;

	WordingDialect(Wording wording) {
		super("wording");
		this.wording = wording;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("wording");
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return WordingDialect.this.wording;
			}

			@Override
			public boolean isCacheable(String name) {
				return true;
			}

		};
	}

}
