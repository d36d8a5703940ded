"""Applying one message's findings to a copy of the brief, and saying what changed.

Each kind of finding has a handler in :data:`HANDLERS`, tagged with the phase it runs in.
Phases run in order, findings within a phase in the order they were said: plain fields
first, then platforms and stores (a cadence may name new platforms), then the cadence,
then plan end dates (they need the start), then the offer, applied as one group.

Platforms named for the first time replace the untouched default ``["instagram"]``;
after that they are added, unless the text says "only".
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from planner.brief.reading import Finding
from planner.brief.segments import clip, spelled_out
from planner.domain.brief import Brief, Offer
from planner.domain.facts import Faq
from planner.domain.vocabularies import PLATFORMS

#: the brief fields in the order the summary lists fields touched at the same place
FIELD_ORDER = ["product", "brand", "description", "audience", "platforms", "sells_on",
               "posts_per_week", "cadence", "start", "weeks", "hashtag", "referral_reward",
               "customer_perk", "offer", "url", "free_shipping", "country", "timezone", "tone", "kind", "facts"]


@dataclass
class _Applying:
    """One message's findings being applied: the brief before and after, and what to report."""

    original: Brief
    brief: Brief
    today: dt.date
    #: the message, normalised (a description starting "and …" is added to the old one)
    text: str
    #: fields the seller declined, updated as findings add or fill them
    declined: set[str]
    #: whether platforms were named in an earlier message
    platforms_said_before: bool
    #: first position at which each field was touched
    touched: dict[str, int] = field(default_factory=dict)
    notes: list[tuple[int, str]] = field(default_factory=list)
    descriptions: list[Finding] = field(default_factory=list)
    offer_findings: list[Finding] = field(default_factory=list)
    #: platforms are still the untouched default: the first ones named replace it
    default_platforms: bool = False
    #: platforms were named in this message
    said_platforms: bool = False
    #: "only …" already replaced this list once in this message (further names are added)
    only_done: dict[str, bool] = field(default_factory=dict)
    #: the message opened as a correction ("sorry, the code is …"): it fixes what it names
    correcting: bool = False
    #: platforms posted to now and then ("tiktok when i can"): no cadence of their own
    occasional: set[str] = field(default_factory=set)
    #: fields set so far in this message only by a passing mention
    weak: set[str] = field(default_factory=set)

    def touch(self, name: str, pos: int) -> None:
        self.touched.setdefault(name, pos)


def is_default_platforms(brief: Brief, platforms_said: bool) -> bool:
    """Whether the brief's platforms are the untouched default ``["instagram"]``."""
    return list(brief.platforms) == ["instagram"] and not brief.cadence and not platforms_said


# ---- phase 1: plain fields --------------------------------------------------------------------

def _apply_product(state: _Applying, finding: Finding) -> None:
    from planner.brief.fields.product import without_base

    value = without_base(finding.value) or finding.value
    old = state.original.product
    if "product" in state.touched and (finding.mode == "set" or (
            finding.mode == "append" and not old and state.brief.product)):
        return  # a long message names the product first; later mentions ("we also run…") are other things
    if (finding.mode == "append" and old and value.lower() not in old.lower()
            and state.brief.product == old):
        value = clip(f"{old} and {value}", 200)
    state.brief.product = proper_names(value)
    state.touch("product", finding.start)


def proper_names(text: str) -> str:
    """Software and brand names in a seller's words spelled as their makers spell them
    ("notion templates" → "Notion templates", "lightroom presets" → "Lightroom presets"):
    captions say the product as stored."""
    from planner.brief.vocabulary import PROPER_BEFORE, PROPER_NAMES, PROPER_SOFTWARE_NOUNS

    names = "|".join(re.escape(n) for n in sorted(PROPER_NAMES, key=len, reverse=True))
    text = re.sub(rf"(?<![\w@#./-])({names})(?![\w./-])", lambda m: PROPER_NAMES.get(
        m.group(1).lower(), m.group(1)) if m.group(1).islower() else m.group(1), text,
        flags=re.IGNORECASE)
    before = "|".join(PROPER_BEFORE)
    return re.sub(rf"(?<![\w@#./-])({before})(?=\s+(?:{PROPER_SOFTWARE_NOUNS})\b)",
                  lambda m: PROPER_BEFORE[m.group(1)] if m.group(1).islower() else m.group(1),
                  text)


