"""The ``split`` pass: merged words split, everything else kept whole."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner.lexicon import load_model
from cleaner.passes.split import (
    chunk_patterns,
    explain_splits,
    pairs,
    split_merged_words,
    technical,
)

KEEP_WHOLE = Path(__file__).resolve().parent.parent / "data" / "split_keep_whole.txt"

# A text that writes its compounds with hyphens, as *Moby Dick* does.
COMPOUNDING = (
    "The old sea-captain, the boat-steerer and the fast-line were there, and the cabin-boy "
    "and a half-drowned man-of-war's man looked on. "
)

# What extractors leave of a page's markup: empty tags, relative link targets.
PAGE_DEBRIS = (
    '<span id="ad-top"></span>\n\n<span style="display:none"></span>\n\n'
    "[Latest](//gizmodo.com/) [Reviews](/c/reviews)\n\n"
)
# A paragraph as one long line, as some extractors write it (indented).
LONG_LINE = (
    "Jose Mourinho has agreed a deal to replace Mauricio Pochettino as the manager until "
    "the end of the season. Pochettino was sackedlast night after five years in charge, and "
    "less than six months after leading the club to its first final.\n"
)

SPLITS = [
    ("It was issuedpreviously by Khomeini.", "It was issued previously by Khomeini."),
    ("a house locatednear the river", "a house located near the river"),
    ("The coach was sackedlast week.", "The coach was sacked last week."),
    ("See the next pageThe story goes on.", "See the next page The story goes on."),
    ("Stir for a minuteAdd the salt.", "Stir for a minute Add the salt."),
    # A clock time's am or pm glued to the heading or paragraph under a date line, even
    # where the capitalised word opens no sentence and on an indented line.
    (
        "November 5, 2012, 4:36 pmThink Like a Doctor",
        "November 5, 2012, 4:36 pm Think Like a Doctor",
    ),
    ("at 9:01pmEach year, millions post.", "at 9:01pm Each year, millions post."),
    ("\t\t2011 at 10:00amUPDATE on Sunday", "\t\t2011 at 10:00am UPDATE on Sunday"),
    # A sentence opened by an indefinite pronoun, a sentence adverb or an adverb in -ly.
    ("He looked at the doorNothing moved.", "He looked at the door Nothing moved."),
    ("It was a quiet townPerhaps too quiet.", "It was a quiet town Perhaps too quiet."),
    ("Talks were longCrucially, the deal held.", "Talks were long Crucially, the deal held."),
    ("We met at the parkLuckily it was dry.", "We met at the park Luckily it was dry."),
    # A rarer word (Zipf 2 or more, five letters or more) before a pronoun or determiner.
    ("It was an age of deflationIt hurt farms.", "It was an age of deflation It hurt farms."),
    # A pronoun that ends the sentence before it (``her``, ``that``).
    ("He gave the book to herShe smiled.", "He gave the book to her She smiled."),
    ("Nobody had told him thatIt was late.", "Nobody had told him that It was late."),
    ("He went to the endof the road.", "He went to the end of the road."),
    # A number spelt out opens sentences.
    (
        "He was taken off suicide watchThree weeks later he died.",
        "He was taken off suicide watch Three weeks later he died.",
    ),
    # A two-letter word before a sentence opener needs a three-letter part's frequency.
    ("Nobody clicked the adWhen it ran.", "Nobody clicked the ad When it ran."),
    # A heading's last word glued to its paragraph, which opens with the same word
    # (session 31, split_glue_probe.py's tag ends: ``yogaYoga``, ``sleepSleep``).
    (
        "5. Try yogaYoga is a practice that calms the mind.",
        "5. Try yoga Yoga is a practice that calms the mind.",
    ),
    ("10. Get enough sleepSleep affects hunger.", "10. Get enough sleep Sleep affects hunger."),
    # A listed function word before a suffix is no compound (``him like``, ``go less``).
    ("She looked at himlike a hawk.", "She looked at him like a hawk."),
    ("We can goless often now.", "We can go less often now."),
    # A name the table lists, no common word, after a conjunction or a preposition
    # (session 32: ``thatRussia``, ``overWashington``).
    ("Sources said thatRussia would not agree.", "Sources said that Russia would not agree."),
    ("Clouds hung overWashington all day.", "Clouds hung over Washington all day."),
    # A block's last word glued to the next block's first, a capitalised common word
    # that opens no sentence as such (session 32, split_glue_probe.py's tag ends).
    (
        "Eat every three hoursDinner: salmon and rice.",
        "Eat every three hours Dinner: salmon and rice.",
    ),
    (
        "It was the second appearanceVienna had made on the list.",
        "It was the second appearance Vienna had made on the list.",
    ),
    # ... also where a page repeats the block, the same word before or after each time
    # (session 34, split_glue_probe.py's tag ends: a shop's cards).
    (
        "Eat two hoursTomato salad.\n\nThen rest. Eat two hoursTomato salad again.",
        "Eat two hours Tomato salad.\n\nThen rest. Eat two hours Tomato salad again.",
    ),
    # ``a`` after a common participle, however rare next to ``was`` (``launcheda``).
    (
        "The firm launcheda new phone, displayinga logo.",
        "The firm launched a new phone, displaying a logo.",
    ),
    ("(issuedpreviously.)", "(issued previously.)"),
    ("He said (issuedpreviously) so", "He said (issued previously) so"),
    ("“locatednear,” she said.", "“located near,” she said."),
    ("The bridge wasa link to the village.", "The bridge was a link to the village."),
    ("She sat down witha cup of tea.", "She sat down with a cup of tea."),
    ("It is the end ofa long road.", "It is the end of a long road."),
    # WordNet's open compounds are merges when written closed; so is an adjective before a
    # word that only looks like a participle; ``in`` + X is not the old spelling of en- + X.
    ("The primeminister spoke to the house today.", "The prime minister spoke to the house today."),
    ("There is a greatneed for new homes here.", "There is a great need for new homes here."),
    ("They were indanger of losing it all.", "They were in danger of losing it all."),
    # A rare word next to a function word: ``hedgehogs and``, not ``hedgehog sand``.
    ("slow worms, hedgehogsand several rare bees", "slow worms, hedgehogs and several rare bees"),
    ("he was never given toforbearance.", "he was never given to forbearance."),
    ("He walked in anda dog followed.", "He walked in and a dog followed."),
    ("a tunnel through aridge of sandstone", "a tunnel through a ridge of sandstone"),
    # Only after an apostrophe is ``-in`` a dropped g; only after ``thou`` is ``-st`` a verb.
    ("They sat in the sunin silence.", "They sat in the sun in silence."),
    ("It took therest of the day.", "It took the rest of the day."),
    # A sentence, or four words, are enough prose to judge by.
    ("He walked witha dog", "He walked with a dog"),
    # The old forms stay whole only where their context shows them (KEPT): ``all afoam``,
    # ``to inforce``, ``a hasbeen``; ``a`` + a singular still splits.
    (
        "She found aleak in the old roof of the barn.",
        "She found a leak in the old roof of the barn.",
    ),
    ("They came inforce to the square at noon.", "They came in force to the square at noon."),
    ("Some said the film hasbeen forgotten.", "Some said the film has been forgotten."),
    # ``the``, ``your``, ``their``, ``and`` glued to a common word: a merge however often
    # the document has it (an extractor glues each copy of a block alike).
    (
        "He launched thecampaign in May. Critics of thecampaign were loud.",
        "He launched the campaign in May. Critics of the campaign were loud.",
    ),
    (
        "Eat an hour before yourworkout and drink after yourworkout each day.",
        "Eat an hour before your workout and drink after your workout each day.",
    ),
    # A content word and a function word glued twice, written apart elsewhere.
    (
        "Charged with possession of meth, possessionof a gun and possessionof cash.",
        "Charged with possession of meth, possession of a gun and possession of cash.",
    ),
    # Two content words split in prose that seldom hyphenates; in a text that writes its
    # compounds out, past forms and adverbs still do (``sacked last``).
    (
        "Every ropeyarn hummed in the wind that night.",
        "Every rope yarn hummed in the wind that night.",
    ),
    # A page's text: a domain is no use of a word (theintelligencer.net), leftover tags
    # and link targets do not make the page technical, an indented long line is prose.
    (
        "he said, according to theIntelligencer\n(https://www.theintelligencer.net/news/a-b).",
        "he said, according to the Intelligencer\n(https://www.theintelligencer.net/news/a-b).",
    ),
    (
        PAGE_DEBRIS + "At first, his doctorassumed he had a lower respiratory tract infection.",
        PAGE_DEBRIS + "At first, his doctor assumed he had a lower respiratory tract infection.",
    ),
    ("        " + LONG_LINE, "        " + LONG_LINE.replace("sackedlast", "sacked last")),
    (
        COMPOUNDING + "The coach was sackedlast week.",
        COMPOUNDING + "The coach was sacked last week.",
    ),
    ("Walk witha dog!", "Walk with a dog!"),
    # A function word glued to a name the document writes elsewhere, inside a sentence
    # and never lowercase (a link's text after ``to``, ``in``, ``with``).
    (
        "He moved toLondon in 1990 and left London in May.",
        "He moved to London in 1990 and left London in May.",
    ),
    # After ``in``, ``of``, ``at``, ``from``, ``for``, ``with``, ``by``, ``into``, a word the
    # table lists but no common word is a name, used once or not (session 25).
    ("He moved inLondon in 1990.", "He moved in London in 1990."),
    ("The talks ofMiami and atTufts went well.", "The talks of Miami and at Tufts went well."),
    # ... or whose two words the document writes apart elsewhere, though the name's first
    # word is a common word too (``the United States``, ``united``).
    (
        "Trade with theUnited States grew; the United States and a united Europe agreed.",
        "Trade with the United States grew; the United States and a united Europe agreed.",
    ),
    (
        "Sources said so, according toReuters, as a Reuters poll showed.",
        "Sources said so, according to Reuters, as a Reuters poll showed.",
    ),
]

KEPT = [
    "Katiraie Fallahian Pourmohammadi Khomenei mohareb",
    # A number after a word that ends no sentence stays glued (``theThree``).
    "They sold theThree and ofFive sets at the fair.",
    # ... and a rarer one stays glued (``qa``, ``rb``: abbreviations, identifiers).
    "Run the qaThe and rbThe steps, then the next ones.",
    # ``a`` after a rarer word that is no participle, or a short one, stays glued.
    "They sent an observea and the bleda to the lab in the morning.",
    "iPhone YouTube McDonald JavaScript PlayStation eBay",
    "Read https://example.com/issuedpreviously now",
    "mail issuedpreviously@example.com or @issuedpreviously or #issuedpreviously",
    "open issuedpreviously.txt and issued_previously and issued.previously",
    "the 1st and 22nd and 3issuedpreviously",
    "well-issuedpreviously words",
    "ISSUEDPREVIOUSLY in capitals",
    "Issuedpreviously starts with a capital",
    "issuedpreviously here and issuedpreviously there",
    "userName firstName camelCase getElementById",
    # A word glued to itself capitalised stays when short or rare (``piPi``, ``ziZi``).
    "the piPi and ziZi values",
    "theEnd getValue isEmpty",
    # Capitalised words that are no openers: nouns in -ly, names, method names.
    "the unitFamily and mainSupply fields, a newAssembly, dearKelly, and fastText or mixUp",
    "the herName and thatValue fields, and hisThe or yourIt",
    # Nor does a longer word glued to a name of code's last word or to an -ing noun.
    "the studentName and inputValue fields of the buttonText, on a sunnyMorning",
    "the beforeUnload and afterPrint hooks",
    # A content word as common as a function word takes a suffix (session 32).
    "The boundary is a finite timelike surface.",
    # A name the text writes in its sentences, in other words' company each time, stays
    # (session 34, PLOS: ``the package clusterPower``, ``with clusterPower``).
    "We used the package clusterPower for it; the clusterPower package is in R, and with "
    "clusterPower, we ran the simulations.",
    # A rare word before a capitalised noun, or a short one before a pronoun, stays.
    "the deflationRate and infamyScore fields, and the kaonIt value",
    "Call `str.endswith()` and frozenset or setdefault in code.",
    "la casa de mi madre estaba issuedpreviously cerca del parque",
    "sesquipedalian thereof hereinafter notwithstanding",
    # A word said twice is a word, not ``to to``.
    "the figures were accepted in toto by the board",
    # Two readings too close to call: ``a tin`` or ``at in``.
    "he kept it in atin behind the counter",
    # A rare word next to a word that also builds compounds: ``adroop``, ``bedarned``.
    "the flags hung adroop and he was bedarned if he knew why",
    # Real words that look like merges with ``a``: Latin plurals, listed words.
    "international fora and the area ahead",
    # Forms of listed words: plurals of -ing nouns, dropped-g -in', -st verbs after thou.
    "in the waverings of her mind, by their soft seethings and the gorings of wild creatures",
    "if that harpooneer hears you a slanderin' his head, and the sea all foamin’.",
    "Thou belongest to that tribe. Dost not think of it when thou gettest to sea?",
    # Compound heads and prefixes split off only next to a function word.
    "the old bowsman and the reelman; the coachmaker was slow; thou blackling!",
    "I am horror-struck at this antemosaic, unsourced existence.",
    # Paragraphs of fewer than four words and no sentence: headings, labels, commands.
    "whatis expression\n",
    "* *Lt* - titlecase letters\n",
    # Old forms known by the words before them: the ``a-`` of ``all afoam``, the in- of
    # ``to inforce`` (enforce), the noun ``a hasbeen``.
    "He said she was all afoam and all aglow with it.",
    "The order came for him to inforce the rules at once.",
    "By then he was a hasbeen in the eyes of the league.",
    # Written twice, a word made with another first word, or with a rare or short last
    # one, is the document's word: ``acampaign``, ``theropodan``, ``theirown``.
    "He ran acampaign in May. Critics of acampaign were loud.",
    "The theropodan skull and another theropodan jaw were found.",
    "They went theirown way, and we went theirown way too.",
    # Written twice and never apart, or apart only with a rare or short word: the
    # document's word (``possessionof`` twice alone); a name of code (``the datain option``).
    "Charged with possessionof a gun and possessionof cash.",
    "Read the datain option; the datain option holds the data in order.",
    # A function word first is no such merge: ``a``, ``be`` are prefixes too (Chaucer's
    # ``apair``, ``beseen``); nor two function words (``whatso``).
    "Thou shalt apair thy name; a pair of shoon. Thou shalt apair it not.",
    "Whatso he seyde, whatso he dide, what so men seye.",
    # In technical text a name of code repeats: ``typeof`` twice beside ``type of``.
    'The typeof operator returns a string; use typeof x === "number" to test the type of a value.',
    # ``a`` + a plural is no phrase; in technical prose short pairs and placeholder names
    # are identifiers.
    "Configure cups.socket to listen on the right IPs and aports by dropping files here.",
    "When systemd is the active init system, edit cups.socket to change it.",
    "Connect to somehost with ssh -p 22 and copy the files there.",
    # Compounds in a text that writes its compounds out.
    COMPOUNDING + "Every ropeyarn tingled; the deadreckoning and a large oilpainting.",
    # No clock time's am or pm glued to a capitalised word: a word after a time, a
    # capital AM, a time's am and a word apart.
    "The 5:30amazing show at 10:00 AMPosted, 9:01 pm. Each year.",
    # An indented short line is code.
    "    if sackedlast:\n        return doctorassumed\n",
    # A document full of code: identifiers in its prose stay whole.
    "Use `memoryview` here.\n\nCall f() first.\n\nA memoryview wraps bytes.\n",
    # A function word before a capitalised word the document writes lowercase too, or
    # nowhere else: ``onClick`` (an identifier), ``toLondon`` (no evidence of a name:
    # ``to`` and ``on`` start conversions and handlers, ``toFloat``, ``onScroll``), and a
    # common word after any (``inRange``).
    "Press onClick and then click it, as the Click button says.",
    "He moved toLondon in 1990.",
    "Set the value inRange and call onScroll once the list is shown.",
    "Trade with theUnited States grew, and a united Europe agreed.",
    # ``a`` before a word the document uses elsewhere rivals ``are current``.
    "We propose arecurrent network. It has recurrent layers.",
    "",
    "\n",
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_splits_merged_words(text: str, expected: str) -> None:
    assert split_merged_words(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_keeps_text_that_is_not_merged(text: str) -> None:
    assert split_merged_words(text) == text


def keep_whole_words() -> list[str]:
    lines = KEEP_WHOLE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_keep_whole_list_is_long_enough() -> None:
    assert len(set(keep_whole_words())) >= 200


def test_keeps_rare_words_names_and_brands_whole() -> None:
    changed = []
    for word in keep_whole_words():
        text = f"The report mentioned {word} in passing yesterday.\n"
        if split_merged_words(text) != text:
            changed.append(word)
    assert changed == []


def test_a_compound_the_document_also_hyphenates_stays_whole() -> None:
    merged = "The harpoon hit the spoutholes of the whale at dawn."
    assert split_merged_words(merged) == "The harpoon hit the spout holes of the whale at dawn."
    both = f"Water rose from the spout-holes in a cloud. {merged}"
    assert split_merged_words(both) == both
    assert split_merged_words(both, force=("spout holes",)) != both


def test_protect_and_force_settings() -> None:
    text = "It was issuedpreviously, and a bookshelf stood there."
    assert split_merged_words(text, protect=("IssuedPreviously",)) == text
    assert split_merged_words(text, force=("book shelf",)) == (
        "It was issued previously, and a book shelf stood there."
    )
    assert split_merged_words("Bookshelf", force=("book shelf",)) == "Book shelf"


def test_explain_lists_each_split_with_its_parts() -> None:
    before = "It was issuedpreviously by the sea, locatednear here."
    after = split_merged_words(before)
    assert explain_splits(before, after) == [
        "issuedpreviously -> issued + previously",
        "locatednear -> located + near",
    ]
    assert explain_splits("no merged words", "no merged words") == []


def test_technical_document_keeps_short_compounds_but_splits_long_merges() -> None:
    code = "Call `f(x)` and `g(y)`.\n\nThe titlecase helper and the normalmechanism guard.\n"
    assert split_merged_words(code) == (
        "Call `f(x)` and `g(y)`.\n\nThe titlecase helper and the normal mechanism guard.\n"
    )


def test_rare_part_splits_off_a_function_word_when_the_document_uses_it() -> None:
    # ``lochan`` (Zipf 1.6) is too rare to split off unless the document uses it.
    assert split_merged_words("We reached thelochan at dusk.") == ("We reached thelochan at dusk.")
    assert split_merged_words("The lochan was cold. We reached thelochan at dusk.") == (
        "The lochan was cold. We reached the lochan at dusk."
    )
    # ``bothy`` (Zipf 2.1) is listed often enough to split off a function word anyway.
    assert split_merged_words("We reached thebothy at dusk.") == "We reached the bothy at dusk."


def test_model_needs_no_word_frequency_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "wordfreq", None)  # Importing it now fails.
    monkeypatch.setitem(sys.modules, "wordsegment", None)
    load_model.cache_clear()
    assert split_merged_words("It was issuedpreviously.") == "It was issued previously."
    assert load_model().knows("sesquipedalian")


def test_words_only_scowl_lists_are_known_but_never_common_parts() -> None:
    # tools/build_split_words.py --scowl: rare words of the novels (horsepond) are known,
    # with a Zipf below every threshold of the split rules; merges that SCOWL lists too
    # (tobe, thana) are left out by the debris test.
    model = load_model()
    for word in ("horsepond", "mainyard", "bepatched", "spinnet"):
        assert model.knows(word)
        assert model.frequency(word) < pairs.SEEN_PART_MIN_ZIPF
    assert not any(model.knows(word) for word in ("tobe", "thana", "toher", "formy"))


def test_clean_common_words_do_not_load_the_model() -> None:
    load_model.cache_clear()
    text = "The people said that the government would make a decision about the school.\n"
    assert split_merged_words(text) == text
    assert load_model.cache_info().currsize == 0
    split_merged_words("It was issuedpreviously.")
    assert load_model.cache_info().currsize == 1


WORDISH = st.text(alphabet=st.sampled_from("aeinorstlhdpvAT .,\n'-_@#()1"), min_size=0, max_size=80)
MERGED = st.lists(
    st.sampled_from(["issuedpreviously", "locatednear", "pageThe", "the", "iPhone", "x"]),
    max_size=8,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=60), WORDISH, MERGED))
def test_properties(text: str) -> None:
    once = split_merged_words(text)
    assert split_merged_words(once) == once
    assert once.replace(" ", "") == text.replace(" ", "")


def test_a_part_brought_in_by_a_split_allows_nothing_new_on_a_second_run() -> None:
    # ``droopand`` splits (``droop`` next to ``and``); ``adroop`` must not split once
    # ``droop`` is in the document: ``a`` builds compounds, seen part or not.
    text = "The sail hung adroop all day long. Its droopand sag worried the old mate greatly."
    once = split_merged_words(text)
    assert once == text.replace("droopand", "droop and")
    assert split_merged_words(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lone letter that is no word beside a part it makes a common word with
        # ("no" + "n"): join's to judge, not split's.
        ("no newline at the endno n", "no newline at the endno n"),
        # A lone letter that makes no word with the part beside it, a lone letter that is
        # a word, or none: the merge splits.
        ("The order was n issuedpreviously by him.", "The order was n issued previously by him."),
        ("no newline at the endno a", "no newline at the end no a"),
        ("The order was issuedpreviously by him.", "The order was issued previously by him."),
    ],
)
def test_a_word_beside_a_lone_letter_is_left_to_join(text: str, expected: str) -> None:
    once = split_merged_words(text)
    assert once == expected
    assert split_merged_words(once) == once


# Texts made of the pieces the paragraph and code-sign scans turn on: letters, line feeds,
# blank lines, spaces and each sign of code.
_SCAN_PIECES = st.sampled_from(
    [
        "ab",
        "c",
        "ab",
        "\n",
        "\n\n",
        " ",
        ".",
        "_",
        "(",
        "-",
        "--x",
        ":",
        "::",
        "=",
        "é",
        "f(",
        "x_y",
        "ab.cd",
        " -a",
        "A",
        "<b>",
        "</b>",
        "](/x)",
        "(https://a.com)",
    ]
)


@settings(max_examples=400)
@given(st.lists(_SCAN_PIECES, max_size=40).map("".join), st.data())
def test_paragraphs_with_a_candidate_are_those_a_paragraph_scan_finds(
    text: str, data: st.DataObject
) -> None:
    """Searching the text for each candidate finds the paragraphs reading each finds."""
    from cleaner.passes.split.runs import MAX_SEARCHED_CANDIDATES, paragraphs_with

    runs = sorted(set(chunk_patterns.LETTER_RUN_RE.findall(text)) | {"ab", "zz"})
    candidates = set(data.draw(st.lists(st.sampled_from(runs), max_size=4)))

    def scanned(words: set[str]) -> list[tuple[tuple[int, int], set[str]]]:
        """Each paragraph holding some of ``words`` as whole runs, with those words."""
        return [
            (m.span(), held)
            for m in chunk_patterns.PARAGRAPH_RE.finditer(text)
            if (held := words.intersection(chunk_patterns.LETTER_RUN_RE.findall(text, *m.span())))
        ]

    found = [(m.span(), held) for m, held in paragraphs_with(text, candidates)]
    assert found == scanned(candidates)
    counts = Counter(chunk_patterns.LETTER_RUN_RE.findall(text))  # (the search stops at the last)
    found = [(m.span(), held) for m, held in paragraphs_with(text, candidates, counts)]
    assert found == scanned(candidates)
    many = candidates | {f"q{'z' * i}" for i in range(MAX_SEARCHED_CANDIDATES + 1)}
    assert [(m.span(), held) for m, held in paragraphs_with(text, many)] == scanned(many)


@settings(max_examples=400)
@given(st.lists(_SCAN_PIECES, max_size=40).map("".join))
def test_a_technical_document_is_judged_as_paragraph_by_paragraph(text: str) -> None:
    """Reading the signs of code off the whole text gives each paragraph's verdict."""
    paragraphs = chunk_patterns.PARAGRAPH_RE.findall(text)
    showing = sum(technical.shows_code(paragraph) for paragraph in paragraphs)
    expected = showing >= technical.TECHNICAL_DOCUMENT_SHARE * max(1, len(paragraphs))
    assert technical.is_technical_document(text) == expected


