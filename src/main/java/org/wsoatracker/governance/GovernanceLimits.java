package org.wsoatracker.governance;

/**
 * How much the governance records' texts may hold. The forms refuse more, with the field's name and the bound; the
 * database's check constraints (V33 to V36) hold the same bounds.
 */
public final class GovernanceLimits {

	/**
	 * A risk's title, a review's or a meeting action's short wording.
	 */
	public static final int TITLE = 300;

	/**
	 * A risk's cause, consequence or mitigations; minutes, decisions, an outcome letter's summary.
	 */
	public static final int TEXT = 5_000;

	/**
	 * A note closing an action arising, an adviser's name or organisation.
	 */
	public static final int NOTE = 2_000;

	/**
	 * The default score above which a risk is shown to the board.
	 */
	public static final int DEFAULT_RISK_THRESHOLD = 15;

	private GovernanceLimits() {
	}

}