def _apply_text_field(state: _Applying, finding: Finding) -> None:
    """brand, audience, tone, referral reward, url, country, hashtag, timezone: set as said.
    An audience read in passing ("selling seconds to neighbours") is "weak": it never
    replaces one said outright in the same message ("our customers are mostly couples")."""
    if finding.mode == "weak":
        if finding.kind in state.touched:
            return
        state.weak.add(finding.kind)
    elif finding.kind in state.weak:
        state.weak.discard(finding.kind)
        del state.touched[finding.kind]  # said outright after a passing mention: this one stands
    setattr(state.brief, finding.kind, finding.value)
    state.declined.discard(finding.kind)
    state.touch(finding.kind, finding.start)


#: a chatty aside ("so thats when parents panic lol"): never the business's description
_CHATTY = re.compile(r"(?i:\b(?:lol|lmao|lmfao|rofl|haha+|hehe+|omg)\b|😂|🤣)")


def _collect_description(state: _Applying, finding: Finding) -> None:
    if isinstance(finding.value, str):
        if _CHATTY.search(finding.value):
            return  # posts would say it word for word, "lol" and all
        finding.value = spelled_out(finding.value)
    state.descriptions.append(finding)


def _apply_free_shipping(state: _Applying, finding: Finding) -> None:
    value = finding.value
    state.brief.free_shipping = value if isinstance(value, str) else bool(value)
    state.touch("free_shipping", finding.start)


def _apply_start(state: _Applying, finding: Finding) -> None:
    state.brief.start = finding.value
    state.touch("start", finding.start)


def _apply_weeks(state: _Applying, finding: Finding) -> None:
    state.brief.weeks = finding.value
    state.touch("weeks", finding.start)


def _apply_note(state: _Applying, finding: Finding) -> None:
    state.notes.append((finding.start, finding.value))


_DECLINE_LABELS = {"hashtag": "no branded hashtag", "referral_reward": "no referral reward",
                   "offer": "no offer this month", "description": "skipping the description",
                   "audience": "skipping the audience", "sells_on": "skipping where you sell"}


def _apply_fact(state: _Applying, finding: Finding) -> None:
    """A fact told in the facts interview: lists grow, single facts are set."""
    key, value = finding.value
    # the seller's own lines, chat shorthand spelled out ("u dont" → "you don't"); a
    # customer's quoted words stay as they wrote them
    if isinstance(value, str):
        value = spelled_out(value)
    elif isinstance(value, list):
        value = [spelled_out(v) if isinstance(v, str) else v for v in value]
    elif isinstance(value, Faq):
        value = Faq(spelled_out(value.question), spelled_out(value.answer))
    facts = state.brief.facts
    current = getattr(facts, key)
    if isinstance(current, list):
        items = value if isinstance(value, list) else [value]
        setattr(facts, key, current + [v for v in items if v not in current])
    else:
        setattr(facts, key, value)
    state.declined.discard("fact:" + key)
    state.touch("facts", finding.start)
    if key == "no_repeats":
        state.notes.append((finding.start, "no repeats: a slot with nothing new to say stays empty"))
        return
    if key == "ads":
        state.notes.append((finding.start, "you run ads: a retargeting ad for people who "
                            "visited your site"))
        return
    if key == "new_brand":
        state.notes.append((finding.start, "a new business: more posts that introduce you first"))
        return
    if key == "solo":
        state.notes.append((finding.start, "just you: posts say I and my" if value
                            else "more than one of you: posts say we"))
        return
    said = {"problems": lambda v: "; ".join(v), "story": " ".join, "tips": " ".join,
            "differentiators": "; ".join,
            "quotes": lambda v: f"“{v.text}”" + (f" ({v.by})" if v.by else ""),
            "faqs": lambda v: f"{v.question} {v.answer}",
            "launch": lambda v: v.what + (f" on {v.date.isoformat()}" if v.date else "")}
    label = {"problems": "problem it solves", "faqs": "question people ask",
             "differentiators": "what sets you apart"}.get(key, key.rstrip("s"))
    state.notes.append((finding.start, f"{label}: {clip(said[key](value), 120)}"))