@pytest.mark.parametrize("filler", range(0, 40, 3))
def test_the_pass_s_own_splits_never_change_whether_a_text_writes_compounds(filler: int) -> None:
    """Splits add spaces only, and the verdict counts no spaces: a text near the bar (one
    hyphenated word, ten merges to split) gets the same verdict, and output, on a second run."""
    from cleaner.passes.split import compounds

    nouns = ["boat", "house", "river", "garden", "window", "letter", "doctor", "kitchen"]
    text = "The sea-captain came. " + "The men rowed on. " * filler
    text += "".join(f"He saw the{noun} there. " for noun in nouns) + "Every ropeyarn hummed."
    once = split_merged_words(text)
    assert once.count(" ") >= text.count(" ") + len(nouns)  # (each the + noun split)
    assert compounds.writes_compounds(once) == compounds.writes_compounds(text)
    assert split_merged_words(once) == once


@settings(max_examples=400)
@given(
    st.text(alphabet=st.sampled_from(list("abzAZ _-'\n\té天\u00a0\U0001f600\ud800é")), max_size=60)
)
@example("x" * 70_000 + "\nab cd")  # (more than one chunk)
def test_letter_runs_are_the_regex_runs(text: str) -> None:
    from cleaner.passes.split.chunk_patterns import LETTER_RUN_RE
    from cleaner.passes.split.runs import letter_runs

    assert letter_runs(text) == Counter(LETTER_RUN_RE.findall(text))


