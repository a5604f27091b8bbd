"""Names in camel case broken at a line end next to their inner capital, in any language:
after a name particle (``La-`` + ``Brocca``) or one letter before it (``Yo-`` + ``uTube``).
:func:`.decision.is_camel_tail` and :func:`.decision.is_mc_name` judge the other breaks."""

from __future__ import annotations

from collections.abc import Callable

# Particles that American and Italian names write closed before a capital (``LaBrocca``,
# ``LaGuardia``, ``DeLillo``, ``DiMaggio``, ``DuPont``): no language hyphenates them so
# (French writes ``La Rochelle``, ``Le Pen``, ``de Gaulle`` apart). Not ``Da``, ``Al``,
# ``El``: East Asian given names (``Da-Hye``) and Arabic ones (``Al-Qaeda``) keep a hyphen.
NAME_PARTICLES = frozenset({"La", "Le", "De", "Di", "Du"})
# The rest of such a name has this many letters or more: a shorter capitalized tail may be
# a syllable of a hyphenated given name (``Le-Wei``).
MIN_PARTICLE_TAIL = 5
# ...and is no common English word (Zipf below this): English's prefix ``de-`` before a
# word in a title's capitals keeps its hyphen (``De-Escalation`` 3.3, ``De-Icing`` 3.5),
# while names' rests are rare words or none (``brocca`` 0.0, ``guardia`` 2.7, ``santis``
# 1.9, ``maggio`` 2.2).
PARTICLE_TAIL_WORD_ZIPF = 3.0
# A brand broken one letter before its capital (``Yo-`` + ``uTube``) is a word the English
# lexicon knows (Zipf; ``youtube`` 4.7); a prefix before a brand is not (``Pre-`` +
# ``iPhone``: ``preiphone`` 0.0).
KNOWN_BRAND_ZIPF = 2.0
# ...or its first part, up to the capital, is a common word (Zipf; ``Podiu-`` +
# ``mKunstWerk``: ``podium`` 3.6, a Dutch theatre's name, the benchmark's tuning half), which
# no prefix and the brand's first letter make (``prei`` 1.1, ``noni`` 2.5, ``minii`` 0.0).
FIRST_PART_WORD_ZIPF = 3.0


def is_camel_name_at_capital(prefix: str, suffix: str, frequency: Callable[[str], float]) -> bool:
    """:func:`is_particle_name` or :func:`is_brand_broken_before_capital` (``frequency``:
    the English lexicon's Zipf, asked only for a tail of that shape).

    >>> is_camel_name_at_capital("La", "Brocca", lambda word: 0.0)
    True
    >>> is_camel_name_at_capital("Nord", "Süd", lambda word: 0.0)
    False
    """
    if suffix.islower():  # (Most tails: no capital, no walk.)
        return False
    return is_particle_name(prefix, suffix, frequency) or is_brand_broken_before_capital(
        prefix, suffix, frequency
    )


def is_particle_name(prefix: str, suffix: str, frequency: Callable[[str], float]) -> bool:
    """Whether ``prefix-`` + ``suffix`` is a name written closed after its particle
    (:data:`NAME_PARTICLES`), broken at its inner capital; ``frequency``: the English
    lexicon's Zipf, which a name's rest stays below (:data:`PARTICLE_TAIL_WORD_ZIPF`).

    >>> zipf = {"maggio": 2.2, "escalation": 3.3}.get
    >>> [is_particle_name(p, s, lambda word: zipf(word, 0.0)) for p, s in (("La", "Brocca"),
    ...     ("Di", "Maggio"), ("De", "Escalation"), ("Al", "Qaeda"), ("Le", "Wei"))]
    [True, True, False, False, False]
    """
    return (
        prefix in NAME_PARTICLES
        and len(suffix) >= MIN_PARTICLE_TAIL
        and suffix[0].isupper()
        and suffix[1:].islower()
        and frequency(suffix.lower()) < PARTICLE_TAIL_WORD_ZIPF
    )


def is_brand_broken_before_capital(
    prefix: str, suffix: str, frequency: Callable[[str], float]
) -> bool:
    """Whether a capitalized ``prefix-`` and a tail of one lower-case letter, then a
    capital and a lower-case letter (``uTube``), make a word the English lexicon knows
    (``frequency``: Zipf, :data:`KNOWN_BRAND_ZIPF`), or the prefix and that letter a common
    one (:data:`FIRST_PART_WORD_ZIPF`): a name in camel case broken one letter before its
    capital. A prefix before a brand makes neither (``Pre-`` + ``iPhone``).

    >>> zipf = {"youtube": 4.7, "podium": 3.6, "noni": 2.5}.get
    >>> is_brand_broken_before_capital("Yo", "uTube", lambda word: zipf(word, 0.0))
    True
    >>> is_brand_broken_before_capital("Podiu", "mKunstWerk", lambda word: zipf(word, 0.0))
    True
    >>> is_brand_broken_before_capital("Non", "iPhone", lambda word: zipf(word, 0.0))
    False
    >>> is_brand_broken_before_capital("Pre", "iPhone", lambda word: zipf(word, 0.0))
    False
    >>> is_brand_broken_before_capital("yo", "uTube", lambda word: zipf(word, 0.0))
    False
    """
    return (
        prefix[:1].isupper()
        and prefix[1:].islower()
        and len(suffix) >= 3
        and suffix[0].islower()
        and suffix[1].isupper()
        and suffix[2].islower()
        and (
            frequency((prefix + suffix).lower()) >= KNOWN_BRAND_ZIPF
            or frequency((prefix + suffix[0]).lower()) >= FIRST_PART_WORD_ZIPF
        )
    )