def _apply_decline(state: _Applying, finding: Finding) -> None:
    name = finding.value
    state.declined.add(name)
    if finding.mode == "quiet":
        return  # one of many declined at once ("no more questions"), said in one note
    if name.startswith("fact:"):
        state.notes.append((finding.start, f"skipping the {name[5:].rstrip('s')}"))
        return
    if name in ("hashtag", "referral_reward", "brand") and getattr(state.brief, name):
        setattr(state.brief, name, "")
        state.touch(name, finding.start)
    else:
        state.notes.append((finding.start, _DECLINE_LABELS.get(name, f"skipping {name}")))


def _join_descriptions(state: _Applying) -> None:
    """Descriptive clauses of one message become one description ("… and …" adds to it)."""
    descriptions = state.descriptions
    if not descriptions:
        return
    joined = " ".join(d.value.rstrip(".") + "." for d in descriptions).rstrip(".")
    if len(descriptions) == 1:
        joined = descriptions[0].value
    additive = any(re.match(r"(?i:(?:and\s+|also\s+|plus\s+))", state.text[d.start:d.start + 6])
                   for d in descriptions) \
        or bool(re.search(r"(?i:\balso\b)", " ".join(d.value for d in descriptions))) \
        or all(d.mode == "append" for d in descriptions)  # a price said in passing adds a line
    original = state.original.description
    if additive and original and state.brief.description == original:
        joined = original.rstrip(".") + ". " + joined
    state.brief.description = clip(joined, 500)
    state.declined.discard("description")
    state.touch("description", descriptions[0].start)


# ---- phase 2: platforms and stores, in the order said ----------------------------------------

def _apply_channels(state: _Applying, finding: Finding) -> None:
    name = finding.kind
    mode = finding.mode.rstrip("+")
    additive = finding.mode.endswith("+")
    brief = state.brief
    current = list(getattr(brief, name))
    ids = [i for i in finding.value if name != "platforms" or i in PLATFORMS]
    if not ids:
        return
    if name == "platforms":
        state.said_platforms = True
    if mode == "remove":
        remaining = [p for p in current if p not in ids]
        if name == "platforms" and not remaining:
            if current:
                state.notes.append((finding.start, (f"kept {', '.join(current)}: "
                                                    "a plan needs at least one platform")))
            return
        if remaining != current:
            setattr(brief, name, remaining)
            state.touch(name, finding.start)
        return
    if mode == "only":
        if state.only_done.get(name):
            new = current + [i for i in ids if i not in current]
        else:
            new = list(ids)
            state.only_done[name] = True
    else:
        if name == "platforms" and state.default_platforms and not additive:
            current = []
        new = current + [i for i in ids if i not in current]
    if name == "platforms":
        state.default_platforms = False
    if new != list(getattr(brief, name)):
        setattr(brief, name, new)
    state.touch(name, finding.start)
    if name == "sells_on":
        state.declined.discard("sells_on")


# ---- phase 3: posts per week and per-platform cadence ----------------------------------------

def _apply_posts_per_week(state: _Applying, finding: Finding) -> None:
    state.brief.posts_per_week = max(1, min(70, finding.value))
    state.brief.cadence = {}
    state.touch("posts_per_week", finding.start)
    state.touch("cadence", finding.start)


def _apply_cadence(state: _Applying, finding: Finding) -> None:
    brief = state.brief
    merged = dict(brief.cadence)
    merged.update(finding.value)
    brief.cadence = merged
    for platform in finding.value:
        if platform not in brief.platforms:
            if is_default_platforms(brief, state.platforms_said_before) and not state.said_platforms:
                brief.platforms = []
            brief.platforms.append(platform)
            state.touch("platforms", finding.start)
    state.touch("cadence", finding.start)
    state.touch("posts_per_week", finding.start)


def _note_occasional(state: _Applying, finding: Finding) -> None:
    state.occasional.update(finding.value)