@given(
    st.lists(
        st.sampled_from(["the", "house", "of", "casa", "de", "la", "xqz", "It", "is.", "niños"]),
        max_size=30,
    )
)
def test_english_prose_is_judged_as_by_counting_every_common_word(words: list[str]) -> None:
    """is_english_prose stops as soon as enough words are common, or too many are not: the
    verdict of counting them all (prose.common_word_count of prose.paragraph_words)."""
    from cleaner.lexicon import WordModel
    from cleaner.passes.split import prose

    model = WordModel({"the": 7.7, "house": 5.3, "of": 7.4, "casa": 3.5, "de": 5.2, "la": 4.4})
    paragraph = " ".join(words)
    counted = prose.paragraph_words(paragraph)
    total = counted.total()
    if total < prose.MIN_PROSE_WORDS and not prose.SENTENCE_END_RE.search(paragraph):
        expected = False
    elif total < prose.MIN_WORDS_TO_JUDGE_LANGUAGE:
        expected = True
    else:
        expected = prose.common_word_count(counted, model) >= prose.MIN_ENGLISH_SHARE * total
    assert prose.is_english_prose(paragraph, model, {}) == expected


# A clean paragraph of 24 words with no merge in it, said over and over: a long clean text.
CLEAN_PARAGRAPH = (
    "The garden lay quiet under the evening sun, and the two sisters walked slowly along "
    "the gravel path towards the house.\n\n"
)


