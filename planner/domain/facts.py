"""What a seller can tell us that a good post is written from: the brief's facts.

A post is only as good as what it says. Each key here is optional and states one kind
of fact in the seller's own words (the problems the product solves, real customer
quotes, the origin story, tips, FAQs, a launch, creators really worked with, a live
with its date). A template declares the facts it needs and is picked only when the
brief has them, so no post is a frame with nothing in it and no post claims what the
seller never said. ``docs/reference.md`` documents every key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

#: Shop features a brief may say it uses; shop-tag posts need the matching one.
SHOP_FEATURES = ("instagram_shop", "facebook_shop", "tiktok_shop", "pinterest_product_pins",
                 "youtube_shopping")

#: Where buying happens, as the verb a call to action uses.
ACTIONS = ("shop", "order", "book", "start", "enrol", "call", "download", "subscribe", "join",
           "visit")

#: Rough price of what is sold; a considered purchase needs more trust-building posts.
PRICE_POINTS = ("low", "mid", "high")

#: Top-level brief keys this module reads.
FACT_KEYS = frozenset({
    "problems", "differentiators", "story", "tips", "quotes", "reviews", "faqs", "action",
    "launch", "creators", "ambassadors", "shop_features", "events", "pillars", "community",
    "new_brand", "b2b", "price_point", "hashtags", "solo", "no_repeats", "ads",
})


@dataclass
class Quote:
    """A real customer's words, as the seller gives them, and who said it."""

    text: str
    by: str = ""


@dataclass
class Faq:
    question: str
    answer: str


@dataclass
class Launch:
    """Something new the seller really has coming, and when."""

    what: str
    date: dt.date | None = None


@dataclass
class Event:
    """A live, workshop or webinar with its date and time: posts announce nothing vaguer."""

    title: str
    when: dt.datetime
    platform: str = ""
    #: where an event in person happens ("2914 NE Alberta St, Portland"); empty for a live
    place: str = ""
    #: where people sign up or join ("https://…/webinar"): said in its posts' call to action
    link: str = ""


@dataclass
class Facts:
    """The brief's facts; every field is optional and empty by default."""

    #: problems the product solves, each a phrase ("wax that tunnels halfway down")
    problems: list[str] = field(default_factory=list)
    #: what makes it different, each a phrase or sentence
    differentiators: list[str] = field(default_factory=list)
    #: facts of the origin or maker story, each a sentence
    story: list[str] = field(default_factory=list)
    #: tips and how-tos useful with or without the product, each a sentence
    tips: list[str] = field(default_factory=list)
    #: real customer quotes the seller may share
    quotes: list[Quote] = field(default_factory=list)
    #: review standing as the seller states it ("4.8 stars from 1,200 Amazon reviews")
    reviews: str = ""
    faqs: list[Faq] = field(default_factory=list)
    #: the verb of the call to action; empty means the kind's usual one
    action: str = ""
    launch: Launch | None = None
    #: creators the seller really works with (handles)
    creators: list[str] = field(default_factory=list)
    #: what the seller's real ambassador programme gives; no ambassador posts without it
    ambassadors: str = ""
    #: shop features in use (instagram_shop, pinterest_product_pins, …)
    shop_features: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: content pillars: the themes the seller's posts come back to
    pillars: list[str] = field(default_factory=list)
    #: discovery hashtags the seller uses (beside the branded ``hashtag``), rotated over posts
    hashtags: list[str] = field(default_factory=list)
    #: a real community space ("our Facebook group, Glow Club")
    community: str = ""
    #: a brand new to its audience: the plan leans on awareness
    new_brand: bool = False
    #: sells to businesses: the plan leans on consideration
    b2b: bool = False
    #: runs paid ads with the platform's pixel on its website: retargeting ads are planned
    ads: bool = False
    price_point: str = ""
    #: one person runs it (posts say "I" and "my", never "the team"); None: read from the
    #: brief's own sentences (planning/wording.py is_solo)
    solo: bool | None = None
    #: never tell a sentence, a fact, a call to action or a visual more often than a calendar
    #: may (planning/overtold.py): a slot with nothing new to say stays empty
    no_repeats: bool = False

    def has(self, name: str) -> bool:
        """True when the fact ``name`` is stated (for a template's ``needs``)."""
        return bool(getattr(self, name, None))


