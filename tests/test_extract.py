"""Extraction stage by stage, on sentences as news reports write them."""
from __future__ import annotations

import pytest

import eventwire


def only(events, **fields):
    """The one event whose fields have these values."""
    found = [e for e in events if all(getattr(e, k) == v for k, v in fields.items())]
    assert len(found) == 1, [e.summary for e in events]
    return found[0]


def test_at_least_95_is_95_with_a_lower_bound_of_95():
    text = ("Government air strikes on the rebel-held town of Douma killed at least 95 people on Tuesday, "
            "a monitoring group said.")
    event = only(eventwire.extract(text, published="2014-11-26"), event_type="Explosions/Remote violence")
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (95, 95, None)
    assert text[slice(*event.evidence["fatalities"])] == "at least 95"
    assert event.sub_event_type == "Air/drone strike"


def test_dozens_killed_counts_as_twelve():
    text = "Gunmen killed dozens of villagers in an attack on Kukawa in Borno state on Sunday, residents said."
    event = only(eventwire.extract(text, published="2021-03-09"), event_type="Violence against civilians")
    assert event.fatalities == 12
    assert event.country_code == "NGA"


def test_tuesday_in_a_wednesday_report_is_the_day_before():
    text = "The bombing Tuesday destroyed a market in Kandahar and killed seven people, police said."
    event = eventwire.extract(text, published="2014-11-26")[0]
    assert event.event_date == "2014-11-25"
    assert event.date_precision == "day"
    assert text[slice(*event.evidence["event_date"])] == "Tuesday"


def test_since_monday_is_a_span_dated_by_its_middle():
    text = ("The U.S. military said Wednesday its warplanes had carried out 10 air strikes against "
            "Islamic State fighters in Syria since Monday.")
    event = only(eventwire.extract(text, published="2014-11-26"), sub_event_type="Air/drone strike")
    assert (event.event_date, event.date_end, event.date_precision) == ("2014-11-25", "2014-11-26", "week")
    assert event.actor1 == "Military Forces of the United States"
    assert event.actor1_inter == 8  # state forces acting abroad
    assert (event.country_code, event.geo_precision) == ("SYR", 4)


def test_raqa_is_raqqa_in_syria():
    text = "Regime helicopters dropped barrel bombs on Raqa on Monday, killing 12 people, activists said."
    event = eventwire.extract(text, published="2014-11-26")[0]
    assert (event.country, event.country_code) == ("Syria", "SYR")
    assert abs(event.latitude - 35.95) < 0.01 and abs(event.longitude - 39.01) < 0.01
    assert event.geo_precision == 1
    assert text[slice(*event.evidence["location"])] == "Raqa"


def test_passive_voice_keeps_the_attacker_as_actor1():
    text = "Six civilians were killed by al-Shabaab militants in Mandera on Monday, Kenyan police said."
    event = eventwire.extract(text, published="2020-02-19")[0]
    assert event.actor1 == "Al Shabaab"
    assert event.actor2 == "Civilians (Kenya)"
    assert (event.actor1_inter, event.actor2_inter) == (2, 7)
    assert event.fatalities == 6
    assert event.location == "Mandera"


def test_active_voice_gives_the_same_actors():
    text = "Al-Shabaab militants killed six civilians in Mandera on Monday, Kenyan police said."
    event = eventwire.extract(text, published="2020-02-19")[0]
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Civilians (Kenya)")


def test_a_wars_cumulative_toll_is_not_an_event():
    text = ("The conflict has killed more than 195,000 people and forced millions from their homes "
            "since it began in 2011.")
    assert eventwire.extract(text, published="2014-11-26") == []


def test_a_toll_in_a_relative_clause_is_context_too():
    text = ("The 1992-95 war, which killed 100,000 people, ended with the Dayton accords. On Tuesday gunmen "
            "killed two police officers in Mostar, police said.")
    events = eventwire.extract(text, published="2025-03-13")
    assert [e.fatalities for e in events if e.event_type] == [2]
    assert events[0].location == "Mostar" and events[0].event_date == "2025-03-11"


def test_negated_and_quoted_violence_is_not_coded():
    text = ('Officials said no air strikes were carried out on Tuesday. "We will crush them," '
            "the commander said of the rebels.")
    assert [e for e in eventwire.extract(text, published="2014-11-26") if e.event_type] == []


def test_a_later_sentence_joins_the_event_it_refers_to():
    text = ("Syrian regime air strikes on the Islamic State stronghold of Raqa have killed at least 95 people.\n\n"
            "The bombing Tuesday was the deadliest in the city this year.\n\n"
            "More than half of the dead were civilians, according to the Syrian Observatory for Human Rights.")
    events = eventwire.extract(text, published="2014-11-26")
    event = only(events, event_type="Explosions/Remote violence")
    assert event.event_date == "2014-11-25"
    assert event.civilian_fatalities == 48
    assert event.source == "Syrian Observatory for Human Rights"
    assert event.actor1 == "Military Forces of Syria"


def test_protesters_and_police_intervention():
    text = ("Hundreds of teachers marched through central Nairobi on Monday to demand higher pay before "
            "police fired tear gas to disperse them and arrested eight people.")
    event = only(eventwire.extract(text, published="2019-10-08"), event_type="Protests")
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1 == "Protesters (Kenya)"
    assert (event.location, event.event_date) == ("Nairobi", "2019-10-07")


def test_talks_are_a_political_event_with_no_acled_type():
    text = ("A Syrian delegation headed by Foreign Minister Walid Muallem held talks with President "
            "Vladimir Putin in Sochi on Wednesday.")
    event = only(eventwire.extract(text, published="2014-11-26"), plover="CONSULT")
    assert event.event_type is None
    assert (event.actor1, event.actor2) == ("Government of Syria", "Government of Russia")
    assert (event.location, event.country_code) == ("Sochi", "RUS")


def test_every_field_has_evidence_inside_the_text():
    text = "Gunmen killed dozens of villagers in an attack on Kukawa in Borno state on Sunday, residents said."
    event = eventwire.extract(text, published="2021-03-09")[0]
    for field in ("event_type", "plover", "actor1", "location", "country", "event_date", "fatalities"):
        start, end = event.evidence[field]
        assert 0 <= start < end <= len(text), field


def test_a_quoted_demand_is_the_speakers_statement_but_quoted_violence_is_not_coded():
    demand = '"We urge Afghanistan to act against the militants," the Pakistani foreign ministry said on Thursday.'
    event = only(eventwire.extract(demand, published="2025-03-13"), plover="REQUEST")
    assert (event.actor1, event.actor2, event.event_date) == ("Government of Pakistan", "Government of Afghanistan", "2025-03-13")
    boast = '"We will crush them," the army chief said of the rebels on Monday.'
    assert eventwire.extract(boast, published="2025-03-13") == []


def test_numeric_dates_read_in_the_stated_order():
    text = "Gunmen killed four farmers in Kukawa in Borno state on 1/2/2020, residents said."
    assert eventwire.extract(text, published="2020-02-01")[0].event_date == "2020-02-01"
    assert eventwire.extract(text, published="2020-02-01", day_first=False)[0].event_date == "2020-01-02"


def test_a_dated_battle_that_killed_people_is_not_a_cumulative_toll():
    text = ("Heavy fighting between the Sudanese Armed Forces and the Rapid Support Forces in El Fasher, "
            "North Darfur, on 9 June killed between 20 and 30 people, medical sources said.")
    event = only(eventwire.extract(text, published="2024-06-10"), event_type="Battles")
    assert (event.actor1, event.event_date, event.location) == ("Military Forces of Sudan", "2024-06-09", "El Fasher")


def test_a_killing_misread_as_a_description_is_still_coded():
    text = ("Armed men on motorbikes killed at least 22 civilians at a gold-mining site near Sebba (Yagha, Sahel) "
            "on 10 June 2022.")
    event = only(eventwire.extract(text, published="2022-06-14"), event_type="Violence against civilians")
    assert (event.fatalities, event.event_date, event.geo_precision) == (22, "2022-06-10", 2)
    assert event.actor1 == "Unidentified Armed Group (Burkina Faso)"


def test_the_teller_of_a_report_is_its_source():
    [strike] = eventwire.extract("Syrian government warplanes struck the town of Kafr Nabl in Idlib province on "
                                 "Tuesday, killing at least 12 civilians, the Syrian Observatory for Human Rights "
                                 "said.", published="2019-05-08")
    assert strike.source == "Syrian Observatory for Human Rights"
    [attack] = eventwire.extract("Gunmen killed five villagers in Zamfara state on Monday, police said.",
                                 published="2021-06-09")
    assert attack.source.lower() == "police"
    [unnamed] = eventwire.extract("He said gunmen killed five villagers in Zamfara state on Monday.",
                                  published="2021-06-09")
    assert unnamed.source is None


def test_a_phrasal_trigger_names_its_counterpart_and_the_counterpart_is_no_place():
    [request] = eventwire.extract("Ukraine's president called on Moscow on Monday to agree to a ceasefire.",
                                  published="2025-03-12")
    assert (request.plover, request.actor1, request.actor2) == ("REQUEST", "Government of Ukraine",
                                                                "Government of Russia")
    assert (request.location, request.geo_precision) == ("Ukraine", 4)  # the speaker's country, not Moscow
    [appeal] = eventwire.extract("Amnesty International appealed to the Nigerian authorities on Friday to free "
                                 "the students.", published="2025-03-12")
    assert appeal.actor2 == "Government of Nigeria"
    [meeting] = eventwire.extract("Kenya's foreign minister met his Somali counterpart in Nairobi on Friday.",
                                  published="2025-03-12")
    assert meeting.location == "Nairobi"  # where talks were held is still their place


def test_a_clause_of_its_own_below_a_warning_is_a_fact():
    text = ("Japan warned on Monday that it would keep up pressure on North Korea, as Pyongyang "
            "rejected its proposal for new talks.")
    events = eventwire.extract(text, published="2023-05-09")
    threat = only(events, plover="THREATEN")
    assert (threat.actor1, threat.actor2) == ("Government of Japan", "Government of North Korea")
    refusal = only(events, plover="REJECT")
    assert (refusal.actor1, refusal.actor2) == ("Government of North Korea", "Government of Japan")
    assert refusal.event_date == "2023-05-08"


def test_what_a_warning_foresees_is_not_coded():
    text = "The army warned that rebels would attack Goma within days, officials said on Friday."
    assert not [e for e in eventwire.extract(text, published="2023-05-09") if e.event_type]


def test_a_sentence_opening_with_a_possessive_names_no_actor():
    text = '"Their utter disregard for human life threatens our security," the minister said on Monday.'
    assert eventwire.extract(text, published="2023-05-09") == []


def test_a_later_sentence_takes_the_date_of_the_event_not_of_the_statement():
    text = ("Militants attacked a police post in Bannu on Sunday night, officials said on Monday. "
            "Two policemen and three attackers died in the exchange of fire.")
    event = only(eventwire.extract(text, published="2023-05-09"), event_type="Battles")
    assert event.event_date == "2023-05-07"
    assert event.fatalities == 5


def test_a_vehicle_that_hits_a_mine_is_its_victim_and_the_bomber_is_unidentified():
    text = "Four Malian policemen died on Monday when their truck hit a landmine near Kidal, the army said."
    event = only(eventwire.extract(text, published="2022-05-10"), event_type="Explosions/Remote violence")
    assert event.actor1 == "Unidentified Armed Group (Mali)"
    assert event.actor1_inter == 3
    assert event.fatalities == 4


def test_a_trigger_that_names_its_doer_is_the_actor():
    text = "A suicide bomber blew himself up at a checkpoint in Mogadishu on Tuesday, killing five soldiers."
    event = only(eventwire.extract(text, published="2022-05-11"), sub_event_type="Suicide bomb")
    assert event.actor1 == "Unidentified Armed Group (Somalia)"


def test_shells_fired_by_a_group_are_that_groups_attack():
    text = "Shells fired by Houthi forces hit a market in Taiz on Saturday, killing three civilians, officials said."
    event = only(eventwire.extract(text, published="2022-05-09"), event_type="Explosions/Remote violence")
    assert event.actor1 == "Houthi Movement"


def test_the_sides_of_a_fight_are_named_with_between_wherever_the_parser_hangs_it():
    text = ("Fighting broke out in Lalibela on 6 August 2023 between Fano militiamen and the "
            "Ethiopian National Defense Force, residents said.")
    event = only(eventwire.extract(text, published="2023-08-08"), event_type="Battles")
    assert (event.actor1, event.actor2) == ("Fano Militia", "Military Forces of Ethiopia")


def test_a_community_leader_is_a_civilian():
    text = "Gunmen killed a community leader in Tumaco on Friday, police said."
    event = only(eventwire.extract(text, published="2023-07-10"), event_type="Violence against civilians")
    assert event.actor2 == "Civilians (Colombia)"


def test_one_person_killed_is_one_fatality_though_no_figure_is_written():
    events = eventwire.extract("Gunmen shot dead a teacher in Maiduguri on Monday, police said.", published="2023-08-09")
    assert only(events, event_type="Violence against civilians").fatalities == 1
    events = eventwire.extract("A mob beat to death a man accused of theft in Kano on Sunday.", published="2023-08-09")
    assert only(events, event_type="Riots").fatalities == 1


def test_an_object_that_is_no_person_counts_no_dead():
    events = eventwire.extract("Gunmen killed a plan to reopen the road near Maiduguri on Monday.", published="2023-08-09")
    assert all(e.fatalities is None for e in events)


def test_a_place_elsewhere_in_the_sentence_places_violence_between_known_parties():
    text = ("Soldiers of the South Sudan People's Defence Forces raped three women who had gone to "
            "fetch water near Bentiu on Tuesday, a rights group said.")
    event = only(eventwire.extract(text, published="2024-08-15"), event_type="Violence against civilians")
    assert event.location == "Bentiu"
    assert event.geo_precision == 2


def test_a_killing_told_after_police_fire_on_a_protest_is_that_protest():
    text = ("Police opened fire on demonstrators protesting against fuel prices in Kano on Thursday, "
            "killing at least three of them, witnesses said.")
    events = eventwire.extract(text, published="2024-08-03")
    assert len(events) == 1
    assert (events[0].event_type, events[0].fatalities) == ("Protests", 3)


def test_police_dispersing_demonstrators_is_a_protest_with_intervention():
    text = ("Riot police used water cannon on Saturday night to disperse thousands of demonstrators "
            "outside parliament in Tbilisi, the interior ministry said.")
    events = eventwire.extract(text, published="2024-12-01")
    assert len(events) == 1, [e.summary for e in events]  # "riot police" are who, not a riot
    event = events[0]
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Protest with intervention", "Protesters (Georgia)", "Police Forces of Georgia")


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Tbilisi on Saturday.",
    "Riot police used water cannon and pepper spray against demonstrators in Tbilisi on Saturday.",
    "Police fired tear gas and rubber bullets to disperse protesters in Tbilisi on Saturday.",
])
def test_force_used_on_a_crowd_is_a_protest_with_intervention(text):
    [event] = eventwire.extract(text, published="2024-12-01")
    assert (event.sub_event_type, event.actor1, event.actor2, event.event_date) == (
        "Protest with intervention", "Protesters (Georgia)", "Police Forces of Georgia", "2024-11-30")


def test_force_only_threatened_or_used_on_no_crowd_is_no_protest():
    assert eventwire.extract("Police fired tear gas at the stadium gates in Tbilisi on Saturday.", published="2024-12-01") == []
    events = eventwire.extract("Police threatened to disperse the protesters in Tbilisi on Saturday.", published="2024-12-01")
    assert not [e for e in events if e.event_type == "Protests"]


def test_dispersing_what_is_no_crowd_is_no_protest():
    text = "Wind dispersed the smoke over Tbilisi on Saturday."
    assert eventwire.extract(text, published="2024-12-01") == []


def test_a_march_the_police_stopped_took_place_and_its_injured_are_counted():
    text = ("Police fired tear gas on Tuesday to stop farmers marching towards Delhi near Ambala. "
            "Union leaders said at least 24 protesters were injured.")
    event = only(eventwire.extract(text, published="2024-02-14"), event_type="Protests")
    assert event.sub_event_type == "Protest with intervention"
    assert (event.actor1, event.injuries) == ("Protesters (India)", 24)


def test_a_neighbourhood_of_a_town_is_placed_by_the_town():
    text = ("On 14 September 2024, gunmen exchanged fire with army troops in the Tres Rios neighbourhood "
            "of Culiacan, Sinaloa. Two soldiers and four gunmen were killed.")
    event = only(eventwire.extract(text, published="2024-09-16"), event_type="Battles")
    assert (event.location, event.country_code) == ("Culiacán", "MEX")
    assert "Tres Rios neighbourhood" in text[slice(*event.evidence["location"])]


def test_sanctions_name_whose_goods_they_hit():
    text = "On Wednesday, Canada imposed new tariffs on $20 billion worth of U.S. exports, officials said."
    event = only(eventwire.extract(text, published="2025-03-13"), plover="SANCTION")
    assert (event.actor1, event.actor2) == ("Government of Canada", "Government of the United States")


def test_co_subjects_of_a_warning_are_not_its_target():
    text = "The United States and its allies warned on Friday that Russia's arms deals with Pyongyang are illegal."
    event = only(eventwire.extract(text, published="2024-06-28"), plover="THREATEN")
    assert event.actor1 == "Government of the United States"
    assert event.actor2 == "Government of Russia"


def test_the_sayer_takes_part_in_the_talks_it_reports():
    text = "Pakistan said on Sunday that discussions with the International Monetary Fund on a new loan are on track."
    event = only(eventwire.extract(text, published="2024-06-30"), plover="CONSULT")
    assert (event.actor1, event.actor2) == ("Government of Pakistan", "International Monetary Fund")


def test_the_sayer_is_not_the_signatory_when_someone_else_signed():
    text = "Leaders of two rival clans signed a peace agreement in Bor on Tuesday, the state government said."
    assert all(e.actor1 != "Government of South Sudan" for e in eventwire.extract(text, published="2022-03-16"))


def test_praise_names_whose_act_it_praises():
    text = "The Taliban leader on Sunday praised the withdrawal of U.S. troops from Afghanistan."
    event = only(eventwire.extract(text, published="2021-05-09"), plover="SUPPORT")
    assert (event.actor1, event.actor2) == ("Taliban", "Government of the United States")


def test_a_seizure_reported_as_done_is_dated_by_the_report():
    text = "The Rapid Support Forces said on Saturday they had seized Singa, the capital of Sennar state."
    event = only(eventwire.extract(text, published="2024-07-01"), event_type="Battles")
    assert event.event_date == "2024-06-29"


def test_a_statement_told_with_no_place_is_coded_to_its_doers_country():
    text = "Somalia's cabinet on Tuesday accused Ethiopia of violating its sovereignty."
    event = only(eventwire.extract(text, published="2024-01-03"), plover="ACCUSE")
    assert (event.country_code, event.geo_precision) == ("SOM", 4)
    assert text[slice(*event.evidence["country"])] == "Somalia's cabinet"


def test_what_a_sit_in_demands_is_part_of_the_sit_in():
    text = ("Police fired tear gas on Saturday to clear opposition supporters holding a sit-in demanding "
            "the government's resignation in Dhaka.")
    assert [e.plover for e in eventwire.extract(text, published="2023-07-30")] == ["PROTEST"]


def test_defenders_who_beat_back_fighters_were_attacked_by_them():
    text = "Nigerian troops beat back Boko Haram fighters who tried to overrun a base in Gwoza on Sunday, the army said."
    event = only(eventwire.extract(text, published="2022-04-12"), event_type="Battles")
    assert (event.actor1, event.actor2) == ("Boko Haram", "Military Forces of Nigeria")


def test_a_claim_names_who_the_bomber_was():
    text = ("A suicide bomber drove a car into a checkpoint in Mogadishu on Wednesday, killing ten people, police said. "
            "Al-Shabaab said it was behind the attack.")
    event = only(eventwire.extract(text, published="2023-06-15"), sub_event_type="Suicide bomb")
    assert event.actor1 == "Al Shabaab"


def test_a_defused_bomb_is_a_disrupted_weapon_not_a_blast():
    text = ("A bomb disposal squad defused an explosive device planted beside a road in Peshawar on Thursday, "
            "averting an attack on a police patrol, police said.")
    events = eventwire.extract(text, published="2024-03-08")
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Strategic developments", "Disrupted weapons use")]
    assert events[0].actor1 == "Police Forces of Pakistan"


def test_a_crowd_that_kills_is_rioters_and_people_seized_are_no_territory():
    text = ("A crowd seized five suspected gang members from police in Port-au-Prince on Monday, stoned them "
            "and set them alight, killing all five, police said.")
    events = eventwire.extract(text, published="2023-04-25")
    assert [(e.event_type, e.actor1) for e in events] == [("Riots", "Rioters (Haiti)")]