def test_two_content_words_stay_whole_in_clean_text_and_split_in_glued_text() -> None:
    """A document with fewer splits than one per 1,000 words is probably clean: there two
    content words glued stay whole (``sidegate``, a compound); where the document holds
    other merges at an extractor's rate, they split, and a function word's merge splits
    in clean text too."""
    clean = "They had come in by a sidegate, not fastened.\n\n" + CLEAN_PARAGRAPH * 100
    assert split_merged_words(clean) == clean
    merges = ("under the", "along the", "towards the", "the house", "and the")
    glued = clean.replace(CLEAN_PARAGRAPH, "", len(merges)) + "".join(
        CLEAN_PARAGRAPH.replace(phrase, phrase.replace(" ", "")) for phrase in merges
    )
    assert "by a side gate," in split_merged_words(glued)
    merged = clean.replace("not fastened", "notfastened")
    assert split_merged_words(merged).startswith("They had come in by a sidegate, not fastened.")
    assert merged.startswith("They had come in by a sidegate, notfastened.")


# Verse with the elided verbs of old poetry, one in 21 words (Hamlet, Act IV: ``serv'd``).
VERSE_PARAGRAPH = (
    "I have seen myself, and serv'd against, the French, and they can well on horseback, "
    "but this gallant had witchcraft in it.\n\n"
)


