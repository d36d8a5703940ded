"""Turning a brief (and the coverage of existing posts) into a content calendar.

Slots come from the brief's cadence and each platform's good posting times; stages
are spread over the slots so existing plus planned posts approach the target mix;
each slot gets the least-used fitting template, never the same one twice in a week.
Everything random flows from one seed, so the same inputs give the same file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from dataclasses import dataclass, field
from typing import Any

from planner import __version__
from planner.domain.brief import Brief, brief_to_dict
from planner.domain.calendar import Calendar, CalendarPost
from planner.domain.facts import SHOP_FEATURES
from planner.domain.funnel import STAGES, framework
from planner.domain.moments import is_retail, moment_near, moments_between
from planner.domain.platforms import WEEKDAYS, Platform, fit_hashtags, load_platforms
from planner.errors import PlannerError
from planner.planning.coverage import Coverage, plan_quota
from planner.planning.render import Template, TemplateError, TemplateLibrary
from planner.planning.voice import voice_of

STORE_NAMES = {"amazon": "our Amazon store", "etsy": "our Etsy shop", "shopify": "our shop",
               "website": "our website", "ebay": "our eBay store", "tiktok shop": "our TikTok Shop"}
_STOP = {"the", "a", "an", "and", "of", "for", "with", "our", "&", "by", "in"}


@dataclass
class Slot:
    date: dt.date
    time: dt.time
    platform: str
    stage: str = ""


@dataclass
class PlanOptions:
    weeks: int | None = None
    start: dt.date | None = None
    seed: int = 0
    funnel: str = "five-stage"
    today: dt.date | None = None
    model_id: str = ""
    #: posts never to touch (the approved and posted ones in --update)
    keep: list[CalendarPost] = field(default_factory=list)


#: urgency ("ends soon", "flash sale") only in an offer's last days
ENDING_DAYS = 3


def offer_active(brief: Brief, day: dt.date) -> bool:
    """True when the brief's offer may be promoted on ``day`` (it needs a code and a discount)."""
    offer = brief.offer
    if offer is None or not (offer.code and offer.discount):
        return False
    if offer.starts and day < offer.starts:
        return False
    if offer.ends and day > offer.ends:
        return False
    return True


def needs_met(template: Template, brief: Brief, day: dt.date) -> bool:
    if brief.kind not in template.kinds:
        return False
    for need in template.needs:
        if need == "offer" and not offer_active(brief, day):
            return False
        if need == "offer_ends" and not (offer_active(brief, day) and brief.offer.ends):
            return False
        if need == "offer_ending" and not (offer_active(brief, day) and brief.offer.ends
                                           and (brief.offer.ends - day).days < ENDING_DAYS):
            return False
        if need == "amazon" and "amazon" not in brief.sells_on:
            return False
        if need in ("free_shipping", "customer_perk", "referral_reward", "hashtag", "audience",
                    "description", "url", "giveaway") and not getattr(brief, need):
            return False
        if need in FACT_NEEDS and not brief.facts.has(need):
            return False
        if need in SHOP_FEATURES and need not in brief.facts.shop_features:
            return False
        if need == "events" and upcoming_event(brief, day) is None:
            return False
        if need == "launch" and not launch_ahead(brief, day):
            return False
    return True


#: needs met by a stated fact of the brief (planner/domain/facts.py)
FACT_NEEDS = ("problems", "differentiators", "story", "tips", "quotes", "reviews", "faqs",
              "creators", "ambassadors", "community")
#: how far ahead a live or a launch is announced
ANNOUNCE_DAYS = 14


def upcoming_event(brief: Brief, day: dt.date):
    """The next event after ``day`` within two weeks, or None."""
    ahead = [e for e in brief.facts.events
             if day <= e.when.date() <= day + dt.timedelta(days=ANNOUNCE_DAYS)]
    return min(ahead, key=lambda e: e.when, default=None)