def test_an_ambush_on_travellers_is_violence_against_civilians_and_on_a_patrol_a_battle():
    bus = only(eventwire.extract("Gunmen ambushed a passenger bus near Yei on Saturday and killed five travellers, "
                                 "officials in South Sudan said.", published="2021-08-17"), actor1="Unidentified Armed Group (South Sudan)")
    assert bus.event_type == "Violence against civilians"
    patrol = eventwire.extract("Militants ambushed an army patrol near Tera in Niger on Tuesday, killing 21 soldiers.",
                               published="2024-06-27")[0]
    assert patrol.event_type == "Battles"


def test_the_wounded_of_an_elided_passive_are_counted():
    text = ("Two soldiers were killed and another wounded on Wednesday when a bomb planted by cartel gunmen "
            "blew up under their vehicle near Aguililla, Michoacan, the defence ministry said.")
    event = eventwire.extract(text, published="2023-10-13")[0]
    assert (event.fatalities, event.injuries) == (2, 1)


def test_a_refusal_of_the_thing_just_told_is_aimed_at_whoever_did_it():
    text = ("On Tuesday, the U.S. House of Representatives passed a resolution urging Pakistan to investigate "
            "the vote. Pakistan's government rejected the resolution on Wednesday.")
    refusal = only(eventwire.extract(text, published="2024-06-30"), plover="REJECT")
    assert (refusal.actor1, refusal.actor2) == ("Government of Pakistan", "Government of the United States")
    assert refusal.event_date == "2024-06-26"


def test_a_date_that_names_a_thing_does_not_date_the_clause():
    text = ("On Tuesday, the U.S. House of Representatives urged Pakistan to investigate irregularities "
            "in the February 8 vote.")
    request = only(eventwire.extract(text, published="2024-06-30"), plover="REQUEST")
    assert request.event_date == "2024-06-25"


def test_a_date_of_what_the_event_happened_during_dates_the_event():
    text = "A bomb exploded in a mosque in Quetta during Sunday prayers, killing four worshippers."
    blast = only(eventwire.extract(text, published="2023-03-07"), event_type="Explosions/Remote violence")
    assert blast.event_date == "2023-03-05"


def test_a_withdrawal_that_ends_the_fighting_is_no_event_of_its_own():
    text = ("Jihadists attacked an army post in Djibo on Monday. Six soldiers died in the fighting before "
            "the attackers withdrew, the army said.")
    events = eventwire.extract(text, published="2024-06-12")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    pullout = eventwire.extract("Russia withdrew its troops from the Kherson region on Friday.", published="2022-11-12")
    assert [e.plover for e in pullout] == ["RETREAT"]


def test_common_nouns_capitalised_at_the_start_of_a_sentence_name_no_actor():
    text = "Public health experts urged residents of Lagos on Monday to get vaccinated."
    assert [e for e in eventwire.extract(text, published="2024-08-17") if e.plover == "REQUEST"] == []


def test_an_agreement_needs_a_counterpart():
    assert eventwire.extract("Russia agreed in principle on Monday.", published="2025-03-13") == []
    [deal] = eventwire.extract("Russia and Ukraine agreed on Monday to exchange prisoners.", published="2025-03-13")
    assert (deal.plover, deal.actor1, deal.actor2) == ("AGREE", "Government of Russia", "Government of Ukraine")


def test_the_attacker_of_a_repelled_assault_is_actor1_and_the_defenders_actor2():
    text = "Ukrainian troops repelled a Russian assault near Toretsk on 4 November, the General Staff said."
    event = only(eventwire.extract(text, published="2024-11-05"), event_type="Battles")
    assert (event.actor1, event.actor1_inter) == ("Military Forces of Russia", 8)
    assert event.actor2 == "Military Forces of Ukraine"


def test_an_arrest_with_no_one_arresting_and_no_one_arrested_is_not_coded():
    assert eventwire.extract("The arrest came on Monday in Kano, Nigeria.", published="2024-05-10") == []


def test_a_toll_told_in_its_own_sentence_later_belongs_to_the_event():
    text = ("The strike came in the early afternoon, officials said. Russian forces fired two ballistic missiles "
            "at Zaporizhzhia on Thursday, the regional governor said. Six people were killed.")
    event = only(eventwire.extract(text, published="2024-11-15"), event_type="Explosions/Remote violence")
    assert event.fatalities == 6


def test_a_gang_named_like_a_town_is_no_place():
    text = ("Ecuador's National Police arrested 14 suspected members of the Los Lobos gang in raids on Friday "
            "in southern Guayaquil.")
    event = only(eventwire.extract(text, published="2024-03-10"), sub_event_type="Arrests")
    assert event.country_code == "ECU"


def test_a_crowd_dispersed_in_a_later_sentence_is_the_same_protest():
    text = ("Hundreds of nurses marched through central Kampala on Monday to demand back pay, before police fired "
            "tear gas to break up the crowd. Later, police officers fired tear gas canisters to disperse them.")
    events = eventwire.extract(text, published="2019-10-08")
    assert len(events) == 1, [e.summary for e in events]
    assert (events[0].actor1, events[0].actor2) == ("Protesters (Uganda)", "Police Forces of Uganda")


def test_counts_told_apart_in_one_sentence_add_up():
    text = ("Al-Shabaab fighters attacked an army base in Bulo Burde on Sunday. Five soldiers were killed, "
            "while the army said 17 attackers had been neutralised during the counter-attack.")
    [battle] = [e for e in eventwire.extract(text, published="2024-03-05") if e.event_type]
    assert battle.fatalities == 22
    text = ("Police in Dera Ismail Khan repulsed an attack by Tehreek-i-Taliban Pakistan militants on a checkpost "
            "on Saturday. Three policemen were martyred in the exchange of fire, while two terrorists were also killed.")
    [battle] = [e for e in eventwire.extract(text, published="2024-03-05") if e.event_type]
    assert (battle.actor1, battle.actor2) == ("TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan")
    assert (battle.fatalities, battle.country_code) == (5, "PAK")


def test_a_part_of_a_toll_is_not_added_to_it():
    text = "Gunmen killed 10 villagers, including four children, in Zamfara state on Sunday, police said."
    [attack] = eventwire.extract(text, published="2024-03-05")
    assert attack.fatalities == 10


@pytest.mark.parametrize("text, dead", [
    ("Eleven civilians were hacked and shot to death in Oicha on Tuesday night by ADF rebels.", 11),
    ("ADF rebels attacked Oicha on Tuesday night. At least six civilians caught in the attack were among the dead, "
     "a local official said.", 6),
])
def test_deaths_told_by_a_second_verb_or_as_among_the_dead(text: str, dead: int):
    [attack] = eventwire.extract(text, published="2024-03-07")
    assert attack.fatalities == dead


def test_a_town_taken_after_fighting_is_one_battle_where_the_town_is():
    text = ("Rebels of the M23 movement seized Rutshuru, the administrative seat of the territory, on Monday after "
            "hours of fighting with Congolese soldiers, a local official said.")
    [battle] = [e for e in eventwire.extract(text, published="2025-03-05") if e.event_type]
    assert battle.sub_event_type == "Non-state actor overtakes territory"
    assert (battle.location, battle.actor2) == ("Rutshuru", "Military Forces of the Democratic Republic of Congo")



@pytest.mark.parametrize("text", [
    "Jihadists took full control of Djibo in northern Burkina Faso on Monday, residents said.",
    "Jihadists seized complete control of Djibo in northern Burkina Faso on Monday, residents said.",
])
def test_a_verb_term_told_with_modifiers_of_its_noun_is_still_the_term(text: str):
    [taken] = eventwire.extract(text, published="2024-05-14")
    assert taken.sub_event_type == "Non-state actor overtakes territory"
    assert (taken.location, taken.event_date) == ("Djibo", "2024-05-13")


def test_a_killing_told_with_warplanes_bombing_is_an_air_strike_by_their_air_force():
    text = ("At least 30 people were killed on Sunday when Sudanese army warplanes bombed a market in Mellit, "
            "North Darfur, the local resistance committee said. Doctors put the number of wounded at more than 40.")
    [strike] = eventwire.extract(text, published="2024-05-08")
    assert (strike.sub_event_type, strike.actor1) == ("Air/drone strike", "Military Forces of Sudan")
    assert (strike.fatalities, strike.injuries, strike.event_date) == (30, 40, "2024-05-05")


def test_a_missile_names_its_country_and_the_toll_told_after_keeps_the_strike_day():
    text = ("A Russian cruise missile slammed into a shopping centre in Kremenchuk late on Monday. Nine people were "
            "killed, the regional governor said on Tuesday. Another fourteen were hurt.")
    [strike] = [e for e in eventwire.extract(text, published="2024-08-28") if e.event_type]
    assert (strike.actor1, strike.event_date) == ("Military Forces of Russia", "2024-08-26")
    assert (strike.fatalities, strike.injuries) == (9, 14)


def test_one_told_beside_a_number_counts_too():
    text = "Al-Shabaab mortar fire on a neighbourhood of Mogadishu on Friday killed a woman and her three children."
    [strike] = eventwire.extract(text, published="2024-08-28")
    assert strike.fatalities == 4


def test_an_accusation_is_aimed_at_the_accused_not_at_what_they_are_accused_of():
    text = ("Houthi shelling killed two children in Taiz on Sunday, the Yemeni government said, accusing the "
            "rebels of deliberately targeting civilians.")
    [accusation] = [e for e in eventwire.extract(text, published="2024-08-28") if e.plover == "ACCUSE"]
    assert (accusation.actor1, accusation.actor2) == ("Government of Yemen", "Houthi Movement")


def test_an_accusation_told_after_a_sayer_is_not_the_doer_s_of_the_first_clause():
    text = ("Houthi shelling of a residential neighbourhood in al-Dhalea city on Sunday killed a woman and her two "
            "children, the governor of the province said, accusing the rebels of deliberately targeting civilians.")
    events = eventwire.extract(text, published="2023-05-29")
    assert not any(e.plover == "ACCUSE" and e.actor1 == "Houthi Movement" for e in events)


def test_a_toll_right_after_a_dateline_is_read_as_a_toll():
    text = ("BOGOTA, March 4 (EFE) - Between 11 and 15 combatants died on Saturday in fighting between the ELN "
            "and FARC dissidents in a rural area of Tame, according to the Ombudsman's Office.")
    [battle] = eventwire.extract(text, published="2024-03-04")
    assert (battle.fatalities, battle.fatalities_high, battle.event_date) == (11, 15, "2024-03-02")


def test_property_burnt_by_the_attackers_is_part_of_their_attack():
    text = ("Gunmen killed nine villagers in Banibangou on Thursday night, a local official said. The assailants "
            "also set fire to granaries before fleeing.")
    events = eventwire.extract(text, published="2024-03-09")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 9)]


def test_the_sayer_after_the_victims_is_not_the_target():
    text = ("Russian warplanes struck the town of Maarat al-Numan in Idlib province on Monday, killing at least "
            "nine civilians, the Syrian Observatory for Human Rights said.")
    [strike] = eventwire.extract(text, published="2019-05-08")
    assert strike.actor2 == "Civilians (Syria)"
    assert strike.source == "Syrian Observatory for Human Rights"


def test_sending_soldiers_is_a_mobilisation_and_sending_a_letter_is_not():
    text = "Lithuania has sent 1,500 soldiers to its border with Belarus, the defence minister said on Monday."
    [move] = eventwire.extract(text, published="2025-01-28")
    assert (move.plover, move.actor1, move.country_code) == ("MOBILIZE", "Government of Lithuania", "LTU")
    assert move.actor2 != "Military Forces of Lithuania"
    letter = "Lithuania sent a letter to the European Commission on Monday, the foreign minister said."
    assert [e.plover for e in eventwire.extract(letter, published="2025-01-28")] == []


def test_officials_of_two_nations_meeting_are_each_other_s_counterpart():
    text = "Armenian and Azerbaijani officials met in Tbilisi on Friday for talks on the border, a ministry said."
    [talks] = [e for e in eventwire.extract(text, published="2025-06-16") if e.plover == "CONSULT"]
    assert (talks.actor1, talks.actor2) == ("Government of Armenia", "Government of Azerbaijan")


def test_a_sanction_told_second_in_a_pair_is_still_aimed_at_its_target():
    text = "The European Union on Monday imposed export bans and travel bans on six Iranian officials."
    [sanction] = eventwire.extract(text, published="2025-06-17")
    assert (sanction.plover, sanction.actor1, sanction.actor2) == ("SANCTION", "European Union", "Government of Iran")


def test_a_rally_broken_up_is_a_protest_of_its_crowd_against_the_police():
    text = ("Riot police used water cannon to break up a rally by teachers and nurses outside parliament in Lima "
            "on Tuesday. The interior ministry said 40 people were arrested; at least 12 were injured, "
            "according to health officials.")
    [protest] = eventwire.extract(text, published="2025-03-13")
    assert (protest.sub_event_type, protest.actor1, protest.actor2) == (
        "Protest with intervention", "Protesters (Peru)", "Police Forces of Peru")
    assert protest.injuries == 12


def test_a_toll_of_a_riot_told_by_its_arson_counts():
    text = ("Two guards died after protesters set fire to the governor's office in Bukavu on Friday night, "
            "local officials said.")
    [riot] = eventwire.extract(text, published="2025-08-30")
    assert (riot.event_type, riot.fatalities) == ("Riots", 2)


def test_what_an_accusation_charges_is_a_claim_but_an_event_it_names_is_reported():
    text = ("Sudan's foreign ministry on Monday accused Chad of arming Rapid Support Forces fighters attacking "
            "army positions in El Fasher.")
    assert [e.plover for e in eventwire.extract(text, published="2025-02-06")] == ["ACCUSE"]
    text = ("Somali officials blamed al-Shabaab for a car bombing in Mogadishu on Sunday that killed 12 people.")
    assert any(e.sub_event_type == "Remote explosive/landmine/IED" for e in eventwire.extract(text, published="2025-02-06"))


def test_a_ceasefire_signed_by_two_parties_is_their_agreement():
    text = ("Colombia's government and the Comuneros del Sur armed group signed a ceasefire agreement in Pasto "
            "on Sunday, the peace commissioner said.")
    [deal] = [e for e in eventwire.extract(text, published="2024-06-03") if e.event_type]
    assert (deal.sub_event_type, deal.actor1, deal.location) == ("Agreement", "Government of Colombia", "Pasto")
    assert deal.actor2 is not None


@pytest.mark.parametrize("text, actor1", [
    ("Drones launched by the Rapid Support Forces struck a power station in Dongola early on Tuesday.",
     "RSF: Rapid Support Forces"),
    ("Government troops backed by clan militias recaptured Cadale from al-Shabaab on Tuesday.",
     "Military Forces of Somalia"),
])
def test_a_weapon_sent_by_someone_is_theirs_but_troops_backed_by_someone_are_not(text: str, actor1: str):
    [event] = [e for e in eventwire.extract(text, published="2024-03-20") if e.event_type]
    assert event.actor1 == actor1


def test_arresting_demonstrators_is_their_protest_but_arresting_activists_at_home_is_an_arrest():
    text = ("Kenyan police arrested a dozen demonstrators in central Nairobi on Tuesday as they tried to march "
            "to parliament.")
    [protest] = eventwire.extract(text, published="2024-07-31")
    assert (protest.sub_event_type, protest.actor1, protest.actor2) == (
        "Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya")
    text = "Police detained three rights activists at their homes in Mombasa on Monday, relatives said."
    [arrest] = eventwire.extract(text, published="2024-07-31")
    assert arrest.sub_event_type == "Arrests"
    text = "Police arrested 15 opposition supporters in Mbeya, Tanzania, on Sunday."  # supporters, with no protest told
    [arrest] = eventwire.extract(text, published="2024-12-02")
    assert (arrest.sub_event_type, arrest.actor1) == ("Arrests", "Police Forces of Tanzania")


def test_a_group_that_claimed_the_bombing_did_it():
    text = ("A bomb attached to a minibus exploded in Jalalabad on Saturday evening, killing five people. "
            "Islamic State's Khorasan branch claimed the bombing on Sunday.")
    [blast] = eventwire.extract(text, published="2022-05-01")
    assert blast.actor1 == "Islamic State Khorasan Province"


@pytest.mark.parametrize("text, sub_event_type", [
    ("Kuki militants and Meitei village volunteers exchanged heavy fire near Moirang on Tuesday morning.",
     "Armed clash"),
    ("Assailants fired several mortar rounds at the presidential palace in Mogadishu on Friday, killing one "
     "civilian.", "Shelling/artillery/missile attack"),
])
def test_fire_exchanged_or_mortar_rounds_fired_name_the_kind_of_violence(text: str, sub_event_type: str):
    [event] = eventwire.extract(text, published="2024-03-23")
    assert event.sub_event_type == sub_event_type


def test_a_victim_named_by_nationality_is_one_dead():
    text = ("Israeli settlers stormed the village of Turmus Ayya on Wednesday evening, setting fire to houses. "
            "A 19-year-old Palestinian was shot dead, the health ministry said.")
    [attack] = [e for e in eventwire.extract(text, published="2024-08-15") if e.event_type]
    assert attack.fatalities == 1


def test_injuries_told_after_a_riot_are_the_riot_s():
    text = ("Protesters hurled stones and flares at the ruling party's offices in Novi Sad on Tuesday night and "
            "tried to set the building alight. Eleven police officers were injured, the interior ministry said.")
    [riot] = eventwire.extract(text, published="2025-08-14")
    assert (riot.event_type, riot.injuries) == ("Riots", 11)


def test_a_claim_of_killings_told_nowhere_else_is_the_event():
    text = ("Gunmen stopped a bus near Kalat on Tuesday night and took six passengers off it; their bodies were "
            "found hours later, officials said. The Balochistan Liberation Army claimed the killings.")
    [attack] = [e for e in eventwire.extract(text, published="2025-02-19") if e.event_type]
    assert attack.actor1 == "BLA: Baloch Liberation Army"


def test_officers_among_those_killed_are_counted():
    text = ("Gangs overran the town of Mirebalais on Monday, attacking the police station, authorities said. "
            "A police union said on Tuesday that two officers were among those killed.")
    [battle] = [e for e in eventwire.extract(text, published="2025-04-01") if e.event_type]
    assert battle.fatalities == 2


def test_a_count_in_a_description_of_a_group_is_no_toll():
    text = ("Twelve civilians were killed near Oicha in North Kivu on Monday night, local officials said, "
            "blaming the ADF, a group accused of killing thousands of civilians.")
    [attack] = eventwire.extract(text, published="2021-02-10")
    assert attack.fatalities == 12


@pytest.mark.parametrize("text, dead", [
    ("Assailants ambushed a bus near Djibo on Monday. At least two dozen passengers were killed.", 24),
    ("A suicide bomber struck a market in Konduga on Saturday. At least six civilians and the bomber were killed.", 7),
])
def test_dozens_written_out_and_the_bomber_count(text: str, dead: int):
    [event] = eventwire.extract(text, published="2022-06-20")
    assert event.fatalities == dead


def test_the_hurt_of_a_protest_and_those_treated_for_wounds_are_injuries():
    text = ("Kenyan police shot dead two people in Kisumu on Friday as officers fired tear gas to break up a "
            "demonstration against new taxes. Seven others were being treated for gunshot wounds.")
    [protest] = eventwire.extract(text, published="2023-07-08")
    assert (protest.fatalities, protest.injuries) == (2, 7)


def test_a_town_with_its_regions_written_beside_it_is_where_it_was_shelled():
    text = "On 14 September 2022, Russian forces shelled Marhanets (Nikopolskyi, Dnipropetrovsk) with rockets."
    [strike] = eventwire.extract(text, published="2022-09-16")
    assert (strike.location, strike.geo_precision, strike.actor2) == ("Marhanets", 1, None)


def test_fighting_between_two_named_sides_is_placed_where_the_sentence_says():
    text = ("On 17 February 2024, fighting broke out between the Nawasi Brigade and the Zawiya Martyrs Brigade in "
            "Tripoli following a dispute at a checkpoint. Two fighters were killed.")
    [battle] = eventwire.extract(text, published="2024-02-19")
    assert (battle.sub_event_type, battle.location, battle.fatalities) == ("Armed clash", "Tripoli", 2)


def test_a_strike_blamed_on_an_army_in_an_area_where_fighting_goes_on_is_that_army_s_strike():
    text = ("A drone strike hit a bus station in the town of Debre Tabor on Sunday, residents said, in an area where "
            "federal troops are battling Fano militiamen. Residents blamed the strike on the Ethiopian military.")
    [strike] = [e for e in eventwire.extract(text, published="2023-08-16") if e.event_type]
    assert (strike.sub_event_type, strike.actor1) == ("Air/drone strike", "Military Forces of Ethiopia")
    assert strike.actor2 != "Military Forces of Ethiopia"  # whom it was blamed on did it, and was not hit