def test_verse_forms_of_listed_words_stay_whole_in_clean_archaic_verse_only() -> None:
    """A probably clean document written in old verse's elided verbs keeps whole a token
    that reads as a listed word's form in ``-as`` or ``-all`` (Whitman's ``avataras``, of
    ``avatara``); the same token splits in clean modern prose, and two function words
    glued (``inthe``) split in the verse too."""
    verse = "From my avataras ascending.\n\n" + VERSE_PARAGRAPH * 60
    assert split_merged_words(verse) == verse
    prose = "From my avataras ascending.\n\n" + CLEAN_PARAGRAPH * 60
    assert split_merged_words(prose).startswith("From my avatar as ascending.")
    glued = "They stood inthe hall.\n\n" + verse + VERSE_PARAGRAPH * 60
    assert split_merged_words(glued).startswith("They stood in the hall.\n\nFrom my avataras")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A verb with its ending elided (Hamlet's ``incorps'd``), not a pronoun's ``'d``.
        (
            "As had he been incorps'd and demi-natur'd.",
            "As had he been incorps'd and demi-natur'd.",
        ),
        ("It was late andyou'd gone.", "It was late and you'd gone."),
        # A superlative of a ``-ful`` word in ``-llest`` (Whitman), not ``never rest``.
        (
            "A teacher of the thoughtfullest, a novice.",
            "A teacher of the thoughtfullest, a novice.",
        ),
        ("They would neverrest there.", "They would never rest there."),
    ],
)
def test_old_forms_of_words_stay_whole(sentence: str, expected: str) -> None:
    assert split_merged_words(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ``fly`` is no adverb, ``shed`` no past form (``she``): compounds (Hamlet, Rust
        # RFC 3037), kept whole in clean text as ``sidegate`` is.
        ("Dost know this waterfly?", "Dost know this waterfly?"),
        (
            "Record that bikeshed questions go to the leads.",
            "Record that bikeshed questions go to the leads.",
        ),
        # An adverb and a past form are a merge's mark: they split in clean text too.
        ("Dost know it seenshortly?", "Dost know it seen shortly?"),
        ("The doctorsacked him.", "The doctor sacked him."),
    ],
)
def test_past_forms_and_adverbs_by_their_stems_in_clean_text(sentence: str, expected: str) -> None:
    clean = sentence + "\n\n" + CLEAN_PARAGRAPH * 100
    assert split_merged_words(clean) == expected + "\n\n" + CLEAN_PARAGRAPH * 100