def launch_ahead(brief: Brief, day: dt.date) -> bool:
    """A launch may be teased when it is stated, and still ahead of ``day`` if dated."""
    launch = brief.facts.launch
    if launch is None:
        return False
    return launch.date is None or day < launch.date <= day + dt.timedelta(days=ANNOUNCE_DAYS)


def human_when(when: dt.datetime) -> str:
    """"Thursday 10 December at 6pm": an event's date and time as a caption says it."""
    hour = when.hour % 12 or 12
    clock = f"{hour}{when:%p}".lower() if when.minute == 0 else f"{hour}:{when:%M}{when:%p}".lower()
    return f"{when:%A} {when.day} {when:%B} at {clock}"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def human_date(day: dt.date | None) -> str:
    return f"{day:%B} {day.day}" if day else ""


def hashtags_for(brief: Brief, platform: Platform) -> list[str]:
    """Branded hashtag first, then one made from the product name; capped per platform."""
    tags: list[str] = []
    if brief.hashtag:
        tags.append(brief.hashtag)
    words = [w for w in re.findall(r"[A-Za-z0-9]+", brief.product.lower()) if w not in _STOP]
    if words:
        product_tag = "#" + "".join(words[-2:])
        if product_tag.lower() not in (t.lower() for t in tags) and len(product_tag) > 2:
            tags.append(product_tag)
    return tags[: min(platform.max_hashtags, 3)]


def template_context(brief: Brief, platform: Platform, fmt: str, moment: str,
                     picks: dict[str, Any] | None = None, day: dt.date | None = None) -> dict[str, Any]:
    offer = None
    if brief.offer is not None:
        offer = {"code": brief.offer.code, "discount": brief.offer.discount,
                 "ends": human_date(brief.offer.ends)}
    store = next((STORE_NAMES[s] for s in brief.sells_on if s in STORE_NAMES), "our shop")
    if brief.url and platform.links_clickable:
        link_hint = brief.url
    else:
        link_hint = platform.link_hint
    facts = brief.facts
    event = upcoming_event(brief, day) if day else None
    launch = facts.launch
    context = {
        "Product": _capitalised(brief.product),
        "problems": list(facts.problems), "differentiators": list(facts.differentiators),
        "story": list(facts.story), "tips": list(facts.tips), "reviews": facts.reviews,
        "creators": list(facts.creators), "ambassadors": facts.ambassadors,
        "community": facts.community, "shop_features": list(facts.shop_features),
        "launch": {"what": launch.what, "date": human_date(launch.date)} if launch else None,
        "event": ({"title": event.title, "when": human_when(event.when),
                   "platform": event.platform} if event else None),
        "marketplace": _marketplace(brief),
    }
    context.update(voice_of(brief.kind, facts.action, brief.tone).context())
    for name in ROTATED:
        context[name] = (picks or {}).get(name, _first(getattr(facts, ROTATED[name])))
    return context | {
        "product": brief.product, "brand": brief.brand or _capitalised(brief.product),
        "description": brief.description, "audience": brief.audience, "offer": offer,
        "referral_reward": brief.referral_reward, "hashtag": brief.hashtag, "url": brief.url,
        "customer_perk": brief.customer_perk, "free_shipping": bool(brief.free_shipping),
        "free_shipping_terms": brief.free_shipping if isinstance(brief.free_shipping, str) else "",
        "giveaway": brief.giveaway,
        "sells_on": list(brief.sells_on), "store": store, "platform": platform.id, "format": fmt,
        "link_hint": link_hint, "short": platform.short, "moment": moment, "tone": brief.tone,
    }


#: one item of each list fact is given to a post as a singular name, rotating over the plan
ROTATED = {"problem": "problems", "differentiator": "differentiators", "story_fact": "story",
           "tip": "tips", "quote": "quotes", "faq": "faqs", "creator": "creators",
           "pillar": "pillars"}
