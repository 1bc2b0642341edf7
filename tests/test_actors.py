"""The actor registry on actor phrases as they stand in news sentences.

Most phrases come from the worked example (``shared/examples/raqqa-airstrikes``,
Naharnet, 26 November 2014); the rest are typical wordings from conflict
reporting in other regions.
"""
from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest
import yaml

import eventwire
from eventwire.resolve.actors import DATA_FILE, DEFAULT_INTER, KINDS, Actor, ActorRegistry

SHARED = Path("/work/shared")


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.default()


def name_of(reg: ActorRegistry, text: str, cc: str | None = None) -> str | None:
    actor = reg.resolve(text, country_code=cc)
    return actor.name if actor else None


# ----------------------------------------------------------------- the Syrian state

@pytest.mark.parametrize(
    "text, cc",
    [
        ("Syrian regime", None),                 # "Syrian regime air strikes on the Islamic State group"
        ("Syrian regime air strikes", None),
        ("Assad's air force", None),             # "the deadliest by Assad's air force in Raqa"
        ("the regime", "SYR"),                   # "the first provincial capital lost by the regime"
        ("Syrian Government Forces", None),
        ("Assad's regime", None),
        ("the Assad regime", None),
        ("syrian army", None),
        ("Military Forces of Syria", None),      # the canonical name reads back as itself
        ("the regime's warplanes", "SYR"),
    ],
)
def test_syrian_state_forces(reg, text, cc):
    actor = reg.resolve(text, country_code=cc)
    assert actor is not None, text
    assert (actor.name, actor.inter, actor.kind, actor.country_code) == (
        "Military Forces of Syria", 1, "state_forces", "SYR")


@pytest.mark.parametrize(
    "text, cc",
    [
        ("President Bashar al-Assad's government", None),
        ("a delegation from President Bashar al-Assad's government", None),
        ("a Syrian delegation headed by Foreign Minister Walid Muallem", None),
        ("Syrian delegation", None),
        ("Foreign Minister Walid Muallem", None),
        ("The delegation from Damascus", None),
        ("The government", "SYR"),               # "The government has stepped up air strikes"
        ("Syria", None),
    ],
)
def test_syrian_government(reg, text, cc):
    actor = reg.resolve(text, country_code=cc)
    assert actor is not None and actor.name == "Government of Syria", (text, actor)
    assert actor.inter == 1 and actor.kind == "government" and actor.country_code == "SYR"


# ----------------------------------------------------------------- named groups

@pytest.mark.parametrize(
    "text",
    ["IS", "Islamic State group", "the Islamic State group stronghold", "ISIL", "ISIS", "Daesh",
     "jihadists", "the jihadists", "IS fighters", "the IS fighters",
     "fighters from the Sunni extremist IS", "Abu Bakr al-Baghdadi", "Islamic State (Syria)"],
)
def test_islamic_state(reg, text):
    actor = reg.resolve(text)
    assert actor is not None and actor.name == "Islamic State", (text, actor)
    assert actor.inter == 2 and actor.kind == "rebel"


def test_jihadists_follow_the_country(reg):
    assert name_of(reg, "the jihadists", "SYR") == "Islamic State"
    assert name_of(reg, "jihadists", "SOM") == "Al Shabaab"
    assert reg.resolve("jihadists", country_code="MLI") is None  # JNIM or IS Sahel: no guess


@pytest.mark.parametrize("text", ["al-Shabab militants", "al-Shabaab militants", "Al Shabaab", "Shabaab",
                                  "Somalia's al-Shabaab"])
def test_al_shabaab(reg, text):
    actor = reg.resolve(text)
    assert actor == Actor("Al Shabaab", 2, "rebel", "SOM", actor.matched), text


def test_same_words_other_country(reg):
    # Mozambique's insurgents are locally called al-Shabab; the IS affiliate is meant
    assert name_of(reg, "al-Shabab", "MOZ") == "Islamic State (Mozambique)"
    assert name_of(reg, "Islamic State", "NGA") == "Islamic State West Africa Province"
    assert name_of(reg, "Taliban", "PAK") == "TTP: Tehreek-i-Taliban Pakistan"
    assert name_of(reg, "ADF", "COD") == "ADF: Allied Democratic Forces"
    assert name_of(reg, "ADF", "CMR") == "Ambazonian Separatists"  # Ambazonia Defence Forces
    assert name_of(reg, "SNA", "SOM") == "Military Forces of Somalia"
    assert name_of(reg, "SNA", "SYR") == "Syrian National Army"
    assert reg.resolve("SNA") is None


