"""Free text to brief updates, for the chat and ``planner brief TEXT``.

Rules, not a trained model, so it runs offline, is deterministic and can be read: a
blank spaCy pipeline marks platforms, stores, countries, discounts, hashtags and promo
codes (:mod:`planner.brief.language`), regexes read the rest (:mod:`planner.brief.fields`),
and dateparser reads only the date spans found. How one message is read is described on
:class:`~planner.brief.reading.BriefReader`; how findings change the brief, in
:mod:`planner.brief.apply`.

Text it cannot read changes nothing. A bug in the parser is not hidden: it raises.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field

from planner.brief.apply import apply_findings, field_line
from planner.brief.dialogue import Dialogue
from planner.brief.fields import (
    about,
    answers,
    brand,
    business,
    cadence,
    channels,
    corrections,
    offer,
    product,
    schedule,
    social,
)
from planner.brief.language import pipeline
from planner.brief.reading import BriefReader
from planner.brief.segments import normalise
from planner.domain.brief import Brief

@dataclass
class BriefUpdate:
    """The brief after one message, the fields it changed, and one line per thing understood."""

    brief: Brief
    changed: list[str] = field(default_factory=list)
    understood: list[str] = field(default_factory=list)


def parse_brief_text(text: str, brief: Brief | None = None, dialogue: Dialogue | None = None, *,
                     today: dt.date | None = None) -> BriefUpdate:
    """Read brief details from free text: a new brief (``brief`` is not changed), what
    changed and what was understood.

    ``dialogue`` is the conversation so far (see :mod:`planner.brief.dialogue`); it is
    updated in place: the question it asked is answered, declined fields are remembered.
    Text that is not a string (None, a number) is read as its ``str()``; an empty message
    changes nothing."""
    today = today or dt.date.today()
    dialogue = dialogue if dialogue is not None else Dialogue()
    original = copy.deepcopy(brief) if brief is not None else Brief(product="")
    asked, dialogue.asked = dialogue.asked, None  # a question is answered by one message
    pipeline()  # built before anything else: the chat warms it up with an empty message
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    clean, correcting = corrections.strip_preamble(normalise(text))
    if not clean.strip():
        return BriefUpdate(copy.deepcopy(original), [], [])
    reader = BriefReader(clean, original, today, asked)
    reader.correcting = correcting
    reader.platforms_said, reader.cadence_said = dialogue.platforms_said, dialogue.cadence_said
    _read(reader)
    updated = copy.deepcopy(original)
    applied = apply_findings(reader.findings, clean, original, updated, today,
                             dialogue.declined, dialogue.platforms_said)
    dialogue.declined = applied.declined
    dialogue.platforms_said = applied.platforms_said
    dialogue.cadence_said = dialogue.cadence_said or any(
        name in applied.changed for name in ("posts_per_week", "cadence")) or any(
        f.kind in ("posts_per_week", "cadence") for f in reader.findings)
    changed, understood = applied.changed, applied.understood
    if "kind" not in changed and "product" in changed and not any(
            f.kind == "kind" for f in reader.findings):
        # a guess from the product ("onboarding audits" is a service), else from the message
        # while nothing was said or guessed before; what the seller says outright is kept
        kind = about.infer_kind(updated.product)
        if kind == "digital" and about.PHYSICAL_SAID.search(clean):
            kind = ""  # "digital illustrations", and "sell prints": goods as well
        kind = kind or (
            "digital" if original.kind == "product" and about.DIGITAL_SAID.search(clean)
            and not about.PHYSICAL_SAID.search(clean) else "")
        if kind and kind != updated.kind:
            updated.kind = kind
            changed.append("kind")
            understood.append(field_line("kind", updated))
    return BriefUpdate(updated, changed, understood)


def _read(reader: BriefReader) -> None:
    """Run the entity pass, then every extractor, in an order that matters: clause-bound
    phrases (referral, tone, product, brand, audience) claim their spans before the entity
    and number extractors look, and descriptions and bare answers take only what is left."""
    reader.read_entities()
    brand.extract_personal_brand(reader)
    brand.extract_set_off_brand(reader)
    answers.extract_declines(reader)
    corrections.extract_kind(reader)
    corrections.extract_restatement(reader)
    corrections.extract_refinement(reader)
    product.extract_labelled_product(reader)
    for segment in reader.segments:
        social.extract_referral(reader, segment)
        social.extract_tone(reader, segment)
        about.extract_explicit_description(reader, segment)
        product.extract_product(reader, segment)
        brand.extract_brand(reader, segment)
        about.extract_audience(reader, segment)
    brand.extract_named_sentence(reader)
    brand.extract_introduced_name(reader)
    channels.extract_platforms_and_stores(reader)
    channels.extract_online(reader)
    channels.extract_countries(reader)
    offer.extract_discounts_and_codes(reader)
    cadence.extract_cadence(reader)
    schedule.extract_dates(reader)
    schedule.extract_weeks(reader)
    schedule.extract_three_digit_numbers(reader)
    offer.extract_offer_clear(reader)
    offer.extract_free_shipping(reader)
    social.extract_hashtag(reader)
    social.extract_url(reader)
    schedule.extract_timezone(reader)
    corrections.extract_number_correction(reader)
    business.extract_loose_product(reader)
    for segment in reader.segments:
        about.extract_description_sentence(reader, segment)
    answers.extract_bare_answer(reader)