_MARKETS = {"amazon": "Amazon", "etsy": "Etsy", "ebay": "eBay", "walmart": "Walmart",
            "tiktok shop": "TikTok Shop", "depop": "Depop", "poshmark": "Poshmark"}


def _marketplace(brief: Brief) -> str:
    """The marketplace the brief sells on, by its name ("Etsy"), or empty for an own shop."""
    return next((_MARKETS[s] for s in brief.sells_on if s in _MARKETS), "")


def _first(items: list) -> Any:
    item = items[0] if items else None
    return _as_data(item)


def _as_data(item: Any) -> Any:
    """Dataclass facts (quotes, FAQs) as plain dicts, which the sandbox reads safely."""
    if item is None or isinstance(item, str):
        return item or ""
    return dict(vars(item))


def choose_days(preferred: list[int], others: list[int], n: int) -> list[int]:
    """Pick n day offsets: best days first, but spaced at least two days apart when possible."""
    chosen: list[int] = []
    for gap in (2, 1):
        for o in preferred:
            if len(chosen) < n and o not in chosen and all(abs(o - c) >= gap for c in chosen):
                chosen.append(o)
    for o in others:
        if len(chosen) < n and o not in chosen:
            chosen.append(o)
    return sorted(chosen)


def weekly_counts(brief: Brief) -> dict[str, int]:
    """Posts per week per platform: the brief's cadence, else the total split round-robin."""
    if brief.cadence:
        counts = {p: brief.cadence.get(p, 0) for p in brief.platforms}
        if sum(counts.values()) > 0:
            return counts
    counts = {p: 0 for p in brief.platforms}
    for i in range(brief.posts_per_week):
        counts[brief.platforms[i % len(brief.platforms)]] += 1
    return counts


def make_slots(brief: Brief, platforms: dict[str, Platform], start: dt.date, weeks: int) -> list[Slot]:
    slots: list[Slot] = []
    counts = weekly_counts(brief)
    for week in range(weeks):
        week_start = start + dt.timedelta(days=7 * week)
        for pid in brief.platforms:
            n = counts[pid]
            if n <= 0:
                continue
            plat = platforms[pid]
            # days in the week window, as offsets from week_start, best ones first
            weekday_of = {o: WEEKDAYS[(week_start + dt.timedelta(days=o)).weekday()] for o in range(7)}
            offset_of = {d: o for o, d in weekday_of.items()}
            preferred = [offset_of[d] for d in plat.day_order if plat.times.get(d)]
            others = sorted((o for o in range(7) if o not in preferred),
                            key=lambda o: (weekday_of[o] == "sun", o))
            chosen = choose_days(preferred, others, n)
            per_day: dict[int, int] = {}
            extra = n - len(chosen)
            days = sorted(chosen + [chosen[i % len(chosen)] for i in range(extra)])
            for o in days:
                day = week_start + dt.timedelta(days=o)
                times = plat.times.get(weekday_of[o]) or ("19:00",)
                k = per_day.get(o, 0)
                per_day[o] = k + 1
                hh, mm = (times[k] if k < len(times) else _later(times[-1], k)).split(":")
                slots.append(Slot(day, dt.time(int(hh), int(mm)), pid))
    slots.sort(key=lambda s: (s.date, s.time, brief.platforms.index(s.platform)))
    return slots


def _later(hhmm: str, k: int) -> str:
    h, m = map(int, hhmm.split(":"))
    h = min(22, h + 2 * k)
    return f"{h:02d}:{m:02d}"


def assign_stages(slots: list[Slot], quota: dict[str, int]) -> None:
    """Spread each stage's quota evenly over the slots (largest lag first)."""
    n = len(slots)
    given = {s: 0 for s in STAGES}
    for i, slot in enumerate(slots):
        def lag(s: str) -> float:
            return quota[s] * (i + 1) / n - given[s]
        open_stages = [s for s in STAGES if given[s] < quota[s]]
        stage = max(open_stages, key=lambda s: (lag(s), -STAGES.index(s)))
        slot.stage = stage
        given[stage] += 1


