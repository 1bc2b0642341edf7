"""Places you can trust: the user's own places, regions written beside a name, places near a
town, same-named places decided by context, and reasons a person can check.

Realistic news sentences go through ``eventwire.extract``; the resolver functions are tried
directly where the grammar does not matter.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import eventwire
from eventwire.records import Event
from eventwire.resolve.gazetteer import PLACES_ENV, Gazetteer, PlacesFileError, load_user_places
from eventwire.resolve.geo import country_place, qualifier_fits, region_or_country, resolve_name

PUBLISHED = "2024-03-05"


def only(events: list[Event], **fields) -> Event:
    [event] = [e for e in events if all(getattr(e, k) == v for k, v in fields.items())]
    return event


def placed(text: str, published: str = PUBLISHED) -> Event:
    """The most confident event that has a place."""
    events = [e for e in eventwire.extract(text, published=published) if e.location or e.country]
    assert events, f"no event with a place in: {text}"
    return events[0]


def evidence(text: str, event: Event) -> str:
    return text[slice(*event.evidence["location"])]


def places_file(folder: Path, *rows: str, header: str = "name,aliases,latitude,longitude,admin1,country") -> Path:
    path = folder / "places.csv"
    path.write_text("\n".join([header, *rows]) + "\n", "utf-8")
    return path


# ---------------------------------------------------------------- the user's own places

JANGEBE = "Jangebe,Jangebi|Jangeme,12.3754,6.4376,Zamfara,NG"
RAID = "Gunmen killed eight villagers in Jangebe on Friday, police said."


def test_a_village_missing_from_geonames_comes_from_the_users_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert eventwire.extract(RAID, published=PUBLISHED)[0].location is None  # GeoNames lacks the village
    monkeypatch.setenv(PLACES_ENV, str(places_file(tmp_path, JANGEBE)))
    event = placed(RAID)
    assert (event.location, event.admin1, event.country, event.country_code) == ("Jangebe", "Zamfara", "Nigeria", "NGA")
    assert (event.latitude, event.longitude, event.geo_precision) == (12.3754, 6.4376, 1)
    assert evidence(RAID, event) == "Jangebe"
    assert "your places file" in event.reasons["location"]


def test_user_places_answer_to_their_aliases_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PLACES_ENV, str(places_file(tmp_path, JANGEBE, "Maiduguri,,11.85,13.16,Borno,Nigeria")))
    gazetteer = Gazetteer.default()
    found = gazetteer.lookup("Jangebi")[0]
    assert (found.name, found.kind, found.match, found.source) == ("Jangebe", "city", "exact", "user")
    maiduguri = gazetteer.lookup("Maiduguri")
    assert maiduguri[0].source == "user" and any(p.source == "geonames" for p in maiduguri)
    chosen = resolve_name("Maiduguri", (0, 9), context_countries={"NGA": 1.0})
    assert chosen is not None and chosen.place.source == "user" and chosen.place.latitude == 11.85
    assert gazetteer.in_country("Jangebe", "NGA")[0].source == "user"
    assert gazetteer.in_country("Jangebe", "NER") == []


def test_a_places_file_is_read_once_per_path(tmp_path: Path) -> None:
    path = places_file(tmp_path, JANGEBE)
    gazetteer = Gazetteer.default()
    first = load_user_places(path, gazetteer)
    path.write_text("not,a,places,file\n", "utf-8")
    assert load_user_places(path, gazetteer) is first


@pytest.mark.parametrize("rows, header, where, words", [
    (["Jangebe,,12.37,6.43,Zamfara,NG", "Kaura Namoda,,95.2,6.59,Zamfara,NG"], None, ":3", "latitude '95.2'"),
    (["Jangebe,,12.37,east,Zamfara,NG"], None, ":2", "longitude 'east'"),
    (["Jangebe,,12.37,6.43,Zamfara,Narnia"], None, ":2", "unknown country 'Narnia'"),
    ([",,12.37,6.43,Zamfara,NG"], None, ":2", "the name is empty"),
    (["Jangebe,,12.37,6.43,NG"], None, ":2", "5 fields where the header has 6"),
    (["Jangebe,12.37,Zamfara,NG"], "name,latitude,admin1,country", ":1", "missing column(s) longitude"),
])
def test_a_bad_places_file_is_named_with_its_line(tmp_path: Path, rows: list[str], header: str | None,
                                                  where: str, words: str) -> None:
    path = places_file(tmp_path, *rows, **({"header": header} if header else {}))
    with pytest.raises(PlacesFileError) as error:
        load_user_places(path, Gazetteer.default())
    assert f"{path}{where}: " in str(error.value)
    assert words in str(error.value)


def test_a_missing_places_file_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PLACES_ENV, str(tmp_path / "nowhere.csv"))
    with pytest.raises(PlacesFileError, match="nowhere.csv: cannot read"):
        Gazetteer.default().lookup("Jangebe")


# ----------------------------------------------------- a region or country beside the name

def test_a_region_after_a_comma_places_the_town() -> None:
    text = "Gunmen killed six soldiers in Ramadi, Anbar, on Monday, security officials said."
    event = placed(text)
    assert (event.location, event.admin1, event.country_code, event.geo_precision) == ("Ramadi", "Al Anbar", "IRQ", 1)
    assert evidence(text, event) == "Ramadi"
    assert "'Anbar' beside it" in event.reasons["location"]


def test_a_possessive_country_and_region_after_the_comma() -> None:
    text = "Gunmen killed six soldiers in Ramadi, Iraq's Anbar province, on Monday, officials said."
    event = placed(text)
    assert (event.location, event.admin1, event.country_code) == ("Ramadi", "Al Anbar", "IRQ")


def test_a_town_the_gazetteer_lacks_gets_the_region_written_beside_it() -> None:
    text = ("Fano militia fighters attacked a police station in Gashena, Amhara, on Monday, "
            "killing five officers, residents said.")
    event = placed(text)
    assert (event.location, event.country_code, event.geo_precision) == ("Gashena", "ETH", 3)
    assert event.admin1 == Gazetteer.default().admin1("Amhara")[0].name
    assert "has no 'Gashena' in Amhara" in event.reasons["location"]


def test_a_region_beside_a_name_beats_a_small_town_of_that_name_abroad() -> None:
    text = "Protesters clashed with police in Charlevoix, Quebec, on Saturday, injuring four officers."
    event = placed(text)
    assert (event.location, event.country_code, event.admin1) == ("Charlevoix", "CAN", "Quebec")
    assert Gazetteer.default().lookup("Charlevoix")[0].country_code == "USA"  # the only Charlevoix it knows


def test_a_list_of_towns_is_not_a_town_and_its_region() -> None:
    text = "Fighting in Mosul, Tikrit and Fallujah killed 30 people on Monday, officials said."
    event = placed(text)
    assert (event.location, event.admin1, event.geo_precision) == ("Mosul", "Ninawa", 1)
    assert qualifier_fits("Ramadi", ("Anbar",))
    assert not qualifier_fits("Baghdad", ("Kirkuk",))  # both Iraqi: two towns of a list
    assert not qualifier_fits("Syria", ("Iraq",))  # a country is never qualified
    assert qualifier_fits("Shewa Robit", ("Amhara",))  # unknown town: the writer says where it is


def test_a_region_is_recognised_by_its_name_or_its_town() -> None:
    assert region_or_country("Borno state") and region_or_country("Iraq") and region_or_country("Belgorod region")
    assert not region_or_country("Tikrit")
    text = ("A Ukrainian drone attack on Shebekino in Belgorod region killed one woman and wounded two men "
            "on Monday, the governor said.")
    event = placed(text)
    assert (event.location, event.country_code, event.geo_precision) == ("Shebekino", "RUS", 1)


def test_brackets_repeating_the_name_then_its_region() -> None:
    text = ("On Monday, Russian warplanes struck a vegetable market in Ariha (Ariha, Idleb), killing at least "
            "10 civilians, rescue workers said.")
    event = placed(text)
    assert (event.country_code, event.admin1) == ("SYR", "Idlib")


# --------------------------------------------------------- near a town: precision 2

@pytest.mark.parametrize("text, location, words", [
    ("Militants attacked an army post 25 km north of Mosul on Monday, killing four soldiers.",
     "Mosul", "25 km north of Mosul"),
    ("Gunmen killed five people 30 km from Mosul on Monday, police said.", "Mosul", "30 km from Mosul"),
    ("Rebels attacked an army base near Goma on Tuesday, killing three soldiers.", "Goma", "near Goma"),
    ("Boko Haram fighters attacked a village near Maiduguri on Sunday, killing nine people, residents said.",
     "Maiduguri", "near Maiduguri"),
    ("A car bomb exploded in the Bab al-Sheikh district of Baghdad on Monday, killing seven people.",
     "Baghdad", "the Bab al-Sheikh district of Baghdad"),
    ("A car bomb exploded in the Sadr City district of Baghdad on Monday, killing seven people.",
     "Sadr City", "Sadr City district"),
    ("Government troops shelled the Raqqa countryside on Monday, killing four civilians.",
     "Ar Raqqah", "Raqqa countryside"),
    ("A suicide bomber blew himself up inside an education centre in Kabul's Dasht-e-Barchi neighbourhood "
     "on Friday, killing 20 people.", "Kabul", "Kabul's Dasht-e-Barchi neighbourhood"),
])
def test_near_a_town_keeps_the_town_at_precision_2(text: str, location: str, words: str) -> None:
    event = placed(text)
    assert (event.location, event.geo_precision) == (location, 2)
    assert evidence(text, event) == words
    assert "around it, not at it" in event.reasons["location"]


def test_the_outskirts_of_a_town_are_the_town() -> None:
    """Coding guide §4.1: "the named town ... (or its outskirts)" is precision 1."""
    text = "Militants attacked an army checkpoint on the outskirts of Kabul on Friday, killing four soldiers."
    event = placed(text)
    assert (event.location, event.country_code, event.geo_precision) == ("Kabul", "AFG", 1)
    assert evidence(text, event) == "the outskirts of Kabul"


def test_a_region_only_is_precision_3_at_its_capital() -> None:
    event = placed("Gunmen killed dozens of villagers in an attack in Borno state on Sunday, residents said.")
    assert (event.location, event.admin1, event.geo_precision) == ("Borno", "Borno", 3)
    maiduguri = Gazetteer.default().lookup("Maiduguri")[0]
    assert (event.latitude, event.longitude) == (round(maiduguri.latitude, 4), round(maiduguri.longitude, 4))
    event = placed("Gunmen killed six soldiers in the province of Kirkuk on Monday, police said.")
    assert (event.admin1, event.country_code, event.geo_precision) == ("Kirkuk", "IRQ", 3)


def test_a_region_the_gazetteer_spells_otherwise_is_found_by_its_town() -> None:
    found = resolve_name("Belgorod", (0, 8), context_countries={}, want_admin1=True)
    assert found is not None and found.place.kind == "admin1" and found.precision == 3
    assert found.place.country_code == "RUS" and "region of the town Belgorod" in found.reason


def test_a_country_only_is_precision_4() -> None:
    event = placed("Gunmen killed six soldiers in Syria on Monday, a monitoring group said.")
    assert (event.location, event.country_code, event.geo_precision, event.admin1) == ("Syria", "SYR", 4, None)


# ------------------------------------------------ same-named places, decided by context

def test_tripoli_the_libyan_capital() -> None:
    text = ("Rockets hit Tripoli, the Libyan capital, on Sunday, killing three people. The Government of "
            "National Unity blamed forces loyal to Khalifa Haftar.")
    event = placed(text)
    assert (event.location, event.country_code) == ("Tripoli", "LBY")
    assert "the sentence says 'Libyan'" in event.reasons["location"]


def test_tripoli_the_lebanese_city() -> None:
    text = ("Clashes erupted in the northern Lebanese city of Tripoli on Sunday, killing two people. The army "
            "deployed troops in the city's streets.")
    event = placed(text)
    assert (event.location, event.country_code) == ("Tripoli", "LBN")
    assert "chosen over Tripoli" in event.reasons["location"] and "'Lebanese'" in event.reasons["location"]


def test_hyderabad_in_sindh_province() -> None:
    text = ("Police clashed with protesters in Hyderabad in Sindh province on Friday, injuring 12. "
            "The protesters demanded the release of a local leader.")
    event = placed(text)
    assert (event.country_code, event.admin1) == ("PAK", "Sindh")
    assert "Sindh province" in event.reasons["location"]


def test_hyderabad_the_capital_of_telangana() -> None:
    text = ("Police clashed with protesters in Hyderabad, the capital of Telangana state, on Friday, injuring 12. "
            "The protesters demanded separate quotas.")
    event = placed(text)
    assert (event.country_code, event.admin1) == ("IND", "Telangana")


def test_damascus_in_a_syrian_report() -> None:
    text = ("Syrian government warplanes struck rebel positions in Damascus on Sunday, killing 12 people, a "
            "monitoring group said. The strikes hit the eastern Ghouta area east of the Syrian capital.")
    event = placed(text)
    assert (event.location, event.country_code) == ("Damascus", "SYR")


def test_damascus_in_a_maryland_report() -> None:
    text = ("Montgomery County police said a gunman killed two people outside a church in Damascus on Sunday. "
            "The shooting shocked the small Maryland town of 15,000 people.")
    event = placed(text)
    assert (event.location, event.admin1, event.country_code) == ("Damascus", "Maryland", "USA")
    # the reason names what chose the American town: the report's country, or the county the sentence names
    assert "the report is about United States" in event.reasons["location"] \
        or "the sentence names Montgomery County" in event.reasons["location"]


def test_a_former_name_of_another_town_does_not_win_on_population() -> None:
    """Kenosha, Wisconsin was once called Southport; the English town is the one so named."""
    assert Gazetteer.default().lookup("Southport")[0].name == "Kenosha"  # the larger, by another name
    found = resolve_name("Southport", (0, 9), context_countries={})
    assert found is not None and (found.place.name, found.place.country_code) == ("Southport", "GBR")


def test_country_and_continent_names_never_become_towns() -> None:
    jordan = resolve_name("Jordan", (0, 6), context_countries={"USA": 1.0})
    assert jordan is not None and (jordan.place.kind, jordan.precision) == ("country", 4)
    assert "a country's own name never means a town" in jordan.reason
    africa = resolve_name("Africa", (0, 6), context_countries={})
    assert africa is None or africa.place.kind != "city"
    event = placed("Two rockets hit Amman on Monday, killing one person. Jordan condemned the attack.")
    assert (event.location, event.country_code) == ("Amman", "JOR")


def test_the_actors_country_breaks_a_near_tie() -> None:
    text = "Lebanese troops clashed with gunmen in Tripoli on Sunday, killing two soldiers."
    event = placed(text)
    assert event.country_code == "LBN"


def test_a_small_town_abroad_is_not_taken_when_the_sentence_says_where() -> None:
    text = ("Islamic State-linked insurgents beheaded four men from Chai village in Macomia district, "
            "Cabo Delgado, local sources said of the attack on Monday.")
    event = placed(text)
    assert (event.country_code, event.admin1) == ("MOZ", "Cabo Delgado")


# ----------------------------------------------------------------- names as written

@pytest.mark.parametrize("text, location, country", [
    ("Islamic State fighters attacked an army base in Deir ez-Zor on Monday, killing 10 soldiers.",
     "Deir ez-Zor", "SYR"),
    ("Inmates escaped after a riot in Croix-des-Bouquets on Thursday that killed 25 people, police said.",
     "Croix-des-Bouquets", "HTI"),
])
def test_hyphenated_names_stay_whole(text: str, location: str, country: str) -> None:
    event = placed(text)
    assert (event.location, event.country_code) == (location, country)
    assert evidence(text, event) == location


# ------------------------------------------------------------------------- reasons

def test_reasons_read_as_sentences() -> None:
    raqa = resolve_name("Raqa", (0, 4), context_countries={"SYR": 1.0})
    assert raqa is not None
    assert raqa.reason.startswith("'Raqa' is a spelling variant of Ar Raqqah, Syria (city of 531,952): chosen over ")
    assert raqa.reason.endswith("because the report is about Syria (100% of its places)")
    mosul = resolve_name("Mosul", (0, 5), context_countries={})
    assert mosul is not None and mosul.reason == "'Mosul' is Mosul, Ninawa, Iraq (city of 1,683,000)"
    russian = country_place("Russian", (0, 7))
    assert russian is not None and russian.reason == "'Russian' names only the country, Russia"
    for found in (raqa, mosul, russian):
        assert "\n" not in found.reason and len(found.reason) < 250


def test_a_country_named_before_its_region_is_not_a_region_of_another_country():
    event = placed("Government troops recaptured Adale, a town in Somalia's Middle Shabelle region, on Tuesday "
                   "after fighting al-Shabaab.")
    assert event.country_code == "SOM"


def test_the_hinterlands_of_a_town_are_near_it():
    event = placed("Philippine Army soldiers clashed with New People's Army guerrillas in the hinterlands of "
                   "Catarman on Saturday, killing four rebels.")
    assert (event.location, event.geo_precision) == ("Catarman", 2)


def test_a_region_written_after_a_town_places_it_wherever_the_parser_hangs_it():
    event = placed("Maoist rebels dragged a villager from his home near Bijapur in Chhattisgarh last night "
                   "and killed him, police said.")
    assert (event.location, event.admin1) == ("Bījāpur", "Chhattisgarh")


def test_the_town_taken_is_where_it_was_taken():
    event = placed("Russian troops recaptured Sudzha, the largest town in the Kursk region, on Wednesday, "
                   "the defence ministry said.")
    assert (event.location, event.geo_precision) == ("Sudzha", 1)


def test_where_a_journey_went_is_not_where_it_was_attacked():
    event = placed("The train came under a bomb and gun attack on Tuesday while passing through a tunnel near Sibi, "
                   "Balochistan, on its way north to Peshawar from Quetta.")
    assert (event.location, event.geo_precision) == ("Sibi", 2)


def test_a_later_sentence_may_place_an_event_more_precisely():
    events = eventwire.extract(
        "Separatists hijacked a passenger train in Pakistan's Balochistan province on Tuesday, killing 21 people. "
        "The hijacking near Sibi lasted more than a day, officials said.", published="2025-03-13")
    assert events[0].location == "Sibi"


def test_violence_told_with_no_place_is_coded_to_the_country_the_report_is_about():
    events = eventwire.extract(
        "Somali forces battled al-Shabaab fighters in Beledweyne on Tuesday. On Wednesday, army airstrikes "
        "killed dozens of al-Shabaab members, the intelligence agency said.", published="2025-03-13")
    strike = [e for e in events if e.sub_event_type == "Air/drone strike"][0]
    assert (strike.country_code, strike.geo_precision) == ("SOM", 4)
    assert "the country the report is about" in strike.reasons["location"]


def test_a_dateline_names_no_actor_and_places_what_is_told_with_no_place():
    [event] = eventwire.extract("NARATHIWAT, Thailand -- Insurgents lobbed a grenade at a ranger outpost late Sunday, "
                                "wounding two rangers, police said.", published="2023-02-27")
    assert event.actor1 == "Unidentified Armed Group (Thailand)"
    assert (event.location, event.country_code) == ("Narathiwat", "THA")
    strike = eventwire.extract("Zaporizhzhia, 14/11/2024. Russian forces fired two ballistic missiles at the city "
                               "in the early afternoon. Six people were killed.", published="2024-11-15")[0]
    assert (strike.country_code, strike.fatalities) == ("UKR", 6)
    assert "the report's dateline" in strike.reasons["location"]


@pytest.mark.parametrize("text, actor1", [
    ("GOMA, Democratic Republic of Congo, June 12 - Rebels of the M23 movement attacked an army position in "
     "Rutshuru on Sunday, killing four soldiers, a local official said.", "M23: March 23 Movement"),
    ("QUETTA, June 12 (Reuters) - Baloch Liberation Army fighters attacked a police checkpoint in Quetta late on "
     "Sunday, killing three policemen, officials said.", "BLA: Baloch Liberation Army"),
])
def test_a_wire_dateline_is_neither_the_doer_nor_the_date(text: str, actor1: str) -> None:
    [event] = [e for e in eventwire.extract(text, published="2024-06-12") if e.event_type]
    assert event.actor1 == actor1
    assert event.event_date == "2024-06-09"


def test_a_department_that_is_no_region_is_the_area_of_its_town() -> None:
    text = "Gunmen killed nine villagers in a hamlet of the Ouallam department, in the Tillaberi region, on Sunday."
    event = placed(text)
    assert (event.location, event.geo_precision) == ("Ouallam", 2)
    region = placed("Armed men killed six farmers in the Cauca department on Sunday, the army said.")
    assert (region.admin1, region.geo_precision) == ("Cauca", 3)


def test_a_province_below_the_region_is_placed_at_its_seat() -> None:
    text = ("Four soldiers were killed and seven others wounded in an IED blast in Burkina Faso's Soum province "
            "on Tuesday.")
    event = placed(text, published="2021-11-25")
    assert (event.location, event.admin1, event.country, event.geo_precision) == ("Djibo", "Sahel", "Burkina Faso", 2)
    # a village the gazetteer lacks, with its division written beside it as ACLED does
    event = placed("On 3 May 2020, armed men killed 6 civilians in Kelbotenga (Soum, Sahel).", published="2020-05-05")
    assert (event.location, event.admin1, event.geo_precision) == ("Kelbotenga", "Sahel", 2)
    assert abs(event.latitude - 14.1) < 0.1 and abs(event.longitude + 1.63) < 0.1  # at Djibo


def test_a_report_filed_elsewhere_keeps_its_events_where_they_happened():
    [event] = eventwire.extract("WASHINGTON -- Gunmen killed five villagers in Zamfara state in Nigeria on Monday, "
                                "police said.", published="2023-02-27")
    assert event.country_code == "NGA"


def test_a_particle_before_a_space_keeps_the_name_whole() -> None:
    text = "Gunmen shot dead three shopkeepers in Mazar-i Sharif, Balkh province, on Sunday, police said."
    event = placed(text)
    assert (event.admin1, event.country_code, event.geo_precision) == ("Balkh", "AFG", 1)
    assert evidence(text, event) == "Mazar-i Sharif"


def test_a_spelling_variant_is_found_inside_the_country_written_beside_it():
    text = "A drone strike hit a car on the edge of Qamishly in north-eastern Syria on Friday, killing two men."
    event = placed(text)
    assert (event.country_code, event.admin1) == ("SYR", "Al Hasakah")
    assert event.geo_precision == 1


def test_a_country_in_an_actor_s_name_gives_way_to_the_town_told_later_in_the_sentence() -> None:
    text = ("The UN mission said on Wednesday that soldiers of the South Sudan People's Defence Forces had raped "
            "four women who were collecting firewood on the outskirts of Bentiu town on Monday.")
    event = placed(text)
    assert (event.location, event.country_code, event.geo_precision) == ("Bentiu", "SSD", 1)


def test_the_ends_of_a_road_give_way_to_the_town_an_event_was_measured_from() -> None:
    text = ("Bandits abducted 14 passengers on the Abuja-Kaduna highway on Sunday, a few kilometres from "
            "Suleja, police said.")
    event = placed(text)
    assert (event.location, event.geo_precision) == ("Suleja", 2)


def test_a_country_a_place_faces_is_not_where_an_event_is() -> None:
    [move] = eventwire.extract("Japan will deploy a missile unit to Yonaguni, an island facing Taiwan, on Friday, "
                               "the defence ministry said on Tuesday.", published="2024-03-12")
    assert move.country_code == "JPN"


@pytest.mark.parametrize("text, location", [
    ("Gunmen killed three people in the Libyan capital on Sunday, a security source said.", "Tripoli"),
    ("A car bomb exploded in Somalia's capital on Sunday, killing five people.", "Mogadishu"),
    ("Sudan's government and a rebel coalition signed a peace agreement in the South Sudanese capital on Saturday.",
     "Juba"),
])
def test_a_capital_named_by_its_country_is_that_city(text: str, location: str) -> None:
    [event] = [e for e in eventwire.extract(text, published="2024-03-12") if e.event_type]
    assert (event.location, event.geo_precision) == (location, 1)


def test_a_political_act_with_no_place_is_coded_to_its_doer_s_country_or_to_the_report_s():
    [support] = eventwire.extract("Moscow fully supports Serbia's refusal to recognise Kosovo's independence, "
                                  "Russia's foreign ministry said on Monday.", published="2023-03-21")
    assert (support.plover, support.country) == ("SUPPORT", "Russia")  # a one-event report is about its doer
    story = ("BAGHDAD — Iraqi forces pressed on with an operation against Islamic State cells in the desert of Anbar "
             "on Monday, the Joint Operations Command said. Officers said the militants had been using caves to "
             "store weapons. The operation follows a series of attacks on shepherds in the area. Iraq's parliament "
             "also debated the budget for the armed forces. Residents of Ramadi said the roads to the desert had "
             "been closed. On Monday the United Nations urged the army to protect the shepherds.")
    appeal = only(eventwire.extract(story, published="2025-02-18"), actor1="United Nations")
    assert (appeal.plover, appeal.country) == ("REQUEST", "Iraq")


def test_a_region_of_two_words_beside_a_town_places_it():
    event = placed("Insurgents overran the town of Macomia in Cabo Delgado province on Friday.", published="2024-05-13")
    assert (event.location, event.admin1, event.country) == ("Macomia", "Cabo Delgado", "Mozambique")


def test_a_report_filed_from_abroad_is_about_the_country_its_body_names():
    text = ("BEIRUT — Government forces captured two villages near Kafr Nabl in Idlib province on Tuesday after "
            "heavy fighting with rebels, a war monitor said. The Syrian Observatory said dozens of families had "
            "fled towards the Turkish border.")
    [capture] = [e for e in eventwire.extract(text, published="2019-12-19") if e.event_type]
    assert (capture.actor1, capture.actor1_inter, capture.country) == ("Military Forces of Syria", 1, "Syria")


@pytest.mark.parametrize("text", [
    "Air strikes on a market in the rebel-held town of Maarat al-Numan in northwestern Syria killed at least 11 "
    "civilians on Wednesday.",
    "Syrian troops captured two villages southeast of Maarat al-Numan on Thursday after heavy clashes with rebels.",
])
def test_a_name_an_article_joins_with_a_hyphen_is_a_place_whatever_the_tagger_thought(text: str) -> None:
    event = placed(text, published="2019-12-19")
    assert (event.location, event.country_code) == ("Ma‘arrat an Nu‘mān", "SYR")


def test_a_region_is_not_narrowed_to_a_town_of_another_clause():
    text = ("Air strikes on a market in the town of Maarat al-Numan killed at least 11 civilians on Wednesday, a war "
            "monitor said, as government forces pressed an offensive in Idlib province.")
    events = [e for e in eventwire.extract(text, published="2019-12-19") if e.event_type]
    assert [(e.sub_event_type, e.location) for e in events] == [("Air/drone strike", "Ma‘arrat an Nu‘mān")]


def test_a_town_told_as_the_subject_with_a_place_noun_beside_it_is_where_it_happened():
    text = ("Cadale, a coastal town in Somalia's Middle Shabelle region, was recaptured from al-Shabaab on Tuesday by "
            "government troops backed by local clan militias.")
    event = placed(text, published="2023-01-18")
    assert (event.location, event.geo_precision) == ("Cadale", 1)


def test_a_division_the_tagger_took_for_an_adjective_places_a_village_it_does_not_know():
    text = ("Gunmen attacked Mushu village in Bokkos local government area, Plateau State, late on Sunday, killing at "
            "least 17 residents, a local official said.")
    event = placed(text, published="2023-12-25")
    assert (event.location, event.country, event.geo_precision) == ("Bokkos", "Nigeria", 2)


def test_the_capital_as_a_distance_s_reference_is_not_where_the_event_was():
    [blast] = [e for e in eventwire.extract(
        "KAMPALA — A bomb hidden in a minibus exploded on a road near Mukono, about 20 km east of the capital, "
        "on Friday, killing four passengers, police said.", published="2024-03-11") if e.event_type]
    assert (blast.location, blast.country) == ("Mukono", "Uganda")


def test_the_capital_of_a_report_from_there_is_that_country_s():
    [mob] = [e for e in eventwire.extract(
        "DHAKA — A crowd beat a man to death in the capital's Mirpur area late on Sunday after accusing him of "
        "theft, police said.", published="2024-03-11") if e.event_type]
    assert (mob.location, mob.country) == ("Dhaka", "Bangladesh")  # no Mirpur of Pakistan


def test_a_group_s_own_name_in_its_phrase_is_no_place():
    [clash] = eventwire.extract("Fighting between National Liberation Army (ELN) guerrillas and FARC dissidents left "
                                "at least seven dead in a rural area of Tibu, in Norte de Santander, on Sunday, the "
                                "ombudsman said.", published="2024-09-16")
    assert (clash.actor1, clash.location, clash.country) == ("ELN: National Liberation Army", "Tibú", "Colombia")


def test_a_town_written_with_city_after_its_name_is_the_town():
    event = placed("Soldiers clashed with New People's Army rebels near Kabankalan City on Sunday, "
                   "the army said.", published="2024-05-13")
    assert (event.location, event.country, event.geo_precision) == ("Kabankalan", "Philippines", 2)


def test_a_name_with_an_apostrophe_is_a_place():
    [protest] = eventwire.extract("Police fired tear gas at opposition supporters in N'Djamena on Monday, witnesses said.",
                                  published="2024-05-14")
    assert (protest.location, protest.country, protest.actor2) == ("N'Djamena", "Chad", "Police Forces of Chad")


def test_a_town_with_its_own_name_as_district_in_brackets_is_that_town():
    [strike] = eventwire.extract("On 5 March 2025, a Ukrainian drone struck a bus on the outskirts of Belgorod (Belgorod), "
                                 "injuring three passengers.", published="2025-03-06")
    assert (strike.location, strike.country, strike.geo_precision) == ("Belgorod", "Russia", 1)


def test_a_regency_after_a_town_says_where_the_town_lies():
    [attack] = eventwire.extract("Gunmen shot dead a motorcycle taxi driver in Sinak, Puncak regency, Central Papua, on "
                                 "Saturday, police said.", published="2024-06-10")
    assert (attack.location, attack.country) == ("Sinak", "Indonesia")  # not Singac, New Jersey, nor Puncak of Java


def test_an_unknown_site_in_acled_brackets_is_placed_by_the_district_town_the_region_agrees_with():
    [protest] = eventwire.extract("On 3 March 2024, pensioners protested outside the Attorney General's Office (Caracas, "
                                  "Distrito Capital) over unpaid benefits.", published="2024-03-05")
    assert (protest.location, protest.country, protest.actor1) == ("Caracas", "Venezuela", "Protesters (Venezuela)")


def test_the_town_that_strikes_hit_is_where_they_fell_not_their_target():
    [strike] = eventwire.extract("Russian missile strikes hit Zaporizhzhia on Thursday, killing four civilians.",
                                 published="2023-03-03")
    assert (strike.location, strike.geo_precision, strike.actor2) == ("Zaporizhzhya", 1, "Civilians (Ukraine)")


def test_a_place_in_acled_brackets_after_a_site_is_where_the_site_stands():
    [attack] = eventwire.extract("On 5 May 2023, unidentified gunmen attacked a police station (Kajuru, Kaduna), killing "
                                 "two officers.", published="2023-05-08")
    assert (attack.location, attack.admin1, attack.geo_precision) == ("Kajuru", "Kaduna", 1)
    [strike] = eventwire.extract("On the night of 12-13 March 2022, Russian missiles struck the Yavoriv military base "
                                 "(Yavoriv, Lviv), killing 35 people.", published="2022-03-14")
    assert (strike.location, strike.country) == ("Yavoriv", "Ukraine")


def test_a_town_written_with_its_own_name_as_district_is_the_town_even_when_a_region_shares_the_spelling():
    [strike] = eventwire.extract("Early on 5 October 2024, an Israeli air strike on a mosque in Deir al-Balah (Deir "
                                 "al-Balah, Gaza Strip) killed 21 people.", published="2024-10-07")
    assert (strike.geo_precision, round(strike.latitude, 1), round(strike.longitude, 1)) == (1, 31.4, 34.3)


def test_every_town_of_a_list_of_three_is_a_place_of_its_own():
    events = eventwire.extract("Protesters also clashed with police in Mombasa, Kisumu and Nakuru on Tuesday, local "
                               "media reported.", published="2024-06-25")
    assert sorted(e.location for e in events) == ["Kisumu", "Mombasa", "Nakuru"]


def test_a_name_no_town_has_is_the_district_so_called():
    [attack] = eventwire.extract("Militants attacked a police post in North Waziristan tribal territory on Monday, killing "
                                 "three.", published="2024-08-13")
    assert (attack.country, attack.admin1) == ("Pakistan", "Khyber Pakhtunkhwa")


def test_a_region_reports_name_otherwise_than_the_gazetteer_is_found_by_its_alias():
    [clash] = eventwire.extract("Fighting between two rival clans over grazing land in Galmudug state left 17 people dead "
                                "on Saturday, elders said.", published="2024-02-19")
    assert (clash.country, clash.admin1, clash.geo_precision) == ("Somalia", "Galguduud", 3)


def test_a_country_told_with_a_compass_word_is_the_country_not_a_region_spelled_alike():
    [clash] = eventwire.extract("Fighting between two rival clans in northern Somalia killed 15 people on Sunday.",
                                published="2022-09-20")
    assert (clash.country, clash.actor1) == ("Somalia", "Unidentified Clan Militia (Somalia)")  # not Ethiopia's Somali region
    [central] = eventwire.extract("Fighting between two rival clans in the Galgaduud region of central Somalia killed at "
                                  "least 15 people on Sunday, elders said.", published="2022-09-20")
    assert (central.country, central.admin1) == ("Somalia", "Galguduud")
    [bombing] = eventwire.extract("Al-Shabaab fighters attacked an army base in the Lower Shabelle region on Monday.",
                                  published="2022-09-20")
    assert (bombing.country, bombing.admin1) == ("Somalia", "Shabeellaha Hoose")


def test_a_name_with_a_possessive_inside_and_brackets_after_an_island_place_the_event():
    [clash] = eventwire.extract("On 4 June 2023, a Rohingya armed group member was shot dead by members of a rival group "
                                "in camp 15 of the Kutupalong refugee camp (Ukhia, Cox's Bazar).", published="2023-06-05")
    assert clash.country == "Bangladesh"  # not Bazar-Korgon, Kyrgyzstan
    [arrest] = eventwire.extract("On 1 June 2023, Sri Lankan Navy personnel detained 22 Indian fishermen for poaching in "
                                 "Sri Lankan waters off Delft island (Jaffna, Northern).", published="2023-06-05")
    assert (arrest.country, arrest.admin1) == ("Sri Lanka", "Northern Province")  # not Delft, the Netherlands


def test_a_weekday_the_tagger_took_for_a_time_is_no_place():
    [clash] = eventwire.extract("Indian and Chinese troops clashed in the Galwan Valley in Ladakh on Monday night, leaving "
                                "20 Indian soldiers dead.", published="2020-06-17")
    assert (clash.admin1, clash.country, clash.event_date) == ("Ladakh", "India", "2020-06-15")  # not Mauda, Maharashtra


def test_an_event_told_in_a_region_and_then_at_a_town_in_it_is_placed_at_the_town():
    [bombing] = eventwire.extract("A suicide car bombing in Pakistan's Khyber Pakhtunkhwa province killed 12 soldiers on "
                                  "Monday. A suicide bomber rammed an explosives-laden vehicle into an army checkpoint in "
                                  "Bannu, officials said.", published="2023-03-08")
    assert (bombing.sub_event_type, bombing.location, bombing.geo_precision, bombing.fatalities) == (
        "Suicide bomb", "Bannu", 1, 12)


def test_a_village_the_gazetteer_lacks_in_a_named_division_is_not_a_namesake_abroad():
    [massacre, killing] = eventwire.extract(
        "On 5 June 2021, suspected jihadists attacked the village of Solhan in Yagha province, killing at least 132 "
        "civilians. On the same day, gunmen killed 14 people including a soldier in Tadaryat, Oudalan province.",
        published="2021-06-06")
    assert (massacre.country, massacre.admin1, massacre.geo_precision) == ("Burkina Faso", "Sahel", 2)  # not Solhan, Turkey
    assert massacre.actor2 == "Civilians (Burkina Faso)"


def test_the_towns_a_region_is_said_to_hold_are_where_strikes_fell():
    strikes = eventwire.extract("Israeli air strikes hit the southern Gaza towns of Rafah and Khan Younis overnight, killing "
                                "at least 71 people, the Hamas-run health ministry said on Tuesday.", published="2023-10-17")
    assert sorted(e.location for e in strikes) == ["Khān Yūnis", "Rafaḩ"]  # not Gaza city


def test_a_site_set_on_fire_with_acled_brackets_is_where_the_riot_was_not_where_an_earlier_arrest_was():
    [riot] = eventwire.extract("On 9 May 2023, PTI supporters set fire to the Corps Commander House (Lahore, Punjab) and "
                               "clashed with police across several cities after the arrest of Imran Khan in Islamabad "
                               "(Islamabad, Islamabad Capital Territory).", published="2023-05-10")
    assert (riot.event_type, riot.admin1) == ("Riots", "Punjab")  # Lahore's, not Islamabad


def test_sites_named_after_places_and_provinces_the_tagger_took_for_a_people():
    [seizure] = eventwire.extract("Russian troops seized the Chernobyl nuclear power plant on Thursday after a fierce battle, "
                                  "a Ukrainian presidential adviser said.", published="2022-02-25")
    assert (seizure.country, seizure.admin1) == ("Ukraine", "Kyivska oblast")
    [abduction] = eventwire.extract("Armed men abducted 11 members of a Ugandan aid group in the eastern Democratic Republic "
                                    "of Congo's Ituri province on Tuesday, the group said.", published="2024-05-22")
    assert (abduction.admin1, abduction.geo_precision) == ("Ituri", 3)
    [killing] = eventwire.extract("Bolivian security forces killed eight people when they cleared a blockade by supporters "
                                  "of former President Evo Morales at a fuel plant in Senkata, near El Alto, on Tuesday.",
                                  published="2019-11-20")
    assert killing.country == "Bolivia"  # El Alto, Bolivia (project places), not El Alto, Peru


def test_a_district_between_a_village_and_its_region_keeps_the_country_written_after_it():
    [attack] = eventwire.extract("10/09/2016: Assailants attacked a border post in Kotkhai village, Maungdaw township, "
                                 "Rakhine state, Myanmar. Nine police officers were killed.", published="2016-10-10")
    assert (attack.country, attack.admin1) == ("Myanmar", "Rakhine")  # not Kotkhai, Himachal Pradesh, India


def test_a_village_the_gazetteer_lacks_is_placed_at_the_seat_of_its_district():
    [attack] = eventwire.extract("Assailants attacked Gidan Bawa village, Sabon Birni district, Sokoto state, Nigeria, "
                                 "on Monday, killing four people.", published="2021-08-03")
    assert (attack.location, attack.geo_precision) == ("Gidan Bawa", 2)
    assert abs(attack.latitude - 13.56) < 0.2  # Sabon Birni, not Sokoto city


def test_a_lowercase_district_word_the_tagger_joined_to_a_town_leaves_the_town():
    [attack] = eventwire.extract("Gunmen killed 20 villagers in Gimbi district, Oromia, on Saturday.", published="2022-06-20")
    assert (attack.location, attack.admin1, attack.geo_precision) == ("Gimbi", "Oromia", 2)  # not the region


def test_bulo_burde_is_the_hiiraan_town_not_its_region():
    [attack] = eventwire.extract("Al-Shabaab fighters attacked the town of Bulo Burde on Monday, killing four soldiers.",
                                 published="2023-01-17")
    assert (attack.location, attack.admin1, attack.geo_precision) == ("Bulo Burde", "Hiiraan", 1)


def test_an_uppercase_district_abbreviation_is_cut_from_the_town_s_name():
    [attack] = eventwire.extract("On 1 March 2023, suspected Fulani militiamen attacked Ndiwulu village in Bokkos LGA "
                                 "(Plateau, Nigeria), killing 17 people and burning 30 houses.", published="2023-03-02")
    assert (attack.actor1, attack.location, attack.geo_precision) == ("Fulani Ethnic Militia (Nigeria)", "Bokkos", 2)


@pytest.mark.parametrize("text, place, admin1", [
    ("Soldiers burned homes in Maungdaw on Friday, residents said.", "Maungdaw", "Rakhine"),
    ("Al-Shabaab fighters attacked an army base in Baardheere on Monday, killing four soldiers.", "Baardheere", "Gedo"),
    ("M23 rebels shelled Kitchanga on Tuesday, killing three civilians.", "Kitchanga", "Nord-Kivu"),
    ("Gunmen killed two farmers in Dantewada on Sunday, police said.", "Dantewada", "Chhattisgarh"),
])
def test_towns_the_bundled_gazetteer_adds(text, place, admin1):
    [event] = eventwire.extract(text, published="2023-03-02")
    assert (event.location, event.admin1, event.geo_precision) == (place, admin1, 1)


@pytest.mark.parametrize("name", ["Highway", "Sun"])
def test_a_place_noun_or_a_short_word_is_no_spelling_of_a_town(name):
    # "the Highway" is not Higüey (Dominican Republic), "Sun" is not Anshan (China): only written as they are
    assert resolve_name(name, (0, 0), context_countries={"DOM": 0.5, "CHN": 0.5}, tagged_place=True) is None


def test_a_congolese_territory_is_a_district_around_its_town():
    [attack] = eventwire.extract("Suspected ADF militants attacked the village of Mayikengo in Lubero territory, North "
                                 "Kivu, overnight on Sunday, killing at least 18 people.", published="2024-05-01")
    assert (attack.location, attack.admin1, attack.geo_precision) == ("Lubero", "Nord-Kivu", 2)


def test_a_village_the_tagger_took_for_a_people_is_placed_by_the_regions_written_after_it():
    [attack] = eventwire.extract("On 18 January 2022, armed youths attacked Kalthok (Awerial, Lakes), killing 3 herders.",
                                 published="2022-01-20")
    assert (attack.country, attack.admin1, attack.actor2) == ("South Sudan", "Lakes", "Civilians (South Sudan)")


def test_a_town_written_as_a_village_s_district_is_the_one_in_the_region_written_after_it():
    [burning] = eventwire.extract("On 8 March 2022, JNIM militants set fire to a school and a health centre in "
                                  "Dinangourou (Koro, Mopti). No casualties were reported.", published="2022-03-10")
    assert (burning.country, burning.admin1, burning.location) == ("Mali", "Mopti", "Koro")


def test_a_report_filed_where_its_lede_s_government_rules_is_about_that_country_though_talks_were_abroad():
    events = eventwire.extract("ADDIS ABABA, Nov 3 (Wire) - Ethiopia's government and Tigrayan forces agreed on "
                               "Wednesday to a permanent cessation of hostilities after a week of talks in South Africa, "
                               "the African Union mediator said. Former Nigerian president Olusegun Obasanjo told "
                               "reporters in Pretoria that the two sides had agreed to disarm Tigrayan fighters.\n\n"
                               "Fighting continued on Wednesday near the town of Shire, where residents said Eritrean "
                               "troops shelled several villages, killing at least seven civilians.",
                               published="2022-11-03")
    shelling = next(e for e in events if e.sub_event_type == "Shelling/artillery/missile attack")
    assert (shelling.country, shelling.location, shelling.actor2) == ("Ethiopia", "Shire", "Civilians (Ethiopia)")
