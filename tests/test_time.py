"""Tests for eventwire.resolve.time: news sentences, resolved against the publication date."""
from __future__ import annotations

from datetime import date

import pytest

import eventwire
from eventwire.resolve.time import TimeExpression, find_time_expressions, toward_future

PUB = date(2014, 11, 26)  # a Wednesday
PUB_2020 = date(2020, 5, 6)  # a Wednesday


def only(text: str, published: date = PUB, **kw) -> TimeExpression:
    found = find_time_expressions(text, published, **kw)
    assert len(found) == 1, [e.text for e in found]
    check_offsets(text, found, kw.get("offset", 0))
    return found[0]


def check_offsets(text: str, found: list[TimeExpression], offset: int = 0) -> None:
    last_end = -1
    for e in found:
        assert text[e.start - offset:e.end - offset] == e.text
        assert e.start >= last_end, "expressions overlap or are out of order"
        last_end = e.end
        assert e.date_start <= e.date <= e.date_end
        assert e.precision in ("day", "week", "month", "year")
        assert e.reason.startswith(f"'{' '.join(e.text.split())}': ")
        assert "\n" not in e.reason


def test_publication_date_is_a_wednesday():
    assert PUB.weekday() == 2 and PUB_2020.weekday() == 2


# --- weekdays ---------------------------------------------------------------

def test_weekday_before_publication():
    e = only("The bombing Tuesday was the deadliest by Assad's air force in Raqa, a monitor said.")
    assert e.text == "Tuesday"
    assert e.date == e.date_start == e.date_end == date(2014, 11, 25)
    assert e.precision == "day" and e.relative and not e.is_span
    assert "Tuesday" in e.reason and "2014-11-26" in e.reason


def test_publication_weekday_is_the_same_day():
    e = only("Wednesday's meeting in Vienna ended without agreement on Iran's nuclear programme.")
    assert e.text == "Wednesday"
    assert e.date == PUB


def test_weekday_after_publication_weekday_goes_back_a_week():
    e = only("Kurdish fighters retook the hill on Thursday, the Pentagon said.")
    assert e.date == date(2014, 11, 20)


def test_toward_future_weekday():
    text = "Six Mirage fighter jets would be deployed on Thursday to Jordan, the defence ministry said."
    e = only(text)
    assert e.date == date(2014, 11, 20)
    f = toward_future(e, PUB)
    assert (f.date, f.date_start, f.date_end) == (date(2014, 11, 27),) * 3
    assert (f.start, f.end, f.text) == (e.start, e.end, e.text)
    assert "future" in f.reason


def test_monday_night():
    e = only("Gunmen stormed the village on Monday night, killing four farmers.", PUB_2020)
    assert e.text == "Monday night"
    assert e.date == date(2020, 5, 4) and e.precision == "day"


@pytest.mark.parametrize("text, expected, phrase", [
    ("Two soldiers were killed late Tuesday near the border.", date(2014, 11, 25), "late Tuesday"),
    ("Police dispersed the protesters early Monday with tear gas.", date(2014, 11, 24), "early Monday"),
    ("Clashes broke out on Sunday evening in the old city.", date(2014, 11, 23), "Sunday evening"),
    ("Rebels shelled the airport overnight Saturday.", date(2014, 11, 22), "overnight Saturday"),
    ("The ministry said last Wednesday that talks would resume.", date(2014, 11, 19), "last Wednesday"),
    ("PROTESTERS GATHERED ON TUESDAY OUTSIDE PARLIAMENT", date(2014, 11, 25), "TUESDAY"),
])
def test_weekday_variants(text, expected, phrase):
    e = only(text)
    assert e.text == phrase and e.date == expected


def test_weekday_inside_a_name_is_not_a_date():
    assert find_time_expressions("Retailers expect record sales on Cyber Monday.", PUB) == []
    assert find_time_expressions("The Sunday Times reported the claim.", PUB) == []


# --- day words ----------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, expected", [
    ("A suicide bomber struck a market in Kano yesterday, police said.", "yesterday", date(2014, 11, 25)),
    ("Militants attacked a checkpoint last night, killing three policemen.", "last night", date(2014, 11, 25)),
    ("Air strikes overnight hit positions around Kobane.", "overnight", date(2014, 11, 25)),
    ("Protesters blocked the main road today, witnesses said.", "today", PUB),
    ("A car bomb exploded this morning in central Baghdad.", "this morning", PUB),
    ("The army said earlier today that it had regained control.", "earlier today", PUB),
    ("Fighting resumed yesterday morning in the east.", "yesterday morning", date(2014, 11, 25)),
])
def test_day_words(text, phrase, expected):
    e = only(text)
    assert e.text == phrase and e.date == expected and e.precision == "day" and e.relative


