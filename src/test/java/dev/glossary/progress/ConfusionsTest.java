package dev.glossary.progress;

import dev.glossary.srs.Card;
import dev.glossary.srs.Rating;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfusionsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final ZoneId UTC = ZoneOffset.UTC;

    private final Map<String, List<Review>> logs = new LinkedHashMap<>();

    private ConfusionsTest answer(String term, Duration at, Rating rating, String confusedWith, String pairedWith) {
        logs.computeIfAbsent(term, t -> new ArrayList<>())
                .add(new Review(T0.plus(at), rating, "choice", 1000, false, confusedWith, pairedWith));
        return this;
    }

    private ConfusionsTest confused(String term, Duration at, String with) {
        return answer(term, at, Rating.AGAIN, with, null);
    }

    private ConfusionsTest right(String term, Duration at) {
        return answer(term, at, Rating.GOOD, null, null);
    }

    /** A right "which is which?" answer to {@code term} against {@code other}. */
    private ConfusionsTest drilled(String term, String other, Duration at) {
        return answer(term, at, Rating.GOOD, null, other);
    }

    private Confusions confusions(ZoneId zone) {
        Map<String, TermHistory> histories = new LinkedHashMap<>();
        logs.forEach((term, reviews) -> histories.put(term, new TermHistory(Card.newCard(T0), reviews,
                StudyFlags.NONE, List.of())));
        return Confusions.of(histories, zone);
    }

    private static Duration hours(long h) {
        return Duration.ofHours(h);
    }

    @Test
    void aPairIsCountedWhicheverWayRoundMostOftenThenMostRecentlyFirst() {
        confused("jwt", hours(0), "jws").confused("jws", hours(1), "jwt").confused("api", hours(5), "rest");
        confused("tcp", hours(3), "udp");

        List<Confusions.Pair> pairs = confusions(UTC).pairs();

        assertThat(pairs).extracting(p -> p.a() + "/" + p.b() + " x" + p.times())
                .containsExactly("jws/jwt x2", "api/rest x1", "tcp/udp x1");
        assertThat(pairs.get(0).last()).isEqualTo(T0.plus(hours(1)));
        assertThat(pairs.get(0).lastMode()).isEqualTo("choice");
    }

    @Test
    void rightAnswersToEitherTermAfterTheLastConfusionCountAsResolved() {
        right("jwt", hours(0)).confused("jwt", hours(1), "jws").right("jwt", hours(2)).right("jws", hours(3))
                .right("api", hours(4));

        assertThat(confusions(UTC).pairs().get(0).resolvedSince()).isEqualTo(2);
    }

    @Test
    void aTermListsWhatItWasConfusedWithAndTheOtherDirectionOnlyForTheReport() {
        confused("jwt", hours(0), "jws").confused("jwt", hours(1), "jws").confused("oauth", hours(2), "jwt");

        assertThat(confusions(UTC).with("jwt")).extracting(w -> w.termId() + " x" + w.times())
                .containsExactly("jws x2", "oauth x1");
        Map<String, TermHistory> one = Map.of("jwt", new TermHistory(Card.newCard(T0), logs.get("jwt"),
                StudyFlags.NONE, List.of()));
        assertThat(Confusions.givenInstead(one.get("jwt"))).containsExactly(Map.entry("jws", 2));
    }

    @Test
    void aPairRightBothWaysOnTwoSeparateDaysIsSettled() {
        confused("jwt", hours(0), "jws");
        drilled("jwt", "jws", hours(1)).drilled("jws", "jwt", hours(1));
        assertThat(confusions(UTC).pairs().get(0).settled()).as("one day").isFalse();

        drilled("jwt", "jws", hours(25));
        assertThat(confusions(UTC).pairs().get(0).settled()).as("second day, one way only").isFalse();

        drilled("jws", "jwt", hours(26));
        assertThat(confusions(UTC).pairs().get(0).settled()).isTrue();
    }

    @Test
    void daysAreTheLearnersOwn() {
        // 09:00 and 20:00 UTC on one UTC day are two days in Auckland (UTC+13 in March).
        confused("jwt", hours(-1), "jws");
        drilled("jwt", "jws", hours(0)).drilled("jws", "jwt", hours(0));
        drilled("jwt", "jws", hours(11)).drilled("jws", "jwt", hours(11));

        assertThat(confusions(UTC).pairs().get(0).settled()).isFalse();
        assertThat(confusions(ZoneId.of("Pacific/Auckland")).pairs().get(0).settled()).isTrue();
    }

    @Test
    void aNewConfusionOpensASettledPairAgain() {
        confused("jwt", hours(0), "jws");
        drilled("jwt", "jws", hours(1)).drilled("jws", "jwt", hours(1));
        drilled("jwt", "jws", hours(25)).drilled("jws", "jwt", hours(25));
        answer("jws", hours(50), Rating.AGAIN, "jwt", "jwt");

        Confusions.Pair pair = confusions(UTC).pairs().get(0);
        assertThat(pair.settled()).isFalse();
        assertThat(pair.times()).isEqualTo(2);
        assertThat(pair.resolvedSince()).isZero();
    }

    @Test
    void noConfusionsNoPairs() {
        right("jwt", hours(0)).drilled("jwt", "jws", hours(1));
        assertThat(confusions(UTC).pairs()).isEmpty();
    }
}
