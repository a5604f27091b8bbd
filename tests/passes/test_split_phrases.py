"""The ``split`` pass on the merges real extractors make (``split/names.py``,
``split/function_words.py``, ``split/capitals.py``)."""

from __future__ import annotations

import pytest

from cleaner.lexicon import load_model
from cleaner.passes.split import (
    capitals,
    function_words,
    names,
    split_merged_words,
    technical,
)

SPLITS = [
    # A name glued after an article or preposition, from the article benchmark's pages.
    (
        "This graphic, provided byStatista, shows the states where it is legal.",
        "This graphic, provided by Statista, shows the states where it is legal.",
    ),
    # A possessive glued to the word after it (a link began there).
    (
        "Stocks fell while South Korea'sKospi Index declined 0.3% on the day.",
        "Stocks fell while South Korea's Kospi Index declined 0.3% on the day.",
    ),
    (
        "Japan’sNikkei 225 rose as traders came back to the market.",
        "Japan’s Nikkei 225 rose as traders came back to the market.",
    ),
    # A sentence that ended before ``I`` with no space.
    (
        "It is good for your businessI believe that focus is the key to it.",
        "It is good for your business I believe that focus is the key to it.",
    ),
    # Grammatical pairs that a dictionary lists hyphenated.
    ("The man hasbeen ill for a long time now.", "The man has been ill for a long time now."),
    ("The risk was greaterthan they thought.", "The risk was greater than they thought."),
    # Words glued by punctuation with no space after it, made up after the tuning pages.
    (
        "Hold onto your feather bedding,butif you get a cough, see your doctor.",
        "Hold onto your feather bedding,but if you get a cough, see your doctor.",
    ),
    (
        "The coach was sackedlast's week after the team lost again at home.",
        "The coach was sacked last's week after the team lost again at home.",
    ),
    # A contraction glued to the word after it.
    (
        "She said that she don'tknow where the keys were left last night.",
        "She said that she don't know where the keys were left last night.",
    ),
    (
        "We'vebeen told that the plan will change before the end of the year.",
        "We've been told that the plan will change before the end of the year.",
    ),
    # A word glued to a name the document writes elsewhere, always capitalised.
    (
        "Doris came home late. He gave her a pennyDoris said was not enough for the bus.",
        "Doris came home late. He gave her a penny Doris said was not enough for the bus.",
    ),
    # A name the document writes inside a sentence, glued to a function word or a long
    # common word after it (made up after the tuning page's ``Light a Wishas``).
    (
        "The show is called Light a Wish. In it, Light a Wishas a clear example is shown.",
        "The show is called Light a Wish. In it, Light a Wish as a clear example is shown.",
    ),
    (
        "The base at al-Tanf is old. Troops in Tanfrecently trained the local men there.",
        "The base at al-Tanf is old. Troops in Tanf recently trained the local men there.",
    ),
    # A function word glued to a capitalised pronoun or determiner (a link began there).
    (
        "He is the editor ofThe Daily Post and writes forThe Hill in his spare time.",
        "He is the editor of The Daily Post and writes for The Hill in his spare time.",
    ),
    (
        "The parcel was sent by mail and it wasShe who opened it on the next day.",
        "The parcel was sent by mail and it was She who opened it on the next day.",
    ),
    # A hyphenated name glued to an adverb of a common word (the tuning page's
    # ``al-Tanfreportedly``).
    (
        "They want the U.S. to leave the al-Tanf base. Troops in al-Tanfreportedly trained.",
        "They want the U.S. to leave the al-Tanf base. Troops in al-Tanf reportedly trained.",
    ),
    # Two function words glued, twice in the document: a careless extractor glues the
    # same tags again and again.
    (
        "The end ofthe road was near. He said the rest ofthe team was tired.",
        "The end of the road was near. He said the rest of the team was tired.",
    ),
    # A function word glued to a name the document writes elsewhere in a sentence (and
    # never lowercase): ``of`` + a name is a merge, though ``of`` ends no sentence.
    (
        "She met Doris there, and the friends ofDoris came too.",
        "She met Doris there, and the friends of Doris came too.",
    ),
    # A word the table lists glued to a function word that ends no name (``and``,
    # ``that``, ``had``), though the document uses it once.
    (
        "The airline flew to Britain, Irelandand France until it ceased trading last week.",
        "The airline flew to Britain, Ireland and France until it ceased trading last week.",
    ),
    (
        "A small piece of Legohad been lodged in the hose of the old vacuum cleaner.",
        "A small piece of Lego had been lodged in the hose of the old vacuum cleaner.",
    ),
    # A tag ended after a hyphenated compound (``day-by-dayThe``): a sentence opener
    # glued to its last word splits off, as after a plain word (``pageThe``).
    (
        "It grows day-by-dayThe faster you act, the better. Modeling cost-effectivenessIn "
        "addition to the theory, we used it.",
        "It grows day-by-day The faster you act, the better. Modeling cost-effectiveness In "
        "addition to the theory, we used it.",
    ),
    # An -ing form of a common verb opens sentences (``Having``, ``Starting``): a heading
    # glued to the paragraph after it.
    (
        "Clean out the kitchenHaving lots of junk food around is a risk. Eat every "
        "dayStarting each day well helps.",
        "Clean out the kitchen Having lots of junk food around is a risk. Eat every "
        "day Starting each day well helps.",
    ),
    # A listed word glued to ``of``, ``for``, ``are``, ``can`` or ``will``, which end no
    # name (``Oneof``, ``Thereare``): a sentence's first word glued to the next one.
    (
        "Oneof them left early. Thereare two more, and Nursescan help at night.",
        "One of them left early. There are two more, and Nurses can help at night.",
    ),
    # A day's or a month's name after a function word or a word before a date.
    (
        "Oil prices fell onTuesday, as they did inJuly and everyNovember since 2010.",
        "Oil prices fell on Tuesday, as they did in July and every November since 2010.",
    ),
    # A Markdown link is no sign of code: the page's prose merges split.
    (
        "It is locatednear the border, as [Polygraph](https://polygraph.info/a_b?c=1) said.",
        "It is located near the border, as [Polygraph](https://polygraph.info/a_b?c=1) said.",
    ),
]