def test_a_country_named_before_the_group_picks_its_reading_there(reg):
    # in a report on Pakistan, "Afghanistan's Taliban government" is still the Afghan Taliban
    assert name_of(reg, "Afghanistan's Taliban government", "PAK") == "Taliban"
    assert name_of(reg, "Mozambique's al-Shabab", "SOM") == "Islamic State (Mozambique)"


@pytest.mark.parametrize(
    "text, cc, name, inter",
    [
        ("Boko Haram", None, "Boko Haram", 2),
        ("ISWAP", None, "Islamic State West Africa Province", 2),
        ("JNIM", None, "JNIM: Group for Support of Islam and Muslims", 2),
        ("Taliban", None, "Taliban", 2),
        ("Hamas", None, "Hamas Movement", 3),
        ("Hezbollah", None, "Hezbollah", 3),
        ("Houthi rebels", None, "Houthi Movement", 2),
        ("Ansar Allah", None, "Houthi Movement", 2),
        ("Iran-backed Houthi rebels", None, "Houthi Movement", 2),
        ("Rapid Support Forces", None, "RSF: Rapid Support Forces", 2),
        ("RSF", None, "RSF: Rapid Support Forces", 2),
        ("M23", None, "M23: March 23 Movement", 2),
        ("Wagner Group", None, "Wagner Group", 8),
        ("Baloch Liberation Army", None, "BLA: Baloch Liberation Army", 2),
        ("Tehreek-e-Taliban Pakistan", None, "TTP: Tehreek-i-Taliban Pakistan", 2),
        ("TTP", None, "TTP: Tehreek-i-Taliban Pakistan", 2),
        ("PKK", None, "PKK: Kurdistan Workers Party", 2),
        ("SDF", None, "QSD: Syrian Democratic Forces", 2),
        ("Hayat Tahrir al-Sham", None, "HTS: Hayat Tahrir al Sham", 2),
        ("HTS", None, "HTS: Hayat Tahrir al Sham", 2),
        ("Fano militia", None, "Fano Militia", 3),
        ("Amhara militia", None, "Amhara Ethnic Militia (Ethiopia)", 4),
        ("Tigray People's Liberation Front", None, "TPLF: Tigray People's Liberation Front", 2),
        ("TPLF", None, "TPLF: Tigray People's Liberation Front", 2),
        ("Oromo Liberation Army", None, "Oromo Liberation Army", 2),
        ("ELN", None, "ELN: National Liberation Army", 2),
        ("FARC dissidents", None, "FARC Dissidents", 2),
        ("Arakan Army", None, "AA: Arakan Army", 2),
        ("People's Defence Force", None, "PDF: People's Defense Force", 2),
        ("Palestinian Islamic Jihad", None, "Palestinian Islamic Jihad", 3),
        ("al-Qaida", None, "Al Qaeda", 2),
        ("AQAP", None, "AQAP: Al Qaeda in the Arabian Peninsula", 2),
        ("Lashkar-e-Taiba", None, "LeT: Lashkar-e-Taiba", 2),
        ("Ambazonian separatists", None, "Ambazonian Separatists", 2),
        ("Fulani herdsmen", "NGA", "Fulani Ethnic Militia (Nigeria)", 4),
        ("the U.S.-led coalition", None, "Coalition", 8),
        ("the wider coalition", None, "Coalition", 8),
        ("the coalition", "SYR", "Coalition", 8),
        ("Saudi-led coalition", None, "Military Forces of Saudi Arabia", 1),
        ("Kurdish peshmerga forces", None, "Peshmerga", 1),
        ("the United Nations", None, "United Nations", 8),
        ("U.N.", None, "United Nations", 8),
        ("the African Union", None, "African Union", 8),
        ("Jundallah militants", None, "Jundallah", 2),
        ("Hurras al-Din", None, "Hurras al-Din", 2),
        ("CNRD rebels", None, "CNRD: National Council for Renewal and Democracy", 2),
        ("Kamuina Nsapu militiamen", None, "Kamuina Nsapu Militia", 4),
        ("FNL rebels", None, "FNL: National Forces of Liberation", 2),
        ("Dissident FARC rebels", None, "FARC Dissidents", 2),
    ],
)
def test_named_groups(reg, text, cc, name, inter):
    actor = reg.resolve(text, country_code=cc)
    assert actor is not None and (actor.name, actor.inter) == (name, inter), (text, actor)


def test_national_coalition(reg):
    for text in ("Syria's exiled opposition National Coalition", "National Coalition",
                 "A former leader of the National Coalition, Moaz al-Khatib",
                 "a delegation from the National Coalition", "Moaz al-Khatib"):
        actor = reg.resolve(text)
        assert actor is not None and actor.name == "National Coalition", text
        assert actor.kind == "organization" and actor.inter is None


