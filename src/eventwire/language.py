"""Is a report written in English? A light, offline check, so a page in another language is
skipped with a reason instead of being coded as garbage by an English pipeline.

    >>> detect_language("Police arrested two men in Nairobi on Monday, officials said.")
    Detection(language='en', share=..., words=10, reason='...')

Two signals, no model to download:

* the script of the letters: a body mostly in Arabic, Cyrillic, Han, Devanagari ... letters
  is not English, whatever else it holds;
* for Latin-script text, the share of its words that are the commonest function words of
  each language, from the stop-word lists that ship with spaCy (``spacy.lang.XX.stop_words``):
  English text is about half "the, of, and, in, to, was ..." while French, Spanish or German
  text scores far higher on its own list than on the English one.

Short texts (fewer than ``MIN_WORDS`` words) are taken as English: a headline or a one-line
summary carries too few words to tell, and refusing them would lose real reports.
"""
from __future__ import annotations

import importlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

ENGLISH = "en"
MIN_WORDS = 20  # below this a text is too short to judge and is taken as English
# Latin-script languages whose stop words are compared with English's (spaCy ships them all).
LATIN_LANGUAGES = ("fr", "es", "de", "pt", "it", "nl", "id", "tr", "sv", "pl", "ro", "ca", "da", "tl", "af")
# Scripts that on their own say "not English", with the language named in the reason when one is likely.
SCRIPT_LANGUAGES = {"ARABIC": "ar", "CYRILLIC": "ru", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja",
                    "HANGUL": "ko", "DEVANAGARI": "hi", "HEBREW": "he", "GREEK": "el", "THAI": "th",
                    "BENGALI": "bn", "ETHIOPIC": "am", "ARMENIAN": "hy", "GEORGIAN": "ka", "TAMIL": "ta"}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Detection:
    language: str  # an ISO 639-1 code; "en" when the text is (or may be) English
    share: float  # the share of the text's words that are English stop words (Latin script)
    words: int
    reason: str

    @property
    def english(self) -> bool:
        return self.language == ENGLISH


@lru_cache(maxsize=None)
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop-word list for a language, lower-cased (empty when spaCy has none)."""
    try:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(word.lower() for word in getattr(module, "STOP_WORDS", ()))


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def detect_language(text: str, *, sample: int = 20_000) -> Detection:
    """The language of ``text`` (its first ``sample`` characters), with the reason."""
    text = text[:sample]
    scripts = Counter(_script(ch) for ch in text if ch.isalpha())
    letters = sum(scripts.values())
    words = [w.lower() for w in _WORD.findall(text)]
    if letters and scripts["LATIN"] < 0.5 * letters:
        script, count = max(((s, n) for s, n in scripts.items() if s != "LATIN"), key=lambda kv: kv[1])
        language = SCRIPT_LANGUAGES.get(script, "und")
        return Detection(language, 0.0, len(words),
                         f"{count / letters:.0%} of its letters are {script.title()} script, not Latin")
    latin = [w for w in words if all(_script(ch) == "LATIN" for ch in w)]
    if len(latin) < MIN_WORDS:
        return Detection(ENGLISH, 0.0, len(latin), f"only {len(latin)} words: too short to tell, taken as English")
    shares = {lang: sum(w in stop_words(lang) for w in latin) / len(latin) for lang in (ENGLISH, *LATIN_LANGUAGES)}
    english = shares[ENGLISH]
    best = max(LATIN_LANGUAGES, key=lambda lang: shares[lang])
    # English prose is 35-55 % stop words; another language's text scores well above English on its
    # own list. Many stop words are shared ("a", "in", "die"), so both conditions are asked for.
    if english < 0.2 and shares[best] > max(0.25, english + 0.1):
        return Detection(best, english, len(latin),
                         f"{shares[best]:.0%} of its words are {best} function words, {english:.0%} English ones")
    if english < 0.06:  # e.g. Somali, Hausa, Swahili: no list here, but hardly an English word
        return Detection("und", english, len(latin), f"only {english:.0%} of its words are English function words")
    return Detection(ENGLISH, english, len(latin), f"{english:.0%} of its words are English function words")