def test_a_lisp_the_text_spells_is_no_merge() -> None:
    """Words of a speaker's lisp (``r`` spelt ``w``: ``weported``) stay whole where the
    text spells several with a ``w`` inside (``stwuck``, ``cwoss``, ``pwoceed``); alone,
    ``weported`` is read as a merge."""
    lisp = "He has weported himself sick, he is stwuck off, he will cwoss, pwoceed now."
    assert split_merged_words(lisp) == lisp
    alone = "He has weported himself sick, he is struck off, he will cross, proceed now."
    assert split_merged_words(alone).startswith("He has we ported himself sick")


# A technical paragraph (code shown) to set a sentence in: a technical document.
TECHNICAL_PARAGRAPH = (
    "The ``json.loads()`` function reads one document from a string and returns the objects "
    "it holds, or raises an error.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Names of code: the last of a list before a plural code noun (PEP 418), an item
        # beside a name of code (PEP 827, Rust RFC 3254), a dotted name in brackets after
        # it (PEP 337), a derivative whose split ends in a function word (RFCs 2480, 3519).
        ("The trace and timeit modules use it.", "The trace and timeit modules use it."),
        # (``keyof`` is written twice, as in PEP 827: no candidate of the pass.)
        (
            "Types (like Omit, keyof, and typeof): keyof.",
            "Types (like Omit, keyof, and typeof): keyof.",
        ),
        ("So rustfmt and rustup were converted.", "So rustfmt and rustup were converted."),
        ("- timeit (Timer.print_exc)", "- timeit (Timer.print_exc)"),
        ("Without a default hasher type parameter.", "Without a default hasher type parameter."),
        ("Or if relayout of a UI should occur.", "Or if relayout of a UI should occur."),
        # A change's title in NumPy's release notes, after an issue's number (session 35).
        ("* gh-4152: fromfile: ensure it.", "* gh-4152: fromfile: ensure it."),
        ("#1895/1896: iter: writeonly operands.", "#1895/1896: iter: writeonly operands."),
        # Merges beside the same signs: a conjunction, a preposition first, a quantifier
        # first, an abbreviation in brackets, a singular noun, a content word last.
        ("Accessors, orsmall macros and more.", "Accessors, or small macros and more."),
        ("Run dh_make or byusing one of them.", "Run dh_make or by using one of them."),
        ("Means POM, and forsome methods too.", "Means POM, and for some methods too."),
        ("How they wereused (e.g. drafting).", "How they were used (e.g. drafting)."),
        ("Faith deeper, and ourmiddle class bigger.", "Faith deeper, and our middle class bigger."),
        ("A wide variety sousers can run it.", "A wide variety so users can run it."),
        ("#2 (tag 7). Copies comefrom here.", "#2 (tag 7). Copies come from here."),
    ],
)
def test_names_of_code_stay_whole_in_technical_text(sentence: str, expected: str) -> None:
    """In technical text a token its neighbours or its letters show to be a name of code
    or a derivative stays whole (the PEPs' and Rust RFCs' identifiers); merges beside the
    same signs split (merged copies of the technical tuning corpora)."""
    text = f"{sentence}\n\n{TECHNICAL_PARAGRAPH * 3}"
    assert split_merged_words(text) == f"{expected}\n\n{TECHNICAL_PARAGRAPH * 3}"