def facts_from_dict(data: dict[str, Any], err) -> Facts:
    """Read the fact keys of a brief; ``err(key, what)`` builds the error that names the key."""
    facts = Facts()

    def text(key: str, value: Any, limit: int = 500) -> str:
        if not isinstance(value, str):
            raise err(key, f"must be a string, not {type_name(value)}")
        value = " ".join(value.split())
        if len(value) > limit:
            raise err(key, f"is too long ({len(value)} characters, at most {limit})")
        return value

    def phrases(key: str, limit: int = 500) -> list[str]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise err(key, "must be a list of strings")
        if len(value) > 50:
            raise err(key, f"has {len(value)} entries, at most 50")
        out: list[str] = []
        for i, item in enumerate(value):
            item = text(f"{key}[{i}]", item, limit)
            if item and item not in out:
                out.append(item)
        return out

    def tables(key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise err(key, "must be a list of tables")
        if len(value) > 50:
            raise err(key, f"has {len(value)} entries, at most 50")
        return value

    def flag(key: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise err(key, f"must be true or false, not {type_name(value)}")
        return value

    for key in ("problems", "differentiators", "story", "tips", "pillars"):
        setattr(facts, key, phrases(key))
    for key in ("reviews", "ambassadors", "community"):
        if key in data:
            setattr(facts, key, text(key, data[key]))
    facts.creators = [c if c.startswith("@") else "@" + c for c in phrases("creators", 100)]
    for i, c in enumerate(facts.creators):
        if " " in c or len(c) < 2:
            raise err(f"creators[{i}]", f"{c!r} is not a handle (one word, e.g. @jess.makes)")
    if "action" in data:
        facts.action = text("action", data["action"], 20).lower()
        if facts.action not in ACTIONS:
            raise err("action", f"must be one of {', '.join(ACTIONS)}, not {facts.action!r}")
    if "price_point" in data:
        facts.price_point = text("price_point", data["price_point"], 10).lower()
        if facts.price_point not in PRICE_POINTS:
            raise err("price_point", f"must be one of {', '.join(PRICE_POINTS)}")
    for i, tag in enumerate(phrases("hashtags", 60)):
        tag = tag if tag.startswith("#") else "#" + tag
        if " " in tag or len(tag) < 2:
            raise err(f"hashtags[{i}]", f"{tag!r} is not a hashtag (one word, e.g. #knitting)")
        facts.hashtags.append(tag)
    facts.new_brand = flag("new_brand")
    if "solo" in data:
        facts.solo = flag("solo")
    facts.b2b = flag("b2b")
    facts.ads = flag("ads")
    facts.no_repeats = flag("no_repeats")
    features = phrases("shop_features", 40)
    for i, f in enumerate(features):
        f = f.lower().replace(" ", "_").replace("-", "_")
        if f not in SHOP_FEATURES:
            raise err(f"shop_features[{i}]", f"unknown shop feature {f!r} "
                      f"(known: {', '.join(SHOP_FEATURES)})")
        if f not in facts.shop_features:
            facts.shop_features.append(f)
    for i, raw in enumerate(_quote_items(data, err)):
        where = f"quotes[{i}]"
        if isinstance(raw, str):
            raw = {"text": raw}
        check_table_keys(raw, ("text", "by"), where, "[[quotes]]", err)
        if "text" not in raw:
            raise err(where, "needs text (the customer's words)")
        quote = Quote(text(f"{where}.text", raw["text"], 600).strip("\"“”"),
                      text(f"{where}.by", raw.get("by", ""), 100))
        if quote.text:
            facts.quotes.append(quote)
    for i, raw in enumerate(tables("faqs")):
        where = f"faqs[{i}]"
        check_table_keys(raw, ("question", "answer"), where, "[[faqs]]", err)
        if "question" not in raw or "answer" not in raw:
            raise err(where, "needs question and answer")
        facts.faqs.append(Faq(text(f"{where}.question", raw["question"]),
                              text(f"{where}.answer", raw["answer"], 800)))
    if "launch" in data:
        raw = data["launch"]
        if not isinstance(raw, dict) or "what" not in raw:
            raise err("launch", "must be a table with what (and date)")
        check_table_keys(raw, ("what", "date"), "launch", "[launch]", err)
        facts.launch = Launch(text("launch.what", raw["what"], 200),
                              parse_date(raw.get("date"), "launch.date", err))
    for i, raw in enumerate(tables("events")):
        where = f"events[{i}]"
        check_table_keys(raw, ("title", "when", "platform", "place", "link"), where, "[[events]]", err)
        if "title" not in raw or "when" not in raw:
            raise err(where, "needs title and when (a date and time, e.g. 2026-12-10T18:00)")
        when = raw["when"]
        if isinstance(when, str):
            try:
                when = dt.datetime.fromisoformat(when.strip())
            except ValueError:
                raise err(f"{where}.when", f"{when!r} is not a date and time "
                          "(use YYYY-MM-DDTHH:MM)") from None
        if not isinstance(when, dt.datetime):
            raise err(f"{where}.when", "must be a date and time (YYYY-MM-DDTHH:MM), "
                      "not a bare date: a live needs its time")
        if date_out_of_range(when):
            raise err(f"{where}.when", date_out_of_range(when))
        platform = text(f"{where}.platform", raw.get("platform", ""), 20).lower()
        facts.events.append(Event(text(f"{where}.title", raw["title"], 200),
                                  when.replace(tzinfo=None), platform,
                                  text(f"{where}.place", raw.get("place", ""), 200),
                                  text(f"{where}.link", raw.get("link", ""), 500)))
    return facts


def check_table_keys(raw: dict[str, Any], allowed: tuple[str, ...], where: str, header: str,
                     err) -> None:
    """Refuse a key a brief's table does not have: TOML puts every key written after a
    ``[table]`` header inside that table, so a top-level key placed there would otherwise
    be dropped without a word."""
    for key in raw:
        if key not in allowed:
            raise err(f"{where}.{key}", f"is not one of the {header} keys ({', '.join(allowed)}); "
                      f"keys written after {header} belong to it, so put top-level keys "
                      f"before {header}")


def _quote_items(data: dict[str, Any], err) -> list:
    value = data.get("quotes", [])
    if isinstance(value, (str, dict)):
        value = [value]
    if not isinstance(value, list):
        raise err("quotes", "must be a list of strings or tables with text and by")
    if len(value) > 50:
        raise err("quotes", f"has {len(value)} entries, at most 50")
    for i, v in enumerate(value):
        if not isinstance(v, (str, dict)):
            raise err(f"quotes[{i}]", f"must be a string or a table, not {type_name(v)}")
    return value


#: the dates a plan may use: any real plan's, and far from the last date Python can add
#: days to (9999-12-31), so planning a year from any of them cannot overflow
EARLIEST_DATE, LATEST_DATE = dt.date(1900, 1, 1), dt.date(2999, 12, 31)


def date_out_of_range(value: dt.date) -> str | None:
    """Why ``value`` cannot be used in a plan, or None when it can."""
    day = value.date() if isinstance(value, dt.datetime) else value
    if EARLIEST_DATE <= day <= LATEST_DATE:
        return None
    return f"{day} is out of range (dates from {EARLIEST_DATE} to {LATEST_DATE})"


def parse_date(value: Any, key: str, err) -> dt.date | None:
    """A TOML date, a datetime or an ISO string as a date; ``err(key, what)`` otherwise."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    elif isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise err(key, f"{value!r} is not a date (use YYYY-MM-DD)") from None
    if isinstance(value, dt.date):
        why = date_out_of_range(value)
        if why:
            raise err(key, why)
        return value
    raise err(key, f"must be a date, not {type_name(value)}")


def facts_to_dict(facts: Facts) -> dict[str, Any]:
    """The facts as TOML-ready data; empty ones are left out."""
    out: dict[str, Any] = {}
    for key in ("problems", "differentiators", "story", "tips"):
        if getattr(facts, key):
            out[key] = list(getattr(facts, key))
    if facts.quotes:
        out["quotes"] = [{"text": q.text, **({"by": q.by} if q.by else {})} for q in facts.quotes]
    if facts.reviews:
        out["reviews"] = facts.reviews
    if facts.faqs:
        out["faqs"] = [{"question": f.question, "answer": f.answer} for f in facts.faqs]
    if facts.action:
        out["action"] = facts.action
    if facts.launch is not None:
        out["launch"] = {"what": facts.launch.what,
                         **({"date": facts.launch.date} if facts.launch.date else {})}
    for key in ("creators", "shop_features", "pillars", "hashtags"):
        if getattr(facts, key):
            out[key] = list(getattr(facts, key))
    for key in ("ambassadors", "community", "price_point"):
        if getattr(facts, key):
            out[key] = getattr(facts, key)
    if facts.events:
        out["events"] = [{"title": e.title, "when": e.when,
                          **({"platform": e.platform} if e.platform else {}),
                          **({"place": e.place} if e.place else {}),
                          **({"link": e.link} if e.link else {})}
                         for e in facts.events]
    for key in ("new_brand", "b2b", "no_repeats", "ads"):
        if getattr(facts, key):
            out[key] = True
    if facts.solo is not None:
        out["solo"] = facts.solo
    return out


def type_name(value: Any) -> str:
    """How an error message names a TOML value's type."""
    return {str: "a string", int: "a number", float: "a number", bool: "true/false",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)