@pytest.mark.parametrize("text, expected, precision", [
    ("The town fell to the rebels two days ago.", date(2014, 11, 24), "day"),
    ("Aid convoys reached the camp three weeks ago.", date(2014, 11, 5), "week"),
])
def test_ago(text, expected, precision):
    e = only(text)
    assert e.date == expected and e.precision == precision and e.relative


def test_three_and_a_half_years_ago():
    e = only("The war began three and a half years ago, the UN envoy said.")
    assert e.text == "three and a half years ago"
    assert e.precision == "year"
    assert e.date == date(2011, 5, 26)
    assert e.date_start < e.date < e.date_end


# --- spans up to the publication date ------------------------------------------

def test_since_monday():
    text = ("The Syrian Observatory for Human Rights said warplanes had carried out 10 air strikes "
            "against IS fighters in Syria since Monday.")
    e = only(text)
    assert e.text == "since Monday"
    assert e.date == date(2014, 11, 25)
    assert e.date_start == date(2014, 11, 24) and e.date_end == PUB
    assert e.precision == "week" and e.is_span


def test_since_a_date():
    e = only("More than 1,200 people have fled the district since November 7, officials said.")
    assert e.text == "since November 7"
    assert (e.date_start, e.date_end) == (date(2014, 11, 7), PUB)
    assert e.date == date(2014, 11, 16) and e.precision == "month"


def test_since_a_year():
    e = only("The conflict has killed nearly 200,000 people since 2011.")
    assert (e.text, e.date_start, e.date_end, e.precision) == ("since 2011", date(2011, 1, 1), PUB, "year")


def test_this_week_and_the_past_week():
    e = only("Government forces have retaken three villages this week.")
    assert (e.date_start, e.date_end, e.date, e.precision) == (date(2014, 11, 24), PUB, date(2014, 11, 25), "week")
    e = only("At least 40 people were killed in the past week in Anbar province.")
    assert e.text == "the past week"
    assert (e.date_start, e.date_end, e.precision) == (date(2014, 11, 20), PUB, "week")


def test_last_week():
    e = only("Security forces arrested 14 suspects last week in the capital.")
    assert e.text == "last week"
    assert (e.date_start, e.date_end) == (date(2014, 11, 17), date(2014, 11, 23))
    assert e.date == date(2014, 11, 20) and e.precision == "week"


def test_weekend():
    e = only("Clashes over the weekend left at least 12 dead.")
    assert e.text == "the weekend"
    assert (e.date_start, e.date_end, e.precision) == (date(2014, 11, 22), date(2014, 11, 23), "week")


def test_recent_periods_are_vague_spans():
    days = only("Shelling has intensified in recent days around Donetsk airport.")
    assert (days.date_start, days.date_end, days.precision) == (date(2014, 11, 20), PUB, "week")
    weeks = only("Hundreds of fighters have joined the group in recent weeks.")
    assert weeks.precision == "month" and weeks.date_end == PUB and weeks.is_span
    months = only("The militia has grown stronger in recent months.")
    assert months.precision == "year" and months.is_span


# --- written dates --------------------------------------------------------------

def test_day_month_without_year_is_the_most_recent_one():
    e = only("Lavrov held talks at the Russian foreign ministry on November 7 with his Iranian counterpart.")
    assert e.text == "November 7"
    assert e.date == date(2014, 11, 7) and e.precision == "day" and e.relative


def test_day_month_later_in_the_year_is_last_year():
    e = only("The previous round of talks was held on 14 December in Geneva.")
    assert e.date == date(2013, 12, 14)
    assert toward_future(e, PUB).date == date(2014, 12, 14)


def test_full_written_date():
    text = "On 3 May 2020, unidentified armed men killed 6 civilians in Djibo, Burkina Faso."
    e = only(text)
    assert e.text == "3 May 2020"
    assert e.date == date(2020, 5, 3) and e.precision == "day" and not e.relative