def _reconcile_cadence(state: _Applying) -> None:
    """Keep the cadence to the brief's platforms; its sum is the posts per week."""
    brief = state.brief
    regular = [p for p in brief.platforms if p not in state.occasional]
    if not brief.cadence and state.occasional and len(regular) == 1 and "posts_per_week" in state.touched:
        # "LinkedIn twice a week and sometimes Instagram": the cadence is LinkedIn's (the
        # plan once put 3 of 4 posts on the platform used now and then)
        brief.cadence = {regular[0]: brief.posts_per_week}
    if not brief.cadence:
        return
    pos = min([state.touched.get("platforms", 10**9), state.touched.get("cadence", 10**9)])
    kept = {p: n for p, n in brief.cadence.items() if p in brief.platforms}
    original = state.original
    # posted to now and then: said so now, or left out of a cadence said before
    occasional = state.occasional | {p for p in original.platforms
                                     if original.cadence and p not in original.cadence}
    if any(p not in kept and p not in occasional for p in brief.platforms):
        # a platform without its own cadence: fall back to splitting the total
        total = sum(kept.values()) or brief.posts_per_week
        brief.cadence = {}
        brief.posts_per_week = max(1, min(70, total))
    elif kept:
        brief.cadence = kept
        brief.posts_per_week = max(1, min(70, sum(kept.values())))
        said = [p for p in brief.platforms if p in state.occasional and p not in kept]
        if said:
            state.notes.append((pos, f"{', '.join(said)}: now and then, so no planned posts there"))
    else:
        brief.cadence = {}
    if brief.cadence != state.original.cadence or brief.posts_per_week != state.original.posts_per_week:
        state.touch("cadence", pos)
        state.touch("posts_per_week", pos)


# ---- phase 4: plan end dates become a number of weeks ----------------------------------------

def _apply_plan_end(state: _Applying, finding: Finding) -> None:
    start, end = finding.value
    start = start or state.brief.start_date(state.today)
    days = (end - start).days + 1
    if days >= 1:
        state.brief.weeks = max(1, min(52, math.ceil(days / 7)))
        state.touch("weeks", finding.start)


# ---- phase 5: the offer, as one group ---------------------------------------------------------

def _collect_offer(state: _Applying, finding: Finding) -> None:
    state.offer_findings.append(finding)


def _apply_offer(state: _Applying) -> None:
    """A clear resets the offer; a new code starts a fresh one; the first discount said wins."""
    offer_findings = state.offer_findings
    if not offer_findings or (state.original.offer is None and all(
            f.kind == "offer_condition" for f in offer_findings)):
        return  # a condition with no offer to hold it ("weekdays only") is no offer
    last_clear = max((i for i, f in enumerate(offer_findings) if f.kind == "offer_clear"), default=-1)
    setters = offer_findings[last_clear + 1:]
    offer = None if last_clear >= 0 else copy.deepcopy(state.original.offer)
    new_code = any(f.kind == "offer_code" and (offer is None or f.value != offer.code) for f in setters)
    if new_code and offer is not None and offer.code:
        # a new code is a new offer; said as a correction ("sorry the code is HEAT15"), it
        # fixes the code (and what the message says with it) and keeps the offer's dates
        kept = Offer(starts=offer.starts, ends=offer.ends, condition=offer.condition) \
            if state.correcting else Offer()
        offer = kept
    first_discount = next((f for f in setters if f.kind == "offer_discount"), None)
    if offer is not None and not new_code and not state.correcting and _another_offer(state, setters, offer):
        offer = Offer()  # "first lesson is half price" after "10% off for new students till Jan 31"
    for finding in setters:
        if offer is None:
            offer = Offer()
        if finding.kind == "offer_code":
            offer.code = finding.value
        elif finding.kind == "offer_discount":
            if finding is first_discount:  # "15% off ... 15% off everything" is one discount
                offer.discount = finding.value
        elif finding.kind == "offer_ends":
            offer.ends = finding.value
        elif finding.kind == "offer_starts":
            offer.starts = finding.value
        elif finding.kind == "offer_condition":
            offer.condition = finding.value
    state.brief.offer = offer
    state.touch("offer", offer_findings[0].start)
    if offer is None:
        state.declined.add("offer")
        if state.original.offer is None:
            state.notes.append((offer_findings[0].start, "no offer this month"))
    else:
        state.declined.discard("offer")