def test_acronyms_only_in_capitals(reg):
    # "IS" the group, never the verb; "UN" the organisation, never French "un"
    assert reg.resolve("is") is None
    assert reg.resolve("un") is None
    assert name_of(reg, "IS") == "Islamic State"


def test_bare_coalition_needs_context(reg):
    # outside Syria/Iraq reporting "the coalition" may be a government coalition
    assert reg.resolve("the coalition") is None
    assert name_of(reg, "the coalition", "YEM") == "Military Forces of Saudi Arabia"


# ----------------------------------------------------------------- state roles

@pytest.mark.parametrize(
    "text, cc, name",
    [
        ("Iraqi security forces and allied tribesmen", None, "Military Forces of Iraq"),
        ("Iraqi and Kurdish forces", None, "Military Forces of Iraq"),
        ("pro-government forces", "IRQ", "Military Forces of Iraq"),
        ("the U.S. military", None, "Military Forces of the United States"),
        ("The U.S. military", None, "Military Forces of the United States"),
        ("American troops", None, "Military Forces of the United States"),
        ("the Pentagon", None, "Military Forces of the United States"),
        ("Israel Defense Forces", None, "Military Forces of Israel"),
        ("IDF", None, "Military Forces of Israel"),
        ("Israeli forces", None, "Military Forces of Israel"),
        ("Ukrainian forces", None, "Military Forces of Ukraine"),
        ("Russian troops", None, "Military Forces of Russia"),
        ("Russian and Syrian warplanes", None, "Military Forces of Russia"),
        ("Myanmar junta", None, "Military Forces of Myanmar"),
        ("military junta", "MMR", "Military Forces of Myanmar"),
        ("Congolese soldiers", None, "Military Forces of the Democratic Republic of Congo"),
        ("troops from Chad", "MLI", "Military Forces of Chad"),
        ("soldiers loyal to Assad", None, "Military Forces of Syria"),
        ("soldiers", "MLI", "Military Forces of Mali"),
        ("the army", "NGA", "Military Forces of Nigeria"),
        ("police", "KEN", "Police Forces of Kenya"),
        ("riot police", "FRA", "Police Forces of France"),
        ("gendarmes", "BFA", "Police Forces of Burkina Faso"),
        ("Police Forces of Kenya", None, "Police Forces of Kenya"),
        ("Foreign Minister Sergei Lavrov", None, "Government of Russia"),
        ("Lavrov", None, "Government of Russia"),
        ("President Vladimir Putin", None, "Government of Russia"),
        ("Assad's key ally President Vladimir Putin", None, "Government of Russia"),
        ("Russia", None, "Government of Russia"),
        ("Russia's foreign ministry", None, "Government of Russia"),
        ("the Russian foreign ministry", None, "Government of Russia"),
        ("the Kremlin", None, "Government of Russia"),
        ("Pakistan's Foreign Office", None, "Government of Pakistan"),
        ("the Foreign Office", "GBR", "Government of the United Kingdom"),
        ("Moscow", None, "Government of Russia"),
        ("Chisinau", None, "Government of Moldova"),  # "after Chisinau expelled three Russian diplomats"
        ("Dakar", None, "Government of Senegal"),
        ("France", None, "Government of France"),
        ("German Chancellor Angela Merkel", None, "Government of Germany"),
        ("Israeli Prime Minister Benjamin Netanyahu", None, "Government of Israel"),
        ("Ukrainian President Volodymyr Zelensky", None, "Government of Ukraine"),
        ("Hungarian and Romanian officials", None, "Government of Hungary"),
        ("Government of Russia", None, "Government of Russia"),
    ],
)
def test_state_roles(reg, text, cc, name):
    assert name_of(reg, text, cc) == name, (text, reg.resolve(text, country_code=cc))


def test_state_inter_and_at_event(reg):
    us = reg.resolve("The U.S. military")
    assert (us.inter, us.kind, us.country_code) == (1, "state_forces", "USA")
    abroad = reg.at_event(us, "SYR")
    assert abroad.name == "Military Forces of the United States" and abroad.inter == 8
    assert reg.at_event(us, "USA").inter == 1          # at home
    assert reg.at_event(us, None).inter == 1           # place unknown: unchanged
    peshmerga = reg.resolve("Kurdish peshmerga forces")
    assert reg.at_event(peshmerga, "IRQ").inter == 1 and reg.at_event(peshmerga, "SYR").inter == 8
    police = reg.resolve("Kenyan police")
    assert reg.at_event(police, "HTI").inter == 8
    # government and non-state actors keep their codes wherever they act
    lavrov = reg.resolve("Foreign Minister Sergei Lavrov")
    assert reg.at_event(lavrov, "SYR") == lavrov
    shabaab = reg.resolve("al-Shabab militants")
    assert reg.at_event(shabaab, "KEN") == shabaab