def test_a_capitalised_form_of_a_word_the_document_writes_stays_whole() -> None:
    """A capitalised token sharing a base with a word of the document that is no candidate
    is a form of that word (The Devil's Dictionary's ``The Zanzibaris`` under its headword
    ``ZANZIBARI``), as a lowercase one is; without the headword it splits as before."""
    entry = "The Zanzibaris, a warlike people, are best known here.\n"
    headword = "ZANZIBARI, n. An inhabitant of the Sultanate of Zanzibar.\n\n"
    assert split_merged_words(headword + entry) == headword + entry
    without = headword.replace("ZANZIBARI, n. An", "An") + entry
    assert split_merged_words(without) == without.replace("Zanzibaris", "Zanzibar is")


def test_a_clean_book_keeps_its_author_s_words_unless_it_writes_them_apart_too() -> None:
    """A probably clean document as long as a book (30,000 words) whose splits are mostly
    of pairs it never writes apart keeps them whole (Joyce's ``carriagewindow``,
    ``horsepoliceman``), and a pair it writes apart only once (``agallop``), but splits
    one it writes apart more often (``thefollowing``); the same tokens split in a shorter
    clean document, and in a book whose splits are mostly of pairs it writes apart too
    (lost spaces: ``ofthe``)."""
    book = (
        "He looked from the open carriagewindow at a horsepoliceman. They read thefollowing "
        "lines. No, agallop.\n\n"
        + CLEAN_PARAGRAPH * 1600
        + "They read the following lines, and the following pages, at a gallop.\n\n"
    )
    assert split_merged_words(book).startswith(
        "He looked from the open carriagewindow at a horsepoliceman. They read the following "
        "lines. No, agallop.\n\n"
    )
    short = book.replace(CLEAN_PARAGRAPH * 1600, CLEAN_PARAGRAPH * 100)
    assert split_merged_words(short).startswith(
        "He looked from the open carriage window at a horse policeman. They read the "
        "following lines. No, a gallop.\n\n"
    )
    glued = (
        "They came of the house and the garden, then ofthe house andthe garden, "
        "past the gate: pastthe gate.\n\n" + book
    )
    assert split_merged_words(glued).startswith(
        "They came of the house and the garden, then of the house and the garden, "
        "past the gate: past the gate.\n\n"
        "He looked from the open carriage window at a horse policeman. They read the "
        "following lines. No, a gallop.\n\n"
    )


