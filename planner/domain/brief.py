"""The product brief: TOML in, a validated ``Brief`` out, and back to TOML.

Errors name the key that is wrong, so a user can fix a hand-written brief.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from planner.domain.facts import (
    FACT_KEYS,
    Facts,
    check_table_keys,
    facts_from_dict,
    facts_to_dict,
    parse_date,
    type_name,
)
from planner.domain.toml_files import read_user_toml
from planner.domain.vocabularies import KINDS, PLATFORMS, STORE_ALIASES
from planner.errors import PlannerError

KNOWN_KEYS = {
    "product", "brand", "description", "audience", "platforms", "sells_on", "posts_per_week",
    "start", "weeks", "hashtag", "referral_reward", "offer", "url", "free_shipping",
    "customer_perk", "country", "target", "cadence", "tone", "kind", "giveaway", "timezone",
    "giveaway_ends", "giveaway_rules", "giveaway_draw",
} | FACT_KEYS
#: the keys of the [offer] table; any other (a top-level key written after [offer], which
#: TOML puts inside it) is an error, never silently dropped
OFFER_KEYS = ("code", "discount", "starts", "ends", "condition")
#: what the brief sells: templates about parcels and unboxing only fit a physical product


@dataclass
class Offer:
    """A discount the seller really runs; the only source of codes and deadlines in posts."""

    code: str = ""
    discount: str = ""
    ends: dt.date | None = None
    starts: dt.date | None = None
    #: who or when it is for, in the seller's words ("on weekdays only", "for new clients
    #: only", "on orders over £40"): said in offer posts, and a weekday-only offer's last
    #: call never falls on a weekend (planning/conditions.py)
    condition: str = ""

    @property
    def mark(self) -> str:
        """What says a post gives the offer: its code, or for an offer with none (a discount
        said in words: "£5 off your first appointment") the discount itself."""
        return self.code or self.discount


@dataclass
class Brief:
    """What the planner knows about the product and how the seller posts."""

    product: str = ""
    #: "product" (physical, the default), "digital" (apps, courses…) or "service"
    kind: str = "product"
    brand: str = ""
    description: str = ""
    audience: str = ""
    platforms: list[str] = field(default_factory=lambda: ["instagram"])
    sells_on: list[str] = field(default_factory=list)
    posts_per_week: int = 5
    start: dt.date | None = None
    weeks: int = 4
    hashtag: str = ""
    referral_reward: str = ""
    offer: Offer | None = None
    url: str = ""
    #: True, or the conditions as the seller states them ("on orders over $50")
    free_shipping: bool | str = False
    #: the prize of a giveaway the seller really runs; no giveaway posts without it
    giveaway: str = ""
    #: when entries close; a giveaway post says it (it may be written in ``giveaway`` too)
    giveaway_ends: dt.date | None = None
    #: the day the winner is drawn, when the seller has set one; without it no post names a
    #: draw day (the winner is drawn "after entries close")
    giveaway_draw: dt.date | None = None
    #: the page with the giveaway's full rules; without it no post points to "the rules"
    giveaway_rules: str = ""
    customer_perk: str = ""
    country: str = ""
    #: IANA time zone of the posting times ("America/New_York"); empty means local time
    timezone: str = ""
    tone: str = ""
    #: share of posts per stage; empty means the funnel default
    target: dict[str, float] = field(default_factory=dict)
    #: posts per week per platform, when the seller said so
    cadence: dict[str, int] = field(default_factory=dict)
    #: what posts are written from: problems, quotes, story, tips, FAQs, events…
    facts: Facts = field(default_factory=Facts)
    #: unknown keys, kept so a round trip loses nothing
    extra: dict[str, Any] = field(default_factory=dict)

    def target_mix(self) -> dict[str, float]:
        """The stage mix to plan toward: the brief's shares over the defaults, summing to 1."""
        from planner.domain.funnel import default_target, normalise_target

        return normalise_target(self.target) if self.target else default_target()

    def start_date(self, today: dt.date | None = None) -> dt.date:
        """The plan's first day: the brief's start, else next Monday."""
        if self.start is not None:
            return self.start
        return next_monday(today or dt.date.today())


def next_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=(7 - today.weekday()) or 7)


def load_brief(path: str) -> Brief:
    """Read and validate a brief TOML file."""
    return brief_from_dict(read_user_toml(path), source=path)