def ensure_offer_touch(slots: list[Slot], brief: Brief) -> None:
    """A real offer inside the plan gets at least one conversion post while it runs.

    Quotas alone may put every conversion slot after the offer has ended (or give
    conversion no slot at all when past posts were sales-heavy); a social media
    manager would still promote a live offer, so a conversion slot is moved into the
    offer's window, or the last slot in the window becomes one.
    """
    if brief.offer is None:
        return
    window = [s for s in slots if offer_active(brief, s.date)]
    if not window or any(s.stage == "conversion" for s in window):
        return
    later = [s for s in slots if s.stage == "conversion" and s not in window]
    target = window[-1] if len(window) < 3 else window[len(window) // 2]
    if later:
        later[0].stage, target.stage = target.stage, "conversion"
    else:
        target.stage = "conversion"


def build_sequences(slots: list[Slot], brief: Brief) -> dict[int, str]:
    """Multi-touch sequences: awareness, then consideration, then conversion, within a week.

    Shoppers meet a product several times before buying (DOMAIN.md §3). With an offer,
    the lead-up is built before the first conversion post in the offer's window; without
    one, before the first conversion post of every four weeks. The two slots just before
    that post become awareness and consideration, swapping stages with the nearest
    other slots so the quotas hold. Returns slot index -> sequence id.
    """
    anchors: list[tuple[int, str]] = []
    if brief.offer is not None:
        conv = next((i for i, s in enumerate(slots)
                     if s.stage == "conversion" and offer_active(brief, s.date)), None)
        if conv is not None:
            anchors.append((conv, f"offer-{brief.offer.code or 'sale'}".lower()))
    else:
        blocks: dict[int, int] = {}
        for i, s in enumerate(slots):
            if s.stage == "conversion":
                blocks.setdefault((s.date - slots[0].date).days // 28, i)
        anchors += [(i, f"product-{n + 1}") for n, i in sorted(blocks.items())]
    tagged: dict[int, str] = {}
    for conv, name in anchors:
        before = [i for i in range(conv - 1, -1, -1)
                  if (slots[conv].date - slots[i].date).days <= 7 and i not in tagged]
        if len(before) < 2:
            continue
        p1, p2 = before[0], before[1]
        chain = {conv, p1, p2}
        for idx, want in ((p1, "consideration"), (p2, "awareness")):
            if slots[idx].stage == want:
                continue
            donors = sorted((j for j in range(len(slots))
                             if j not in chain and j not in tagged and slots[j].stage == want),
                            key=lambda j: (abs(j - idx), j))
            if donors:
                slots[donors[0]].stage = slots[idx].stage
            slots[idx].stage = want
        tagged.update({p2: name, p1: name, conv: name})
    return tagged


def retail_moments(start: dt.date, end: dt.date, country: str) -> dict[dt.date, str]:
    """Shopping moments only: a public holiday may be commemorative, and no post sells on it."""
    return {d: n for d, n in moments_between(start, end, country).items() if is_retail(n)}


def _rng(seed: int, *parts: object) -> random.Random:
    key = "|".join(str(p) for p in (seed, *parts))
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))


