"""Counts read with ACLED's conservative rule."""
import pytest

import eventwire

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


@pytest.mark.parametrize("text, dead", [
    ("Twenty-one soldiers and an unknown number of attackers were killed near Menaka on Monday.", 21),
    ("ADF rebels dragged a farmer from his house near Beni in eastern Congo on Monday and killed him.", 1),
    ("Eight villagers were shot dead by Myanmar soldiers in a raid near Kanbalu on Monday.", 8),
    ("Twelve militants and a policeman died in the gunfight near Bannu on Monday, police said.", 13),
    ("A Malian army drone struck a convoy near Kidal on Monday, killing several fighters.", 3),
    ("Gunmen attacked a market in Djibo on Monday. The mayor reported eleven dead.", 11),
    ("Soldiers opened fire on a crowd in Kassala on Monday, killing between 15 and 25 people.", 15),
])
def test_tolls_as_reports_write_them(text, dead):
    events = eventwire.extract(text, published="2024-06-26")
    assert events and events[0].fatalities == dead, [e.summary for e in events]


def test_the_dead_and_hurt_a_strike_left_are_counted_across_the_list():
    [clash] = eventwire.extract("Al-Shabaab militants stormed a military base near Afgoye on Tuesday, sparking a gun battle "
                                "that left at least 10 soldiers and 25 militants dead, officials said.", published="2024-05-15")
    assert clash.fatalities == 35
    [blast] = eventwire.extract("A bomb exploded at a market near Afgoye on Tuesday, leaving two women and three children "
                                "wounded.", published="2024-05-15")
    assert (blast.fatalities, blast.injuries) == (None, 5)


def test_gangs_or_groups_counted_are_no_dead():
    [storming] = eventwire.extract(
        "QUITO, Jan 10 (Wire) - Ecuador's President Daniel Noboa declared an \"internal armed conflict\" on Tuesday and "
        "ordered the military to \"neutralise\" more than 20 criminal gangs, hours after masked gunmen stormed a television "
        "station in the port city of Guayaquil during a live broadcast.", published="2024-01-10")
    assert (storming.location, storming.fatalities) == ("Guayaquil", None)


def test_a_vague_part_of_a_toll_adds_nothing_to_its_known_part():
    [clash] = eventwire.extract("Al-Shabab fighters attacked a Somali army base near Afgooye on Monday. Three soldiers "
                                "and many militants were killed.", published="2019-07-23")
    assert clash.fatalities == 3


def test_victims_the_parser_made_the_sayers_subject_are_still_the_dead():
    [strike] = eventwire.extract("Myanmar's military carried out an air strike on a village in the central Sagaing "
                                 "region on Tuesday, killing at least 50 people who had gathered for the opening of a "
                                 "local office of the opposition movement, witnesses and media reports said.",
                                 published="2023-04-12")
    assert (strike.fatalities, strike.source) == (50, "witnesses and media reports")


def test_a_police_officer_gunned_down_is_one_dead():
    [clash] = eventwire.extract("On 2 March 2022, gunmen gunned down a police officer in Kaduna (Kaduna, Nigeria).",
                                published="2022-03-03")
    assert (clash.actor2, clash.fatalities) == ("Police Forces of Nigeria", 1)