def test_a_group_named_after_a_town_is_no_place():
    text = ("As fighting between federal forces and Fano militiamen dragged on in Amhara, an Ethiopian military drone "
            "hit a minibus on Tuesday near Finote Selam. Around 20 passengers were killed, witnesses said.")
    events = eventwire.extract(text, published="2024-02-15")
    assert {e.country for e in events} == {"Ethiopia"}  # not Fano, Italy
    strike = only(events, sub_event_type="Air/drone strike")
    assert (strike.actor2, strike.fatalities) == ("Civilians (Ethiopia)", 20)


def test_members_of_a_group_the_registry_does_not_know_are_that_group():
    text = "On 19 June 2023, Israeli forces clashed with militants of the Jenin Battalion in Jenin (Jenin, West Bank)."
    [clash] = eventwire.extract(text, published="2023-06-21")
    assert (clash.actor2, clash.actor2_inter) == ("Jenin Battalion", 3)


@pytest.mark.parametrize("text, actor1", [
    ("A new Turkish military post was set up on Monday on the outskirts of Saraqib in Idlib province, "
     "according to the Syrian Observatory for Human Rights.", "Military Forces of Turkey"),
    ("Uganda's army has set up a new operating base at Aru in Ituri province, a spokesman said on Friday.",
     "Military Forces of Uganda"),
])
def test_a_base_set_up_is_its_owner_s(text: str, actor1: str):
    [base] = eventwire.extract(text, published="2025-03-14")
    assert (base.sub_event_type, base.actor1) == ("Headquarters or base established", actor1)


def test_setting_up_a_committee_is_no_base():
    text = "The Ugandan government set up a committee on Friday to review fuel prices."
    assert [e.sub_event_type for e in eventwire.extract(text, published="2025-03-14")] == []


def test_the_second_party_of_representatives_of_two_sides_signs_with_the_first():
    text = ("On 4 June 2024, representatives of the Peruvian government and the Frente Popular del Sur "
            "signed an agreement in Cusco to end a months-long blockade of the region's roads.")
    [signed] = eventwire.extract(text, published="2024-06-06")
    assert (signed.event_type, signed.sub_event_type, signed.plover) == ("Strategic developments", "Agreement", "AGREE")
    assert signed.actor1 == "Government of Peru"
    assert "Frente Popular del Sur" in signed.actor2  # a group the registry does not know, by its name
    assert (signed.location, signed.event_date) == ("Cusco", "2024-06-04")  # not the 'Sur' of its name


def test_a_signed_peace_agreement_is_one_agreement_not_also_a_political_agree():
    text = "Chad's transitional government and the FACT rebel group signed a peace agreement in Doha on Monday."
    [signed] = eventwire.extract(text, published="2024-06-05")
    assert (signed.sub_event_type, signed.plover, signed.location) == ("Agreement", "AGREE", "Doha")


@pytest.mark.parametrize("text, plover, actor2", [
    ("The Malian government on Monday ordered the expulsion of the French ambassador in Bamako.",
     "SANCTION", "Government of France"),
    ("Yemen's Houthi movement threatened on Monday to target any ship heading to Israeli ports.",
     "THREATEN", "Government of Israel"),
])
def test_a_statement_s_counterpart_may_be_named_anywhere_in_its_clause(text: str, plover: str, actor2: str):
    event = only(eventwire.extract(text, published="2024-06-11"), plover=plover)
    assert event.actor2 == actor2


def test_a_meeting_about_another_country_s_deal_is_no_talks_with_it():
    text = "Somalia's cabinet held an emergency meeting in Mogadishu on Tuesday on Ethiopia's port deal with Somaliland."
    events = eventwire.extract(text, published="2024-01-03")
    assert not [e for e in events if e.plover == "CONSULT" and e.actor2 == "Government of Ethiopia"], [e.summary for e in events]


@pytest.mark.parametrize("text, city", [
    ("Japan's foreign minister flew to Seoul on Monday and met President Yoon Suk Yeol to discuss North Korea, "
     "the ministry said.", "Seoul"),
    ("Indian Prime Minister Narendra Modi arrived in Moscow on Monday and held talks with President Vladimir Putin.", "Moscow"),
])
def test_talks_are_where_the_journey_joined_to_them_went(text: str, city: str):
    [talks] = eventwire.extract(text, published="2024-07-09")
    assert talks.plover == "CONSULT" and talks.location.startswith(city) and talks.geo_precision == 1


@pytest.mark.parametrize("text, sides", [
    ("Qatar hosted talks between Taliban officials and UN envoys in Doha on Sunday.",
     ("Government of Afghanistan", "United Nations")),
    ("Kenya mediated a meeting between Sudan's army chief and the RSF leader in Nairobi on Monday.",
     ("Military Forces of Sudan", "RSF: Rapid Support Forces")),
    ("A Taliban delegation sat down with UN envoys in Doha on Sunday.", ("Government of Afghanistan", "United Nations")),
])
def test_talks_between_two_parties_are_theirs_not_their_host_s(text: str, sides: tuple[str, str]):
    [talks] = eventwire.extract(text, published="2024-07-01")
    assert talks.plover == "CONSULT" and (talks.actor1, talks.actor2) == sides


def test_an_agreement_after_talks_is_with_the_other_side_of_the_talks():
    text = "Ukraine agreed on Tuesday to a 30-day ceasefire proposal after talks with U.S. officials in Jeddah."
    events = eventwire.extract(text, published="2025-03-12")
    assert [(e.plover, e.actor1, e.actor2, e.location) for e in events] == [
        ("AGREE", "Government of Ukraine", "Government of the United States", "Jeddah")]  # the talks its road


def test_news_that_a_party_had_agreed_tells_its_agreement():
    text = "European leaders welcomed Tuesday's announcement that Ukraine had agreed to a 30-day ceasefire."
    assert [(e.actor1, e.event_date) for e in eventwire.extract(text, published="2025-03-12")
            if e.sub_event_type == "Agreement"] == [("Government of Ukraine", "2025-03-11")]


def test_a_clash_between_two_leaders_is_of_words_not_arms():
    text = ("Ukraine agreed on Tuesday to a 30-day ceasefire proposal. The United States announced last week that it "
            "would cease military aid to Ukraine, following the Oval Office clash between U.S. President Donald Trump "
            "and Ukrainian President Volodymyr Zelenskyy on Feb. 28.")
    assert not [e for e in eventwire.extract(text, published="2025-03-12") if e.event_type == "Battles"]


def test_a_town_that_hosts_displaced_people_holds_no_talks():
    text = "Monguno, about 100 km north of Maiduguri, hosts tens of thousands of displaced people, aid workers said on Monday."
    assert not [e for e in eventwire.extract(text, published="2020-09-24") if e.plover == "CONSULT"]


def test_blaming_a_strike_on_an_army_names_its_doer_and_is_no_accusation_of_its_own():
    text = ("A drone strike killed 12 people at a livestock market in Kidal on Sunday. "
            "Residents blamed the strike on the Malian army.")
    [strike] = eventwire.extract(text, published="2024-03-19")
    assert (strike.sub_event_type, strike.actor1, strike.fatalities) == ("Air/drone strike", "Military Forces of Mali", 12)


def test_drones_destroyed_in_flight_are_disrupted_weapons_use_by_the_air_defences():
    text = "Russian air defences destroyed six Ukrainian drones over the city of Kursk overnight, the defence ministry said on Sunday."
    [downed] = eventwire.extract(text, published="2024-08-11")
    assert (downed.event_type, downed.sub_event_type) == ("Strategic developments", "Disrupted weapons use")
    assert (downed.actor1, downed.actor2) == ("Military Forces of Russia", "Military Forces of Ukraine")
    assert (downed.location, downed.event_date) == ("Kursk", "2024-08-10")


def test_destroying_houses_is_no_disrupted_weapons_use():
    text = "Soldiers destroyed three houses in the village of Tin Hama on Sunday, residents said."
    events = eventwire.extract(text, published="2024-08-11")
    assert not [e for e in events if e.sub_event_type == "Disrupted weapons use"], [e.summary for e in events]


def test_a_date_heading_a_summary_dates_its_event():
    text = ("11/03/2021: A roadside bomb hit a minibus near Kandahar, Afghanistan, killing a man and his two "
            "daughters and injuring the driver.")
    [blast] = eventwire.extract(text, published="2021-11-05")
    assert (blast.event_date, blast.date_precision) == ("2021-11-03", "day")  # month first: 3 November, before publication
    assert (blast.fatalities, blast.injuries) == (3, 1)


@pytest.mark.parametrize("text, injuries", [
    ("Gunmen shot dead two miners near Tarkwa on Monday. A third miner escaped with a gunshot wound to his leg.", 1),
    ("Gunmen shot dead two miners near Tarkwa on Monday. Two others sustained bullet injuries.", 2),
    ("A mob attacked two traders near Tarkwa on Monday. Both were taken to hospital with head injuries.", 2),
    ("Gunmen shot dead two miners near Tarkwa on Monday, police said, and a police officer was wounded.", 1),
    ("Gunmen shot dead two miners near Tarkwa on Monday and wounded a third.", 1),
    ("Gunmen shot dead a driver near Tarkwa on Monday and wounded his passenger.", 1),
    ("A mob attacked two traders near Tarkwa on Monday. Police said at least five bystanders were hospitalised.", 5),
])
def test_the_hurt_told_without_a_figure_are_counted(text: str, injuries: int):
    [event] = eventwire.extract(text, published="2024-05-15")
    assert event.injuries == injuries


def test_the_subject_of_a_killing_is_not_its_victim():
    [event] = eventwire.extract("A soldier shot dead a man in Tarkwa on Monday.", published="2024-05-15")
    assert event.fatalities == 1


@pytest.mark.parametrize("text, location, admin1", [
    ("Gunmen abducted 12 women who had gone to collect firewood near Kaya, in Burkina Faso's Centre-Nord region, "
     "on Monday, residents said.", "Kaya", "Centre-Nord"),
    ("Bandits killed five farmers who were working on their fields near Gusau, in Nigeria's Zamfara State, on Monday, "
     "residents said.", "Gusau", "Zamfara"),
])
def test_a_town_told_in_a_clause_of_its_own_beats_the_region_around_it(text: str, location: str, admin1: str):
    [event] = eventwire.extract(text, published="2023-03-08")
    assert (event.location, event.admin1) == (location, admin1)


@pytest.mark.parametrize("text, location", [
    ("Islamic State fighters entered Mocimboa da Praia town on Sunday, looted food from shops and burned several "
     "houses, residents said.", "Mocímboa da Praia"),
    ("Israeli troops raided Tulkarm refugee camp on Tuesday and exchanged fire with gunmen. Three militants were "
     "killed. Israeli troops withdrew from the camp in the afternoon.", "Ţūlkarm"),
])
def test_a_place_entered_is_where_the_entrants_act_next(text: str, location: str):
    [event] = eventwire.extract(text, published="2024-05-14")  # the withdrawal ends the raid: no event of its own
    assert event.location == location


def test_a_mob_of_villagers_is_rioters():
    text = "A mob of several hundred villagers beat a man to death near Toba Tek Singh in Punjab on Sunday, police said."
    [lynching] = eventwire.extract(text, published="2023-05-16")
    assert (lynching.event_type, lynching.sub_event_type, lynching.actor1_inter) == ("Riots", "Mob violence", 5)


@pytest.mark.parametrize("text, actor1", [
    ("A suicide bomber blew herself up at a market in Gwoza, Borno state, on Friday, killing six people. "
     "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS), also known as Boko Haram, claimed responsibility.", "Boko Haram"),
    ("Assailants set fire to a primary school in Ndop, North-West region, Cameroon, on Monday. "
     "Ambazonian separatists claimed responsibility.", "Ambazonian Separatists"),
    ("Gunmen killed nine villagers near Beni in North Kivu on Tuesday night, local officials said, "
     "blaming fighters of the Allied Democratic Forces.", "ADF: Allied Democratic Forces"),
])
def test_a_claim_or_blame_names_the_doer(text: str, actor1: str):
    event = next(e for e in eventwire.extract(text, published="2023-05-17") if e.event_type is not None)
    assert event.actor1 == actor1


@pytest.mark.parametrize("text, fatalities", [
    # a revision replaces the first toll
    ("A suicide bomber blew himself up at a market in Gwoza, Borno state, on Friday, killing four people. "
     "By Sunday the number of dead had risen to nine after five of the wounded died in hospital.", 9),
    # another source's lower toll is kept, as ACLED keeps the lower of conflicting reports
    ("Gunmen attacked Tse-Akaa village in Benue state on Sunday night, killing 23 people, a local chairman said. "
     "Confirming the attack, a police spokeswoman put the death toll at 14.", 14),
    # and its higher toll is not
    ("Gunmen attacked Tse-Akaa village in Benue state on Sunday night, killing 14 people, police said. "
     "A local chairman put the death toll at 23.", 14),
])
def test_a_toll_told_again_later_is_revised_or_the_lower_is_kept(text: str, fatalities: int):
    event = next(e for e in eventwire.extract(text, published="2024-06-11") if e.event_type is not None)
    assert event.fatalities == fatalities


@pytest.mark.parametrize("text", [
    "A trial opened in Abidjan on Monday over the 2016 bombing of a hotel in Grand-Bassam that killed 19 people.",
    "Trump first met Kim Jong Un at a summit in Singapore in June 2018, the envoy recalled on Monday.",
])
def test_an_event_dated_by_its_own_phrase_long_ago_is_background(text: str):
    assert eventwire.extract(text, published="2021-03-30") == []


def test_a_meeting_told_today_is_still_an_event():
    text = "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed at a summit in Addis Ababa on Sunday."
    [talks] = eventwire.extract(text, published="2024-02-19")
    assert (talks.plover, talks.event_date, talks.location) == ("CONSULT", "2024-02-18", "Addis Ababa")


@pytest.mark.parametrize("text", [
    "A college student in Shanghai said she agreed with the government's new rules on Monday.",
    "Ankara tested the Russian air defence system on Monday despite threats of U.S. sanctions.",
])
def test_a_private_opinion_or_a_threatened_sanction_is_no_political_event(text: str):
    events = eventwire.extract(text, published="2024-03-12")
    assert not [e for e in events if e.plover in ("AGREE", "SANCTION")], [e.summary for e in events]


def test_a_base_handed_over_is_a_non_violent_transfer_of_territory():
    text = "UN peacekeepers handed over their camp in Aguelhok to the Malian army on Sunday, the UN mission said."
    [handover] = eventwire.extract(text, published="2023-10-24")
    assert (handover.sub_event_type, handover.location) == ("Non-violent transfer of territory", "Aguelhok")


@pytest.mark.parametrize("text, plover, actor1, actor2", [
    ("Qatar handed over a shipment of 20,000 tonnes of fuel to Lebanon's army at Beirut port on Tuesday.",
     "AID", "Government of Qatar", "Military Forces of Lebanon"),
    ("Niger and Nigeria launched joint military patrols along their shared border on Friday.",
     "COOPERATE", "Government of Niger", "Government of Nigeria"),
])
def test_handovers_and_joint_patrols_are_political_events(text: str, plover: str, actor1: str, actor2: str):
    [event] = eventwire.extract(text, published="2024-09-21")
    assert (event.plover, event.actor1, event.actor2) == (plover, actor1, actor2)


def test_troops_moved_are_a_deployment_and_a_letter_sent_is_not():
    [moved] = eventwire.extract("Armenia moved additional troops to positions near Jermuk on Friday.", published="2024-09-21")
    assert (moved.plover, moved.location) == ("MOBILIZE", "Jermuk")
    assert eventwire.extract("Armenia sent a letter to the UN on Friday.", published="2024-09-21") == []


def test_an_army_patrol_ambushed_is_still_a_battle():
    [ambush] = eventwire.extract("Militants ambushed an army patrol near Tillia in Niger on Monday, killing nine soldiers.",
                                 published="2024-06-26")
    assert ambush.sub_event_type == "Armed clash"


@pytest.mark.parametrize("text, plover, actor1", [
    ("Foreign Minister Hakan Fidan led five hours of talks with Syrian officials in Damascus on Monday.",
     "CONSULT", "Government of Turkey"),
    ("The European Union announced sanctions on five Iranian officials in Brussels on Monday.", "SANCTION", "European Union"),
])
def test_talks_led_and_sanctions_announced_are_their_subject_s(text: str, plover: str, actor1: str):
    event = only(eventwire.extract(text, published="2024-06-11"), plover=plover)
    assert event.actor1 == actor1


def test_a_day_earlier_counts_from_the_statement_s_day():
    text = "Myanmar's army said on Thursday that its troops had recaptured Lashio from the rebels a day earlier."
    [retaken] = eventwire.extract(text, published="2025-01-25")  # a Saturday: Thursday is the 23rd
    assert retaken.event_date == "2025-01-22"


def test_a_crowd_that_tried_to_march_is_one_protest_with_the_police_against_it():
    text = ("Kenyan police arrested a dozen demonstrators in central Nairobi on Tuesday as they tried to march to "
            "parliament to protest against new taxes, a police spokesman said.")
    [protest] = eventwire.extract(text, published="2024-07-31")
    assert (protest.sub_event_type, protest.actor1, protest.actor2) == (
        "Protest with intervention", "Protesters (Kenya)", "Police Forces of Kenya")


def test_what_a_threat_is_about_is_not_where_it_was_made():
    text = "Iran's Revolutionary Guards threatened on Monday to seize any tanker heading to Israeli ports through the Strait of Hormuz."
    [threat] = eventwire.extract(text, published="2024-04-16")
    assert (threat.plover, threat.actor2, threat.country) == ("THREATEN", "Government of Israel", "Iran")


def test_the_troops_told_again_are_the_troops_named_before():
    text = ("Israeli troops raided Tulkarm refugee camp on Tuesday and exchanged fire with gunmen. Three militants "
            "were killed. The troops withdrew from the camp in the afternoon.")
    [raid] = eventwire.extract(text, published="2024-05-14")  # the withdrawal ends the raid of the same troops
    assert (raid.actor1, raid.fatalities) == ("Military Forces of Israel", 3)


def test_a_country_named_with_a_role_word_is_still_the_country():
    # "coast" begins the role "coast guard", but "Ivory Coast" is a country's name
    text = "Ghana urged Ivory Coast on Monday to reopen its border with Burkina Faso."
    event = only(eventwire.extract(text, published="2024-03-06"), plover="REQUEST")
    assert (event.actor1, event.actor2) == ("Government of Ghana", "Government of Ivory Coast")


@pytest.mark.parametrize("text", [
    "Japan sent food aid to Madagascar on Friday.",  # "food" between the words of "send aid"; "to" names who gets it
    "Japan donated Madagascar 300 tons of rice on Friday.",  # the indirect object receives
])
def test_who_receives_a_gift_is_its_counterpart(text: str):
    event = only(eventwire.extract(text, published="2024-05-10"), plover="AID")
    assert (event.actor1, event.actor2) == ("Government of Japan", "Government of Madagascar")


def test_an_act_someone_was_supposed_to_do_is_no_event():
    text = "The two ministers were supposed to sign a trade deal in Lima on Monday."
    assert eventwire.extract(text, published="2024-05-10") == []


@pytest.mark.parametrize("text, plover, actor2", [
    ("Norway halted development aid to Mali on Thursday, the foreign ministry said.", "SANCTION", "Government of Mali"),
    ("Kenya lifted a night curfew in Mombasa on Sunday.", "CONCEDE", None),
    ("Turkey issued a warning to Greece on Monday over drilling in disputed waters.", "THREATEN", "Government of Greece"),
    ("Ghana declined an invitation from Togo to join the talks on Monday.", "REJECT", "Government of Togo"),
    ("Chile offered on Monday to mediate between Peru and Bolivia.", "AGREE", "Government of Peru"),
    ("Japan handed over 300 tons of rice to Madagascar on Friday.", "AID", "Government of Madagascar"),
    ("The European Community gave Niger 20 million euros of aid on Monday.", "AID", "Government of Niger"),
])
def test_political_acts_told_in_more_words(text: str, plover: str, actor2: str | None):
    # withholding aid, easing a curfew, a warning issued, a declined invitation, an offer, a handover
    event = only(eventwire.extract(text, published="2024-05-10"), plover=plover)
    assert event.actor2 == actor2


def test_those_who_offer_together_are_not_each_other_s_counterpart():
    text = "Australia and Canada offered on Monday to resettle the refugees."
    assert [e.summary for e in eventwire.extract(text, published="2024-05-10") if e.plover == "AGREE"] == []


def test_a_leader_who_resigns_retreats():
    text = "Peruvian Prime Minister Alberto Otarola resigned on Tuesday amid a corruption inquiry."
    event = only(eventwire.extract(text, published="2024-05-10"), plover="RETREAT")
    assert event.actor1 == "Government of Peru"


def test_a_threat_may_name_its_target_inside_what_is_threatened():
    text = "Brazil threatened stiff retaliation over Argentine export quotas in a radio interview on Monday."
    event = only(eventwire.extract(text, published="2024-05-10"), plover="THREATEN")
    assert (event.actor1, event.actor2) == ("Government of Brazil", "Government of Argentina")