class Planner:
    """Fills slots with rendered posts; shared by `plan`, `plan --update` and the chat."""

    def __init__(self, brief: Brief, library: TemplateLibrary, platforms: dict[str, Platform],
                 seed: int, moments: dict[dt.date, str]) -> None:
        self.brief = brief
        self.library = library
        self.platforms = platforms
        self.seed = seed
        self.moments = moments
        self.used: dict[str, int] = {}
        self.week_used: dict[tuple[int, str], int] = {}
        #: how often each item of each list fact has been written about
        self.fact_used: dict[tuple[str, int], int] = {}
        self.warnings: list[str] = []

    def _week(self, day: dt.date) -> int:
        iso = day.isocalendar()
        return iso[0] * 100 + iso[1]

    def note_existing(self, post: CalendarPost) -> None:
        self.used[post.template] = self.used.get(post.template, 0) + 1
        key = (self._week(post.date), post.template)
        self.week_used[key] = self.week_used.get(key, 0) + 1

    def candidates(self, slot: Slot, stage: str) -> list[Template]:
        out = [t for t in self.library.for_stage(stage)
               if t.suits(slot.platform) and needs_met(t, self.brief, slot.date)]
        week = self._week(slot.date)
        rng = _rng(self.seed, "order", slot.date, slot.time, slot.platform)
        offer_on = stage == "conversion" and offer_active(self.brief, slot.date)

        def offer_first(t: Template) -> int:
            return 0 if offer_on and ("offer" in t.needs or "offer_ends" in t.needs) else 1

        keyed = [(self.week_used.get((week, t.id), 0), offer_first(t), self.used.get(t.id, 0),
                  rng.random(), t.id, t) for t in out]
        keyed.sort(key=lambda k: k[:5])
        return [k[-1] for k in keyed]

    def picks(self, slot: Slot) -> tuple[dict[str, Any], dict[str, int]]:
        """One item of each list fact for this post: the least written about so far."""
        rng = _rng(self.seed, "facts", slot.date, slot.time, slot.platform)
        chosen: dict[str, Any] = {}
        index: dict[str, int] = {}
        for name, field_name in ROTATED.items():
            items = getattr(self.brief.facts, field_name)
            if not items:
                continue
            order = sorted(range(len(items)),
                           key=lambda i: (self.fact_used.get((field_name, i), 0), rng.random()))
            index[field_name] = order[0]
            chosen[name] = _as_data(items[order[0]])
        return chosen, index

    def fill(self, slot: Slot, index: int) -> CalendarPost | None:
        plat = self.platforms[slot.platform]
        moment = moment_near(slot.date, self.moments)
        picks, picked = self.picks(slot)
        stages = [slot.stage] + [s for s in STAGES if s != slot.stage]
        for stage in stages:
            for template in self.candidates(slot, stage):
                fmt = next((f for f in template.formats if f in plat.formats), plat.formats[0])
                ctx = template_context(self.brief, plat, fmt, moment, picks, slot.date)
                try:
                    rendered = self.library.render(
                        template, ctx, f"{self.seed}|{index}|{slot.date}|{slot.platform}|{template.id}")
                except TemplateError as exc:
                    if not template.user:
                        raise
                    self.warnings.append(str(exc))
                    continue
                tags = fit_hashtags(hashtags_for(self.brief, plat), rendered.text, plat.max_hashtags)
                post = CalendarPost(
                    date=slot.date, time=slot.time, platform=slot.platform, stage=stage,
                    tactic=template.tactic, template=template.id, format=fmt,
                    text=rendered.text, hashtags=tags, cta=rendered.cta,
                    metrics=list(template.metrics), status="draft", visual=rendered.visual,
                    title=rendered.title,
                )
                if plat.length(post.full_text()) > plat.caption_limit or not rendered.text:
                    continue
                self.note_existing(post)
                for field_name, i in picked.items():
                    if field_name in template.needs:
                        self.fact_used[(field_name, i)] = self.fact_used.get((field_name, i), 0) + 1
                return post
        self.warnings.append(f"no template fits {slot.platform} on {slot.date}; slot left empty")
        return None


