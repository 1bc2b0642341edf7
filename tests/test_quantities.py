"""Counts read with ACLED's conservative rule."""
import pytest

from eventwire.extract.quantities import Count, parse_count, parse_share


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("at least 95", Count(best=95, low=95)),
        ("more than 195,000", Count(best=195000, low=195000)),
        ("dozens", Count(best=12, low=12)),
        ("scores", Count(best=20, low=20)),
        ("hundreds", Count(best=100, low=100)),
        ("ninety-five", Count(best=95, low=95, high=95)),
        ("six", Count(best=6, low=6, high=6)),
        ("between 10 and 15", Count(best=10, low=10, high=15)),
        ("12-15", Count(best=12, low=12, high=15)),
        ("up to 30", Count(best=None, high=30)),
        ("some 20", Count(best=20)),
        ("95 or more", Count(best=95, low=95)),
    ],
)
def test_count_phrases(phrase, expected):
    assert parse_count(phrase) == expected


def test_words_that_are_not_counts():
    assert parse_count("Tuesday") is None
    assert parse_count("the regime") is None


def test_more_than_half_of_95_dead_is_at_least_48():
    assert parse_share("More than half").of(95) == 48
    assert parse_share("half").of(95) == 48
    assert parse_share("two thirds").of(30) == 20