def test_a_named_armed_group_the_registry_does_not_know_is_a_militia_by_its_name():
    text = "Fighting broke out between the Nawasi Brigade and the Stability Support Apparatus in Tripoli on Sunday, killing four fighters."
    [clash] = eventwire.extract(text, published="2024-05-13")
    assert (clash.actor1, clash.actor1_inter) == ("Nawasi Brigade", 3)


@pytest.mark.parametrize("text", [
    "Al-Shabaab has been attacking and fighting Kenyan troops in Lamu county.",
    "There was no sign of the tanker being intercepted on its voyage to Bandar Abbas on Monday.",
])
def test_what_goes_on_or_is_denied_is_no_event(text: str):
    assert eventwire.extract(text, published="2024-05-14") == []


def test_a_town_shelled_is_where_the_shelling_was():
    [shelling] = eventwire.extract("Russian forces shelled Kharkiv on Monday, killing 12 people.", published="2024-05-14")
    assert (shelling.location, shelling.country, shelling.actor2) == ("Kharkiv", "Ukraine", "Civilians (Ukraine)")


def test_an_act_known_by_the_day_it_was_told_takes_the_day_told_later():
    text = ("Niger's army said on Thursday that its soldiers had repelled a raid by gunmen on a post near Tillaberi, "
            "in fighting that killed five soldiers and 20 of the attackers.\n\n"
            "The raid began at dawn on Tuesday, when gunmen on motorcycles surrounded the post, the army said.")
    [clash] = [e for e in eventwire.extract(text, published="2024-03-08") if e.event_type]
    assert (clash.event_date, clash.location, clash.fatalities) == ("2024-03-05", "Tillabéri", 25)
    assert clash.actor2 != clash.actor1  # the dead on both sides are not whom the soldiers fought


def test_a_toll_of_what_a_protest_is_about_is_not_the_protest_s():
    text = ("Thousands of students marched peacefully through Novi Sad on Saturday, demanding justice for the "
            "collapse of a station roof that killed 15 people in November.")
    [march] = eventwire.extract(text, published="2025-02-02")
    assert (march.sub_event_type, march.location, march.fatalities) == ("Peaceful protest", "Novi Sad", None)


def test_members_of_a_party_arrested_are_that_party():
    text = "Police detained two senior members of the Ennahda party at their homes in Tunis on Monday, lawyers said."
    [arrest] = eventwire.extract(text, published="2023-02-15")
    assert (arrest.sub_event_type, arrest.actor2, arrest.location) == ("Arrests", "Ennahda party", "Tunis")


def test_a_crowd_of_villagers_who_beat_men_to_death_is_a_mob():
    text = "A crowd of villagers beat to death two men suspected of stealing cattle near Gazipur on Tuesday, police said."
    [lynching] = eventwire.extract(text, published="2024-03-14")
    assert (lynching.event_type, lynching.sub_event_type, lynching.actor1) == ("Riots", "Mob violence", "Rioters (Bangladesh)")


def test_a_protest_told_again_with_those_arrested_in_it_is_one_protest():
    text = ("Police fired tear gas in Nairobi on Tuesday to disperse several hundred young protesters who were trying "
            "to march to Parliament. A lawyers' group said at least 21 people were arrested during the demonstration "
            "in the city centre.")
    [protest] = eventwire.extract(text, published="2024-06-19")
    assert (protest.sub_event_type, protest.actor1, protest.location) == (
        "Protest with intervention", "Protesters (Kenya)", "Nairobi")


def test_what_a_relative_clause_says_of_an_actor_in_the_present_is_no_event():
    text = ("Turkish drones struck a car near Sulaymaniyah on Monday, Kurdish officials said. Turkey, which "
            "carries out strikes against the PKK in northern Iraq, did not comment.")
    [strike] = eventwire.extract(text, published="2025-02-18")
    assert (strike.sub_event_type, strike.event_date) == ("Air/drone strike", "2025-02-17")


def test_a_count_among_a_count_is_part_of_it():
    text = ("A suicide bomber rammed a car into a checkpoint in Beledweyne on Sunday, killing at least 11 people, "
            "among them three soldiers.")
    [bombing] = eventwire.extract(text, published="2020-10-05")
    assert bombing.fatalities == 11


def test_a_crowd_that_smashed_and_stormed_until_forces_regained_control_is_one_riot():
    text = ("Thousands of supporters of the former president broke through police lines in Lima on Sunday and stormed "
            "Congress, smashing windows and furniture, before security forces regained control hours later.")
    [riot] = eventwire.extract(text, published="2023-01-09")
    assert (riot.event_type, riot.actor1, riot.location) == ("Riots", "Rioters (Peru)", "Lima")


def test_a_crowd_that_kills_is_a_mob_and_a_hyphenated_town_is_one_name():
    text = "A crowd in Pétion-Ville beat and burned to death three men they accused of belonging to a gang on Tuesday."
    [lynching] = eventwire.extract(text, published="2023-05-03")
    assert (lynching.sub_event_type, lynching.actor1, lynching.country) == ("Mob violence", "Rioters (Haiti)", "Haiti")
    [march] = eventwire.extract("A crowd marched through Port-au-Prince on Tuesday, demanding security.", published="2023-05-03")
    assert (march.sub_event_type, march.actor1) == ("Peaceful protest", "Protesters (Haiti)")


def test_a_strike_told_on_a_region_then_on_its_town_is_one_strike():
    text = ("Russian officials said Ukrainian drones attacked the border region of Belgorod on Monday evening. "
            "A drone hit a house in the town of Shebekino, wounding a woman, the regional governor said.")
    [strike] = eventwire.extract(text, published="2023-12-05")
    assert (strike.sub_event_type, strike.actor1, strike.location, strike.injuries) == (
        "Air/drone strike", "Military Forces of Ukraine", "Shebekino", 1)


def test_a_lede_toll_over_several_towns_gives_way_to_each_town_s_own():
    text = ("Russia fired missiles at two Ukrainian cities early on Tuesday, killing at least nine people and "
            "wounding more than 40, officials said.\n\n"
            "In Odesa, missiles hit a port warehouse and apartment blocks, killing seven people and injuring 30, "
            "the regional governor said.")
    strike = next(e for e in eventwire.extract(text, published="2024-03-13") if e.location == "Odesa")
    assert (strike.fatalities, strike.injuries) == (7, 30)


def test_strikes_told_again_join_the_strikes_not_the_offensive_told_beside_them():
    text = ("Air strikes on a market in the town of Maarat al-Numan in northwestern Syria killed at least 11 "
            "civilians on Wednesday, a war monitor said, as government forces pressed an offensive in the area. "
            "The Syrian Observatory for Human Rights said Russian warplanes carried out the strikes.")
    strike = only(eventwire.extract(text, published="2019-12-19"), sub_event_type="Air/drone strike")
    assert (strike.actor1, strike.fatalities) == ("Military Forces of Russia", 11)


def test_who_backs_the_doer_is_not_whom_its_act_is_aimed_at():
    events = eventwire.extract("Government forces backed by Russia pressed an offensive in Idlib province on "
                               "Wednesday.", published="2019-12-19")
    assert not [e for e in events if e.plover == "REQUEST"], [e.summary for e in events]


@pytest.mark.parametrize("text, actor1", [
    ("Turkey said its foreign minister had spoken by phone with his Russian counterpart on Wednesday about the "
     "fighting in Idlib.", "Government of Turkey"),
    ("Turkey said on Wednesday that its troops had killed 12 PKK militants in northern Iraq.",
     "Military Forces of Turkey"),
])
def test_its_in_what_a_country_says_is_that_country_s(text: str, actor1: str) -> None:
    events = eventwire.extract(text, published="2019-12-19")
    assert events[0].actor1 == actor1, [e.summary for e in events]


def test_it_opening_a_sentence_is_the_body_just_told_of_and_a_pronoun_is_never_a_name():
    text = ("Lebanon's presidency said in a statement that the strike was a flagrant violation of the truce. It also "
            "called on the United States and France to press Israel to withdraw from five positions.")
    appeal = only(eventwire.extract(text, published="2025-03-06"), plover="REQUEST")
    assert (appeal.actor1, appeal.actor2) == ("Government of Lebanon", "Government of the United States")
    quoted = eventwire.extract("Kazuhiko Isozaki founded a housing company in 2017. He fully welcomed the influx of "
                               "foreign capital into Japan.", published="2024-08-14")
    assert all(e.actor1 != "He" for e in quoted), [e.summary for e in quoted]


def test_violence_told_again_with_no_place_by_the_same_doer_is_the_same_event():
    text = ("An Israeli drone strike hit a car near the town of Bint Jbeil on Wednesday afternoon, killing the driver, "
            "Lebanon's Health Ministry said. The Israeli military said it had targeted a Hezbollah operative.")
    [strike] = [e for e in eventwire.extract(text, published="2025-03-06") if e.event_type]
    assert (strike.sub_event_type, strike.actor2, strike.fatalities) == ("Air/drone strike", "Hezbollah", 1)
    apart = ("Somali forces killed six militants who attacked a hotel in Beledweyne on Tuesday. On Tuesday, the "
             "security forces also killed 50 al-Shabab militants elsewhere in Hirshabelle state in airstrikes.")
    tolls = sorted(e.fatalities for e in eventwire.extract(apart, published="2025-03-13") if e.event_type)
    assert tolls == [6, 50]


@pytest.mark.parametrize("text, actor2", [
    ("Government troops recaptured the town of Cadale in Middle Shabelle region from al-Shabaab on Tuesday.",
     "Al Shabaab"),
    ("M23 rebels seized the town of Bunagana in North Kivu from the Congolese army on Tuesday.",
     "Military Forces of the Democratic Republic of Congo"),
])
def test_who_a_town_was_taken_from_is_the_other_side(text: str, actor2: str) -> None:
    [capture] = eventwire.extract(text, published="2024-02-21")
    assert (capture.event_type, capture.actor2) == ("Battles", actor2)


@pytest.mark.parametrize("text, actor1, location", [
    ("A first contingent of about 400 Kenyan police officers landed in Port-au-Prince on Tuesday to lead a UN-backed "
     "mission against Haiti's armed gangs, Haitian officials said.", "Police Forces of Kenya", "Port-au-Prince"),
    ("A convoy of Turkish troops arrived in the Syrian town of Tal Abyad on Monday.", "Military Forces of Turkey",
     "Tall Abyaḑ"),
])
def test_forces_arriving_in_a_country_not_theirs_are_deployed(text: str, actor1: str, location: str) -> None:
    [move] = eventwire.extract(text, published="2024-06-26")
    assert (move.plover, move.actor1, move.location) == ("MOBILIZE", actor1, location)


@pytest.mark.parametrize("text", [
    "Rebels arrived in the village of Kipese on Monday and opened fire on residents, killing four.",
    "A delegation of Russian officials arrived in Damascus on Monday for talks.",
    "Syrian troops arrived in the town of Saraqib on Monday.",
])
def test_an_arrival_at_home_or_of_no_forces_is_no_deployment(text: str) -> None:
    events = eventwire.extract(text, published="2024-06-26")
    assert not [e for e in events if e.plover == "MOBILIZE"], [e.summary for e in events]


@pytest.mark.parametrize("text, sub_event_type, actor2", [
    ("Security forces fired live rounds at anti-government protesters blocking a bridge in Nasiriyah on Thursday, "
     "killing at least 25 and wounding more than 200, medics said.", "Excessive force against protesters",
     "Protesters (Iraq)"),
    ("Gunmen opened fire at a police checkpoint in Quetta on Monday, killing two policemen.", "Armed clash",
     "Police Forces of Pakistan"),
])
def test_who_fire_is_aimed_at_is_the_other_side(text: str, sub_event_type: str, actor2: str) -> None:
    [event] = eventwire.extract(text, published="2019-11-29")
    assert (event.sub_event_type, event.actor2) == (sub_event_type, actor2)


@pytest.mark.parametrize("text", [
    "A mob beat two men to death on suspicion of theft in Narsingdi on Tuesday night, police said. A third man was "
    "admitted to hospital in a critical condition.",
    "A crowd of villagers beat to death two men suspected of stealing cattle in Gazipur before dawn on Tuesday, police "
    "said. A third suspect was rescued by officers with severe injuries.",
])
def test_one_taken_to_hospital_or_rescued_with_injuries_is_one_injured(text: str) -> None:
    [mob] = eventwire.extract(text, published="2024-09-05")
    assert (mob.fatalities, mob.injuries) == (2, 1)


def test_the_attackers_dead_told_after_the_toll_of_their_attack_add_to_it():
    text = ("Militants armed with heavy weapons stormed a police checkpost in Bannu district late on Saturday, killing "
            "three policemen and injuring two, officials said. Police said five attackers were killed in the "
            "retaliatory fire.")
    [clash] = eventwire.extract(text, published="2023-07-17")
    assert (clash.sub_event_type, clash.fatalities, clash.injuries) == ("Armed clash", 8, 2)
    again = ("Gunmen killed three policemen at a checkpoint in Bannu on Saturday, officials said. The death toll "
             "rose to five on Sunday.")
    assert [e.fatalities for e in eventwire.extract(again, published="2023-07-17")] == [5]


def test_goods_seized_are_no_territory_and_no_blast_and_raids_are_how_arrests_were_made():
    text = ("Counterterrorism police said Tuesday they had arrested seven suspected TTP members in raids in the city of "
            "Dera Ismail Khan on Sunday and seized explosives and suicide vests.")
    events = eventwire.extract(text, published="2023-08-29")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Arrests", "TTP: Tehreek-i-Taliban Pakistan")]
    town = eventwire.extract("M23 rebels seized the town of Bunagana in North Kivu on Tuesday.", published="2024-02-21")
    assert [e.sub_event_type for e in town] == ["Non-state actor overtakes territory"]


def test_a_political_act_aimed_at_its_own_doer_is_not_coded():
    text = ("Fighting between Yemen's Houthi rebels and government forces killed at least 32 combatants on Sunday in "
            "the province of Marib, military sources said, as the Iran-aligned group pressed its push toward the "
            "government's last stronghold in the north.")
    events = eventwire.extract(text, published="2021-03-08")
    assert not [e for e in events if e.plover == "REQUEST"], [e.summary for e in events]
    appeal = eventwire.extract("The U.N. envoy urged the Houthis on Monday to halt their offensive.", published="2021-03-08")
    assert [(e.plover, e.actor2) for e in appeal] == [("REQUEST", "Houthi Movement")]


def test_a_mob_dispersed_with_tear_gas_shells_is_one_riot_against_the_police():
    [riot] = eventwire.extract("A mob set fire to a police post in Kathua on Friday, in anger over a recent killing "
                               "in Rajouri district. Police fired tear gas shells to disperse the crowd.",
                               published="2024-05-06")
    assert (riot.event_type, riot.actor1, riot.actor2, riot.location) == (
        "Riots", "Rioters (India)", "Police Forces of India", "Kathua")  # tear gas shells shell no one


def test_a_place_of_the_killings_a_mob_was_angry_over_is_not_the_mob_s():
    [riot] = eventwire.extract("On Saturday a crowd in Silchar stormed the homes of two ministers, ransacking them and "
                               "torching cars, in anger over recent killings in Jiribam district.", published="2024-05-06")
    assert (riot.event_type, riot.location) == ("Riots", "Silchar")


def test_a_place_opening_the_sentence_is_where_its_crowd_protested():
    [protest] = [e for e in eventwire.extract(
        "In the capital, Lusaka, hundreds of people protested outside the central bank on Monday, accusing the "
        "government of mismanaging the currency. Police fired tear gas to disperse the crowd.", published="2024-05-07")
        if e.event_type]
    assert (protest.sub_event_type, protest.actor2, protest.location) == (
        "Protest with intervention", "Police Forces of Zambia", "Lusaka")


def test_a_participle_hung_on_an_as_clause_is_the_bomber_s_act():
    events = eventwire.extract("A suicide bomber blew himself up outside a bank in Kandahar on Sunday as customers "
                               "were queuing for their salaries, killing nine people and wounding 20, officials said.",
                               published="2024-03-25")
    assert [(e.sub_event_type, e.actor2, e.fatalities, e.injuries) for e in events] == [
        ("Suicide bomb", "Civilians (Afghanistan)", 9, 20)]


def test_a_long_actor_phrase_keeps_the_group_s_own_name():
    [attack] = eventwire.extract("Hundreds of fighters of the al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin "
                                 "(JNIM) attacked an army base in Dori, Burkina Faso, on Sunday.", published="2025-06-04")
    assert attack.actor1.startswith("JNIM") and attack.country == "Burkina Faso"  # not Al Qaeda, nor Kedah


def test_the_town_told_again_is_the_town_last_named():
    events = eventwire.extract("On 2 June 2025, militants attacked an army post in Dori, Burkina Faso, killing 15 soldiers. "
                               "The attackers then went through the town and shot dead 12 civilians.",
                               published="2025-06-04")
    civilians = only(events, sub_event_type="Attack")
    assert (civilians.location, civilians.fatalities) == ("Dori", 12)


def test_warplanes_sent_to_strike_a_town_struck_it():
    [strike] = eventwire.extract("The army sent warplanes to strike Nyala, the RSF-held capital of South Darfur, on "
                                 "Tuesday, residents said.", published="2024-06-13")
    assert (strike.sub_event_type, strike.actor1, strike.location) == (
        "Air/drone strike", "Military Forces of Sudan", "Nyala")


def test_a_toll_of_days_of_fighting_is_context():
    events = eventwire.extract("Kyrgyz and Tajik leaders agreed on Friday to an immediate ceasefire along their border, "
                               "after talks in Astana. Four days of fighting between the two countries' armies had killed "
                               "at least 12 people and driven thousands from their homes.", published="2025-08-09")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Agreement", "Government of Kyrgyzstan", "Government of Tajikistan")]


def test_leaders_joined_after_an_apposition_are_each_other_s_counterpart():
    [deal] = eventwire.extract("Armenia's prime minister, Nikol Pashinyan, and Azerbaijani President Ilham Aliyev agreed "
                               "on Thursday to a peace framework in Washington.", published="2025-08-09")
    assert (deal.actor1, deal.actor2) == ("Government of Armenia", "Government of Azerbaijan")


def test_police_who_scatter_a_march_stand_against_its_crowd():
    [protest] = eventwire.extract("Ugandan police fired tear gas and rubber bullets on Tuesday to scatter hundreds of "
                                  "traders trying to march to parliament in Kampala against a new tax.",
                                  published="2025-08-09")
    assert (protest.sub_event_type, protest.actor1, protest.actor2) == (
        "Protest with intervention", "Protesters (Uganda)", "Police Forces of Uganda")


def test_negotiators_of_two_countries_written_as_a_name_and_an_adjective_meet_each_other():
    [talks] = eventwire.extract("GENEVA, May 12 - U.S. and Chinese negotiators held talks on tariffs in the Swiss city on "
                                "Sunday, officials said.", published="2025-05-12")
    assert (talks.plover, talks.actor1, talks.actor2) == (
        "CONSULT", "Government of the United States", "Government of China")


def test_a_town_handed_back_is_a_non_violent_transfer_to_whom_it_went():
    [handover] = eventwire.extract("Rebels of the Kachin Independence Army handed control of Bhamo, in Myanmar's Kachin "
                                   "state, back to the military on Friday under a truce, a spokesman said.",
                                   published="2025-05-12")
    assert (handover.sub_event_type, handover.actor1, handover.actor2, handover.location) == (
        "Non-violent transfer of territory", "KIA: Kachin Independence Army", "Military Forces of Myanmar", "Bhamo")


def test_one_act_told_of_towns_joined_by_and_is_one_event_per_town_with_the_toll_where_it_was_told():
    events = eventwire.extract("Russian missiles struck Odesa and Mykolaiv overnight, killing three people in Mykolaiv, "
                               "regional officials said on Monday.", published="2025-04-07")
    assert sorted((e.location, e.fatalities) for e in events) == [("Mykolayiv", 3), ("Odesa", None)]
    [road] = eventwire.extract("Nine passengers were killed on Friday when their bus struck a landmine on the road "
                               "between Bandiagara and Bankass in central Mali.", published="2025-04-07")
    assert road.fatalities == 9  # a road between two towns is one place


def test_strikes_told_of_another_town_are_the_campaign_s_strikes_there():
    events = eventwire.extract("U.S. air strikes hit the capital Sanaa overnight, killing four people, the Houthi-run "
                               "health ministry said on Thursday. Strikes also targeted sites near the Red Sea port of "
                               "Hodeidah, Houthi television said.", published="2025-04-10")
    assert sorted((e.location, e.actor1) for e in events) == [
        ("Al Ḩudaydah", "Military Forces of the United States"), ("Sanaa", "Military Forces of the United States")]


def test_a_missile_intercepted_is_not_where_it_was_launched_and_who_fired_it_is_told_next():
    events = eventwire.extract("Israel's military said early on Thursday that it had intercepted a ballistic missile "
                               "launched from Yemen. The Houthis said they had fired a missile at Ben Gurion Airport.",
                               published="2025-04-10")
    assert [(e.sub_event_type, e.country, e.actor2) for e in events] == [
        ("Disrupted weapons use", "Israel", "Houthi Movement")]