def plan_calendar(brief: Brief, library: TemplateLibrary, *, coverage: Coverage | None = None,
                  options: PlanOptions | None = None,
                  platforms: dict[str, Platform] | None = None) -> tuple[Calendar, list[str]]:
    """Make a calendar for ``brief``; returns it with any warnings (skipped user templates…)."""
    opts = options or PlanOptions()
    platforms = platforms or load_platforms()
    for p in brief.platforms:
        if p not in platforms:
            raise PlannerError(f"no platform facts for {p!r}")
    start = opts.start or brief.start_date(opts.today)
    weeks = opts.weeks or brief.weeks
    end = start + dt.timedelta(days=7 * weeks - 1)
    target = brief.target_mix()
    slots = make_slots(brief, platforms, start, weeks)
    keep = sorted(opts.keep, key=lambda p: (p.date, p.time))
    kept_keys = {(p.date, p.time, p.platform) for p in keep}
    slots = [s for s in slots if (s.date, s.time, s.platform) not in kept_keys]
    kept_cov = None
    if keep:
        from planner.planning.coverage import compute_coverage

        base_stages = [p.stage for p in keep]
        if coverage is not None:
            counts = dict(coverage.counts)
            for s in base_stages:
                counts[s] += 1
            base_stages = [s for s in STAGES for _ in range(counts[s])]
        kept_cov = compute_coverage(base_stages, target)
    quota = plan_quota(kept_cov or coverage, target, len(slots))
    assign_stages(slots, quota)
    ensure_offer_touch(slots, brief)
    sequence = build_sequences(slots, brief)
    moments = retail_moments(start, end + dt.timedelta(days=7), brief.country)
    planner = Planner(brief, library, platforms, opts.seed, moments)
    for post in keep:
        planner.note_existing(post)
    posts: list[CalendarPost] = list(keep)
    fw = framework(opts.funnel)
    for i, slot in enumerate(slots):
        post = planner.fill(slot, i)
        if post is None:
            continue
        if i in sequence and post.stage == slot.stage:
            post.sequence = sequence[i]
        if opts.funnel != "five-stage":
            post.extra["funnel_stage"] = fw.name_of(post.stage)
        posts.append(post)
    posts.sort(key=lambda p: (p.date, p.time, brief.platforms.index(p.platform)
                              if p.platform in brief.platforms else 99))
    cov_table = None
    if coverage is not None:
        cov_table = {"posts": coverage.posts}
        cov_table.update({s: round(coverage.shares[s], 4) for s in STAGES})
        cov_table["gaps"] = list(coverage.gaps)
    cal = Calendar(product=brief.product, start=start, end=end, funnel=opts.funnel, seed=opts.seed,
                   generator=f"planner {__version__}", model=opts.model_id, coverage=cov_table,
                   posts=posts, brief=brief_to_dict(brief), timezone=brief.timezone)
    notes = []
    if brief.offer is not None and brief.offer.ends and brief.offer.ends < start:
        notes.append(f"the brief's offer ended on {brief.offer.ends}, before the plan starts: "
                     "no offer posts")
    elif brief.offer is not None and not (brief.offer.code and brief.offer.discount):
        notes.append("the brief's offer needs both a code and a discount before posts promote it")
    if not brief.brand:
        notes.append("the brief has no brand: captions use the product name where a brand would "
                     "go (add brand = \"…\")")
    return cal, library.warnings + planner.warnings + notes


def regenerate_post(cal: Calendar, index: int, brief: Brief, library: TemplateLibrary, *,
                    variant: int, platforms: dict[str, Platform] | None = None) -> CalendarPost:
    """A new draft for one post: same slot and stage, another template or wording."""
    platforms = platforms or load_platforms()
    old = cal.posts[index]
    if old.platform not in platforms:
        raise PlannerError(f"no platform facts for {old.platform!r}")
    moments = retail_moments(old.date, old.date + dt.timedelta(days=7), brief.country)
    planner = Planner(brief, library, platforms, cal.seed * 1000 + variant, moments)
    for i, post in enumerate(cal.posts):
        if i != index:
            planner.note_existing(post)
    planner.used[old.template] = planner.used.get(old.template, 0) + 100
    slot = Slot(old.date, old.time, old.platform, old.stage)
    new = planner.fill(slot, index)
    if new is None:
        raise PlannerError(f"no other template fits post {index + 1}")
    new.notes, new.sequence, new.extra = old.notes, old.sequence, dict(old.extra)
    return new