def test_person_before_a_force_noun(reg):
    air_force = reg.resolve("Assad's air force")
    assert air_force.name == "Military Forces of Syria" and "Assad" in air_force.matched
    assert name_of(reg, "Prime Minister Haider al-Abadi's government") == "Government of Iraq"
    assert name_of(reg, "Baghdadi's fighters") == "Islamic State"  # a group leader: his group
    assert name_of(reg, "Haftar's forces") == "Libyan National Army"


# ----------------------------------------------------------------- people as a category

@pytest.mark.parametrize(
    "text, cc, name, inter",
    [
        ("unidentified gunmen", "NGA", "Unidentified Armed Group (Nigeria)", 3),
        ("bandits", "NGA", "Unidentified Armed Group (Nigeria)", 3),
        ("gunmen", None, "Unidentified Armed Group", 3),
        ("civilians", "KEN", "Civilians (Kenya)", 7),
        ("civilians", None, "Civilians", 7),
        ("residents", "SYR", "Civilians (Syria)", 7),
        ("Damascus residents", None, "Civilians (Syria)", 7),
        ("villagers", "NGA", "Civilians (Nigeria)", 7),
        ("the Syrian population", None, "Civilians (Syria)", 7),
        ("Civilians (Syria)", None, "Civilians (Syria)", 7),
        ("protesters", "KEN", "Protesters (Kenya)", 6),
        ("demonstrators", None, "Protesters", 6),
        ("teachers on strike", "KEN", "Protesters (Kenya)", 6),
        ("rioters", "KEN", "Rioters (Kenya)", 5),
        ("a mob", "KEN", "Rioters (Kenya)", 5),
        ("pirates", "SOM", "Pirates (Somalia)", 3),
    ],
)
def test_categories(reg, text, cc, name, inter):
    actor = reg.resolve(text, country_code=cc)
    assert actor is not None and (actor.name, actor.inter) == (name, inter), (text, actor)


# ----------------------------------------------------------------- phrases that do not say who

@pytest.mark.parametrize(
    "text, cc",
    [
        ("its warplanes", None),          # "The U.S. military said ... its warplanes had carried out"
        ("its warplanes", "SYR"),
        ("the militants", None),          # "but the militants still hold large areas"
        ("the militants", "IRQ"),
        ("warplanes", "SYR"),             # unattributed aircraft: several air forces fly there
        ("six Mirage fighter jets", "IRQ"),
        ("troops", None),                 # forces with no country at all
        ("rebel forces", "SYR"),
        ("opposition fighters", "SYR"),
        ("Kurdish forces", "SYR"),
        ("U.S.-backed forces", "SYR"),    # the sponsor is not the owner
        ("Turkish-backed rebels", "SYR"),
        ("peacekeepers", "MLI"),
        ("the Syrian conflict", None),
        ("Russian news reports", None),
        ("they", "SYR"),
        ("Iraqis", None),                 # people or government? no guess
        ("", None),
    ],
)
def test_unresolved(reg, text, cc):
    assert reg.resolve(text, country_code=cc) is None, (text, reg.resolve(text, country_code=cc))


def test_country_code_forms(reg):
    assert name_of(reg, "the regime", "syr") == "Military Forces of Syria"
    assert name_of(reg, "civilians", "KE") == "Civilians (Kenya)"  # alpha-2 is accepted too


# ----------------------------------------------------------------- the user file

def test_user_file_takes_precedence(reg, tmp_path, monkeypatch):
    user = tmp_path / "my-actors.yaml"
    user.write_text(
        yaml.safe_dump({
            "groups": [
                # "IS" means something else to this user; "Shabaab" too
                {"name": "Imaginary Syndicate", "kind": "political_militia", "country": "SYR",
                 "aliases": ["IS", "the syndicate"]},
                {"name": "Al Shabaab", "kind": "rebel", "inter": 3, "country": "SOM",
                 "aliases": ["al-Shabaab", "Shabaab"]},
            ],
            "roles": {"civilians": {"heads": ["bystanding shopkeepers"]},
                      "protesters": {"heads": ["teachers"]}},  # moved from civilians
        }),
        encoding="utf-8",
    )
    monkeypatch.setenv("EVENTWIRE_ACTORS", str(user))
    custom = ActorRegistry.default()
    assert custom is not reg
    assert custom.resolve("IS").name == "Imaginary Syndicate"
    assert custom.resolve("IS fighters").name == "Islamic State"  # the longer default alias still holds
    assert custom.resolve("the syndicate").inter == 3
    assert custom.resolve("al-Shabab militants").inter == 3        # replaced entry
    assert custom.resolve("bystanding shopkeepers", country_code="KEN").name == "Civilians (Kenya)"
    assert custom.resolve("teachers", country_code="KEN").name == "Protesters (Kenya)"
    assert custom.resolve("Syrian regime").name == "Military Forces of Syria"  # the rest is unchanged
    assert ActorRegistry.default() is custom                        # one per process (and file)
    monkeypatch.delenv("EVENTWIRE_ACTORS")
    assert ActorRegistry.default() is reg and reg.resolve("IS").name == "Islamic State"