def test_they_in_what_a_force_says_is_that_force():
    [battle] = eventwire.extract("Yemeni government forces said they had repelled a Houthi assault on their positions "
                                 "south of Marib on Wednesday. Seven Houthi fighters and two soldiers were killed.",
                                 published="2025-04-10")
    assert (battle.actor1, battle.actor2, battle.fatalities) == ("Houthi Movement", "Military Forces of Yemen", 9)


def test_violence_someone_would_keep_up_is_no_event():
    events = eventwire.extract("Houthi leader Abdul-Malik al-Houthi said in a televised speech on Thursday that the group "
                               "would keep attacking American warships off Hodeidah.", published="2025-04-10")
    assert not [e for e in events if e.event_type]


def test_a_date_told_after_an_event_noun_is_that_event_s():
    events = eventwire.extract("Prosecutors charged two men on Friday over the abduction in March 2023 of a journalist "
                               "in Lyon.", published="2023-06-03")
    assert not [e for e in events if e.event_type]  # an abduction of March: background, not Friday's


def test_an_act_done_in_protest_is_no_protest():
    events = eventwire.extract("Mali recalled its ambassador from Algiers in protest on Tuesday.", published="2023-06-03")
    assert [e.event_type for e in events] == [None]


def test_a_date_still_to_come_dates_nothing_that_happened():
    [riot] = eventwire.extract("DAKAR, Senegal — Violence erupted in Dakar on Thursday within hours of a verdict that "
                               "could bar the opposition leader from running in next year's presidential election. "
                               "Young men threw stones at police and set fire to buses in several districts of the "
                               "capital.", published="2023-06-03")
    assert riot.event_date == "2023-06-01"


def test_protesters_who_clash_with_forces_riot_and_the_dead_told_next_are_the_riot_s():
    [riot] = eventwire.extract("In the southern city of Ziguinchor, protesters clashed with security forces on Thursday. "
                               "Two young men were shot dead, a hospital official said.", published="2023-06-03")
    assert (riot.sub_event_type, riot.plover, riot.actor1, riot.fatalities) == (
        "Violent demonstration", "PROTEST", "Rioters (Senegal)", 2)


def test_intelligence_agents_are_their_state_s_forces():
    [arrest] = eventwire.extract("Intelligence agents detained two journalists in Caracas on Tuesday, their newspaper "
                                 "said.", published="2024-07-31")
    assert (arrest.sub_event_type, arrest.actor1) == ("Arrests", "Military Forces of Venezuela")


def test_a_person_seized_is_no_territory_taken():
    events = eventwire.extract("Opposition politician Juan Perez was seized by hooded men in eastern Caracas on Tuesday, "
                               "his party said.", published="2024-07-31")
    assert not [e for e in events if e.event_type == "Battles"]


def test_a_toll_across_the_country_is_no_one_protest_s():
    [march] = eventwire.extract("Thousands of people marched toward the presidential palace in Caracas on Monday. A rights "
                                "group said on Tuesday that at least 11 people had been killed in protests across the "
                                "country on Monday and Tuesday.", published="2024-07-31")
    assert (march.location, march.fatalities) == ("Caracas", None)


def test_force_used_on_no_crowd_it_names_is_used_on_the_march_just_told():
    [march] = eventwire.extract("Thousands of people marched toward the presidential palace in Caracas on Monday. National "
                                "Guard troops fired tear gas and rubber bullets to block their path.", published="2024-07-31")
    assert (march.sub_event_type, march.actor2) == ("Protest with intervention", "Military Forces of Venezuela")


def test_a_crowd_that_dispersed_of_itself_was_not_dispersed():
    [march] = eventwire.extract("In the coastal city of Mombasa, a smaller crowd marched peacefully to the county offices "
                                "on Monday and dispersed in the afternoon.", published="2023-03-21")
    assert (march.sub_event_type, march.actor2) == ("Peaceful protest", None)


def test_police_who_fire_tear_gas_and_detain_marchers_stand_against_the_march():
    [march] = eventwire.extract("Police fired tear gas and detained dozens of demonstrators in central Kampala on Tuesday "
                                "as thousands marched against a new tax.", published="2024-06-19")
    assert (march.sub_event_type, march.actor2) == ("Protest with intervention", "Police Forces of Uganda")


def test_men_arrested_are_civilians_whatever_aside_follows_them():
    [arrest] = eventwire.extract("French police arrested three Algerian men, among them an employee of Algeria's consulate "
                                 "in Créteil, on April 8.", published="2025-04-15")
    assert (arrest.sub_event_type, arrest.actor1, arrest.actor2) == ("Arrests", "Police Forces of France",
                                                                     "Civilians (Algeria)")


def test_diplomats_declared_persona_non_grata_are_expelled():
    [expulsion] = eventwire.extract("Algeria's foreign ministry on Monday declared 12 employees of the French embassy persona "
                                    "non grata and gave them 48 hours to leave.", published="2025-04-15")
    assert (expulsion.plover, expulsion.actor1, expulsion.actor2, expulsion.event_date) == (
        "SANCTION", "Government of Algeria", "Government of France", "2025-04-14")


def test_congo_alone_is_the_democratic_republic():
    [seizure] = eventwire.extract("M23 rebels seized the city of Goma in eastern Congo on Monday.", published="2025-01-28")
    assert (seizure.location, seizure.country) == ("Goma", "Democratic Republic of Congo")


def test_a_blame_told_in_passing_by_the_source_names_the_doer_and_is_no_accusation():
    for text in ("Twelve civilians were killed with machetes near Oicha on Monday night, local officials said, blaming "
                 "fighters of the Allied Democratic Forces.",
                 "An attack on a village near Oicha on Monday night has left a heavy toll. Twelve civilians were killed with "
                 "machetes, local officials said, blaming fighters of the Allied Democratic Forces (ADF), a group accused "
                 "of killing thousands of civilians."):
        [attack] = eventwire.extract(text, published="2021-02-10")
        assert (attack.actor1, attack.fatalities) == ("ADF: Allied Democratic Forces", 12)


def test_fighting_by_suspected_jihadists_is_an_unidentified_armed_group_s():
    [ambush] = eventwire.extract("NIAMEY, Niger — Suspected jihadists ambushed a Nigerien army patrol near the town of "
                                 "Banibangou on Wednesday, killing seven soldiers, the defence ministry said.",
                                 published="2020-02-13")
    assert (ambush.event_type, ambush.actor1, ambush.actor2) == ("Battles", "Unidentified Armed Group (Niger)",
                                                                 "Military Forces of Niger")


def test_the_name_of_a_force_is_no_place():
    strike = next(e for e in eventwire.extract(
        "NIAMEY, Niger — French Mirage jets from the Barkhane force struck fleeing militants near Banibangou on "
        "Wednesday, a French military spokesman said.", published="2020-02-13") if e.actor1 == "Military Forces of France")
    assert (strike.sub_event_type, strike.country) == ("Air/drone strike", "Niger")


def test_an_attack_told_as_what_another_came_after_is_dated_from_it_and_placed_by_its_distance():
    events = eventwire.extract(
        "NIAMEY, Niger — Suspected jihadists ambushed a Nigerien army patrol near the town of Banibangou on Wednesday, "
        "killing seven soldiers, the defence ministry said.\n\nThe ambush came a day after gunmen on motorcycles attacked "
        "herders watering their cattle at a well a few kilometres from Ayorou, killing eight of them.",
        published="2020-02-13")
    assert sorted((e.location, e.event_date, e.actor2, e.fatalities) for e in events) == [
        ("Ayorou", "2020-02-11", "Civilians (Niger)", 8), ("Bani Bangou", "2020-02-12", "Military Forces of Niger", 7)]


def test_a_politician_detained_is_the_target_even_when_the_parser_makes_him_the_sayer_s_subject():
    [arrest] = eventwire.extract("CARACAS, Venezuela — Venezuelan intelligence agents on Tuesday detained opposition "
                                 "politician Freddy Superlano, a leader of the Voluntad Popular party, his party said.",
                                 published="2024-07-31")
    assert (arrest.sub_event_type, arrest.actor2, arrest.event_date) == ("Arrests", "Freddy Superlano", "2024-07-30")


def test_a_teenager_told_by_age_is_one_dead():
    [shooting] = eventwire.extract("A 17-year-old was shot dead in Maracay on Monday.", published="2024-07-31")
    assert shooting.fatalities == 1


def test_protesters_who_tear_down_a_statue_riot():
    [riot] = eventwire.extract("In Coro, the capital of Falcón state, protesters tore down a statue of the late President "
                               "Hugo Chávez on Monday and dragged it through the streets.", published="2024-07-31")
    assert (riot.sub_event_type, riot.location) == ("Violent demonstration", "Coro")


def test_riot_officers_are_police_and_the_lede_told_only_in_the_country_is_at_the_dateline():
    events = eventwire.extract("TBILISI, Georgia — Police in Georgia on Tuesday detained a leading opposition figure, hours "
                               "after riot officers used water cannon and tear gas to scatter thousands of protesters "
                               "outside parliament.", published="2024-12-04")
    dispersal = next(e for e in events if e.event_type == "Protests")
    assert (dispersal.actor2, dispersal.location) == ("Police Forces of Georgia", "Tbilisi")


def test_an_act_done_a_day_before_a_dated_one_is_the_same_doer_s_on_the_day_before():
    events = eventwire.extract("Pakistan's army sealed the border crossing on Friday, a day after shelling militant "
                               "hideouts in Parachinar.", published="2024-08-09")
    shelling = next(e for e in events if e.event_type == "Explosions/Remote violence")
    assert (shelling.actor1, shelling.event_date) == ("Military Forces of Pakistan", "2024-08-08")