#: words that change the offer said before rather than tell another ("make it 25% off")
_CHANGING = re.compile(r"(?i:\b(?:make\s+it|change|changed|instead|actually|update|updated|switch|now|"
                       r"rather|correction|typo|meant|sorry|oops|also|too|same)\b)")


def _another_offer(state: _Applying, setters: list[Finding], offer: Offer) -> bool:
    """Whether a message with no code tells another offer, not a change to the one before:
    a new discount said with a condition of its own ("first lesson is half price": on the
    first lesson) and no dates, in words that change nothing ("make it …", "now …"). The old
    offer's dates and condition are then not this one's."""
    discounts = [f for f in setters if f.kind == "offer_discount"]
    if not discounts or not offer.discount or discounts[0].value == offer.discount:
        return False
    if any(f.kind in ("offer_ends", "offer_starts", "offer_code", "offer_clear") for f in setters):
        return False
    condition = next((f for f in setters if f.kind == "offer_condition"), None)
    if condition is None or condition.value == offer.condition:
        return False
    return not _CHANGING.search(state.text)


Handler = Callable[[_Applying, Finding], None]
FIELDS, CHANNELS, CADENCE, PLAN_END, OFFER = range(5)

#: finding kind -> (phase, handler)
HANDLERS: dict[str, tuple[int, Handler]] = {
    "product": (FIELDS, _apply_product),
    **{kind: (FIELDS, _apply_text_field) for kind in (
        "brand", "audience", "tone", "referral_reward", "customer_perk", "url", "country", "hashtag", "timezone",
        "kind")},
    "description": (FIELDS, _collect_description),
    "free_shipping": (FIELDS, _apply_free_shipping),
    "start": (FIELDS, _apply_start),
    "weeks": (FIELDS, _apply_weeks),
    "note": (FIELDS, _apply_note),
    "decline": (FIELDS, _apply_decline),
    "fact": (FIELDS, _apply_fact),
    "platforms": (CHANNELS, _apply_channels),
    "sells_on": (CHANNELS, _apply_channels),
    "posts_per_week": (CADENCE, _apply_posts_per_week),
    "cadence": (CADENCE, _apply_cadence),
    "occasional": (CHANNELS, _note_occasional),
    "plan_end": (PLAN_END, _apply_plan_end),
    **{kind: (OFFER, _collect_offer) for kind in (
        "offer_clear", "offer_code", "offer_discount", "offer_starts", "offer_ends",
        "offer_condition")},
}
#: what runs once a phase's findings are all applied
AFTER_PHASE: dict[int, Callable[[_Applying], None]] = {
    FIELDS: _join_descriptions, CADENCE: _reconcile_cadence, OFFER: _apply_offer}


@dataclass
class Applied:
    """What applying one message did: the fields changed and one line per thing understood,
    both in the order the seller said them, and the dialogue state to keep."""

    changed: list[str]
    understood: list[str]
    declined: set[str]
    platforms_said: bool


def apply_findings(findings: list[Finding], text: str, original: Brief, brief: Brief,
                   today: dt.date, declined: set[str], platforms_said: bool, *,
                   correcting: bool = False) -> Applied:
    """Apply ``findings`` to ``brief`` (a copy of ``original``, changed in place);
    ``correcting``: the message opened as a correction."""
    state = _Applying(original, brief, today, text, set(declined), platforms_said,
                      default_platforms=is_default_platforms(original, platforms_said),
                      correcting=correcting)
    in_order = sorted(findings, key=lambda f: f.start)
    for phase in (FIELDS, CHANNELS, CADENCE, PLAN_END, OFFER):
        for finding in in_order:
            finding_phase, handler = HANDLERS[finding.kind]
            if finding_phase == phase:
                handler(state, finding)
        if phase in AFTER_PHASE:
            AFTER_PHASE[phase](state)
    changed, understood = _summarise(state)
    return Applied(changed, understood, state.declined, state.said_platforms or platforms_said)