KEPT = [
    # Brands and names in their usual form, including ``the`` + a common word.
    "Read it on FoxNews, CBSSports or LiveScience, or follow theScore on YouTube today.",
    "She bought an iPhone at McDonald's, learned JavaScript and played PlayStation.",
    "Follow theGuardian and theScore for the latest news on the match.",
    # Identifiers that start with a preposition, and code.
    "Call forEach and toString on the list before you return it.",
    "Use `byName` or ofType() to look the value up in the table.",
    # Technical compounds and listed words that are no grammatical pair.
    "The nanoaggregates and magnetocentrifugal winds of thermoelectric samples were studied.",
    "The shebeen was closed, and the old pub on the corner was a quiet place again.",
    # An ``s`` + capital word without an apostrophe before it is no possessive.
    "The sKospi value and the sUS flag are read by the tool we wrote for the lab.",
    # Glued chunks that are compounds, dotted names, identifiers or contractions.
    "The state-ofthe-art model and the right-toknow laws were both passed.",
    "Set the limit to sys.maxsize and call re.findall on the text in the loop.",
    "The x86list and utf8mb4charset options, 3hoursago and the 3dconv layer are in the code.",
    "It's true: she couldn't tell them, and it'snot a word, as in o'clock or rock'n'roll.",
    "The iPhone,PlayStation and YouTube,JavaScript tabs stayed open all day.",
    # Brands and identifiers beside their capitalised second part, and a name after a
    # word that cannot end a sentence or a single letter.
    "They flew airBaltic over the Baltic and easyJet by Jet2, then sold an iPhone by Phone.",
    "Sell it on eBay at the Bay, or post it to deviantArt, the Art site, or on weChat or Chat.",
    "Set userName to the Name field, not to the name of the user, and the Doris field.",
    # A capitalised word met only at a sentence's start is no name (``Just``); after a
    # name, a compound suffix or a participle makes its compound (``Ising-like``,
    # ``Libyan-inspired``), and a short rarer word ends a name (``Cleggmania``).
    "Just wait. He met Juston the road, and saw Ising models and Isinglike chains there.",
    "The Libyan leader spoke of Libyaninspired plans; Clegg spoke of Cleggmania again.",
    # Before a function word that may end a name (``on``, ``as``, ``her``, ``more``),
    # a word used once stays whole: ``Juston``, ``Lucas``, ``Archer``, ``Gilmore``.
    "The dog bolted near Lancasteron a Sunday, and we met Tobyas and Gilmore there.",
    # Identifiers made of two function words, and a function word before a capitalised
    # word that is no pronoun or determiner, stay whole.
    "The tests call isA, toBe, forAll and andThen, and the forEach loop ofType returns it.",
    # After a hyphenated name, a participle or a compound suffix makes its compound, and
    # a name the document does not use alone stays whole.
    "The Anglo-Saxon kings ruled. The Anglo-Saxonruled and Anglo-Saxonlike lands of Jean-Lucas.",
    # Words said twice that read as two function words: an identifier, a word of
    # another language, a known word.
    "The init script ran first. Then the init script stopped, and we went home at last.",
    "She kept saying isso to everyone, and isso was all she would say about the trip.",
    "The washer broke and the washer man came to look at it on the next day.",
    # A hyphenated chunk ending in a word glued to a capitalised word that opens no
    # sentence, or in a brand, stays whole (``pop-upHollywood``, ``re-iPhone``).
    "The pop-upHollywood store sold the x-userName and re-iPhone cases to all of them.",
    # An -ing word that is a noun first (``Building``, ``Training``, ``Morning``: rarer
    # verbs than the word itself) opens no sentence: the capitalised word stays glued.
    "They met at the mainBuilding for the userTraining on a sunnyMorning last week.",
    # Names ending in ``to`` or ``can`` (``Avito``, ``Duncan``), and a day's name after a
    # word that goes before no date (``everyDay`` is no date, ``payDay`` no function word).
    "We used data from Avito and Duncan in the study, and the everyDay and payDay sets.",
    # A bare https:// and an e-mail address in running text are still signs of code.
    "Its fullwords are fast; see https://gmplib.org/ or write to bugs@gmplib.org now.",
    # A rare word (``barb``, ``ist``: under ``names.WORD_BEFORE_ARE_MIN_ZIPF``) glued to a
    # ``are``, which ends many words, is a name, or a merge made elsewhere (``I stare``):
    # the shape of dragnet's and L3S-GN1's tuning pages (session 38).
    "In 2005 the firm's head Vincent Barbare suspended the sale of the book.",
    "Love letters are hard.\n\nIstare at the blank card, lost for words, as I do every year.",
    # The tail of a word a space broke (``bec ause``: no ``a use``), and an author's
    # handle in a byline (``by randfish on November 13``), from the same pages.
    '"I felt for the boys bec ause they put a massive effort in today," he said.',
    "What I Learned About Sales by randfish on November 13, 2010. I hate selling.",
    "Editorial Guidelines for this Blog by wiredtom on 5 November 2010, and more news.",
    # No article comes before a subject pronoun (``the itin``: no ``the it in``), and a
    # token before ``writes`` and a quote is a submitter's handle (session 38).
    "I moved my flight up. Re-routed, changed the itin, and flew to Atlanta at noon.",
    'wiredmikey writes "Later this week, the head of the agency will speak at the meeting."',
    # No split puts an article before a conjunction: ``athough`` is a typo (session 38).
    "The post is here exactly as it was written, athough it lost some of its formatting.",
    # ... nor a subject pronoun before an object one: ``whome`` is a typo of ``whom``.
    "In place of enemies here it is my friends whome I have forgiven, all of them.",
    # A lowercase token alone in parentheses after a name is its handle (session 38).
    "The speakers are Dan Jones and Anna Holm Berger (swissmiss), and many more.",
    # A token one letter off a very common word is a typo of it (session 38).
    "So much travail must result in somethink very grand, I would only say.",
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_splits_real_merges(text: str, expected: str) -> None:
    assert split_merged_words(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_keeps_names_identifiers_and_words(text: str) -> None:
    assert split_merged_words(text) == text


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("hasbeen", ("has", "been")),
        ("hadbeen", ("had", "been")),
        ("greaterthan", ("greater", "than")),
        ("morethan", ("more", "than")),
        ("ratherthan", ("rather", "than")),
        ("shebeen", None),
        ("latterthan", None),
        ("inline", None),
    ],
)
def test_grammatical_pairs(word: str, parts: tuple[str, str] | None) -> None:
    assert function_words.grammatical_split(word, load_model()) == parts


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("theIntelligencer", ("the", "Intelligencer")),
        ("fromStatista", ("from", "Statista")),
        # ``reuters`` is listed as a word, but no common one: a name after ``from``
        # (kept whole before session 25), not after ``the`` (``theScore``)
        ("fromReuters", ("from", "Reuters")),
        ("inFrance", ("in", "France")),
        ("ofMiami", ("of", "Miami")),
        ("theReuters", None),
        ("toFrance", None),  # ``to`` and ``on`` start conversions and handlers (``toFloat``)
        ("inRange", None),  # a common word: identifiers glue them
        ("inSet", None),  # a word of identifiers (``split_non_final.txt``)
        ("inElkton", None),  # too rare a word for the table to vouch for it as a name
        ("theScore", None),
        ("theUS", None),
        ("forEach", None),
        ("toString", None),
        ("iPhone", None),
    ],
)
def test_names_after_a_word(word: str, parts: tuple[str, str] | None) -> None:
    assert names.name_split(word, load_model()) == parts


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("toLondon", ("to", "London")),
        ("onBiden", ("on", "Biden")),
        ("theWashington", ("the", "Washington")),
        ("onClick", None),  # the document writes ``click`` too
        ("aLondon", None),  # ``a`` + a capital: identifiers (``aValue``)
        ("inLo", None),  # too short a name
    ],
)
def test_function_word_before_a_name_of_the_document(
    word: str, parts: tuple[str, str] | None
) -> None:
    seen = {"London", "Biden", "Washington", "Click", "click", "Lo"}
    assert names.name_split(word, load_model(), seen.__contains__) == parts
    assert names.name_split(word, load_model()) is None  # no evidence, no split


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("ofThe", ("of", "The")),
        ("withHer", ("with", "Her")),
        ("wasShe", ("was", "She")),
        ("andThey", ("and", "They")),
        ("forEach", None),
        ("isA", None),
        ("toBe", None),
        ("theThe", None),
        ("usThe", None),
    ],
)
def test_function_word_before_a_pronoun(word: str, parts: tuple[str, str] | None) -> None:
    assert function_words.function_pair_split(word) == parts


