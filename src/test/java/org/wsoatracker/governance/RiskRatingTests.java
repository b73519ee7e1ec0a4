package org.wsoatracker.governance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RiskRatingTests {

	@ParameterizedTest
	@CsvSource({ "1,1,1,Low", "2,2,4,Low", "1,4,4,Low", "1,5,5,Medium", "3,3,9,Medium", "2,5,10,High", "4,4,16,High",
			"5,3,15,High", "4,5,20,Very high", "5,5,25,Very high" })
	void theScoreIsLikelihoodTimesImpactAndTheRatingItsWord(int likelihood, int impact, int score, String word) {
		assertThat(RiskRating.score(likelihood, impact)).isEqualTo(score);
		assertThat(RiskRating.of(RiskRating.score(likelihood, impact)).label()).isEqualTo(word);
	}

	@Test
	void everyScoreFromOneToTwentyFiveHasOneRatingAndTheRatingsGoUpWithTheScore() {
		RiskRating previous = RiskRating.LOW;
		for (int score = 1; score <= 25; score++) {
			RiskRating rating = RiskRating.of(score);
			assertThat(rating.ordinal()).isGreaterThanOrEqualTo(previous.ordinal());
			previous = rating;
		}
		assertThat(RiskRating.of(19)).isEqualTo(RiskRating.HIGH);
		assertThat(RiskRating.of(20)).isEqualTo(RiskRating.VERY_HIGH);
		assertThat(RiskRating.VERY_HIGH.band()).isEqualTo("Very high: 20 to 25");
	}

	@Test
	void likelihoodAndImpactOutsideOneToFiveAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> RiskRating.score(0, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskRating.score(3, 6));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskRating.of(26));
		assertThatIllegalArgumentException().isThrownBy(() -> RiskRating.of(0));
	}

}