@pytest.mark.parametrize("text, phrase, expected", [
    ("Voting took place on May 3, 2020 across the country.", "May 3, 2020", date(2020, 5, 3)),
    ("Troops entered the town on 3rd May 2020.", "3rd May 2020", date(2020, 5, 3)),
    ("The report was dated 2020-05-03.", "2020-05-03", date(2020, 5, 3)),
    ("Rebels seized the airport on Nov. 7, according to residents.", "Nov. 7", date(2014, 11, 7)),
    ("The deal was signed on Sept. 12 in Minsk.", "Sept. 12", date(2014, 9, 12)),
    ("The strike of Tuesday, November 25, 2014 hit a bakery.", "Tuesday, November 25, 2014", date(2014, 11, 25)),
])
def test_written_date_forms(text, phrase, expected):
    e = only(text)
    assert e.text == phrase and e.date == expected and e.precision == "day"


@pytest.mark.parametrize("day_first, expected", [(True, date(2020, 5, 3)), (False, date(2020, 3, 5))])
def test_numeric_dates_follow_day_first(day_first, expected):
    for text in ("The checkpoint was attacked on 3/5/2020 at dawn.", "The checkpoint was attacked on 3-5-2020 at dawn."):
        e = only(text, day_first=day_first)
        assert e.date == expected and e.precision == "day" and not e.relative


def test_numeric_date_that_only_reads_one_way():
    assert only("Filed on 11/26/2014.", day_first=True).date == date(2014, 11, 26)


def test_may_and_march_as_words():
    assert find_time_expressions("Police may march the suspects to court.", PUB) == []
    assert find_time_expressions("Prime Minister Theresa May said the talks had failed.", PUB) == []
    e = only("Thousands of protesters marched on the capital in May, demanding new elections.")
    assert e.text == "May" and e.date == date(2014, 5, 15)


# --- months ---------------------------------------------------------------------

def test_in_september():
    e = only("In September, Putin said Russia would not be drawn into the conflict.")
    assert e.text == "September"
    assert e.date == date(2014, 9, 15) and e.precision == "month"
    assert (e.date_start, e.date_end) == (date(2014, 9, 1), date(2014, 9, 30))


def test_month_year():
    e = only("The group was formed in September 2013 in Aleppo.")
    assert (e.text, e.date, e.precision, e.relative) == ("September 2013", date(2013, 9, 15), "month", False)


@pytest.mark.parametrize("text, phrase, start, end, when", [
    ("The offensive began in early November.", "early November",
     date(2014, 11, 1), date(2014, 11, 10), date(2014, 11, 1)),
    ("Fighting escalated in late October around the airport.", "late October",
     date(2014, 10, 21), date(2014, 10, 31), date(2014, 10, 31)),
    ("The ministry announced earlier this month that 500 troops would go.", "earlier this month",
     date(2014, 11, 1), PUB, date(2014, 11, 13)),
    ("The rebels withdrew last month from the town.", "last month",
     date(2014, 10, 1), date(2014, 10, 31), date(2014, 10, 15)),
])
def test_month_spans(text, phrase, start, end, when):
    e = only(text)
    assert (e.text, e.date_start, e.date_end, e.date, e.precision) == (phrase, start, end, when, "month")


# --- years and decades ----------------------------------------------------------

def test_in_early_2013():
    e = only("The town changed hands several times in early 2013.")
    assert e.text == "early 2013" and e.precision == "year"
    assert (e.date_start, e.date_end) == (date(2013, 1, 1), date(2013, 4, 30))
    assert e.date == date(2013, 3, 1)


def test_last_year_and_possessive():
    e = only("Turnout in last year's election was below 40 percent.")
    assert e.text == "last year"
    assert (e.date_start, e.date_end, e.date, e.precision) == (date(2013, 1, 1), date(2013, 12, 31), date(2013, 7, 1), "year")


def test_this_year():
    e = only("More than 3,000 migrants have drowned this year, the IOM said.")
    assert (e.date_start, e.date_end, e.precision) == (date(2014, 1, 1), PUB, "year")


def test_in_2013():
    e = only("The group was founded in 2013 by former army officers.")
    assert (e.text, e.date, e.precision, e.relative) == ("2013", date(2013, 7, 1), "year", False)


def test_the_1990s():
    e = only("The region has not seen such violence since the civil war of the 1990s.")
    assert e.text == "the 1990s"
    assert (e.date_start, e.date_end, e.precision) == (date(1990, 1, 1), date(1999, 12, 31), "year")