def test_soldiers_killed_at_a_checkpoint_attacked_in_a_region_are_the_side_attacked():
    [attack] = eventwire.extract("Militants attacked a checkpoint in the Kurram district of Khyber Pakhtunkhwa province on "
                                 "Thursday, killing two soldiers.", published="2024-08-09")
    assert (attack.event_type, attack.actor1, attack.actor2, attack.fatalities) == (
        "Battles", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan", 2)


def test_civilians_with_no_country_of_their_own_are_of_the_country_they_were_hit_in():
    [strike] = eventwire.extract("ISLAMABAD — Pakistani warplanes struck suspected militant hideouts in Afghanistan's Paktika "
                                 "province on Monday, killing eight women and children, Taliban officials said.",
                                 published="2024-03-19")
    assert (strike.actor2, strike.country) == ("Civilians (Afghanistan)", "Afghanistan")


def test_an_act_dated_only_by_the_day_it_was_told_is_of_the_day_just_told():
    events = eventwire.extract("NAIROBI, Kenya — Kenyan police fired tear gas on Monday to disperse thousands of opposition "
                               "supporters who tried to march to State House in Nairobi. Police arrested more than 200 people "
                               "in the capital, the country's police chief said on Tuesday.", published="2023-03-21")
    assert {e.event_date for e in events} == {"2023-03-20"}



def test_shops_looted_after_and_are_looted_by_the_clause_s_crowd_and_a_country_wide_count_is_no_one_event_s():
    events = eventwire.extract("In the western city of Kisumu, protesters blocked roads with burning tires and looted shops, "
                               "and police shot dead a university student, the rights commission said. Police said 31 "
                               "officers were injured in clashes across the country.", published="2023-03-21")
    assert ("Riots", "Kisumu") in {(e.event_type, e.location) for e in events}
    assert all(e.injuries is None for e in events)


def test_weapons_the_attackers_were_armed_with_do_not_make_the_attack_a_blast():
    [attack] = eventwire.extract("PESHAWAR, Pakistan — Militants armed with grenades and assault rifles attacked a police post "
                                 "on the outskirts of Bannu late on Monday, killing four policemen, police said Tuesday.",
                                 published="2023-08-29")
    assert (attack.event_type, attack.sub_event_type, attack.fatalities) == ("Battles", "Armed clash", 4)


def test_the_day_of_the_raids_an_arrest_was_made_in_is_the_arrest_s():
    events = eventwire.extract("PESHAWAR, Pakistan — Militants attacked a police post in Bannu late on Monday, killing four "
                               "policemen, police said Tuesday.\n\nIn Balochistan province, a roadside bomb struck a vehicle "
                               "carrying paramilitary troops near the town of Turbat on Monday, wounding three of them.\n\n"
                               "Separately, counterterrorism police said Tuesday they had arrested seven suspected TTP members "
                               "in raids in the city of Dera Ismail Khan on Sunday and seized explosives and suicide vests.",
                               published="2023-08-29")
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    assert (arrest.location, arrest.event_date) == ("Dera Ismail Khan", "2023-08-27")


def test_a_report_filed_from_abroad_is_about_the_country_its_body_names_though_its_lede_names_the_dateline():
    events = eventwire.extract(
        "DUBAI — The European Union on Monday imposed sanctions on Iran's morality police over the crackdown on the "
        "protests, as the death toll from a fire at Tehran's Evin prison rose to eight.\n\nIn the western Kurdish city of "
        "Sanandaj, security forces fired live ammunition at protesters on Sunday, killing a young man.\n\nIn Tehran, "
        "intelligence agents arrested a well-known sports journalist at his home on Sunday, his family said.",
        published="2022-10-17")
    assert "United Arab Emirates" not in {e.country for e in events}
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    assert (arrest.actor1, arrest.location) == ("Military Forces of Iran", "Tehran")


def test_one_name_of_the_lede_found_only_abroad_does_not_move_a_report_from_its_dateline():
    events = eventwire.extract("DHAKA - A mob beat a young man to death in the capital's Mirpur area early on Wednesday "
                               "after accusing him of stealing a mobile phone, police said.", published="2024-12-05")
    assert {e.country for e in events} == {"Bangladesh"}


def test_a_bomb_that_went_off_is_an_explosion_not_a_forecast():
    events = eventwire.extract("A roadside bomb went off beside a bus carrying pilgrims near Samarra on Friday, killing "
                               "four of them, police said.", published="2018-04-14")
    blast = only(events, sub_event_type="Remote explosive/landmine/IED")
    assert (blast.admin1, blast.event_date, blast.fatalities) == ("Salah ad Din", "2018-04-13", 4)


def test_an_attack_still_planned_is_not_coded():
    assert eventwire.extract("An attack on the army base in Gao was planned for Friday, officials said.",
                             published="2018-04-14") == []


def test_forces_landing_abroad_are_deployed_though_an_apposition_follows_the_verb():
    events = eventwire.extract("Some 200 Bahamian troops landed in Port-au-Prince on Friday, the second contingent of a "
                               "multinational mission.", published="2024-09-14")
    deployment = only(events, plover="MOBILIZE")
    assert (deployment.actor1, deployment.location, deployment.event_date) == \
        ("Military Forces of Bahamas", "Port-au-Prince", "2024-09-13")


def test_a_crowd_that_stones_people_to_death_is_a_mob():
    events = eventwire.extract("A crowd stoned and burned to death two suspected kidnappers in Kisumu on Saturday, police said.",
                               published="2021-03-15")
    mob = only(events, event_type="Riots")
    assert (mob.sub_event_type, mob.fatalities, mob.location) == ("Mob violence", 2, "Kisumu")


def test_half_of_a_hyphenated_name_the_gazetteer_lacks_is_no_place_of_its_own():
    events = eventwire.extract("In Haiti, gunmen killed four people in the Poste-Marchand neighbourhood of the capital on Monday, "
                               "police said.", published="2024-05-14")
    attack = only(events, sub_event_type="Attack")
    assert (attack.location, attack.geo_precision) == ("Port-au-Prince", 2)


def test_whom_soldiers_repelled_is_the_attacker_not_the_army_that_told_it():
    events = eventwire.extract("Al-Shabaab fighters stormed the town of Jowhar on Monday night before soldiers repelled "
                               "them after a three-hour gunfight; the army said 11 militants were killed.",
                               published="2019-03-13")
    battle = only(events, event_type="Battles")
    assert (battle.actor1, battle.actor2, battle.fatalities) == ("Al Shabaab", "Military Forces of Somalia", 11)


def test_homes_set_on_fire_in_an_attack_are_part_of_it():
    events = eventwire.extract("Gunmen stormed the village of Kukawa on Monday, killing at least 10 residents and setting "
                               "dozens of homes on fire, local officials said.", published="2021-03-16")
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_riots_after_a_police_shooting_are_two_events():
    events = eventwire.extract("Riots broke out in Kisumu on Wednesday after a police officer shot dead a motorcycle taxi "
                               "driver at a checkpoint, police said.", published="2021-03-18")
    assert sorted(e.event_type for e in events) == ["Riots", "Violence against civilians"]


def test_homes_set_on_fire_with_no_one_hurt_are_property_destruction():
    events = eventwire.extract("Gunmen set dozens of homes on fire in the village of Kukawa on Monday, local officials said.",
                               published="2021-03-16")
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_a_deal_an_armed_group_reaches_is_an_acled_agreement():
    events = eventwire.extract("The Sudan People's Liberation Movement-North said on Thursday it had reached a deal with the "
                               "government on power sharing in Blue Nile state.", published="2020-08-07")
    deal = only(events, plover="AGREE")
    assert (deal.event_type, deal.sub_event_type) == ("Strategic developments", "Agreement")


def test_a_crowd_struck_from_the_air_is_civilians_and_its_toll_counts_though_hung_on_the_crowd():
    events = eventwire.extract("Military jets bombed a crowd gathered for a wedding in Pazigyi village in Sagaing region on "
                               "Tuesday, killing between 40 and 60 people, residents said.", published="2023-04-13")
    strike = only(events, sub_event_type="Air/drone strike")
    assert (strike.actor2, strike.fatalities) == ("Civilians (Myanmar)", 40)


def test_people_counted_after_between_are_the_victims():
    events = eventwire.extract("Gunmen attacked a market in Kaduna on Sunday, killing between 12 and 15 people, including "
                               "two children, police said.", published="2021-05-03")
    attack = only(events, sub_event_type="Attack")
    assert (attack.actor2, attack.fatalities) == ("Civilians (Nigeria)", 12)


def test_a_day_later_counts_from_the_event_told_before():
    events = eventwire.extract("Gunmen killed five farmers near Kaura on Tuesday, police said. The following day, soldiers "
                               "killed 12 bandits in a raid on their camp near Birnin Gwari.", published="2021-06-11")
    assert only(events, actor1="Military Forces of Nigeria").event_date == "2021-06-09"


def test_a_schoolteacher_is_a_civilian_and_verbs_joined_by_or_share_their_object():
    events = eventwire.extract("Gunmen abducted a schoolteacher and his driver near Kaduna on Monday, police said. In a separate "
                               "attack, militiamen raped or sexually assaulted at least 20 women near Bukavu on Tuesday, aid "
                               "workers said.", published="2021-06-11")
    assert {e.actor2 for e in events} == {"Civilians (Nigeria)", "Civilians (Democratic Republic of Congo)"}


def test_a_town_only_the_bundled_places_know_is_placed_there_not_at_its_famous_namesake():
    events = eventwire.extract("Insurgents killed nine civilians near Palma in Cabo Delgado province on Friday, the defence "
                               "ministry said.", published="2021-04-05")
    attack = only(events, sub_event_type="Attack")
    assert (attack.location, attack.country, round(attack.latitude)) == ("Palma", "Mozambique", -11)


def test_each_town_an_armed_group_captured_is_an_event_of_its_own():
    events = eventwire.extract("Al-Shabaab fighters captured the towns of Jowhar and Balcad on Friday after clashes with "
                               "government troops, residents said.", published="2019-03-18")
    assert sorted(e.location for e in events if e.sub_event_type == "Non-state actor overtakes territory") == \
        ["Balcad", "Jawhar"]


def test_soldiers_named_with_no_country_are_of_the_country_the_attack_was_in():
    events = eventwire.extract("Islamic State fighters attacked an army camp at Inates (Tillaberi region) near the Malian "
                               "border on Tuesday, the defence ministry said, adding that 71 soldiers were killed in the "
                               "fighting.", published="2019-12-12")
    assert only(events, event_type="Battles").actor2 == "Military Forces of Niger"


def test_a_favela_of_a_city_is_placed_in_that_city_not_at_a_namesake_town():
    events = eventwire.extract("Police killed five suspected drug traffickers in the Jacarezinho favela of Rio de Janeiro "
                               "on Thursday.", published="2022-05-13")
    assert {e.admin1 for e in events} == {"Rio de Janeiro"}


def test_a_killing_during_a_police_operation_and_a_gunfight_told_next_is_one_armed_clash():
    events = eventwire.extract("Six people were killed on Tuesday during a police operation against drug gangs in the Vila "
                               "Cruzeiro favela of Rio de Janeiro, state authorities said. Officers traded fire with heavily "
                               "armed gang members for several hours, the authorities said.", published="2022-05-25")
    [clash] = events
    assert (clash.event_type, clash.actor1, clash.fatalities) == ("Battles", "Police Forces of Brazil", 6)


def test_the_town_artillery_shelled_is_where_it_fell_though_tagged_as_a_person():
    events = eventwire.extract("Syrian troops advanced near Hama on Monday. Government artillery shelled nearby Khan Sheikhoun "
                               "on Tuesday, killing two children, rescuers said.", published="2019-05-08")
    shelling = only(events, sub_event_type="Shelling/artillery/missile attack")
    assert (shelling.admin1, shelling.geo_precision, shelling.actor2) == ("Idlib", 1, "Civilians (Syria)")


def test_the_town_bombs_were_dropped_on_is_where_they_fell_not_a_group():
    events = eventwire.extract("Syrian troops pushed into southern Idlib on Saturday. Government helicopters dropped barrel "
                               "bombs on Khan Sheikhoun on Sunday, killing four civilians, rescuers said.", published="2019-06-04")
    strike = only(events, sub_event_type="Air/drone strike")
    assert (strike.admin1, strike.geo_precision, strike.actor2) == ("Idlib", 1, "Civilians (Syria)")


def test_who_tells_of_a_blow_with_no_subject_of_its_own_did_not_strike_it():
    events = eventwire.extract('SANA said rockets fired by "terrorists" hit homes in the town of Mhardeh in Hama province on '
                               'Monday, killing three children and wounding four.', published="2019-06-04")
    [attack] = events
    assert (attack.actor1, attack.fatalities) == ("Unidentified Armed Group (Syria)", 3)


def test_one_victim_joined_to_another_told_with_no_figure_makes_two():
    text = "Gunmen shot dead a teacher and her husband in Kasese on Friday, police said."
    [attack] = eventwire.extract(text, published="2021-06-04")
    assert attack.fatalities == 2 and text[slice(*attack.evidence["fatalities"])] == "a teacher and her husband"
    [strike] = eventwire.extract("An Israeli drone strike hit a motorcycle near Aitaroun on Wednesday, killing its rider, a "
                                 "Hezbollah member, the news agency reported.", published="2024-05-02")
    assert strike.fatalities == 1


@pytest.mark.parametrize("text", [
    "Russian warplanes struck a market in Maarat al-Numan on Wednesday, killing 11 people, the Observatory said. The "
    "Syrian Civil Defense, a rescue group, blamed Syrian government jets and put the toll at 14.",
    "Suspected ADF fighters killed at least 11 civilians with machetes near Oicha on Tuesday night, a local leader said. "
    "Local officials blamed the ADF, a Ugandan-origin group.",
])
def test_blaming_an_armed_side_right_after_violence_whose_doer_was_told_is_no_accusation(text: str):
    events = eventwire.extract(text, published="2019-12-19")
    assert [e.fatalities for e in events] == [11] and events[0].plover == "ASSAULT", [e.summary for e in events]


_PRISON_STORY = ("The death toll from a fire and clashes at a prison in Shiraz on Saturday rose to eight, the judiciary said. "
                 "The European Union imposed sanctions on Iran's morality police on Monday. "
                 "Iran's foreign ministry condemned the decision on Monday. "
                 "Students rallied in Tehran on Sunday, witnesses said. ")


def test_a_state_blamed_far_below_is_no_doer_of_the_violence_told_at_the_top():
    text = _PRISON_STORY + ("Shopkeepers closed their shops in Tabriz on Sunday. The protests began a month ago. Internet "
                            "access remains restricted. Rights groups say thousands have been detained. The government "
                            "denies this. Iranian leaders have blamed the violence on the United States and Israel.")
    clash = only(eventwire.extract(text, published="2022-10-17"), event_type="Battles")
    assert clash.actor1 is None or "United States" not in clash.actor1


def test_unrest_blamed_on_a_state_is_no_riot_of_that_state():
    text = _PRISON_STORY + "Iranian leaders have blamed the unrest on the United States and Israel."
    events = eventwire.extract(text, published="2022-10-17")
    assert not [e for e in events if e.event_type == "Riots"], [e.summary for e in events]


def test_a_compass_point_before_a_name_shared_by_a_province_and_its_capital_means_the_province():
    events = eventwire.extract("Rebels attacked army positions near Kafr Zita in northern Hama on Sunday, and 12 fighters "
                               "died in the clashes, a monitor said.", published="2019-05-20")
    clash = only(events, event_type="Battles")
    assert clash.location.startswith("Kafr") and clash.admin1 == "Hamah"


def test_stun_grenades_fired_at_marchers_are_an_intervention_not_a_grenade_attack():
    events = eventwire.extract("Hundreds of Palestinians marched through Hebron on Friday; Israeli troops fired tear gas and "
                               "stun grenades to disperse them, medics said.", published="2023-07-08")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Protest with intervention", "Protesters (Palestine)")]


def test_a_people_named_by_its_demonym_is_civilians_when_killed_not_its_army():
    events = eventwire.extract("Israeli troops shot dead two Palestinians near Nablus on Sunday, the health ministry said.",
                               published="2023-07-10")
    assert only(events, fatalities=2).actor2 == "Civilians (Palestine)"


def test_protests_said_to_have_spread_across_a_country_are_no_event():
    events = eventwire.extract("Police shot dead a protester in Lucknow on Friday. Protests against the law have spread "
                               "across India since parliament passed it last week.", published="2019-12-21")
    assert [e.location for e in events] == ["Lucknow"]


def test_the_group_officials_blamed_right_after_an_attack_by_gunmen_is_its_doer():
    events = eventwire.extract("Gunmen killed seven farmers near Culiacan on Monday, police said. Officials blamed the "
                               "Sinaloa Cartel.", published="2023-05-09")
    [attack] = events
    assert attack.actor1 != "Unidentified Armed Group (Mexico)" and "Sinaloa" in attack.actor1


def test_a_headquarters_seized_without_a_fight_is_a_non_violent_transfer():
    events = eventwire.extract("Rebels seized the army headquarters in Goma without a fight on Sunday, residents said.",
                               published="2012-11-20")
    assert [(e.event_type, e.sub_event_type) for e in events] == \
        [("Strategic developments", "Non-violent transfer of territory")]


def test_what_a_group_has_done_told_to_describe_it_is_no_event():
    events = eventwire.extract("Congo on Saturday expelled Rwanda's ambassador over its support for M23 rebels, who have "
                               "seized several towns in North Kivu in recent days.", published="2020-03-03")
    assert {e.event_type for e in events} == {None}


def test_an_ambassador_ordered_to_leave_is_expelled():
    events = eventwire.extract("Mali on Monday ordered France's ambassador to leave the country within 72 hours.",
                               published="2022-02-01")
    [expulsion] = events
    assert (expulsion.plover, expulsion.actor2) == ("SANCTION", "Government of France")


def test_an_attack_whose_victims_are_told_by_the_killing_is_typed_by_them():
    events = eventwire.extract("Militants stormed the town of Mandera on Tuesday, killing six soldiers, officials said.",
                               published="2023-01-18")
    [battle] = events
    assert (battle.event_type, battle.actor2, battle.fatalities) == ("Battles", "Military Forces of Kenya", 6)


def test_one_official_shot_dead_is_one_dead_and_dead_is_no_part_of_his_title():
    events = eventwire.extract("Two gunmen shot dead the deputy governor of Kandahar province as he left a mosque on Friday "
                               "evening, police said.", published="2023-01-21")
    [attack] = events
    assert attack.fatalities == 1 and not (attack.actor2 or "").startswith("dead")


def test_a_day_after_counts_from_the_attack_told_before_though_the_parser_hangs_the_day_on_after():
    events = eventwire.extract(
        "Militants stormed an army base in Jalalaqsi on Tuesday, killing nine soldiers, officials said.\n\n"
        "The attack came a day after government forces and clan fighters known as ma'awisley captured the town of "
        "Harardhere, which al-Shabaab had held for more than a decade.", published="2023-01-18")
    capture = only(events, sub_event_type="Government regains territory")
    assert capture.event_date == "2023-01-16"


def test_fighting_told_as_the_setting_of_an_attack_is_no_event_of_its_own():
    events = eventwire.extract("A shell hit a house in Goma on Wednesday, killing five people, local officials said, as "
                               "fighting between Congo's army and M23 rebels edged closer to the city.", published="2024-02-08")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_a_toll_told_since_a_day_told_before_is_a_running_total():
    events = eventwire.extract("Security forces shot dead two protesters in Sanandaj on Sunday, activists said. The protests "
                               "erupted after the death in custody on Sept. 16 of a young woman. A rights group says at least "
                               "215 people have been killed by security forces since then.", published="2022-10-17")
    assert [e.fatalities for e in events if e.fatalities] == [2]


def test_a_standing_charge_told_in_the_present_past_the_lede_is_no_event():
    events = eventwire.extract("M23 rebels shelled Sake on Tuesday, killing three civilians, officials said.\n\n"
                               "The fighting has displaced thousands.\n\n"
                               "Congo and U.N. experts accuse neighboring Rwanda of backing the M23, a charge Kigali denies.",
                               published="2024-02-14")
    assert {e.plover for e in events} == {"ASSAULT"}


def test_the_attackers_dead_told_apart_add_to_the_soldiers_dead():
    events = eventwire.extract("Militants attacked an army base in Monguno on Wednesday, killing five soldiers, officials "
                               "said. In a statement on Thursday, the army said its troops had \"neutralized\" 17 insurgents "
                               "and recovered several gun trucks.", published="2020-09-24")
    assert [e.fatalities for e in events] == [22]


def test_what_gangs_do_told_in_a_relative_clause_of_joined_verbs_is_no_event():
    events = eventwire.extract("Soldiers killed 12 bandits in a raid on their camp near Gusau on Tuesday, the army said.\n\n"
                               "Zamfara has been plagued for years by criminal gangs that raid villages, steal cattle and "
                               "kidnap residents for ransom.", published="2020-09-24")
    assert [e.location for e in events] == ["Gusau"]


def test_what_police_somewhere_say_they_did_with_no_place_of_its_own_was_done_there():
    events = eventwire.extract("MAIDUGURI, Nigeria — Separately, police in the state capital, Gusau, said they had arrested "
                               "three suspected kidnappers on Wednesday.", published="2020-09-24")
    assert only(events, sub_event_type="Arrests").location == "Gusau"


def test_a_killing_by_police_in_a_town_rioting_that_day_is_the_riot_s_dead():
    events = eventwire.extract("Police shot dead a student in Kisumu on Monday, a hospital official said. In Kisumu, protesters "
                               "hurled stones at police and burned tyres on Monday, witnesses said.", published="2023-03-21")
    [riot] = events
    assert (riot.event_type, riot.fatalities, riot.actor2) == ("Riots", 1, "Police Forces of Kenya")


def test_a_sentence_whose_only_trigger_is_an_aim_still_dates_the_story():
    text = ("On 3 March 2023, villagers gathered outside the district office in Kasese to demand the release of a chief. "
            "Police fired tear gas at them.")
    [protest] = eventwire.extract(text, published="2023-03-09")
    assert (protest.sub_event_type, protest.event_date) == ("Protest with intervention", "2023-03-03")


def test_armed_youths_breaking_into_a_warehouse_and_carrying_off_food_is_looting():
    [looting] = eventwire.extract("Armed youths broke into an aid agency warehouse in Malakal on Friday and carried away sacks "
                                  "of sorghum, the agency said.", published="2024-09-23")
    assert (looting.sub_event_type, looting.actor1, looting.location) == (
        "Looting/property destruction", "Unidentified Armed Group (South Sudan)", "Malakal")


def test_a_toll_counted_since_a_year_is_the_war_s_not_the_bombing_s():
    text = ("A roadside bomb exploded as a pickup truck carrying rangers drove past on the outskirts of Yala on Monday, "
            "wounding four rangers, police said. More than 7,000 people have died in the conflict in the southern "
            "provinces since 2004.")
    [bombing] = eventwire.extract(text, published="2025-05-06")
    assert (bombing.fatalities, bombing.injuries) == (None, 4)


def test_another_dead_told_with_the_verb_left_out_adds_one():
    text = ("Armed men opened fire on customers in a bar in Fresnillo on Saturday. Five people died at the scene and "
            "another in the hospital, the prosecutor's office said.")
    [attack] = eventwire.extract(text, published="2023-10-24")
    assert (attack.fatalities, attack.actor2) == (6, "Civilians (Mexico)")


def test_the_last_weapon_militants_were_armed_with_is_no_attacker_nor_a_grenade_attack():
    text = ("Militants armed with assault rifles and rocket-propelled grenades attacked a security forces checkpoint in "
            "Miran Shah, North Waziristan, on Monday. Three soldiers and five of the assailants were killed in the "
            "exchange of fire that followed.")
    [clash] = eventwire.extract(text, published="2023-07-25")
    assert (clash.sub_event_type, clash.fatalities) == ("Armed clash", 8)


def test_an_assault_with_armour_on_positions_is_a_battle_with_their_army():
    text = ("Russian forces launched an assault with armoured vehicles on Ukrainian positions near Pokrovsk on Tuesday. "
            "The Ukrainian army said it repelled the attack and destroyed five armoured vehicles.")
    [battle] = eventwire.extract(text, published="2025-01-29")
    assert (battle.sub_event_type, battle.actor1, battle.actor2) == (
        "Armed clash", "Military Forces of Russia", "Military Forces of Ukraine")


def test_a_raid_that_looted_and_hurt_no_one_is_looting():
    text = ("Unidentified gunmen stormed the weekly market in Maradun, Zamfara, on Sunday afternoon, looting foodstuffs "
            "and making away with more than 200 head of cattle. No casualties were reported, residents said.")
    [raid] = eventwire.extract(text, published="2022-03-15")
    assert raid.sub_event_type == "Looting/property destruction"


def test_a_raid_that_burned_homes_and_killed_someone_told_next_is_an_attack():
    text = ("Dozens of settlers stormed the village of Turmus Ayya near Ramallah on Wednesday evening, setting fire to "
            "houses and cars. A 19-year-old Palestinian was shot dead, the health ministry said.")
    [raid] = eventwire.extract(text, published="2024-08-15")
    assert (raid.sub_event_type, raid.fatalities) == ("Attack", 1)


def test_the_ambush_coming_a_day_after_is_dated_from_the_ambush_told_paragraphs_before():
    text = ("Suspected jihadists ambushed an army patrol near Banibangou on Wednesday, killing seven soldiers, the "
            "defence ministry said.\n\nNo group has claimed the ambush. Several armed groups operate in the area.\n\n"
            "The ambush came a day after gunmen on motorcycles attacked herders near Ayorou, killing eight of them.")
    herders = only(eventwire.extract(text, published="2020-02-13"), location="Ayorou")
    assert herders.event_date == "2020-02-11"


def test_an_attack_named_by_its_day_months_ago_is_background():
    text = ("Israeli strikes killed 11 people in Rafah on Wednesday, health officials said. Hamas's Oct. 7 attack "
            "killed about 1,200 people in Israel, according to Israeli tallies, and some 250 were taken hostage.")
    events = eventwire.extract(text, published="2024-02-15")
    assert [(e.admin1, e.fatalities) for e in events] == [("Gaza Strip", 11)], [e.summary for e in events]


def test_a_battalion_that_would_begin_deploying_on_monday_deploys_next_monday():
    text = ("Niger's defence minister told journalists on Thursday that an additional battalion of about 600 troops would "
            "begin deploying to the Tillaberi region on Monday to secure roads and markets.")
    [deployment] = eventwire.extract(text, published="2020-02-13")
    assert (deployment.plover, deployment.event_date) == ("MOBILIZE", "2020-02-17")


def test_reinforcements_struck_from_the_air_are_no_deployment():
    text = ("The Saudi-led coalition said it had carried out nine air strikes on Houthi reinforcements in Marib province "
            "on Sunday, destroying armored vehicles.")
    events = eventwire.extract(text, published="2021-03-08")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], [e.summary for e in events]


@pytest.mark.parametrize("text, injuries", [
    ("Military police officers exchanged fire with gang members in the Mare favela complex in Rio de Janeiro on "
     "Thursday. Four suspected gang members were killed and one officer was shot in the leg.", 1),
    ("A police raid in the Jacarezinho favela of Rio de Janeiro on Thursday turned into a gun battle that left 28 people "
     "dead. Two passengers on a passing train were hit by stray bullets.", 2),
    ("Suspected JNIM militants ambushed a military supply convoy near Tougouri on Thursday, triggering a firefight with "
     "Burkinabe soldiers. Eleven soldiers were killed and several others wounded, local security sources said.", 3),
    ("Protesters hurled stones at security forces in Tripoli, Lebanon, on Thursday night. The army said 31 soldiers were "
     "hurt, while the Red Cross said it had treated more than 40 protesters.", 71),
])
def test_the_hurt_told_as_shot_in_a_limb_hit_by_stray_bullets_treated_or_with_the_verb_left_out(text: str, injuries: int):
    [event] = eventwire.extract(text, published="2023-08-04")
    assert event.injuries == injuries


def test_shot_in_the_head_and_killed_is_dead_not_hurt():
    [attack] = eventwire.extract("Gunmen shot a trader in the head in Kano on Friday, killing him, police said.",
                                 published="2023-08-05")
    assert (attack.fatalities, attack.injuries) == (1, None)


def test_a_killing_by_what_fell_told_right_after_the_shelling_is_its_toll():
    text = ("03/22/2024: Assailants fired several mortar rounds toward the presidential palace in Mogadishu, Banaadir, "
            "Somalia. At least two rounds fell on houses outside the compound, killing one civilian and wounding four "
            "others. Al-Shabaab claimed responsibility for the attack.")
    [shelling] = eventwire.extract(text, published="2024-03-23")
    assert (shelling.sub_event_type, shelling.actor1, shelling.location, shelling.fatalities, shelling.injuries) == (
        "Shelling/artillery/missile attack", "Al Shabaab", "Mogadishu", 1, 4)


def test_two_sources_tolls_told_in_one_sentence_are_not_added():
    text = ("On 12 August 2022, suspected JNIM militants opened fire on traders at the weekly market in Diapaga (Tapoa, "
            "Est). The town's mayor reported nine dead, while a local civil society association put the toll at 14.")
    [attack] = eventwire.extract(text, published="2022-08-14")
    assert attack.fatalities == 9


def test_what_protesters_do_in_the_street_is_their_protest_but_a_gathering_of_others_is_no_event():
    [protest] = eventwire.extract("Protesters blocked the main road in Kajiado, Kenya, on Monday against a new tax "
                                  "bill; police fired tear gas.", published="2024-06-25")
    assert (protest.sub_event_type, protest.actor1, protest.event_date) == (
        "Protest with intervention", "Protesters (Kenya)", "2024-06-24")
    [strike] = eventwire.extract("A Malian army drone strike hit people gathered at a water point near Ansongo on "
                                 "Sunday, killing at least six, local officials said.", published="2024-06-25")
    assert (strike.sub_event_type, strike.event_date, strike.fatalities) == ("Air/drone strike", "2024-06-23", 6)


def test_shelling_told_as_the_subject_of_hit_is_the_shelling_of_those_whose_adjective_it_bears():
    # the small model tags "shelling" here as an auxiliary of "hit"
    [shelling] = eventwire.extract("Russian shelling hit a residential area of Kharkiv on Monday, killing at least nine "
                                   "civilians, the regional governor said.", published="2022-02-28")
    assert (shelling.sub_event_type, shelling.actor1, shelling.fatalities) == (
        "Shelling/artillery/missile attack", "Military Forces of Russia", 9)


def test_what_the_lynched_were_suspected_of_is_no_event_and_the_lynched_are_dead():
    [lynching] = eventwire.extract("A mob lynched two men suspected of kidnapping children in Puebla state on Saturday, "
                                   "authorities said.", published="2024-03-18")
    assert (lynching.sub_event_type, lynching.fatalities) == ("Mob violence", 2)


def test_two_peoples_forces_that_clashed_are_each_other_s_counterpart_in_the_first_one_s_country():
    [clash] = eventwire.extract("Armenian and Azerbaijani forces exchanged fire along the border on Tuesday, killing "
                                "49 Armenian soldiers, officials said.", published="2022-09-15")
    assert (clash.actor1, clash.actor2, clash.country) == (
        "Military Forces of Armenia", "Military Forces of Azerbaijan", "Armenia")
    [clash] = eventwire.extract("Kyrgyz and Tajik forces clashed along the disputed border on Friday, leaving 24 dead, "
                                "officials said.", published="2022-09-19")  # the tagger takes "Kyrgyz" for a place
    assert (clash.actor2, clash.country, clash.geo_precision) == ("Military Forces of Tajikistan", "Kyrgyzstan", 4)


def test_an_operation_that_officials_said_killed_people_is_its_doers_with_that_toll():
    [raid] = eventwire.extract("Israeli forces rescued four hostages from Nuseirat refugee camp in central Gaza on "
                               "Saturday in an operation that health officials said killed 274 Palestinians.",
                               published="2024-06-10")
    assert (raid.actor1, raid.fatalities, raid.event_date) == ("Military Forces of Israel", 274, "2024-06-08")


