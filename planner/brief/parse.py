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
from planner.brief.fields import kind as kind_rules
from planner.brief.fields import (
    voice_terms,
    about,
    answers,
    brand,
    business,
    cadence,
    channels,
    corrections,
    offer,
    product,
    said,
    schedule,
    social,
)
from planner.brief import framing, ranker
from planner.brief.gloss import gloss
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
    ranker.active()  # read here too, so the chat's warm-up (in a worker) reads it
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    normalised = normalise(text)
    glossed = gloss(normalised)
    dialogue.for_client = dialogue.for_client or framing.frames(glossed)
    clean, correcting = corrections.strip_preamble(
        framing.reframe(glossed) if dialogue.for_client else glossed)
    clean = corrections.inline(clean)  # "₦150,000, sorry ₦120,000": only the corrected value is read
    clean = corrections.restate_counts(clean, {p: n for p, n in dialogue.platform_counts.items()
                                               if p in original.platforms})
    if not clean.strip():
        return BriefUpdate(copy.deepcopy(original), [], [])
    reader = BriefReader(clean, original, today, asked)
    reader.correcting = correcting
    reader.foreign = glossed != normalised
    reader.platforms_said, reader.cadence_said = dialogue.platforms_said, dialogue.cadence_said
    reader.brand_guess = dialogue.brand_guess and bool(original.brand)
    reader.platform_counts = {p: n for p, n in dialogue.platform_counts.items() if p in original.platforms}
    _read(reader)
    # the learned reader overrules the rules' product where it is sure (planner.brief.ranker)
    ranker.revise(reader, glossed=glossed != normalised, had_product=bool(original.product))
    channels.cut_places_from_product(reader)  # "lash extensions Manchester": the town is no product
    channels.country_from_flag(reader, text)  # "in Porto 🇵🇹"
    updated = copy.deepcopy(original)
    applied = apply_findings(reader.findings, clean, original, updated, today,
                             dialogue.declined, dialogue.platforms_said, correcting=correcting)
    dialogue.declined = applied.declined
    dialogue.platforms_said = applied.platforms_said
    dialogue.cadence_said = dialogue.cadence_said or any(
        name in applied.changed for name in ("posts_per_week", "cadence")) or any(
        f.kind in ("posts_per_week", "cadence") for f in reader.findings)
    if "brand" in applied.changed:
        dialogue.brand_guess = reader.guessed_brand and bool(updated.brand)
    _remember_counts(reader, dialogue, updated)
    changed, understood = applied.changed, applied.understood
    _guess_kind(reader, dialogue, original, updated, changed, understood)
    return BriefUpdate(updated, changed, understood)


def _remember_counts(reader: BriefReader, dialogue: Dialogue, updated: Brief) -> None:
    """Posts a week per platform, kept for the next message ("ig 3", then "fb 2"): the
    brief's own split when it has one, else what was said, on the brief's platforms."""
    if updated.cadence:
        counts = dict(updated.cadence)
    elif len(updated.platforms) == 1 and dialogue.cadence_said:
        counts = {updated.platforms[0]: updated.posts_per_week}  # "tiktok", "5 a week"
    else:
        counts = {**dialogue.platform_counts, **reader.counts_said}
        if not reader.counts_said and any(f.kind in ("posts_per_week", "cadence") for f in reader.findings):
            counts = {}  # a total said afresh ("5 a week in all"): the old split is gone
    dialogue.platform_counts = {p: n for p, n in counts.items() if p in updated.platforms}