# ----------------------------------------------------------------- the data file

def test_data_file_is_consistent(reg):
    data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    groups = {g["name"] for g in data["groups"]}
    assert len(groups) == len(data["groups"]), "duplicate group names"
    for g in data["groups"]:
        assert g["kind"] in KINDS, g["name"]
        for target in (g.get("by_country") or {}).values():
            assert target in groups, (g["name"], target)
    for p in data["people"]:
        assert p.get("group") in groups or p.get("country"), p["name"]
        assert p.get("role", "government") in reg.roles, p["name"]
    for ctx in data["contextual"]:
        for target in [ctx["default"], *ctx["countries"].values()]:
            assert target is None or target in groups
    heads: dict[str, str] = {}
    for role, spec in data["roles"].items():
        for head in [*spec.get("heads", []), *spec.get("foreign_heads", [])]:
            assert heads.setdefault(head.lower(), role) == role, f"{head!r} in two roles"
    for body in data["state_bodies"]:
        assert body["role"] in reg.roles and len(body["country"]) == 3
    assert set(DEFAULT_INTER) == KINDS
    stats = reg.stats()
    assert stats["groups"] >= 150 and stats["people"] >= 150


def test_every_group_reads_back_as_itself(reg):
    for name, entry in reg.groups.items():
        if entry.data.get("name_is_alias") is False:
            continue
        actor = reg.resolve(name, country_code=entry.data.get("country"))
        assert actor is not None and actor.name == name, (name, actor)


def test_no_alias_claimed_twice(reg):
    from eventwire.resolve.actors import _alias_tokens

    owners: dict[tuple, set[str]] = {}
    for entry in [*reg.groups.values(), *reg.people.values(), *reg.state_bodies]:
        for alias, countries in reg._aliases_of(entry):
            key = (_alias_tokens(alias, reg.spellings)[0], countries)
            owners.setdefault(key, set()).add(entry.name)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes


# ----------------------------------------------------------------- against the gold