def test_a_lede_toll_of_a_known_side_is_coded_even_when_only_its_country_is_told():
    [strike] = eventwire.extract("On 28 January 2024, a drone attack by Iran-backed militants on Tower 22 in Jordan "
                                 "killed three US soldiers and injured over 40.", published="2024-01-29")
    assert (strike.actor2, strike.country, strike.fatalities, strike.geo_precision) == (
        "Military Forces of the United States", "Jordan", 3, 4)


def test_who_backs_an_unnamed_group_does_not_name_it():
    [shelling] = eventwire.extract("Russian-backed separatists shelled Mariupol on Saturday, killing 30 civilians.",
                                   published="2015-01-26")
    assert shelling.actor1 == "Unidentified Armed Group (Ukraine)"


def test_tear_gas_fired_at_protesters_is_their_protest_and_its_dead_make_the_force_excessive():
    events = eventwire.extract("NAIROBI, Kenya — Police in Kenya fired tear gas and water cannon on Tuesday at thousands "
                               "of protesters who stormed parliament in Nairobi as lawmakers passed a contested finance "
                               "bill, and at least five people were shot dead, witnesses said.", published="2024-06-25")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Excessive force against protesters", "Nairobi", 5)]


def test_an_attack_by_no_one_named_that_defenders_repelled_is_the_unnamed_attackers():
    [clash] = eventwire.extract("Police repulsed an attack on a checkpoint in Bannu overnight, officials said.",
                                published="2022-12-02")
    assert (clash.actor1, clash.actor2) == ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")
    [clash] = eventwire.extract("The army said it foiled an attack on its base in Diffa on Friday.", published="2022-12-05")
    assert (clash.actor1, clash.actor2) == ("Unidentified Armed Group (Niger)", "Military Forces of Niger")


def test_explosives_a_drone_dropped_are_a_drone_strike_and_a_public_flogging_an_attack():
    [strike] = eventwire.extract("On 3 June 2023, an unidentified drone dropped explosives on a Wagner position near "
                                 "Bakhmut (Bakhmutskyi, Donetsk); casualties unknown.", published="2023-06-05")
    assert (strike.sub_event_type, strike.actor2, strike.location) == ("Air/drone strike", "Wagner Group", "Bakhmut")
    [flogging] = eventwire.extract("On 3 June 2023, the Taliban publicly flogged 12 people, including 3 women, in a "
                                   "stadium in Charikar (Charikar, Parwan) for alleged moral crimes.", published="2023-06-05")
    assert (flogging.sub_event_type, flogging.actor2) == ("Attack", "Civilians (Afghanistan)")


def test_a_strike_told_after_another_doers_strike_elsewhere_is_an_event_of_its_own():
    events = eventwire.extract("Israeli jets bombed Hamas positions in Gaza on Sunday after rockets were fired into "
                               "Israel.", published="2023-03-08")
    assert [(e.actor1, e.location, e.event_date) for e in events] == [("Military Forces of Israel", "Gaza", "2023-03-05")]
    [strike] = eventwire.extract("Israeli aircraft struck targets in the Gaza Strip early on Tuesday after militants fired "
                                 "rockets into southern Israel.", published="2023-03-08")
    assert (strike.actor1, strike.country) == ("Military Forces of Israel", "Palestine")


def test_a_town_retaken_is_territory_regained():
    [retaking] = eventwire.extract("Burkinabe troops retook the town of Djibo from jihadists on Monday after two days of "
                                   "fighting, the army said.", published="2023-03-08")
    assert (retaking.sub_event_type, retaking.actor1, retaking.location) == (
        "Government regains territory", "Military Forces of Burkina Faso", "Djibo")


def test_a_day_the_parser_hung_on_a_participle_describing_the_victims_dates_the_act():
    [lynching] = eventwire.extract("A mob lynched two men accused of witchcraft in the village of Kaloleni in Kilifi county "
                                   "on Tuesday, police said.", published="2023-03-08")
    assert (lynching.sub_event_type, lynching.event_date, lynching.fatalities) == ("Mob violence", "2023-03-07", 2)


def test_an_event_told_as_planned_or_upcoming_has_not_happened():
    [arrest] = eventwire.extract("Police in Dhaka arrested 12 opposition activists on Monday ahead of a planned rally by the "
                                 "Bangladesh Nationalist Party.", published="2023-03-08")
    assert (arrest.sub_event_type, arrest.actor1) == ("Arrests", "Police Forces of Bangladesh")
    assert eventwire.extract("Leaders of both countries are preparing for an upcoming summit in Geneva.",
                             published="2023-03-08") == []


def test_protests_across_part_of_a_country_are_coded_there():
    [protest] = eventwire.extract("Thousands of farmers blocked highways with tractors across northern France on Monday in "
                                  "protest against falling prices.", published="2023-03-08")
    assert (protest.event_type, protest.country) == ("Protests", "France")


def test_militants_no_one_names_killed_by_troops_fell_in_a_battle():
    [battle] = eventwire.extract("The Pakistani army said on Wednesday it had killed seven militants in an "
                                 "intelligence-based operation in North Waziristan.", published="2023-03-08")
    assert (battle.sub_event_type, battle.actor2, battle.fatalities) == (
        "Armed clash", "Unidentified Armed Group (Pakistan)", 7)


def test_a_group_that_denied_involvement_is_not_made_the_bomber_by_anothers_blame():
    [bombing, accusation] = eventwire.extract(
        "A series of bombs exploded outside a girls' school in Kabul on Saturday, killing at least 55 people, officials "
        "said.\n\nNo group immediately claimed responsibility. The Taliban denied involvement and condemned the attack. "
        "President Ashraf Ghani blamed the Taliban.", published="2021-05-09")
    assert bombing.actor1 == "Unidentified Armed Group (Afghanistan)"
    assert (accusation.plover, accusation.actor2) == ("ACCUSE", "Taliban")


def test_a_withdrawal_told_as_the_frame_of_a_bombing_is_neither_its_doer_nor_an_event():
    [bombing] = eventwire.extract(
        "A roadside bomb hit a bus in Zabul province on Sunday, killing 11 passengers and wounding 28, provincial officials "
        "said.\n\nThe violence comes as the United States is withdrawing its remaining troops from Afghanistan.",
        published="2021-05-09")
    assert (bombing.actor1, bombing.fatalities, bombing.injuries) == ("Unidentified Armed Group (Afghanistan)", 11, 28)


def test_chanting_slogans_is_a_protest_at_the_site_it_names():
    [protest] = eventwire.extract("Students chanted anti-government slogans at Tehran University on Monday.",
                                  published="2021-05-10")
    assert (protest.sub_event_type, protest.actor1, protest.location) == ("Peaceful protest", "Protesters (Iran)", "Tehran")


def test_a_response_with_fire_is_its_subjects_and_a_post_of_a_people_is_in_their_country():
    raid, response = eventwire.extract("Hezbollah fired anti-tank missiles at an Israeli army post near Metula on Monday, and "
                                       "Israel responded with artillery fire on southern Lebanon.", published="2023-10-17")
    assert (raid.actor1, raid.country, raid.location) == ("Hezbollah", "Israel", "Metula")
    assert (response.actor1, response.country) == ("Military Forces of Israel", "Lebanon")


def test_fighting_that_resumed_elsewhere_the_next_day_is_between_the_same_sides():
    events = eventwire.extract("Clashes between rival armed groups in Tripoli on 14 August 2022 killed at least 12 people "
                               "and wounded 40. The following day, fighting resumed in the Ain Zara district.",
                               published="2022-08-16")
    assert [(e.event_date, e.location, e.actor1, e.actor2) for e in events] == [
        ("2022-08-14", "Tripoli", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)"),
        ("2022-08-15", "Ain Zara", "Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")]
    [shelling] = eventwire.extract("Shells fired by M23 rebels slammed into the town of Sake on Tuesday, killing three "
                                   "civilians, as fighting crept closer to the provincial capital, Goma.",
                                   published="2024-02-14")
    assert shelling.location == "Sake"  # the fighting creeping closer is the setting, not an event at Goma


def test_an_attack_told_as_what_troops_answered_is_the_attackers_with_its_own_toll():
    attack, battle = sorted(eventwire.extract(
        "Ugandan troops killed 20 ADF rebels after the group attacked a secondary school in Mpondwe on Friday night, "
        "killing 41 people, most of them students, army spokesman Felix Kulayigye said.", published="2023-06-17"),
        key=lambda e: e.event_type != "Violence against civilians")
    assert (attack.actor1, attack.actor2, attack.fatalities, attack.event_date) == (
        "ADF: Allied Democratic Forces", "Civilians (Uganda)", 41, "2023-06-16")
    assert (battle.event_type, battle.actor1, battle.fatalities) == ("Battles", "Military Forces of Uganda", 20)


def test_a_shooting_at_a_store_and_a_group_that_denied_a_bombing():
    [shooting] = eventwire.extract("A gunman opened fire at a Walmart store in El Paso, Texas, on Saturday, killing 20 "
                                   "people and wounding 26 others.", published="2019-08-05")
    assert shooting.actor2 == "Civilians (United States)"
    bombing, accusation = eventwire.extract("A bomb tore through a busy pedestrian street in central Istanbul on Sunday "
                                            "afternoon, killing six people and wounding 81. Turkish authorities blamed the "
                                            "PKK, which denied responsibility.", published="2022-11-15")
    assert bombing.actor1 == "Unidentified Armed Group (Turkey)"
    assert (accusation.plover, accusation.actor1, accusation.actor2) == (
        "ACCUSE", "Government of Turkey", "PKK: Kurdistan Workers Party")


def test_a_siege_told_in_a_gtd_note_keeps_its_day_town_and_dead():
    [siege] = eventwire.extract("07/01/2016: Gunmen stormed the Holey Artisan Bakery in Dhaka's Gulshan neighbourhood, "
                                "taking dozens of hostages. Twenty hostages and two police officers were killed before "
                                "commandos ended the siege the following morning.", published="2016-07-04")
    assert (siege.event_date, siege.country, siege.actor1, siege.fatalities) == (
        "2016-07-01", "Bangladesh", "Unidentified Armed Group (Bangladesh)", 22)  # Gulshan is no district of Iran here


def test_weeks_of_protests_are_the_setting_of_a_resignation_not_one_protest():
    events = eventwire.extract("Bangladesh's Prime Minister Sheikh Hasina resigned and fled the country on Monday after "
                               "weeks of protests in which some 300 people were killed.", published="2024-08-06")
    assert [e.plover for e in events] == ["RETREAT"]


def test_two_peoples_forces_that_clashed_are_each_others_counterpart_whatever_else_follows():
    [clash] = eventwire.extract("Azerbaijani and Armenian forces clashed along the line of contact on Sunday, with both "
                                "sides reporting military and civilian casualties.", published="2020-09-28")
    assert (clash.actor1, clash.actor2) == ("Military Forces of Azerbaijan", "Military Forces of Armenia")


def test_a_warning_is_aimed_at_the_country_whose_act_its_complement_names():
    [warning] = eventwire.extract("North Korea warned on Wednesday that it would respond to any U.S. nuclear deployment "
                                  "with overwhelming force.", published="2023-04-27")
    assert (warning.plover, warning.actor1, warning.actor2) == (
        "THREATEN", "Government of North Korea", "Government of the United States")


def test_a_killing_denied_by_its_subject_is_no_event_and_no_one_is_no_party():
    [strike] = eventwire.extract("The U.S. Africa Command said on Tuesday that it had carried out an airstrike against "
                                 "al-Shabab fighters near Jilib on Sunday, killing two militants. It said no civilians were "
                                 "hurt or killed in the strike.", published="2019-07-23")
    assert (strike.actor1, strike.fatalities) == ("Military Forces of the United States", 2)


def test_verbs_joined_by_and_share_the_day_told_on_the_last():
    [riot] = eventwire.extract("A mob of several thousand people ransacked and set fire to at least 21 churches in "
                               "Jaranwala on Wednesday.", published="2023-08-17")
    assert (riot.event_type, riot.event_date) == ("Riots", "2023-08-16")


def test_a_protest_noun_telling_how_a_crowd_took_to_the_streets_is_the_same_protest():
    events = eventwire.extract("On 11 July 2021, thousands of Cubans took to the streets of Havana (Havana, La Habana) in "
                               "rare anti-government protests; police detained dozens.", published="2021-07-12")
    assert [(e.sub_event_type, e.location) for e in events] == [("Protest with intervention", "Havana")]


def test_deaths_an_accident_caused_are_no_event_and_no_other_events_toll():
    assert eventwire.extract("A Yeti Airlines plane crashed near Pokhara on Sunday, killing all 72 people on board.",
                             published="2023-01-16") == []
    [riot] = eventwire.extract("Anti-government protesters clashed with riot police in Belgrade on Tuesday night, hurling "
                               "bottles at officers. The protest movement began after the concrete canopy of the Novi Sad "
                               "railway station collapsed in November, killing 16 people.", published="2025-07-02")
    assert (riot.event_type, riot.fatalities) == ("Riots", None)


def test_an_act_told_as_the_point_since_which_something_is_measured_is_background():
    events = eventwire.extract("Security forces fired live ammunition at protesters in Khartoum on Wednesday, killing at "
                               "least 15, medics said. The protests were the largest since General Abdel Fattah al-Burhan "
                               "detained Prime Minister Abdalla Hamdok on Oct. 25.", published="2021-11-18")
    assert [e.event_date for e in events] == ["2021-11-17"]


def test_missiles_fired_in_drills_show_force_and_hit_no_one():
    [drill] = eventwire.extract("The People's Liberation Army fired 11 ballistic missiles into six zones surrounding "
                                "Taiwan on Thursday, Taiwan's Defence Ministry said, in drills that Beijing said would "
                                "last until Sunday.", published="2022-08-05")
    assert (drill.plover, drill.event_type, drill.actor1) == ("MOBILIZE", None, "Military Forces of China")


def test_a_drill_told_in_a_clause_of_its_own_leaves_the_shelling_an_attack():
    events = eventwire.extract("Israeli tanks shelled Beit Hanoun on Monday, days after Hamas held a military exercise "
                               "near the border fence.", published="2023-04-11")
    assert ("Shelling/artillery/missile attack", "Military Forces of Israel") in [
        (e.sub_event_type, e.actor1) for e in events]


def test_military_drills_are_a_show_of_force_by_whoever_holds_them():
    [drill] = eventwire.extract("Three days after President Lai took office, China conducted military drills encircling "
                                "Taiwan.", published="2024-05-24")
    assert drill.plover == "MOBILIZE" and drill.actor1 != "Military Forces of Taiwan"


def test_lowercase_words_the_tagger_took_for_a_place_name_are_no_place():
    [launch] = eventwire.extract("North Korea fired a barrage of cruise missiles off its west coast on Sunday, the latest "
                                 "in a series of weapons tests.", published="2023-04-10")
    assert (launch.plover, launch.actor1) == ("MOBILIZE", "Military Forces of North Korea")
    assert launch.country in (None, "North Korea")  # not the West region of Cameroon


def test_a_group_saying_it_carried_out_the_attack_claims_it():
    events = eventwire.extract("Two suicide bombers blew themselves up near a police station in Beledweyne on Sunday, "
                               "killing four officers, a police commander said. Al-Shabaab said it carried out the "
                               "attack.", published="2021-11-30")
    assert [(e.sub_event_type, e.actor1, e.location) for e in events] == [("Suicide bomb", "Al Shabaab", "Beledweyne")]


def test_an_attack_carried_out_elsewhere_is_no_claim_of_the_one_before():
    events = eventwire.extract("Two suicide bombers blew themselves up near a police station in Beledweyne on Sunday, "
                               "killing four officers, a police commander said. Al-Shabaab fighters carried out an "
                               "attack on a base in Jowhar on Monday.", published="2021-11-30")
    assert {e.location for e in events} == {"Beledweyne", "Jawhar"}


def test_bases_hosting_troops_are_told_of_not_a_meeting():
    events = eventwire.extract("Iran fired more than a dozen ballistic missiles at two Iraqi bases hosting U.S. troops "
                               "early Wednesday, the Pentagon said.", published="2020-01-08")
    assert [(e.plover, e.actor1) for e in events] == [("ASSAULT", "Military Forces of Iran")]


def test_a_war_told_as_lasting_years_and_its_thousands_of_dead_are_context():
    text = ("Al-Shabaab militants attacked a military base near Jowhar on Tuesday, killing at least 12 soldiers, a "
            "military official said.\n\nThe attack came a day after Somalia's president visited troops in the region "
            "and vowed to defeat the extremists.\n\nThe United States military said Wednesday it carried out an "
            "airstrike near Jilib on Sunday that killed two al-Shabaab fighters.\n\nAl-Shabaab has fought for more "
            "than 15 years to topple Somalia's government. Its attacks have killed thousands of people.")
    events = eventwire.extract(text, published="2022-12-07")
    assert all(e.fatalities is None or e.fatalities < 1000 for e in events)
    assert ("Al Shabaab", 12) in [(e.actor1, e.fatalities) for e in events]


def test_a_president_visiting_his_own_troops_holds_no_talks():
    events = eventwire.extract("Somalia's president, Hassan Sheikh Mohamud, visited troops in Beledweyne on Monday and "
                               "vowed to defeat al-Shabaab by the end of the year.", published="2022-12-07")
    assert "CONSULT" not in [e.plover for e in events]


def test_a_year_naming_a_war_dates_no_act_and_students_fighting_police_riot():
    [riot] = eventwire.extract("The students, who want an end to quotas for relatives of veterans of the 1971 "
                               "independence war, clashed with police in Rajshahi on Thursday.", published="2024-07-19")
    assert (riot.event_type, riot.actor1, riot.actor2, str(riot.event_date)) == (
        "Riots", "Rioters (Bangladesh)", "Police Forces of Bangladesh", "2024-07-18")


def test_a_toll_told_across_the_country_leaves_the_intervention_in_one_city():
    [protest] = eventwire.extract("Police fired rubber bullets and tear gas at thousands of students who blocked "
                                  "highways in Dhaka on Thursday, leaving at least 25 people dead across the country.",
                                  published="2024-07-19")
    assert (protest.sub_event_type, protest.actor2, protest.location) == (
        "Protest with intervention", "Police Forces of Bangladesh", "Dhaka")


def test_being_ready_to_hold_talks_is_no_talks():
    events = eventwire.extract("Law Minister Anisul Huq said on Thursday the government was ready to hold talks with "
                               "the protesting students.", published="2024-07-19")
    assert "CONSULT" not in [e.plover for e in events]


def test_an_attack_an_official_reports_in_a_named_region_past_the_lede_is_news():
    text = ("Russia launched 120 drones and 10 missiles at Ukraine overnight, killing four people in the southern city "
            "of Odesa, Ukrainian officials said on Saturday.\n\nUkraine's air force said its air defences shot down 98 "
            "of the drones.\n\nSeparately, Ukrainian drones attacked an oil depot in Russia's Bryansk region, starting "
            "a fire, the regional governor said.")
    events = eventwire.extract(text, published="2024-11-30")
    assert ("Military Forces of Ukraine", "Russia") in [(e.actor1, e.country) for e in events if e.plover == "ASSAULT"]


def test_a_condemnation_is_aimed_at_the_doer_of_the_latest_such_act_whose_doer_is_known():
    text = ("Myanmar's military carried out an air strike on a village in Sagaing region on Tuesday, killing at least "
            "50 people, witnesses said.\n\nA fighter jet dropped bombs on the crowd in Pazigyi village, a witness said."
            "\n\nThe United States condemned the strike.")
    events = eventwire.extract(text, published="2023-04-12")
    assert ("ACCUSE", "Government of the United States", "Military Forces of Myanmar") in [
        (e.plover, e.actor1, e.actor2) for e in events]


def test_a_national_strike_is_a_protest_not_an_air_strike():
    [protest] = eventwire.extract("On 3 May 2021, police killed 5 demonstrators in Cali (Valle del Cauca, Colombia) "
                                  "during the national strike.", published="2021-05-04")
    assert (protest.event_type, protest.fatalities) == ("Protests", 5)


@pytest.mark.parametrize("text", [
    "Teachers in Nairobi began a strike on Monday to demand higher pay.",
    "A strike by doctors paralysed hospitals across Lagos on Monday.",
    "Thousands of workers joined the strike in Buenos Aires on Monday.",
])
def test_a_strike_by_workers_is_a_walkout_not_an_air_strike(text):
    [protest] = eventwire.extract(text, published="2024-02-06")
    assert (protest.event_type, protest.sub_event_type) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "A bus plunged into a ravine in northern Pakistan on Monday, killing 20 passengers.",
    "A cholera outbreak has killed 45 people in Zambia's capital Lusaka since October.",
    "Forest fires raging in central Chile killed at least 99 people on Sunday.",
    "More than 150 people were killed in a crowd crush during Halloween festivities in Seoul on Saturday night.",
    "Five people were killed by lightning in Bihar on Monday.",
])
def test_deaths_a_disaster_disease_or_accident_caused_are_no_event(text):
    assert eventwire.extract(text, published="2024-02-06") == []