def test_a_name_of_code_stays_whole_in_clean_technical_text_unless_written_apart() -> None:
    """In a probably clean technical document (NumPy's release notes: ``the importall
    function``, ``linked worktrees``) a lowercase token that would split into two words,
    neither an article, numeral or conjunction nor the last an auxiliary, stays whole where
    the document never writes them apart; it splits where it writes them apart, in a
    document with merges at an extractor's rate, and in prose; ``syntaxis`` splits."""
    notes = TECHNICAL_PARAGRAPH * 60
    token = "The numpytest.py file went with the importall function it held.\n\n"
    assert split_merged_words(token + notes) == token + notes
    apart = token + "We import all of it.\n\n" + notes
    assert split_merged_words(apart).startswith(token.replace("importall", "import all"))
    merges = ("one document", "an error", "reads one", "objects it", "holds, or")
    glued = token + "".join(
        TECHNICAL_PARAGRAPH.replace(phrase, phrase.replace(" ", "")) for phrase in merges
    )
    assert split_merged_words(glued).startswith(token.replace("importall", "import all"))
    prose = "The old file went with the importall tool it held.\n\n" + CLEAN_PARAGRAPH * 60
    assert split_merged_words(prose).startswith(prose[:27] + "import all")
    verb = "The syntaxis clear here.\n\n" + notes
    assert split_merged_words(verb).startswith("The syntax is clear here.")