def brief_from_dict(data: dict[str, Any], *, source: str = "brief") -> Brief:
    """Validate a parsed brief; every error names the offending key."""

    def err(key: str, what: str) -> PlannerError:
        return PlannerError(f"key {key!r}: {what}", source=source)

    def text(key: str, *, required: bool = False, limit: int = 2000) -> str:
        if key not in data:
            if required:
                raise PlannerError(f"missing required key {key!r}", source=source)
            return ""
        value = data[key]
        if not isinstance(value, str):
            raise err(key, f"must be a string, not {type_name(value)}")
        value = value.strip()
        if required and not value:
            raise err(key, "must not be empty")
        if len(value) > limit:
            raise err(key, f"is too long ({len(value)} characters, at most {limit})")
        return value

    def string_list(key: str, default: list[str]) -> list[str]:
        if key not in data:
            return list(default)
        value = data[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise err(key, "must be a list of strings")
        out: list[str] = []
        for v in value:
            v = " ".join(v.split())
            # store and platform names are matched lower-case; a place the seller describes
            # in words of its own ("our shop on calle Colima") keeps its capitals
            if key == "sells_on":
                v = STORE_ALIASES.get(v.lower(), v)
            if not (key == "sells_on" and len(v.split()) >= 3):
                v = v.lower()
            if v and v not in out:
                out.append(v)
        return out

    def integer(key: str, default: int, low: int, high: int) -> int:
        if key not in data:
            return default
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise err(key, f"must be a whole number, not {type_name(value)}")
        if not low <= value <= high:
            raise err(key, f"must be between {low} and {high}, not {value}")
        return value

    def date(key: str, value: Any) -> dt.date | None:
        return parse_date(value, key, err)

    brief = Brief(product=text("product", required=True, limit=200))
    brief.brand = text("brand", limit=200)
    kind = text("kind", limit=20).lower() or "product"
    if kind not in KINDS:
        raise err("kind", f"must be one of {', '.join(KINDS)}, not {kind!r}")
    brief.kind = kind
    brief.description = text("description")
    brief.audience = text("audience", limit=500)
    brief.tone = text("tone", limit=200)
    brief.url = text("url", limit=500)
    brief.customer_perk = text("customer_perk", limit=500)
    brief.referral_reward = text("referral_reward", limit=500)
    brief.country = text("country", limit=10).upper()
    zone_name = text("timezone", limit=100)
    if zone_name:
        from planner.domain.timezones import UnknownTimezone, canonical

        try:
            brief.timezone = canonical(zone_name)
        except UnknownTimezone as exc:
            raise err("timezone", str(exc)) from None
    brief.hashtag = text("hashtag", limit=100)
    if brief.hashtag:
        tag = brief.hashtag if brief.hashtag.startswith("#") else "#" + brief.hashtag
        if " " in tag or len(tag) < 2:
            raise err("hashtag", f"{brief.hashtag!r} is not a hashtag (one word, e.g. #GlowAtHome)")
        brief.hashtag = tag
    brief.platforms = string_list("platforms", ["instagram"])
    if not brief.platforms:
        raise err("platforms", "needs at least one platform")
    for p in brief.platforms:
        if p not in PLATFORMS:
            raise err("platforms", f"unknown platform {p!r} (known: {', '.join(PLATFORMS)})")
    brief.sells_on = string_list("sells_on", [])
    brief.posts_per_week = integer("posts_per_week", 5, 1, 70)
    brief.weeks = integer("weeks", 4, 1, 52)
    brief.start = date("start", data.get("start"))
    brief.giveaway = text("giveaway", limit=300)
    brief.giveaway_ends = date("giveaway_ends", data.get("giveaway_ends"))
    brief.giveaway_rules = text("giveaway_rules", limit=500)
    brief.giveaway_draw = date("giveaway_draw", data.get("giveaway_draw"))
    if brief.giveaway_draw is not None and brief.giveaway_ends is not None \
            and brief.giveaway_draw < brief.giveaway_ends:
        raise err("giveaway_draw", f"{brief.giveaway_draw} is before entries close on "
                                   f"{brief.giveaway_ends} (giveaway_ends): the winner is drawn after")
    if "free_shipping" in data:
        value = data["free_shipping"]
        if isinstance(value, str):
            value = value.strip()[:200] or False
        elif not isinstance(value, bool):
            raise err("free_shipping", "must be true, false or the conditions as text")
        brief.free_shipping = value
    if "offer" in data:
        raw = data["offer"]
        if not isinstance(raw, dict):
            raise err("offer", "must be a table with code, discount and ends")
        check_table_keys(raw, OFFER_KEYS, "offer", "[offer]", err)
        offer = Offer()
        for key in ("code", "discount", "condition"):
            if key in raw:
                if not isinstance(raw[key], str):
                    raise err(f"offer.{key}", f"must be a string, not {type_name(raw[key])}")
                setattr(offer, key, raw[key].strip()[:200])
        offer.ends = date("offer.ends", raw.get("ends"))
        offer.starts = date("offer.starts", raw.get("starts"))
        if offer.code and (" " in offer.code):
            raise err("offer.code", f"{offer.code!r} is not a code (no spaces)")
        if offer.code or offer.discount:
            brief.offer = offer
    if "target" in data:
        if not isinstance(data["target"], dict):
            raise err("target", "must be a table of stage = share")
        from planner.domain.funnel import normalise_target

        try:
            normalise_target(data["target"], source="target")  # validates
        except PlannerError as exc:
            raise PlannerError(str(exc), source=source) from None
        brief.target = {k: float(v) for k, v in data["target"].items()}
    if "cadence" in data:
        raw = data["cadence"]
        if not isinstance(raw, dict):
            raise err("cadence", "must be a table of platform = posts per week")
        for p, n in raw.items():
            if p not in PLATFORMS:
                raise err(f"cadence.{p}", "unknown platform")
            if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= 21:
                raise err(f"cadence.{p}", "must be a whole number from 0 to 21")
            brief.cadence[p] = n
    brief.facts = facts_from_dict(data, err)
    brief.extra = {k: v for k, v in data.items() if k not in KNOWN_KEYS}
    return brief


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The brief as TOML-ready data; empty optional fields are left out."""
    out: dict[str, Any] = {"product": brief.product}
    if brief.kind != "product":
        out["kind"] = brief.kind
    for key in ("brand", "description", "audience", "tone"):
        if getattr(brief, key):
            out[key] = getattr(brief, key)
    out["platforms"] = list(brief.platforms)
    if brief.sells_on:
        out["sells_on"] = list(brief.sells_on)
    out["posts_per_week"] = brief.posts_per_week
    if brief.start is not None:
        out["start"] = brief.start
    out["weeks"] = brief.weeks
    for key in ("hashtag", "referral_reward", "customer_perk", "url", "country", "timezone"):
        if getattr(brief, key):
            out[key] = getattr(brief, key)
    if brief.free_shipping:
        out["free_shipping"] = brief.free_shipping
    if brief.giveaway:
        out["giveaway"] = brief.giveaway
    if brief.giveaway_ends is not None:
        out["giveaway_ends"] = brief.giveaway_ends
    if brief.giveaway_rules:
        out["giveaway_rules"] = brief.giveaway_rules
    if brief.giveaway_draw is not None:
        out["giveaway_draw"] = brief.giveaway_draw
    if brief.cadence:
        out["cadence"] = dict(brief.cadence)
    if brief.target:
        out["target"] = dict(brief.target)
    if brief.offer is not None:
        offer: dict[str, Any] = {}
        if brief.offer.code:
            offer["code"] = brief.offer.code
        if brief.offer.discount:
            offer["discount"] = brief.offer.discount
        if brief.offer.starts:
            offer["starts"] = brief.offer.starts
        if brief.offer.ends:
            offer["ends"] = brief.offer.ends
        if brief.offer.condition:
            offer["condition"] = brief.offer.condition
        out["offer"] = offer
    out.update(facts_to_dict(brief.facts))
    for key, value in brief.extra.items():
        out.setdefault(key, value)
    return out


def brief_to_toml(brief: Brief) -> str:
    import tomli_w

    return tomli_w.dumps(brief_to_dict(brief))


def missing_fields(brief: Brief) -> list[str]:
    """Fields worth asking for, most useful first."""
    wanted = []
    if not brief.product:
        wanted.append("product")
    if not brief.description:
        wanted.append("description")
    if not brief.audience:
        wanted.append("audience")
    if not brief.sells_on:
        wanted.append("sells_on")
    if brief.offer is None:
        wanted.append("offer")
    if not brief.hashtag:
        wanted.append("hashtag")
    if not brief.referral_reward:
        wanted.append("referral_reward")
    return wanted