def test_houses_burned_are_property_destroyed():
    [burning] = eventwire.extract("On 2 March 2022, Al Shabaab militants burned 12 houses in Beled Hawo (Gedo, "
                                  "Somalia).", published="2022-03-03")
    assert (burning.sub_event_type, burning.actor1, burning.location) == (
        "Looting/property destruction", "Al Shabaab", "Beled Hawo")


def test_burning_fuel_is_no_event():
    assert eventwire.extract("The power station burned 200 tonnes of fuel in Mogadishu on Wednesday.",
                             published="2022-03-03") == []


def test_an_act_under_a_date_heading_is_no_description():
    [bombing] = eventwire.extract("07/03/2016: An explosives-laden vehicle detonated in Karrada neighborhood, Baghdad "
                                  "city, Baghdad governorate, Iraq. At least 340 people were killed. The Islamic State "
                                  "of Iraq and the Levant (ISIL) claimed responsibility for the incident.",
                                  published="2016-07-04")
    assert (bombing.actor1, bombing.country, bombing.fatalities, str(bombing.event_date)) == (
        "Islamic State", "Iraq", 340, "2016-07-03")


def test_missiles_fired_into_the_sea_show_force():
    [launch] = eventwire.extract("North Korea fired two ballistic missiles into the sea on Thursday, Japan's defence "
                                 "ministry said.", published="2024-05-09")
    assert (launch.plover, launch.event_type, launch.actor1) == ("MOBILIZE", None, "Military Forces of North Korea")


def test_the_dead_of_an_attack_told_in_the_passive_are_an_event():
    [attack] = eventwire.extract("Five people were killed by gunmen during a storm in Bihar on Monday.",
                                 published="2021-07-20")
    assert (attack.sub_event_type, attack.fatalities) == ("Attack", 5)


@pytest.mark.parametrize("text, published, place", [
    ("A man drove a 19-tonne truck into a crowd watching fireworks on the Promenade des Anglais in Nice late on "
     "Thursday, killing 84 people.", "2016-07-15", "Nice"),
    ("A man drove a car into pedestrians on Westminster Bridge in London on Wednesday, killing four people.",
     "2017-03-23", "London"),
])
def test_one_person_who_kills_is_an_unnamed_attacker_not_a_mob(text, published, place):
    attack = only(eventwire.extract(text, published=published), location=place)
    assert (attack.event_type, attack.sub_event_type) == ("Violence against civilians", "Attack")
    assert attack.actor1.startswith("Unidentified Armed Group") and attack.actor1_inter == 3


def test_a_crowd_that_kills_is_still_a_mob():
    [lynching] = eventwire.extract("A crowd of villagers beat two suspected thieves to death near Kano on Sunday.",
                                   published="2023-08-09")
    assert (lynching.sub_event_type, lynching.actor1) == ("Mob violence", "Rioters (Nigeria)")


@pytest.mark.parametrize("text, published, country", [
    ("Special forces soldiers overthrew President Alpha Conde in Conakry on Sunday after hours of heavy gunfire.",
     "2021-09-06", "Guinea"),
    ("Sudan's army overthrew President Omar al-Bashir on Thursday after months of protests.", "2019-04-12", "Sudan"),
])
def test_a_coup_is_a_strategic_development_in_the_country_taken(text, published, country):
    [coup] = eventwire.extract(text, published=published)
    assert (coup.event_type, coup.sub_event_type, coup.plover, coup.country) == (
        "Strategic developments", "Other", "COERCE", country)
    assert coup.actor1.startswith("Military Forces of") and coup.actor2.startswith("Government of")


def test_a_coup_told_with_its_detentions_is_an_arrest_not_territory_taken():
    [coup] = eventwire.extract("Soldiers seized power in Niger on Wednesday, detaining President Mohamed Bazoum in "
                               "the presidential palace in Niamey.", published="2023-07-27")
    assert (coup.sub_event_type, coup.actor1, coup.actor2, coup.location) == (
        "Arrests", "Military Forces of Niger", "Government of Niger", "Niamey")


@pytest.mark.parametrize("text, place", [
    ("Hundreds of farmers blocked the Pan-American Highway near Popayan on Monday to demand government support for "
     "crop substitution.", "Popayan"),
    ("Hundreds of truck drivers blocked the main road into Lima on Monday to protest fuel prices.", "Lima"),
    ("Farmers blocked roads with tractors in Brussels on Monday in protest against EU trade policy.", "Brussels"),
])
def test_people_who_block_a_road_to_press_a_demand_are_protesting(text, place):
    [protest] = eventwire.extract(text, published="2023-09-27")
    assert (protest.event_type, protest.actor1_inter) == ("Protests", 6)
    assert protest.location.replace("á", "a") == place


def test_people_who_block_a_road_for_no_demand_make_no_protest():
    assert eventwire.extract("Gunmen blocked the road near Kasese on Monday to rob travellers.",
                             published="2023-09-27") == []


def test_a_local_party_leader_shot_dead_is_a_civilian_not_the_army():
    [attack] = eventwire.extract("Gunmen on motorcycles shot dead a local leader of the ruling party in the southwestern "
                                 "city of Quetta on Wednesday, police said.", published="2023-08-18")
    assert (attack.sub_event_type, attack.actor2, attack.fatalities) == ("Attack", "Civilians (Pakistan)", 1)


def test_a_day_earlier_counts_back_from_the_event_told_before():
    events = eventwire.extract("Gunmen killed three policemen in Bannu on Tuesday. A day earlier, soldiers raided a "
                               "hideout in Lakki Marwat, killing four militants.", published="2023-08-18")
    assert str(only(events, actor1="Military Forces of Pakistan").event_date) == "2023-08-14"


def test_the_raiders_own_dead_told_apart_add_to_the_battle_s_toll():
    [raid] = eventwire.extract("Soldiers raided a militant hideout in Khyber on Tuesday, killing six insurgents in an "
                               "exchange of fire. Two soldiers were also killed.", published="2023-08-18")
    assert (raid.event_type, raid.fatalities) == ("Battles", 8)


def test_a_thing_written_with_its_owner_s_name_is_no_named_actor():
    [strike] = eventwire.extract("Russian drones struck Ukraine's energy infrastructure in the Kharkiv region "
                                 "overnight, officials said.", published="2024-09-06")
    assert (strike.sub_event_type, strike.actor1, strike.actor2) == ("Air/drone strike", "Military Forces of Russia", None)


def test_a_country_named_as_the_passive_s_doer_is_not_where_it_happened():
    [downing] = eventwire.extract("Ukraine's air force said it shot down 38 of 46 drones launched by Russia overnight.",
                                  published="2024-09-06")
    assert (downing.sub_event_type, downing.actor1, downing.country) == (
        "Disrupted weapons use", "Military Forces of Ukraine", "Ukraine")


def test_an_armed_group_s_attack_told_with_no_place_is_in_its_home_country():
    [ambush] = eventwire.extract("Al-Shabaab fighters ambushed an army convoy on Tuesday, killing five soldiers.",
                                 published="2024-05-01")
    assert (ambush.actor1, ambush.country, ambush.geo_precision) == ("Al Shabaab", "Somalia", 4)


def test_force_used_on_a_crowd_told_right_after_its_rally_is_that_protest_s_intervention():
    [protest] = eventwire.extract("Thousands of Israelis rallied in Tel Aviv on Saturday night to demand a deal to free "
                                  "the hostages. Police used water cannon against protesters who blocked the Ayalon "
                                  "highway, and 15 people were detained.", published="2024-08-22")
    assert (protest.sub_event_type, protest.actor1, protest.actor2, protest.location) == (
        "Protest with intervention", "Protesters (Israel)", "Police Forces of Israel", "Tel Aviv")


def test_rockets_told_by_the_dozen_are_fired_by_the_subject():
    events = eventwire.extract("Israeli air strikes killed at least 22 people in southern Lebanon on Wednesday, as "
                               "Hezbollah fired dozens of rockets at northern Israel.", published="2024-08-22")
    assert only(events, sub_event_type="Shelling/artillery/missile attack").actor1 == "Hezbollah"


def test_a_later_account_with_a_town_places_the_barrage_the_lede_told():
    text = ("BEIRUT (Reuters) - Israeli air strikes killed at least 22 people in southern Lebanon on Wednesday, "
            "Lebanon's health ministry said, as Hezbollah fired dozens of rockets at northern Israel in the heaviest "
            "exchange in weeks.\n\nThe strikes hit the villages of Aitaroun and Bint Jbeil, the ministry said, adding "
            "that 35 people were wounded. Among the dead were three paramedics.\n\nHezbollah said in a statement that "
            "it had targeted an Israeli military base near Kiryat Shmona with a barrage of Katyusha rockets in "
            "response. The Israeli military said most of the rockets were intercepted and no injuries were reported.")
    [barrage] = [e for e in eventwire.extract(text, published="2024-08-22") if e.actor2 != "Civilians (Lebanon)"]
    assert (barrage.actor1, str(barrage.event_date), barrage.admin1, barrage.country) == (
        "Hezbollah", "2024-08-21", "Ash Shamali", "Israel")


@pytest.mark.parametrize("day_word", ["the previous day", "a day earlier"])
def test_a_day_before_a_statement_counts_from_the_statement_even_after_another_event(day_word):
    events = eventwire.extract("Gunmen killed three policemen in Bannu on Tuesday. The army said on Thursday it had "
                               f"killed four militants in Lakki Marwat {day_word}.", published="2023-08-18")
    assert str(only(events, actor1="Military Forces of Pakistan").event_date) == "2023-08-16"


def test_the_account_after_a_lede_told_by_its_report_day_is_the_lede_s_event_on_its_own_day():
    text = ("BAMAKO, Mali (AFP) - Jihadists killed at least 40 civilians in an attack on two villages in central Mali's "
            "Mopti region, local officials said on Thursday.\n\nGunmen on motorcycles stormed the villages of "
            "Djiguibombo and Ogodengou on Tuesday evening, opening fire on residents, a local official said.")
    [attack] = eventwire.extract(text, published="2024-07-05")
    assert (str(attack.event_date), attack.admin1, attack.fatalities) == ("2024-07-02", "Mopti", 40)


def test_a_word_that_names_no_country_is_no_state_s_army():
    [attack] = eventwire.extract("BAMAKO, Mali (AFP) - Jihadists killed at least 40 civilians in central Mali's Mopti "
                                 "region, local officials said on Thursday.", published="2024-07-05")
    # "the jihadists" are the Islamic State only in Syria and Iraq; in Mali the words name no one group
    assert attack.actor1 == "Unidentified Armed Group (Mali)"


def test_militants_an_army_neutralised_are_its_dead_in_a_battle():
    [clash] = eventwire.extract("Troops neutralised 12 terrorists during a clearance operation near Damboa in Borno "
                                "State on Monday, the army said.", published="2024-07-05")
    assert (clash.sub_event_type, clash.actor1, clash.fatalities) == ("Armed clash", "Military Forces of Nigeria", 12)


def test_drones_neutralised_are_weapons_downed_not_the_dead():
    [downing] = eventwire.extract("Ukrainian air defences neutralised four drones over Kyiv overnight, the air force "
                                  "said.", published="2024-07-05")
    assert (downing.sub_event_type, downing.fatalities) == ("Disrupted weapons use", None)


@pytest.mark.parametrize("text", [
    "President Daniel Noboa signed a decree ordering the armed forces to neutralise 22 criminal gangs in Guayaquil "
    "on Tuesday.",
    "The president ordered troops to attack rebel positions near Goma on Tuesday.",
])
def test_what_forces_are_ordered_to_do_has_not_happened(text):
    assert eventwire.extract(text, published="2024-01-10") == []


def test_the_group_named_after_an_attack_by_gunmen_did_it_and_the_gang_s_arson_is_part_of_it():
    [attack] = eventwire.extract("Gunmen attacked the town of Pont-Sonde on Thursday, killing at least 70 people. The "
                                 "attack by the Gran Grif gang also wounded 16 people. The gang set fire to at least 45 "
                                 "homes, the UN said.", published="2024-10-04")
    assert (attack.sub_event_type, attack.location, attack.fatalities, attack.injuries) == ("Attack", "Pont-Sonde", 70, 16)
    assert attack.actor1 == "Viv Ansanm"  # the registry's coalition of Port-au-Prince gangs, Gran Grif among them


def test_a_rally_armed_men_struck_is_where_the_bombing_was_not_a_protest():
    [bombing] = eventwire.extract("On 13 July 2018, a suicide bomber blew himself up at an election rally in Mastung "
                                  "(Balochistan), killing 128 people. Fatalities: 128.", published="2018-07-14")
    assert (bombing.sub_event_type, bombing.actor2, bombing.fatalities) == ("Suicide bomb", "Civilians (Pakistan)", 128)


def test_an_arrest_a_crowd_demands_undone_is_no_intervention_in_its_protest():
    [sit_in] = eventwire.extract("On 1 March 2022, around 300 students staged a peaceful sit-in outside the Ministry of "
                                 "Education in Khartoum (Khartoum) to demand the release of detained colleagues. "
                                 "Fatalities: 0.", published="2022-03-02")
    assert (sit_in.sub_event_type, sit_in.actor1) == ("Peaceful protest", "Protesters (Sudan)")


def test_the_village_named_after_a_lede_s_village_near_a_town_is_that_village():
    text = ("MAIDUGURI, Nigeria (Reuters) - Boko Haram insurgents killed at least 15 farmers in an attack on a village "
            "near Maiduguri in northeastern Nigeria's Borno state on Saturday, residents said.\n\nThe militants arrived "
            "on motorcycles and opened fire on farmers working in rice fields in Zabarmari, said a local militia leader.")
    [attack] = eventwire.extract(text, published="2024-11-24")
    assert (attack.location, attack.geo_precision, attack.fatalities, attack.actor1) == ("Zabarmari", 1, 15, "Boko Haram")


def test_an_office_of_a_country_the_registry_lacks_is_a_named_actor():
    [request] = eventwire.extract("Zembla's foreign minister urged Ruritania on Monday to respond to proposals on trade.",
                                  published="1995-01-19")
    assert (request.plover, request.actor1) == ("REQUEST", "Zembla's foreign minister")


def test_a_raid_is_an_attack_on_the_place_raided_but_a_police_raid_that_hurt_no_one_is_its_arrest():
    [raid] = eventwire.extract("On 9 May 2021, bandits raided Kaura Namoda (Zamfara, Nigeria), killing four villagers.",
                               published="2021-05-11")
    assert (raid.sub_event_type, raid.location, raid.fatalities) == ("Attack", "Kaura Namoda", 4)
    [arrest] = eventwire.extract("Police raided the headquarters of the Forum for Democratic Change in Kampala on Tuesday "
                                 "and detained its spokesman Ibrahim Semujju, the party said.", published="2022-06-08")
    assert (arrest.sub_event_type, arrest.actor1, arrest.location) == ("Arrests", "Police Forces of Uganda", "Kampala")


def test_killings_told_with_the_raid_they_were_done_in_take_the_raid_s_day_not_the_day_they_were_told():
    [attack] = eventwire.extract("Members of a gang killed at least seven people when they raided a village near "
                                 "Mirebalais last week, officials said on Monday.", published="2024-11-20")
    assert (attack.fatalities, attack.event_date, attack.date_precision) == (7, "2024-11-14", "week")


def test_a_trigger_word_hyphened_into_a_modifier_is_no_event():
    [raid] = eventwire.extract("Troops raiding a suspected rebel camp near Orlu on Sunday killed five militants and "
                               "recovered bomb-making materials, an army spokesman said.", published="2021-05-25")
    assert (raid.event_type, raid.sub_event_type, raid.fatalities) == ("Battles", "Armed clash", 5)


def test_protests_gone_by_told_as_a_whole_are_no_event_of_their_own():
    events = eventwire.extract("Masked police detained the activist Maria Kalesnikava in Minsk on Monday. The interior "
                               "ministry said she had been detained for breaking public order rules during recent protests.",
                               published="2020-09-08")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Arrests", "Police Forces of Belarus")]


def test_what_people_are_arrested_on_suspicion_of_is_a_charge_not_an_event():
    events = eventwire.extract("Police in Bamako arrested four men on Sunday on suspicion of organising protests against "
                               "the transitional government.", published="2022-05-17")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Arrests", "Civilians (Mali)")]


def test_drones_launched_at_a_city_the_tagger_took_into_a_time_strike_that_city():
    [strike] = eventwire.extract("Russia launched 40 drones at Kyiv overnight, officials said on Tuesday.",
                                 published="2024-05-14")
    assert (strike.sub_event_type, strike.actor1, strike.location, strike.event_date) == (
        "Air/drone strike", "Military Forces of Russia", "Kyiv", "2024-05-13")


def test_a_missile_fired_and_intercepted_in_one_breath_is_one_disrupted_weapons_use():
    [stopped] = eventwire.extract("Houthi forces fired a ballistic missile at Marib city on Tuesday, but it was "
                                  "intercepted by Saudi-led coalition air defences, the coalition said.",
                                  published="2022-03-10")
    assert (stopped.sub_event_type, stopped.actor1, stopped.actor2, stopped.event_date) == (
        "Disrupted weapons use", "Military Forces of Saudi Arabia", "Houthi Movement", "2022-03-08")


def test_weapons_shot_down_are_no_dead_of_the_killing_told_after_them():
    events = eventwire.extract("Russia launched 40 drones at Kyiv overnight; air defences shot down 35 of them, but "
                               "debris killed two people in the Darnytskyi district, officials said on Tuesday.",
                               published="2024-05-14")
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert (strike.fatalities, strike.actor2) == (2, "Civilians (Ukraine)")


def test_people_abducted_and_killed_in_the_passive_are_the_victims_not_the_doers():
    [abduction] = eventwire.extract("Four farmers were abducted and killed in Zamfara on Monday.", published="2022-03-10")
    assert (abduction.actor1, abduction.actor2, abduction.fatalities) == (
        "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 4)


def test_doers_told_again_with_the_in_the_next_sentence_tell_how_the_attack_went():
    events = eventwire.extract("Jihadists killed at least 18 farmers near the village of Kwatandashi in Borno state on "
                               "Thursday, residents said. The gunmen arrived on motorcycles and rounded up the farmers "
                               "before slitting their throats.", published="2024-06-14")
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [("Attack", "Kwatandashi", 18)]


def test_unnamed_armed_men_who_round_people_up_abduct_them():
    [seizure] = eventwire.extract("On 3 May 2021, gunmen rounded up 12 traders at a checkpoint near Monguno (Borno, "
                                  "Nigeria).", published="2021-05-05")
    assert (seizure.sub_event_type, seizure.actor1, seizure.actor2) == (
        "Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_a_crowd_that_tried_to_occupy_a_runway_protested_there():
    [protest] = eventwire.extract("In Arequipa, hundreds of protesters tried to occupy the airport runway on Tuesday, "
                                  "forcing it to close. Police used tear gas to push them back.", published="2022-12-14")
    assert (protest.sub_event_type, protest.actor1, protest.location) == (
        "Protest with intervention", "Protesters (Peru)", "Arequipa")


def test_clashes_told_with_no_doer_after_demonstrators_set_fire_are_their_riot():
    [riot] = eventwire.extract("Demonstrators blocked highways on Monday and set fire to a police station in the "
                               "Peruvian city of Andahuaylas, according to the ombudsman's office, which said 16 police "
                               "officers were injured in the clashes.", published="2022-12-13")
    assert (riot.event_type, riot.sub_event_type, riot.actor1, riot.location) == (
        "Riots", "Violent demonstration", "Rioters (Peru)", "Andahuaylas")


def test_militants_told_after_a_charge_are_not_the_group_the_charge_named():
    events = eventwire.extract("Pakistan accuses Afghanistan's Taliban rulers of sheltering TTP militants, a charge Kabul "
                               "denies.\n\nSeparately, security forces killed six militants in a raid on a hideout in "
                               "North Waziristan on Saturday night, the military's media wing said on Sunday.",
                               published="2024-03-10")
    raid = next(e for e in events if e.fatalities == 6)
    assert (raid.actor1, raid.actor2) == ("Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)")


def test_fire_aimed_at_a_base_strikes_its_forces_but_fire_at_a_town_strikes_the_town():
    [rockets] = eventwire.extract("Hezbollah said it fired dozens of Katyusha rockets at an Israeli army base in Kiryat "
                                  "Shmona on Tuesday.", published="2024-02-14")
    assert (rockets.actor1, rockets.actor2) == ("Hezbollah", "Military Forces of Israel")
    [shooting] = eventwire.extract("Gunmen opened fire at Kano on Monday, killing three people.", published="2023-02-14")
    assert (shooting.actor2, shooting.location) == ("Civilians (Nigeria)", "Kano")