def test_function_word_pairs_are_no_words_of_other_languages() -> None:
    from cleaner.language import TABLE_LANGUAGES
    from cleaner.lexicon import load_language_model

    # (Known English words among them, ``ashe``, ``washer``, never split: left out.)
    pairs = [w for w in function_words.function_word_pairs() if not load_model().knows(w)]
    for language in TABLE_LANGUAGES:
        model = load_language_model(language)
        listed = [w for w in pairs if model.frequency(w) >= 1.5]
        assert not listed, (language, listed)


def test_web_addresses_are_no_signs_of_code() -> None:
    assert not technical.is_technical(
        "As Gizmodo [explained](https://gizmodo.com/a_b?c=d), it grew."
    )
    assert not technical.is_technical("Sources told Polygraph.info the claims were false.")
    assert technical.is_technical("See https://gmplib.org/ for news.")
    assert technical.is_technical("Set x=1 and see (https://a.com).")
    links = "See [it](https://a.com/a_b).\n\nRead (www.b.org/c=d).\n\nAnd Polygraph.info."
    assert technical.is_technical_document(f"Set x=1.\n\n{links}") is False
    assert technical.is_technical_document("Set x=1.\n\nCall f() now.\n\nRest.") is True


@pytest.mark.parametrize(
    ("word", "before", "parts"),
    [
        ("tknow", "don", ("t", "know")),
        ("vebeen", "we", ("ve", "been")),
        ("llbe", "it", ("ll", "be")),
        ("tknow", "ca", None),  # ``t`` only after ``n``
        ("sxyzzy", "it", None),  # the rest must be a common word
        ("s", "it", None),
    ],
)
def test_contractions(word: str, before: str, parts: tuple[str, str] | None) -> None:
    assert function_words.contraction_split(word, before, load_model()) == parts


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("pennyDoris", ("penny", "Doris")),
        ("ofDoris", None),  # ``of`` ends no sentence
        ("abDoris", None),  # too short a word before the name
        ("iPhone", None),
        ("userName", None),  # ``username`` is a known word
    ],
)
def test_name_after_a_word(word: str, parts: tuple[str, str] | None) -> None:
    assert capitals.name_split_after(word, load_model(), {"doris", "phone", "name"}) == parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name split off without the document's evidence is a name of the document for
        # the others: ``to France`` would split on the next run (not idempotent before).
        (
            "He moved inFrance in 1990 and went back toFrance in 1995.",
            "He moved in France in 1990 and went back to France in 1995.",
        ),
        (
            "The figures came byStatista in May and went toStatista in June.",
            "The figures came by Statista in May and went to Statista in June.",
        ),
        # No name split off: ``toFrance`` alone stays whole, as before.
        (
            "He went back toFrance in 1995 with his wife.",
            "He went back toFrance in 1995 with his wife.",
        ),
    ],
)
def test_names_split_off_count_as_names_of_the_document(text: str, expected: str) -> None:
    once = split_merged_words(text)
    assert once == expected
    assert split_merged_words(once) == once