def _score_module():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("eventwire_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_raqqa_phrases_score_against_the_gold(reg):
    score = _score_module()
    gold_path = SHARED / "examples" / "raqqa-airstrikes.gold.jsonl"
    if score is None or not gold_path.exists():
        pytest.skip("shared gold not available")
    events = json.loads(gold_path.read_text(encoding="utf-8").splitlines()[0])["events"]
    # (phrase in the report, gold event index, field)
    pairs = [
        ("Syrian regime", 0, "actor1"),
        ("the Islamic State group", 0, "actor2"),
        ("a Syrian delegation headed by Foreign Minister Walid Muallem", 1, "actor1"),
        ("President Vladimir Putin", 1, "actor2"),
        ("Syria's exiled opposition National Coalition", 2, "actor1"),
        ("Assad", 2, "actor2"),
        ("Moaz al-Khatib", 3, "actor1"),
        ("the Russian foreign ministry", 3, "actor2"),
        ("France", 4, "actor1"),
        ("The U.S. military", 5, "actor1"),
        ("IS fighters", 5, "actor2"),
        ("the wider coalition", 6, "actor1"),
        ("Iraqi security forces and allied tribesmen", 7, "actor1"),
        ("Kurdish peshmerga forces", 8, "actor1"),
        ("Lavrov", 9, "actor1"),
        ("German Chancellor Angela Merkel", 12, "actor1"),
        ("The U.N. and human rights groups", 13, "actor1"),
    ]
    for phrase, index, fld in pairs:
        actor = reg.resolve(phrase, country_code="SYR")
        assert actor is not None, phrase
        assert score.same_actor(actor.name, events[index][fld]), (phrase, actor.name, events[index][fld])
    us = reg.at_event(reg.resolve("The U.S. military"), "SYR")
    assert us.inter == events[5]["actor1_inter"]
    assert reg.resolve("the wider coalition").inter == events[6]["actor1_inter"]



@pytest.mark.parametrize("published, actor1, inter", [
    ("2019-02-06", "Taliban", 2),
    ("2024-02-06", "Military Forces of Afghanistan", 1),
])
def test_a_group_that_took_power_acts_as_its_country_s_forces_from_then_on(published: str, actor1: str, inter: int) -> None:
    [attack] = eventwire.extract("Taliban fighters attacked a police checkpoint in Kandahar on Monday, killing three "
                                 "policemen.", published=published)
    assert (attack.actor1, attack.actor1_inter) == (actor1, inter)


def test_a_group_in_power_speaks_as_its_government():
    [arrest] = eventwire.extract("Taliban intelligence officers detained three women's rights activists at their homes "
                                 "in Herat city on Monday, relatives said.", published="2024-02-06")
    assert (arrest.sub_event_type, arrest.actor1, arrest.actor1_inter) == ("Arrests", "Government of Afghanistan", 1)


def test_a_users_group_in_power_may_write_its_date_as_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "my-actors.yaml"
    user.write_text('groups:\n  - {name: Rebel Front, kind: rebel, country: MLI, aliases: [Rebel Front], '
                    'state_from: "2024-01-01"}\n', encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_ACTORS", str(user))
    registry = ActorRegistry.default()
    front = registry.resolve("Rebel Front")
    assert registry.at_event(front, "MLI", date(2023, 6, 1), violent=True).name == "Rebel Front"
    assert registry.at_event(front, "MLI", date(2024, 6, 1), violent=True).name == "Military Forces of Mali"


@pytest.mark.parametrize("text, name", [
    ("Officers", "Police Forces of Brazil"),
    ("two officers", "Police Forces of Brazil"),
    ("an army officer", "Military Forces of Brazil"),
    ("military officers", "Military Forces of Brazil"),
])
def test_officers_alone_are_police_and_army_officers_soldiers(reg, text, name):
    assert name_of(reg, text, "BRA") == name


def test_he_or_she_is_the_named_person_who_led_the_sentence_before():
    [request] = [e for e in eventwire.extract("Kenyan President William Ruto arrived in Addis Ababa on Monday. He urged "
                                              "Ethiopia and Eritrea to avoid war.", published="2024-06-26")
                 if e.plover == "REQUEST"]
    assert (request.actor1, request.actor2) == ("Government of Kenya", "Government of Ethiopia")
    quoted = eventwire.extract("Ahmed Ali, a resident of the town, said the shelling went on all night. He urged the "
                               "government to protect civilians.", published="2024-06-26")
    assert not [e for e in quoted if e.plover == "REQUEST"]  # a resident is no actor


def test_condemning_an_event_is_aimed_at_its_doer_not_at_whom_it_struck():
    [condemnation] = eventwire.extract("Turkey condemned Israeli strikes on Syria on Sunday.", published="2024-06-26")
    assert (condemnation.plover, condemnation.actor1, condemnation.actor2) == (
        "ACCUSE", "Government of Turkey", "Government of Israel")


def test_clans_and_tribesmen_nobody_names_are_unidentified_identity_militias_and_allies_no_counterpart():
    [clash] = eventwire.extract("Two rival clans clashed over grazing land near Dhusamareb on Saturday, leaving 17 people "
                                "dead, elders said.", published="2024-02-19")
    assert (clash.actor1, clash.actor1_inter, clash.fatalities) == ("Unidentified Clan Militia (Somalia)", 4, 17)
    [battle] = eventwire.extract("Iraqi security forces and allied tribesmen fought Islamic State fighters in Ramadi on "
                                 "Wednesday.", published="2014-11-26")
    assert (battle.actor1, battle.actor2) == ("Military Forces of Iraq", "Islamic State")


def test_one_group_told_as_fighting_itself_stands_on_both_sides():
    [clash] = eventwire.extract("Clashes between two rival clans near Adado in central Somalia killed at least 15 people on "
                                "Sunday, elders said.", published="2022-09-20")
    assert (clash.actor1, clash.actor2, clash.actor1_inter) == (
        "Unidentified Clan Militia (Somalia)", "Unidentified Clan Militia (Somalia)", 4)
    [killing] = eventwire.extract("At least 15 people were killed on Sunday when two rival clans fought over grazing land "
                                  "near Adado.", published="2022-09-20")
    assert (killing.sub_event_type, killing.actor2) == ("Armed clash", "Unidentified Clan Militia (Somalia)")
    [feud] = eventwire.extract("Fighting between rival factions of FARC dissidents killed at least five people in Cauca on "
                               "Monday.", published="2022-09-20")
    assert feud.actor1 == feud.actor2 == "FARC Dissidents"
    [communal] = eventwire.extract("Communal clashes in Plateau state killed 20 people on Monday, police said.",
                                   published="2022-09-20")
    assert communal.actor1 == communal.actor2 == "Unidentified Communal Militia (Nigeria)"
    [battle] = eventwire.extract("Fighting between soldiers and rebels killed 20 people in Beni on Monday.",
                                 published="2022-09-20")
    assert battle.actor1 != battle.actor2


def test_militants_no_one_names_killed_in_a_gunfight_are_an_unidentified_armed_group():
    [clash] = eventwire.extract("Security forces in Indian-administered Kashmir killed three suspected militants in a "
                                "gunfight in Kupwara district on Sunday, police said.", published="2024-04-15")
    assert (clash.actor1, clash.actor2, clash.actor2_inter) == (
        "Military Forces of India", "Unidentified Armed Group (India)", 3)


def test_a_hyphenated_claimant_the_parse_broke_up_still_claims():
    text = ("03/27/2016: A suicide bomber detonated an explosives-laden vest at Gulshan-e-Iqbal Park in Lahore city, "
            "Punjab province, Pakistan. At least 75 people, including the bomber, were killed and 340 others were "
            "injured in the blast. Jamaat-ul-Ahrar claimed responsibility for the incident.")
    [bombing] = eventwire.extract(text, published="2016-03-28")
    assert (bombing.sub_event_type, bombing.actor1) == ("Suicide bomb", "TTP: Tehreek-i-Taliban Pakistan")


def test_a_named_hotel_attacked_is_its_civilians_not_a_group_called_so():
    [attack] = eventwire.extract("01/15/2019: Assailants armed with firearms and explosives attacked the DusitD2 hotel "
                                 "complex in Nairobi city, Nairobi county, Kenya. At least 21 people, including a police "
                                 "officer, were killed.", published="2019-01-16")
    assert attack.actor2 == "Civilians (Kenya)"


def test_a_group_that_leads_others_is_the_actor():
    registry = ActorRegistry.default()
    assert registry.resolve("HTS-led rebels", country_code="SYR").name == "HTS: Hayat Tahrir al Sham"
    assert registry.resolve("Iran-backed militias", country_code="SYR") is None  # a sponsor names no one


def test_a_person_told_with_their_body_speaks_for_it_when_named_again():
    text = ("Shafqat Ali Khan, a spokesman for Pakistan's foreign ministry, told reporters on Friday that the gunmen "
            "had trained across the border. Khan accused Afghanistan of sheltering the militants.")
    [accusation] = eventwire.extract(text, published="2025-03-14")
    assert (accusation.actor1, accusation.actor2) == ("Government of Pakistan", "Government of Afghanistan")


def test_she_is_the_body_of_the_person_the_report_last_named():
    text = ("Catherine Russell, UNICEF's executive director, visited a hospital in Khan Younis on Monday. Russell said "
            "the children there were starving. On Tuesday she accused Israel of blocking food deliveries.")
    [accusation] = eventwire.extract(text, published="2024-03-20")
    assert (accusation.actor1, accusation.actor2, str(accusation.event_date)) == (
        "United Nations", "Government of Israel", "2024-03-19")


def test_a_region_in_brackets_the_parse_made_a_second_subject_is_no_actor():
    [attack] = eventwire.extract("On 4 June 2021, JNIM militants attacked the village of Solenzo (Boucle du Mouhoun, "
                                 "Burkina Faso), killing 12 civilians.", published="2021-06-05")
    assert (attack.actor1, attack.actor2, attack.location) == (
        "JNIM: Group for Support of Islam and Muslims", "Civilians (Burkina Faso)", "Solenzo")


def test_troops_who_repelled_the_attack_fought_the_group_that_attacked():
    [clash] = eventwire.extract("Boko Haram insurgents attacked a military base in Magumeri, Borno state, on Wednesday, "
                                "the army said, adding that troops repelled the attack and killed 10 fighters.",
                                published="2019-05-02")
    assert (clash.event_type, clash.actor1, clash.actor2, clash.fatalities) == (
        "Battles", "Boko Haram", "Military Forces of Nigeria", 10)


def test_forces_no_one_owns_in_gaza_are_israel_s_and_a_parenthetical_sayer_does_not_fight():
    [clash] = eventwire.extract("In Khan Younis, in the south of the Gaza Strip, tanks pushed into the eastern "
                                "neighbourhood of Bani Suheila on Sunday, residents said, and exchanged fire with "
                                "Hamas fighters.", published="2024-09-23")
    assert (clash.actor1, clash.actor2) == ("Military Forces of Israel", "Hamas Movement")


def test_the_military_wing_of_a_palestinian_group_stays_the_group():
    registry = ActorRegistry.default()
    assert registry.resolve("the military wing of Hamas", country_code="PSE").name == "Hamas Movement"
    assert registry.resolve("troops", country_code="SYR").name == "Military Forces of Syria"


def test_a_people_named_by_its_plural_demonym_are_its_civilians():
    [strike] = eventwire.extract("Israeli air strikes killed at least 30 Palestinians in the Nuseirat refugee camp on "
                                 "Sunday, the civil defence agency said.", published="2024-09-23")
    assert (strike.actor2, strike.actor2_inter) == ("Civilians (Palestine)", 7)


def test_terrorists_troops_killed_are_an_armed_group_they_fought():
    [clash] = eventwire.extract("The army said it had killed 12 terrorists in operations in North Waziristan on Monday.",
                                published="2024-02-06")
    assert (clash.event_type, clash.actor2, clash.fatalities) == ("Battles", "Unidentified Armed Group (Pakistan)", 12)


def test_a_mob_of_villagers_stands_against_the_suspects_it_lynched():
    [lynching] = eventwire.extract("Villagers lynched two suspected thieves in Kisii county on Tuesday, police said.",
                                   published="2023-06-14")
    assert (lynching.sub_event_type, lynching.actor1, lynching.actor2) == (
        "Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")


def test_prisoners_executed_are_civilians():
    [killing] = eventwire.extract("On 2 March 2022, gunmen executed 11 prisoners in Kaduna (Kaduna, Nigeria).",
                                  published="2022-03-03")
    assert (killing.actor2, killing.fatalities) == ("Civilians (Nigeria)", 11)


def test_assailants_no_one_names_are_of_the_country_the_attack_was_in():
    [attack] = eventwire.extract("09/11/2012: Assailants attacked the United States consulate in Benghazi city, Benghazi "
                                 "district, Libya. Four people, including the US ambassador, were killed.",
                                 published="2012-09-12")
    assert (attack.actor1, attack.country) == ("Unidentified Armed Group (Libya)", "Libya")


def test_a_name_the_parser_cut_into_two_subjects_is_one_doer():
    [shelling] = eventwire.extract("Sudan's paramilitary Rapid Support Forces shelled a camp for displaced people near "
                                   "El Fasher on Friday, killing at least 25 people, including children, local "
                                   "activists said.", published="2025-02-15")
    assert (shelling.actor1, shelling.actor2, shelling.fatalities) == (
        "RSF: Rapid Support Forces", "Civilians (Sudan)", 25)


def test_members_of_a_body_without_arms_or_name_are_civilians_but_members_of_armed_ones_are_not():
    registry = ActorRegistry.default()
    assert registry.resolve("15 members of the ruling party", country_code="ZWE").name == "Civilians (Zimbabwe)"
    assert registry.resolve("four members of the same family", country_code="AFG").name == "Civilians (Afghanistan)"
    assert registry.resolve("members of the security forces", country_code="AFG").name == "Military Forces of Afghanistan"
    assert registry.resolve("two members of a local militia", country_code="NGA") is None
    assert registry.resolve("members of the Islamic State", country_code="IRQ").name == "Islamic State"
    assert registry.resolve("two members of Iran's Revolutionary Guards", country_code="SYR").name == "Military Forces of Iran"


def test_police_who_arrest_opposition_members_arrest_civilians():
    [arrest] = eventwire.extract("On 14 March 2021, police arrested 23 members of the main opposition party during a "
                                 "meeting in Gweru (Midlands, Zimbabwe).", published="2021-03-16")
    assert (arrest.sub_event_type, arrest.actor1, arrest.actor2) == (
        "Arrests", "Police Forces of Zimbabwe", "Civilians (Zimbabwe)")


def test_positions_told_with_a_nationality_are_that_state_s_forces_and_rebel_positions_are_no_state_s():
    registry = ActorRegistry.default()
    assert registry.resolve("Russian positions", country_code="UKR").name == "Military Forces of Russia"
    assert registry.resolve("rebel positions", country_code="COD") is None


def test_unknown_persons_who_set_fire_are_an_unidentified_armed_group_not_a_mob():
    [arson] = eventwire.extract("On 7 March 2023, unknown persons set fire to a mosque in Kassel (Hesse, Germany). No "
                                "injuries reported.", published="2023-03-09")
    assert (arson.sub_event_type, arson.actor1) == ("Looting/property destruction", "Unidentified Armed Group (Germany)")