def _guess_kind(reader: BriefReader, dialogue: Dialogue, original: Brief, updated: Brief,
                changed: list[str], understood: list[str]) -> None:
    """What kind of thing is sold, when the seller does not say: guessed from a new product
    (:func:`planner.brief.fields.kind.guess_kind`). A kind the seller said is kept; goods
    guessed leave the kind as it is ("product", the default) but known, in the dialogue."""
    if any(f.kind == "kind" for f in reader.findings):
        dialogue.kind_from = "said"  # "it's a service", "I'm a photographer": read, not guessed
        return
    if "product" not in changed and "kind" not in changed and kind_rules.digital_said_later(
            updated.product, reader.text, updated.kind, dialogue.kind_from):
        # "we sell wedding planners", then "printable PDFs, on etsy": digital after all
        updated.kind, dialogue.kind_from = "digital", "guessed"
        changed.append("kind")
        understood.append(field_line("kind", updated))
        return
    if "product" not in changed or "kind" in changed:
        return
    said = next((f.start for f in reversed(reader.findings) if f.kind == "product"), -1)
    kind = kind_rules.guess_kind(updated.product, reader.text, said, updated.sells_on,
                                 was_product=original.kind == "product")
    if not kind:
        if dialogue.kind_from == "guessed" and updated.kind == "product":
            dialogue.kind_from = ""  # a new product the old guess may not fit
        return
    if kind == "product" and updated.kind != "product" and dialogue.kind_from != "guessed":
        return  # a service or digital kind said, or loaded, is never undone by a guess of goods
    dialogue.kind_from = dialogue.kind_from if kind == updated.kind else "guessed"
    if kind != updated.kind:
        updated.kind = kind
        changed.append("kind")
        understood.append(field_line("kind", updated))
    elif not dialogue.kind_from:
        dialogue.kind_from = "guessed"


def _read(reader: BriefReader) -> None:
    """Run the entity pass, then every extractor, in an order that matters: clause-bound
    phrases (referral, tone, product, brand, audience) claim their spans before the entity
    and number extractors look, and descriptions and bare answers take only what is left."""
    reader.read_entities()
    said.extract_quote(reader)
    said.extract_asked(reader)
    said.extract_question(reader)
    said.extract_tip(reader)
    said.extract_problem(reader)
    said.extract_difference(reader)
    said.extract_story(reader)
    business.extract_goods_after_place(reader)
    answers.extract_name_after_guess(reader)
    answers.extract_name_reply(reader)
    brand.extract_personal_brand(reader)
    brand.extract_set_off_brand(reader)
    brand.extract_business_is_named(reader)
    answers.extract_declines(reader)
    corrections.extract_kind(reader)
    corrections.extract_restatement(reader)
    corrections.extract_refinement(reader)
    product.extract_labelled_product(reader)
    social.extract_customer_perk(reader)
    offer.extract_intro_prices(reader)
    about.extract_customers_from(reader)
    about.extract_kinds_list(reader)
    for segment in reader.segments:
        social.extract_referral(reader, segment)
        social.extract_tone(reader, segment)
        about.extract_explicit_description(reader, segment)
        product.extract_product(reader, segment)
        brand.extract_brand(reader, segment)
        about.extract_audience(reader, segment)
    brand.drop_places(reader)  # a place read as the brand leaves room for the business's name
    brand.extract_named_sentence(reader)
    brand.extract_introduced_name(reader)
    brand.extract_corrected_brand(reader)
    brand.extract_quoted_name(reader)
    channels.extract_platforms_and_stores(reader)
    channels.extract_online(reader)
    channels.extract_unplanned_platforms(reader)
    channels.extract_message_orders(reader)
    channels.extract_countries(reader)
    offer.extract_discounts_and_codes(reader)
    cadence.extract_cadence(reader)
    schedule.extract_dates(reader)
    schedule.extract_offer_period(reader)
    schedule.extract_weeks(reader)
    schedule.extract_three_digit_numbers(reader)
    offer.extract_offer_clear(reader)
    offer.extract_free_shipping(reader)
    voice_terms.extract_offer_condition(reader)
    voice_terms.extract_solo(reader)
    voice_terms.extract_no_repeats(reader)
    voice_terms.extract_new_brand(reader)
    voice_terms.extract_ads(reader)
    social.extract_hashtag(reader)
    social.extract_url(reader)
    schedule.extract_timezone(reader)
    corrections.extract_number_correction(reader)
    business.extract_loose_product(reader)
    business.extract_place_story(reader)
    brand.extract_named_sentence(reader)  # again: a name alone beside a product read loosely
    brand.extract_set_off_name(reader)
    about.extract_sold_list(reader)
    said.extract_price_line(reader)
    for segment in reader.segments:
        about.extract_description_sentence(reader, segment)
    answers.extract_bare_answer(reader)
    business.roles_as_services(reader)
    brand.drop_places(reader)
    about.extract_does_lines(reader)  # last: what nothing else read
