"""Reader comments get an abuse score: attacks on people are flagged, harsh opinion is not."""
import pytest

from conftest import SEED_PAGE, need_shared
from eventwire.abuse import ABUSIVE_AT, AbuseScore, score_comment, score_comments
from eventwire.ingest import read_documents


@pytest.fixture(scope="module")
def seed_comments() -> list[str]:
    document = next(iter(read_documents([str(need_shared(SEED_PAGE))])))
    return [comment.text for comment in document.comments]


def test_the_seeds_last_comment_is_the_only_abusive_one(seed_comments):
    scores = score_comments(seed_comments)

    assert len(scores) == 9
    assert seed_comments[-1].startswith("flatten those saudis")
    assert scores[-1].abusive
    assert [s.abusive for s in scores[:-1]] == [False] * 8
    assert max(s.score for s in scores[:-1]) < 0.3  # not a near miss


def test_the_seeds_last_comment_says_why(seed_comments):
    reasons = " | ".join(score_comment(seed_comments[-1]).reasons)

    assert "incitement" in reasons and "flatten those saudis" in reasons
    assert "dehumanising" in reasons and "turkish savages" in reasons


def test_harsh_opinion_in_the_seed_is_not_abuse(seed_comments):
    assert "What a monstrous regime." in seed_comments
    for text in ("What a monstrous regime.",
                 "but bombing and killing its own citizens is ok by you... we see how human you are...",
                 "So all the civilians killed by US bombings in Syria are justified? Nice."):
        assert not score_comment(text).abusive, text


@pytest.mark.parametrize(
    "text, kind",
    [
        ("I will find you and kill you.", "threat"),
        ("Keep posting this and I'm going to shoot you.", "threat"),
        ("I hope you die.", "threat"),
        ("Shut up, you dirty raghead.", "slur"),
        ("Jews are rats.", "dehumanising"),
        ("Muslims are a cancer on this country.", "dehumanising"),
        ("Alawite vermin, every one of them.", "dehumanising"),
        ("Kill all the Yazidis!", "incitement"),
        ("Exterminate the Shia, nuke them all.", "incitement"),
        ("The Kurds should be wiped out.", "incitement"),
        ("dirty arabs everywhere", "demeaning"),
        ("You are a fucking idiot.", "insult"),
        ("Putin is a dickhead.", "insult"),
        ("you filthy rat", "insult"),
    ],
)
def test_attacks_on_people_are_abusive(text, kind):
    result = score_comment(text)

    assert result.abusive, (text, result)
    assert result.score >= ABUSIVE_AT
    assert result.reasons[0].startswith(kind), result.reasons


@pytest.mark.parametrize(
    "text",
    [
        # reporting violence
        "Militants killed 12 soldiers in an ambush on Tuesday.",
        "Turkish jets bomb Kurdish villages near the border.",
        "The Kurds fear they will be killed if the town falls.",
        # criticism of a state, a regime, an army, a leader
        "The regime is brutal.",
        "The Assad regime and ISIL are both murderous regimes.",
        "The barbaric Syrian regime keeps dropping barrel bombs.",
        "The Syrian army is a cancer on the region.",
        "Death to the dictatorship!",
        # quoting and reporting someone else's words
        'The minister called the Kurds "vermin", drawing condemnation.',
        "He said the rebels were 'animals who deserve to die', a remark the UN condemned.",
        "Protesters chanted death to Americans outside the embassy.",
        # not against anyone, or not about people
        "What a bloody mess.",
        "Syrians are being treated like animals by every side.",
        "Turkish dogs are a hardy breed.",
        "We should not kill Kurds, or anyone else.",
        "Your argument is ridiculous.",
        "As a gay Syrian I had to flee Raqqa.",
        "",
    ],
)
def test_harsh_or_reported_words_are_not_abusive(text):
    result = score_comment(text)

    assert not result.abusive, (text, result)
    assert result.score < ABUSIVE_AT


def test_reported_incitement_still_shows_in_the_reasons():
    result = score_comment("Protesters chanted death to Americans outside the embassy.")

    assert any("death to Americans" in r and "reported" in r for r in result.reasons)


def test_a_batch_scores_like_one_at_a_time():
    texts = ["Jews are rats.", "The regime is brutal.", "", "You are a fucking idiot."]

    assert score_comments(texts) == [score_comment(t) for t in texts]


def test_scores_are_bounded_and_agree_with_the_flag():
    for text in ("I will kill you", "hello", "what the hell", "fuck"):
        result = score_comment(text)
        assert isinstance(result, AbuseScore)
        assert 0.0 <= result.score <= 1.0
        assert result.abusive == (result.score >= ABUSIVE_AT)