def _summarise(state: _Applying) -> tuple[list[str], list[str]]:
    """The fields that changed, and the lines that say what was understood, in text order."""
    original, brief, touched = state.original, state.brief, state.touched
    newly_said = state.said_platforms and is_default_platforms(original, state.platforms_said_before)
    order = sorted(touched, key=lambda n: (touched[n], FIELD_ORDER.index(n)))
    changed = [name for name in order if getattr(brief, name) != getattr(original, name)
               or (name == "platforms" and newly_said)]
    # a restated value is not a change, but the seller should see it was read
    same = [name for name in order if name not in changed and name not in ("cadence", "facts")]
    lines = [(touched[name], field_line(name, brief) + _was(name, original, newly_said))
             for name in changed if name != "facts"] + state.notes
    # "(as before)" only for what was said before, never for an untouched default
    lines += [(touched[name], field_line(name, brief)
               + ("" if getattr(original, name) == _UNSAID.get(name, object()) else " (as before)"))
              for name in same if field_line(name, brief) not in {line for _pos, line in lines}]
    lines.sort(key=lambda x: x[0])
    understood: list[str] = []
    for _pos, line in lines:
        if line not in understood:
            understood.append(line)
    return changed, understood


#: what a field holds before anyone said anything: a change from it needs no "(was …)"
_UNSAID = {"platforms": ["instagram"], "posts_per_week": 5, "kind": "product", "weeks": 4,
           "cadence": {}, "offer": None, "free_shipping": False}


def _was(name: str, original: Brief, newly_said: bool) -> str:
    """" (was Glow Co)" when a change replaces something said before; "" otherwise."""
    old = getattr(original, name)
    if name in ("description", "start", "facts") or old in ("", None, [], {}) or old == _UNSAID.get(name, ""):
        return ""
    if name == "platforms" and newly_said:
        return ""
    said = original.kind if name == "kind" else field_line(name, original).split(": ", 1)[-1]
    return f" (was {clip(said, 60)})"


def offer_line(offer: Offer | None) -> str:
    if offer is None:
        return "no offer this month"
    parts = [p for p in (offer.code, offer.discount) if p]
    if offer.starts:
        parts.append(f"starts {offer.starts.isoformat()}")
    if offer.ends:
        parts.append(f"ends {offer.ends.isoformat()}")
    if offer.condition and parts and offer.discount:
        parts.append(offer.condition)  # "20% off, on your first clean": not for every customer
    return "offer: " + (", ".join(parts) if parts else "(details to come)")


def field_line(name: str, brief: Brief) -> str:
    """One brief field as the chat says it back ("platforms: instagram, tiktok")."""
    if name == "platforms":
        return "platforms: " + ", ".join(brief.platforms)
    if name == "sells_on":
        return "sells on: " + (", ".join(brief.sells_on) if brief.sells_on else "(nowhere listed)")
    if name == "posts_per_week":
        return f"posts per week: {brief.posts_per_week}"
    if name == "cadence":
        if not brief.cadence:
            return "cadence: split evenly across platforms"
        return "cadence: " + ", ".join(f"{p} {n}/week" for p, n in brief.cadence.items())
    if name == "offer":
        return offer_line(brief.offer)
    if name == "free_shipping":
        if isinstance(brief.free_shipping, str):
            said = brief.free_shipping
            # ("free local delivery over £30" is said whole, never "free shipping free local…")
            return said if re.match(r"(?i)free\b", said) else f"free shipping {said}"
        return "free shipping" if brief.free_shipping else "no free shipping"
    if name == "start":
        return f"start: {brief.start.isoformat() if brief.start else '(next Monday)'}"
    if name == "timezone":
        return f"time zone: {brief.timezone or '(local time)'}"
    if name == "referral_reward":
        return f"referral reward: {brief.referral_reward or '(none)'}"
    if name == "facts":
        told = [k.rstrip("s") for k in ("problems", "story", "quotes", "tips", "faqs", "launch")
                if brief.facts.has(k)]
        return "facts for posts: " + (", ".join(told) if told else "(none yet)")
    if name == "kind":
        return f"kind: {brief.kind}" + ("" if brief.kind == "product" else
                                       " (no parcels or unboxing posts)")
    value = getattr(brief, name)
    return f"{name.replace('_', ' ')}: {value if value not in ('', None) else '(none)'}"