# --- things that are not dates --------------------------------------------------

def test_sentence_without_a_date():
    text = ("Islamic State group jihadists have seized large parts of Syria and Iraq, "
            "declaring a caliphate and committing widespread atrocities.")
    assert find_time_expressions(text, PUB) == []


def test_numbers_that_are_not_dates():
    text = ("At least 95 people died and more than 195,000 fled after the S-300 battery was moved; "
            "a 24-hour curfew began at 11:34, a 25-year-old witness said, and 2000 troops arrived.")
    assert find_time_expressions(text, PUB) == []


def test_september_11_attacks_is_not_this_september():
    assert find_time_expressions("He was accused of plotting the September 11 attacks.", PUB) == []


# --- paragraphs, offsets, future ------------------------------------------------

def test_paragraph_offsets_and_order():
    para = ("BEIRUT, Nov 26 (AFP) - Syrian regime air strikes on Raqa killed at least 95 people on Tuesday, "
            "a monitor said. Warplanes have carried out 10 raids since Monday, after a lull last week. "
            "In September, the US began bombing the group.")
    offset = 1000
    found = find_time_expressions(para, PUB, offset=offset)
    check_offsets(para, found, offset)
    assert [e.text for e in found] == ["Nov 26", "Tuesday", "since Monday", "last week", "September"]
    assert found[0].date == PUB
    assert found[1].start == para.index("Tuesday") + offset


def test_toward_future_leaves_fixed_and_past_expressions_alone():
    for text in ("On 3 May 2020, gunmen killed 6 civilians.", "Rebels attacked the town yesterday.",
                 "Strikes have continued since Monday."):
        e = only(text)
        assert toward_future(e, PUB) is e


def test_toward_future_periods():
    e = only("Elections are due in December.")
    assert e.date == date(2013, 12, 15)
    assert toward_future(e, PUB).date == date(2014, 12, 15)
    e = only("Talks will resume this week in Vienna.")
    f = toward_future(e, PUB)
    assert (f.date_start, f.date_end) == (PUB, date(2014, 11, 30))


def test_every_expression_has_a_reason():
    text = ("Yesterday's clashes, the worst since 2012, followed a week of raids; on 7 November "
            "and again two days ago, rebels struck, and officials expect more next month.")
    found = find_time_expressions(text, PUB)
    check_offsets(text, found)
    assert len(found) >= 5
    assert all(len(e.reason) > len(e.text) + 10 for e in found)


def test_of_two_readings_of_a_numeric_date_the_one_just_before_publication_is_meant():
    found = find_time_expressions("10/05/2022: a bomb exploded in Turbat.", date(2022, 10, 6))
    assert found[0].date == date(2022, 10, 5)
    found = find_time_expressions("10/05/2022: a bomb exploded in Turbat.", date(2022, 5, 12))
    assert found[0].date == date(2022, 5, 10)


def test_a_statement_s_day_told_after_its_verb_dates_the_statement_not_the_arrests():
    import eventwire
    text = ("Colombia's National Police said on Saturday it had arrested 14 suspected members of the Clan del Golfo "
            "in raids on Friday in Medellin.")
    [arrest] = [e for e in eventwire.extract(text, published="2024-03-10") if e.sub_event_type == "Arrests"]
    assert arrest.event_date == "2024-03-08"


def test_years_ago_with_no_figure_is_several_years_before_publication():
    [found] = find_time_expressions("the pay rises the government promised them years ago", date(2019, 10, 8))
    assert (found.text, found.precision) == ("years ago", "year")
    assert found.date_end < date(2019, 10, 8).replace(year=2017)


def test_a_day_only_the_statement_gave_yields_to_the_act_s_own_for_what_follows():
    text = ("Russia launched 120 drones and 10 missiles at Ukraine overnight, killing four people in the southern "
            "city of Odesa, Ukrainian officials said on Saturday.\n\nUkraine's air force said its air defences shot "
            "down 98 of the drones.\n\nIn Odesa, a missile struck a residential building, the governor said, adding "
            "that 12 people were wounded.")
    events = eventwire.extract(text, published="2024-11-30")
    odesa = [e for e in events if e.location == "Odesa"]
    assert [(str(e.event_date), e.fatalities, e.injuries) for e in odesa] == [("2024-11-29", 4, 12)]
