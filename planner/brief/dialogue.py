"""What the chat remembers between messages about the brief conversation, and the next
question to ask.

The state is not part of the brief: it says how the brief was talked about (the fields
the seller declined, the question asked last, whether platforms were named yet), so the
chat does not ask for a brand the seller said they don't have, and can read a bare reply
("soy candles") as the answer to the question it just asked. The chat keeps one
:class:`Dialogue` and autosaves it beside the brief.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from planner.brief.segments import clip
from planner.domain.brief import Brief


@dataclass
class Dialogue:
    """The brief conversation so far; :func:`parse_brief_text` and :func:`next_question`
    update it in place."""

    #: fields the seller said they don't have or want to skip ("no brand", "no offer")
    declined: set[str] = field(default_factory=set)
    #: the field the last question asked about, until the next message is read
    asked: str | None = None
    #: platforms were named in some message: later ones are added, not replacing the default
    platforms_said: bool = False
    #: how often to post was said in some message: "and fb once" then adds to it
    cadence_said: bool = False
    #: how the brief's kind is known: "said" (read from the seller's words: "it's a service",
    #: "I'm a photographer"), "guessed" (from the product: candles are goods, an app is
    #: digital) or "" (not known: "product" is then only the default)
    kind_from: str = ""
    #: the brand was read from a lower-case reply to "what's your brand called?" ("custom
    #: shaped"): a name sent alone later ("Swell Shapes") replaces it
    brand_guess: bool = False
    #: posts a week per platform said so far ("ig 3", then "fb 2" in the next message)
    platform_counts: dict[str, int] = field(default_factory=dict)
    #: the messages are typed for someone else's business ("posting for our client: …"):
    #: "they do…" is the business speaking (:mod:`planner.brief.framing`)
    for_client: bool = False
    #: how often each field was asked about: a question left unanswered twice is asked no
    #: more (chat test 38: "Where do people book you?" six times of a taco truck)
    asked_count: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A TOML-ready dict (no None values): ``Dialogue.from_dict`` reads it back."""
        data: dict[str, Any] = {"declined": sorted(self.declined),
                                "platforms_said": self.platforms_said,
                                "cadence_said": self.cadence_said}
        if self.asked:
            data["asked"] = self.asked
        if self.kind_from:
            data["kind_from"] = self.kind_from
        if self.brand_guess:
            data["brand_guess"] = True
        if self.for_client:
            data["for_client"] = True
        if self.platform_counts:
            data["platform_counts"] = dict(sorted(self.platform_counts.items()))
        if self.asked_count:
            data["asked_count"] = dict(sorted(self.asked_count.items()))
        return data

    @classmethod
    def from_dict(cls, data: Any) -> Dialogue:
        """The dialogue saved by :meth:`to_dict`. It is a convenience, not data the seller
        typed: anything unreadable in it is dropped rather than refused."""
        if not isinstance(data, dict):
            return cls()
        declined = data.get("declined", [])
        asked = data.get("asked")
        return cls(
            declined={name for name in declined if isinstance(name, str)}
            if isinstance(declined, list) else set(),
            asked=asked if isinstance(asked, str) and asked else None,
            platforms_said=data.get("platforms_said") is True,
            cadence_said=data.get("cadence_said") is True,
            kind_from=data.get("kind_from") if data.get("kind_from") in ("said", "guessed") else "",
            brand_guess=data.get("brand_guess") is True,
            for_client=data.get("for_client") is True,
            platform_counts=_counts(data.get("platform_counts")),
            asked_count=_counts(data.get("asked_count")))


def _counts(data: Any) -> dict[str, int]:
    """Saved per-platform counts, the readable ones."""
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, int)
            and not isinstance(v, bool) and 0 < v <= 70}


def next_question(brief: Brief, dialogue: Dialogue | None = None) -> str | None:
    """The friendliest question for the most useful missing field, or None when the brief
    is enough. Records the field asked about in ``dialogue`` (skipping declined fields)."""
    dialogue = dialogue if dialogue is not None else Dialogue()
    # (a question asked twice and still unanswered is not asked a third time)
    declined = dialogue.declined | {f for f, n in dialogue.asked_count.items()
                                    if n >= ASKED_MOST and f in LATER_FIELDS}
    name = (brief.product or "").strip()
    short = clip(name, 40) if name else "it"
    them = f"your {short}" if name else "it"
    field_name, question = None, None
    if not name:
        field_name = "product"
        question = "What do you sell? (e.g. “we sell soy candles”)"
    elif not brief.brand and "brand" not in declined:
        field_name = "brand"
        question = ("What's your brand or shop called? Captions use it "
                    "(e.g. “we're Glow & Co”), or say “no brand”.")
    elif not brief.description and not brief.facts.differentiators and "description" not in declined:
        # (what sets it apart, once said, answers "what makes it special?": never asked again)
        field_name = "description"
        question = (f"What makes {them} special? One sentence is plenty "
                    "(e.g. “they're hand-poured in recycled glass jars”).")
    elif not brief.audience and "audience" not in declined:
        field_name = "audience"
        question = f"Who usually buys {them}? (e.g. “eco-conscious women 25-40”)"
    elif not brief.sells_on and "sells_on" not in declined and not (
            brief.kind == "service" and brief.url):
        field_name = "sells_on"
        if brief.kind == "service":
            # a dog walker is booked, never bought "on Amazon, Etsy, Shopify"
            question = ("Where do people book you: a booking page or your website (paste the "
                        "link), or by message? Or say skip.")
        else:
            question = "Where can people buy it: Amazon, Etsy, Shopify, your own website?"
    elif brief.offer is None and "offer" not in declined:
        field_name = "offer"
        question = ("Are you running an offer? Give me the code, the discount and when it ends "
                    "(e.g. “code GLOW15 is 15% off until Dec 14”), or say “no offer”.")
    elif brief.offer is not None and not brief.offer.code and not brief.offer.discount \
            and "offer" not in declined:
        field_name = "offer"
        question = "What's the offer: a code, a discount (e.g. 15% off), or both?"
    elif not brief.hashtag and "hashtag" not in declined:
        field_name = "hashtag"
        question = "Do you have a branded hashtag (like #GlowAtHome)? Say “no hashtag” to skip."
    elif not brief.referral_reward and "referral_reward" not in declined:
        field_name = "referral_reward"
        question = ("Do customers get anything for referring a friend (e.g. “a free candle for "
                    "every friend who orders”)? Say “no referrals” to skip.")
    dialogue.asked = field_name
    if field_name:
        dialogue.asked_count[field_name] = dialogue.asked_count.get(field_name, 0) + 1
    return question


#: how often one question about the brief is asked while the seller leaves it unanswered
ASKED_MOST = 2
#: ... of the questions asked once the business is known: what it is, its name, what makes
#: it special and who buys are asked on (a name typed a few lines later, "Ink & Flourish",
#: answers the question asked first)
LATER_FIELDS = frozenset({"sells_on", "offer", "hashtag", "referral_reward"})
