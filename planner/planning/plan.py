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
from dataclasses import dataclass, field, replace
from collections import Counter
from collections.abc import Iterable
from typing import Any

from planner import __version__
from planner.domain.brief import Brief, brief_to_dict
from planner.domain.calendar import Calendar, CalendarPost
from planner.domain.funnel import STAGES, framework
from planner.domain.moments import (
    commemorative_between,
    moment_near,
)
from planner.domain.platforms import Platform, fit_hashtags, load_platforms
from planner.errors import PlannerError
from planner.planning.phrasebook import keep_of, unshop_post, unshopped
from planner.planning.conditions import is_last_call_day, said_condition, with_condition
from planner.planning.context import (
    event_aside,
    event_called,
    event_name,
    GIVEAWAY_HOSTS,
    ROTATED,
    _as_data,
    answer_to,
    event_on,
    in_person,
    hashtags_for,
    needs_met,
    line_before_cta,
    offer_active,
    offer_ask,
    offer_elsewhere,
    post_link,
    story_sticker,
    template_context,
    upcoming_event,
    with_last_call,
    with_offer,
)
from planner.planning.coverage import Coverage, plan_quota
from planner.planning.needs import ANNOUNCE_DAYS
from planner.planning.hashtags import spread_hashtags
from planner.planning.supporting import tell_supporting_once
from planner.planning.links import labelled_cta, leading_cta
from planner.planning.critic import (
    post_findings,
    repetition_findings,
    retold_facts,
    tells_free_shipping,
    told_again,
)
from planner.planning.lint import lint_post
from planner.planning.once import (INSIDE_DAYS, distinct_visual, names_event, said_before, said_inside, same_main_line,
                                   sentence_keys, what_it_is_spent)
from planner.planning.overtold import SENTENCE_POSTS, Ledger
from planner.planning.pacing import (
    CUSTOMER_ASK_DAYS,
    CUSTOMER_ASKS,
    FRAME_NEEDS,
    GAMES,
    GAME_DAYS,
    IN_ORDER,
    LINKED,
    LIVE_QA,
    OFFER_NEEDS,
    ONCE_ONLY,
    OPEN_ASKS,
    OPEN_ASK_DAYS,
    SHOP_ASKS,
    SPARE_DAYS,
    TIMELY,
    WORDINGS,
)
from planner.planning.render import Template, TemplateError, TemplateLibrary
from planner.planning.slots import (
    Slot,
    assign_stages,
    build_sequences,
    ensure_moments,
    ensure_offer_touch,
    market_days,
    market_place,
    make_slots,
    market_line,
    selling_place,
    separate_times,
    spread_days,
    weekly_counts,
)
from planner.planning.shipping import offer_shipping_line, shop_place
from planner.planning.sequencing import (
    giveaway_told,
    is_offer_post,
    one_draw_named,
    offer_allowed,
    sequence_allows,
    sequence_context,
    spared,
)
from planner.planning.stops import with_stop
from planner.planning.storyline import (
    FACT_LISTS,
    business_target,
    empty_slots_note,
    first_language,
    plan_notes,
    post_note,
    retail_moments,
    weekly_themes,
    with_giveaway_read,
)
from planner.planning.facts_said import (PRICE_RE, brief_details, core_sentences, opening_sentence,
                                        after_first, offer_part, price_again, without_our,
                                         price_line)
from planner.planning.facts_said import _lower_first
from planner.planning.repeats import (
    REPEAT_WINDOW_DAYS,
    SAME_TEMPLATE_DAYS,
    SENTENCE_SPLIT,
    normalised,
    stale_sentences,
)
from planner.planning.visuals import about_is, is_care, name_lines, talk_service
from planner.planning.when import date_passed, human_when
from planner.planning.sparse import (audience_groups, brief_lines, description_features,
                                     feature_asides, group_line, instalment_line,
                                     retellings, _small)
from planner.planning.sparse import (SPARSE_REPLIES, SPARSE_TEMPLATES, has_customers, is_sparse,
                                     booked_ask, booked_question, for_kids, listed, made_line, poll_pair, sizes_only, sparse_varied, sparse_countable, sparse_jobs, sparse_many, sparse_note, sparse_noun, sparse_tried,
                                     thin_core, thin_facts, what_it_is_variants)
from planner.planning.openers import own_leads
from planner.planning.tone import register_for_tone, voice_for_tone
from planner.planning.voice import brief_voice, first_person_singular
from planner.planning.short_names import say_product_short
from planner.planning.wording import (
    content_words,
    is_solo,
    mend,
    said_title,
    story_told,
    tells_same,
)

__all__ = ["PlanOptions", "Planner", "plan_calendar", "make_slots",
           "weekly_counts", "needs_met", "template_context"]


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


#: a thank-you (an offer's, a giveaway's) carries the customer perk while fewer posts than
#: this told it: once or twice a calendar, not on every post
PERK_POSTS = 2


#: how much each of the brief's facts sells, for the order in which posts tell them: what it
#: is and costs, the offer and the giveaway first; then the perk and customers' words
FACT_WEIGHTS = {"details": 6, "offer": 6, "giveaway": 5, "customer_perk": 4, "reviews": 4,
                "quotes": 4, "faqs": 3, "differentiators": 3, "problems": 3, "community": 3,
                "referral_reward": 3, "tips": 2, "story": 2, "free_shipping": 1}


#: the brief's own knowledge (what it knows, has lived, is asked, does differently): each
#: item gets a post of its own before a mechanic gets a second post on a platform
CONTENT_LISTS = ("tips", "story", "problems", "faqs", "differentiators")
#: the proof a rich brief gives (its customers' words, its rating, its referral reward), told
#: at least once in a slot of one of PROOF_STAGES (Planner.proof_due)
PROOF = {"quotes", "reviews", "referral_reward"}
PROOF_STAGES = ("consideration", "advocacy", "loyalty")
#: ... from this many days after the calendar's first slot
PROOF_AFTER_DAYS = 3
#: promotion mechanics told in passing again and again (blind read 20: a referral, a perk and
#: a giveaway reminder took the slots while no tip or part of the story reached a post)
MECHANICS = {"referral_reward", "customer_perk", "reviews", "giveaway"}
#: mechanics whose posts stand a week apart whatever their platforms (Planner.mechanic_lately)
LATELY_MECHANICS = {"referral_reward", "customer_perk"}
MECHANIC_GAP_DAYS = 7
#: what a promotion post needs: an offer, the giveaway, the referral reward, the perk
PROMOTION_NEEDS = OFFER_NEEDS | {"offer_over", "giveaway", "giveaway_over", "referral_reward",
                                 "customer_perk"}
#: items of the brief's own knowledge (CONTENT_LISTS) that make a brief rich
RICH_ITEMS = 6
#: stages whose slots (but a sequence's) tell an untold tip, part of the story, problem or FAQ
#: of another stage before a post of their own that tells none
UPPER = ("awareness", "consideration")
#: promotion posts take at most one slot in this many of a calendar with other facts to tell
PROMOTION_SHARE = 2


#: needs that put no fact of the brief into an ask to customers ("Tag a friend", "How are
#: we doing?", "Show us yours"): such an ask runs at most twice a week (ASK_GAP_DAYS), so a
#: brief with little to say is not turned into a wall of asks
ASK_FRAME_NEEDS = FRAME_NEEDS | {"kept", "use_mode", "own_way"}
_WORDS = re.compile(r"[a-z0-9']+")
#: a call to keep the post for another day ("Save this for later", "Save this Pin …")
_SAVE_ASK = re.compile(r"(?i)^(?:save|bookmark)\b")
#: how a post tells its platform a fact again, a fortnight or more after it was told there:
#: a sentence of its own around the fact, each once in the repeat window
RETELL_LEADS = ("In case you missed it:", "Worth saying again:", "A reminder:",
                "Still true:", "Back to basics:")
#: ... in a formal voice or to businesses
FORMAL_RETELL_LEADS = ("As a reminder:", "Worth noting again:", "To recall:")
#: the lead of a fact told to a platform whose followers have not heard it, a week or more
#: after another platform's post said it (no "again": it is news here), so no sentence is in
#: two posts of the calendar (planning/once.py)
CROSS_LEADS = ("Worth knowing:", "For anyone new here:", "Good to know:", "A quick fact:")
#: days before a platform is told again what the business sells (the description's core)
CORE_DAYS = 28
#: the brief's standing facts a calendar must tell once
STANDING = {"customer_perk", "referral_reward", "free_shipping", "reviews"}
#: the warning of a slot no template could fill (`Planner.fill`), read back by the top-up
#: and by workflow.empty_slots_line
EMPTY_SLOT_RE = re.compile(r"no template fits (\S+) on (\d{4}-\d\d-\d\d); slot left empty")
#: where a caption's sentences end (a line's end too)
#: a fact-light template (meta ``last_resort``) runs at most once in this many days a platform
LAST_RESORT_DAYS = 7
#: a line a fact-light post is built around (what the business is, a part of a thin brief)
#: is said in at most this many posts of a calendar: the calendar-wide ledger's cap
#: (planning/overtold.py), one post short of a sentence read as pasted
LIGHT_LINE_POSTS = SENTENCE_POSTS - 1
#: a price line, a difference and a sign-off each go in at most one post in this many
FACT_SHARE = 3
#: a call to action that only signs off ("Follow us for more", "…for further updates")
#: a sign-off ("Follow along for more") closes one post in seven at most: three "follow
#: along" closers in 24 posts read as the calendar's stock ending (blind read 24)
SIGN_OFF_SHARE = 7
SIGN_OFF_RE = re.compile(r"(?i)^(?:please )?(?:follow|stay tuned|subscribe)\b|"
                         r"\bfollow (?:along|us|me)\b")
#: loyalty and advocacy posts a brief with no customers may still have: its own giveaway,
#: live or launch, or its offer, invite anyone
CUSTOMERLESS_OK = {"giveaway", "giveaway_over", "events", "event_today", "launch", "launch_day",
                   "launch_eve", "launch_after",
                   "offer", "offer_ends", "offer_ending", "offer_over"}
#: days between two asks of loyalty or advocacy that carry no fact of the brief
ASK_GAP_DAYS = 4
#: platforms whose posts are their link: a sparse brief's ask goes there only with a url
SPARSE_LINKED = ("pinterest", "youtube")
#: slots a sparse brief's post is tried in before its job is left out
SPARSE_TRIES = 8
#: how much a fact a post of a sparse brief falls back to sells: what the product's name states
NAME_WEIGHT = 1
#: offer posts a calendar may make before a weekly reminder gives way to its last calls
#: (Planner.offer_week_owed): each offer post words the offer anew, and its wordings run out
OFFER_REMINDER_BUDGET = 6
#: the template of a post about one feature the description lists (`Planner.feature_post`)
FEATURE_TEMPLATE = "consideration/one-feature"
#: the template of a post for one group the audience names (`Planner.group_post`)
GROUP_TEMPLATE = "consideration/who-its-for"
#: ... each group on at most this many platforms (once a platform)
GROUP_POSTS = 2
#: ... and two on one platform never within these days of each other
GROUP_GAP_DAYS = 4
#: ... each feature in at most this many posts of a calendar (once a platform), counting
#: the posts that told it in passing (twice as a subject at most: FEATURE_SUBJECT)
FEATURE_POSTS = 3
FEATURE_SUBJECT = 2
#: ... and two on one platform never within these days of each other
FEATURE_GAP_DAYS = 5
#: words no feature is told by
_FEATURE_STOP = {"with", "that", "from", "your", "they", "them", "this", "their", "there",
                 "what", "when", "which", "into", "than", "just", "only", "also", "like"}


#: a line or sentence that opens with a price ("From R4,500 for up to 200 bays.")
PRICE_LINE_RE = re.compile(r"(?m)(?:^|(?<=[.?!] ))(?=(?:From |Only |Just )?(?:" + PRICE_RE.pattern
                           + r"|\d[\d,.]*\s?(?:zł|kr|kn|lei|Kč|Ft)\b))")
#: the emoji an opener may end with, after its question mark
_EMOJI = "⭐💪🎉🥳💡💛🙌🔥✨"
#: a post about something other than what is sold every day: a live, a launch, a giveaway
_ABOUT_ELSE = {"events", "event_today", "launch", "launch_day", "launch_eve", "launch_after",
               "giveaway"}


#: the verbs a line of what the business is says it with ("We offer …", "X makes …")
_OFFER_VERBS = frozenset("offer offers sell sells make makes run runs do does provide "
                         "provides".split())


def with_core(text: str, cta: str, lines: list[str]) -> str:
    """``text`` with ``lines`` as a paragraph of their own: after an opening question
    ("Thinking about our escape rooms?") when more follows it, else before the call to
    action."""
    line = " ".join(lines)
    sold = re.fullmatch(r"(We|I) sell ([^.!?]+)\.", line)
    through = re.search(r"\b(We|I) sell through ([^.!?\n]+)\.", text)
    if sold and through and sold.group(1) == through.group(1):
        # one sentence of what and where, never "We sell through our Etsy shop." beside "We
        # sell hand-thrown mugs." (blind read 37)
        return text[:through.start()] + f"{sold.group(1)} sell {sold.group(2)} through " \
            f"{through.group(2)}." + text[through.end():]
    # what it is goes just before what it costs when the post gives the price already
    price = next((m for m in PRICE_LINE_RE.finditer(text)), None)
    if price is not None and not PRICE_RE.search(line) \
            and not text[:price.start()].rstrip().endswith(":"):  # (not under a heading)
        return text[:price.start()] + line + " " + text[price.start():]
    paragraphs = text.split("\n\n")
    if len(paragraphs) >= 3 and paragraphs[0].rstrip(" " + _EMOJI).endswith("?"):
        return "\n\n".join([paragraphs[0], line, *paragraphs[1:]])
    return line_before_cta(text, cta, line)


def _rng(seed: int, *parts: object) -> random.Random:
    key = "|".join(str(p) for p in (seed, *parts))
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))




#: the card that lists the offer's terms, the usual price among them
OFFER_CARD = "conversion/offer-the-details"


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
        #: when each fact was last told: of facts told as often, the longest ago comes next
        self.fact_when: dict[tuple[str, int], dt.date] = {}
        #: where and when each of the brief's facts was told: fact key -> [(platform, day)],
        #: so a post picks a fact its platform has not heard lately (repeats.py's windows)
        self.told_on: dict[tuple[str, Any], list[tuple[str, dt.date]]] = {}
        #: the brief's facts each platform's followers have been told: (platform, fact key);
        #: a post spends one not told there yet, the facts that sell first (FACT_WEIGHTS)
        self.spent: set[tuple[str, Any]] = set()
        #: stages the plan's mix gives no share: no post falls back to them
        self.unused: set[str] = set()
        #: the plan's slots, to see which dated moments have slots kept for them
        self.slots: list[Slot] = []
        #: the items of the list facts the next post would tell (set by `fill`)
        self.picked: dict[str, int] = {}
        #: the fact a post that carries one fact (a_fact) tells in this slot: "details",
        #: "differentiators", "reviews" or "name" (set by `picks`); "" when none may be told
        self.carry = ""
        #: the slot being filled
        self.slot: Slot | None = None
        #: indexes of the slots a sequence (an offer's, a product's) keeps to their stage
        self.sequenced: set[int] = set()
        #: a rich brief (RICH_ITEMS of its own knowledge or more): each item gets a post of
        #: its own first (`tells_untold_item`); a brief of a few keeps the order facts sell in
        self.rich = sum(len(getattr(brief.facts, n)) for n in CONTENT_LISTS) >= RICH_ITEMS
        #: how lately the slot's platform heard that fact (`lately`)
        self.carry_lately = 0
        #: posts written so far, for the critic's repetition checks
        self.accepted: list[CalendarPost] = []
        #: what the calendar so far told, every platform and week at once: a post that would
        #: tell a sentence, a fact, a call to action or a visual too often is turned down
        #: (planning/overtold.py; `plan_calendar` sets the plan's weeks)
        self.ledger = Ledger(brief, brief.weeks, shapes=True)
        #: the ledger turns posts down on all its rules, on every brief (``no_repeats = true``
        #: is the default since session 21: with no sentence in two posts (planning/once.py)
        #: the full ledger filled as many slots of the read-19/20 briefs as the sentence rule
        #: alone, 193 against 192)
        self.strict = True
        #: every caption sentence of four words or more the calendar said (planning/once.py):
        #: no post says one again, whatever the brief asks
        self.once_said: set[str] = set()
        #: sentence keys of accepted posts, by id (`said_near`)
        self._near_keys: dict[int, tuple[CalendarPost, set[str]]] = {}
        #: the posts that told what the business is (once a platform, twice a calendar)
        self.what_told: list[CalendarPost] = []
        #: the brief's facts, which another platform may be told a fortnight later
        self.retold = retold_facts(brief)
        #: the brief's words every post about them says again (the offer's terms)
        self.told = told_again(brief) + tuple(
            # (... and what an event's name asks of people: "Come and see a pan being made.")
            a for a in (event_aside(e.title, in_person(e)) for e in brief.facts.events) if a)
        #: an event's name and when, said on each platform it is announced on, what its name
        #: asks of people ("Come and see a pan being made.": its announcement and its day's
        #: reminder both say it; blind read 27) and its name without that note, the title of
        #: its posts ("Open forge morning — Saturday 23 January at 10am")
        # (... said as ours too, "Our open atelier afternoon — Saturday 23 January at 3pm")
        self.event_words = [f"{our}{event_called(e)}" for e in brief.facts.events
                            for our in ("", "our ", "my ")] + \
            [a for e in brief.facts.events
             for a in (event_aside(e.title, in_person(e)), event_name(said_title(e.title), in_person(e)))
             if a]
        #: public holidays in the plan that are not shopping moments
        self.holidays: dict[dt.date, str] = {}
        self.warnings: list[str] = []
        #: template variables set over the brief's (variations.py: "short", the voice)
        self.overrides: dict[str, Any] = {}
        #: the description's sentences a post can tell, worked out once for the whole plan
        self.details = brief_details(brief)
        #: the features the description lists, each the subject of a post of its own in a
        #: slot nothing else fits (`feature_post`), for a brief with facts of its own (a
        #: thin brief tells its parts as lines already, `thin`)
        self.features = description_features(brief) \
            if any(getattr(brief.facts, n) for n in FACT_LISTS) else []
        # (the goods themselves are no part of them: "rain tent (huif) for two-wheel bakfiets
        # boxes" was "Our rain tent has rain tent (huif) for…", s31)
        self.features = goods_features(self.features, brief)
        #: a description of one line typed as a list: its parts said as ours replace the
        #: lines cut from it ("There's 10cm to 30cm, sold on Etsy…"), its price kept
        #: (of a thin brief: a brief with facts of its own keeps its lines as they were)
        self.listed = listed(brief) and opening_sentence(brief.description.strip()) == \
            brief.description.strip().rstrip(".!?").strip() \
            and not any(getattr(brief.facts, n) for n in FACT_LISTS)
        if self.listed:
            self.details = [d for d in self.details if PRICE_RE.search(d)]
        if (len(self.details) <= 1 and not any(getattr(brief.facts, n) for n in FACT_LISTS)) \
                or self.listed:
            # a thin brief's description (a price, or nothing said whole): each of its parts,
            # said as ours, is a line a post that carries one fact may tell instead
            self.details = self.details + [t for t in thin_facts(brief) if t not in self.details]
        #: which problems the brief answers: those are named first, so a problem post can say how
        answers = [answer_to(brief, p, self.details) for p in brief.facts.problems]
        self.unanswered = [not a for a in answers]
        #: the difference that answers each answered problem (problem index -> difference
        #: index): kept for the problem's post, so it is not told first on its own
        self.answering = {i: d for i, a in enumerate(answers) for d, diff in
                          enumerate(brief.facts.differentiators) if a and tells_same(a, diff)}
        #: ... and the line of the description that answers one (problem index -> detail
        #: index), told last on its own while its problem's post is still to come
        self.answering_details = {i: k for i, a in enumerate(answers) for k, det in
                                  enumerate(self.details) if a and tells_same(a, det)}
        #: what the business sells, said as our sentence, and the description's price line
        #: when that sentence does not give it: the first post a platform's followers meet
        #: and every post that asks them to buy tells them (what it is and what it costs)
        #: (said in full, then shorter for a short caption)
        #: what the business is, in the wordings posts take in turn
        self.about_variants = what_it_is_variants(brief)
        #: a sparse brief's own templates for jobs its brief cannot do (no made-by-hand line,
        #: no link to order from): never written, not even as a post made again
        self.sparse_off = {t for job, t in SPARSE_TEMPLATES.items() if job not in sparse_jobs(brief)}
        #: each part of a brief given in a line each, a sentence of ours a fact-light post is
        #: built around (planning/sparse.py)
        self.thin = [] if any(getattr(brief.facts, n) for n in FACT_LISTS) \
            else list(brief_lines(brief)[1])
        #: each part's wordings: the first telling, then a sentence of its own for the second
        #: (a sentence is in one post of a calendar, planning/once.py)
        self.thin_words = {t: [t, *retellings(t, brief)] for t in self.thin}
        # (a description typed as a list: what is sold is its first part, never the list)
        core = (thin_core(brief) or (self.about_variants[0] if self.about_variants else "")) \
            if self.listed else ""
        self.cores = [core] if core else core_sentences(
            brief.description, brief.kind, brief.brand, brief.product) or self.about_variants[:1]
        if is_solo(brief):  # one maker says "I sell…", as the rest of the post does
            from planner.planning.voice import first_person_singular

            self.cores = [first_person_singular(c) for c in self.cores]
        self.cores = [unshopped(c, brief.tone) for c in self.cores]  # noqa: E501  # "not like a shop" (s29)
        #: whether the brief gives a sign of existing customers to ask (planning/sparse.py);
        #: `plan_calendar` sets it too when past posts are given
        self.customers = has_customers(brief)
        #: a thin brief (none of the fact lists, a description of a line or a list at most):
        #: no sentence in a third post
        self.thin_brief = not any(getattr(brief.facts, n) for n in FACT_LISTS) and (
            self.listed or len(brief_details(brief)) <= 1)
        #: at most this many posts a week (0: no cap), for a thin plan spread evenly
        self.week_cap = 0
        #: the offer's weekly reminder left out (`write`: a post that cannot carry it)
        self.reminder_off = False
        #: the customer perk left off a thank-you whose every wording with it said an earlier
        #: post's sentence again (`write`)
        self.perk_off = False
        #: how many posts so far told one of the brief's differences
        self.difference_posts = 0
        self.price = price_line(self.details)
        # (the price's second wording, its instalments, a line of its own for another post:
        # "You can also pay in 12 instalments of R$19,70.")
        instalments = instalment_line(brief) if self.price else ""
        if instalments and instalments not in self.details:
            self.details = self.details + [instalments]
        if self.price and is_solo(brief):
            from planner.planning.voice import first_person_singular

            self.price = first_person_singular(self.price)
        #: the story's parts as posts print them, to see which parts a post told
        self.story_said = [mend(p).rstrip(".") for p in story_told(list(brief.facts.story))]

    def _week(self, day: dt.date) -> int:
        iso = day.isocalendar()
        return iso[0] * 100 + iso[1]

    def note_existing(self, post: CalendarPost) -> None:
        self.accepted.append(post)
        self.ledger.add(post)
        # (an event's words are its fact, said on each platform: self.event_words; so are
        # the offer's terms, said on every post that gives it in wordings that take turns:
        # once they have all been said, the offer's last day was left empty on three
        # platforms, blind read 28)
        condition = self.brief.offer.condition if self.brief.offer is not None else ""
        self.once_said |= {k for k in sentence_keys(post.text) | sentence_keys(post.title)
                           if not names_event(k, self.event_words)
                           and not (condition and said_condition(k, condition))}
        if "what-it-is" in self.ledger.posts[-1][1].facts:
            self.what_told.append(post)
        self.used[post.template] = self.used.get(post.template, 0) + 1
        key = (self._week(post.date), post.template)
        self.week_used[key] = self.week_used.get(key, 0) + 1

    def giveaway_runs_on(self, platform: str) -> bool:
        """Whether the brief's giveaway runs on ``platform``: a slot there is kept for it
        (`giveaway_slots`), so its winner is announced there too; where the plan keeps none
        (entries close after the plan), on any platform it fits."""
        kept = [s for s in self.slots if s.purpose == "giveaway"]
        return not kept or any(s.platform == platform for s in kept)

    def candidates(self, slot: Slot, stage: str) -> list[Template]:
        week = self._week(slot.date)
        # (nor is a slot of the offer's last call on its platform: read 37's last-48-hours
        # reminders capped away in a thin plan's spread)
        capped = not (slot.purpose or slot.market
                      or is_last_call_day(self.brief, slot.date, slot.platform))
        if self.week_cap and capped and sum(
                self._week(p.date) == week and p.status == "draft"
                for p in self.accepted) >= self.week_cap:
            # a thin plan spread evenly: this week has its share (`thin_week_cap`); a slot kept
            # for its moment (a giveaway's winner, a live's day, a market day) is never capped
            # away
            return []
        if self.week_cap and capped and sum(
                self._week(p.date) == week and p.status == "draft"
                for p in self.accepted) == self.week_cap - 1:
            # ... and the week's last share goes to a platform with fewer posts so far, when it
            # has a slot later that week: the platforms take turns (a thin brief's two posts,
            # a video and a Pin, not two videos and no Pin)
            had = {p: sum(a.platform == p for a in self.accepted) for p in self.brief.platforms}
            if any(s.platform != slot.platform and had.get(s.platform, 0) < had.get(slot.platform, 0)
                   and self._week(s.date) == week and (s.date, s.time) > (slot.date, slot.time)
                   for s in self.slots):
                return []
        # one template once a week: a second would read as the first again; a moment of
        # its own (a launch, a live, an offer's last days) is said on every platform
        out = [t for t in self.library.for_stage(stage)
               if t.suits(slot.platform) and needs_met(t, self.brief, slot.date, slot.platform)
               and "features" not in t.needs  # (`feature_post`: a slot nothing else fits)
               and "groups" not in t.needs  # (`group_post`: as a feature's)
               # (a sparse brief's job its brief cannot do: no made-by-hand line, no link)
               and not ("sparse" in t.needs and t.id in self.sparse_off)
               and not self.exhausted(t, slot.date) and self.on_its_platform(t, slot)
               and (not self.week_used.get((week, t.id)) or TIMELY & set(t.needs)
                    or slot.purpose and slot.purpose in t.needs or self.other_item(t, slot))
               and sequence_allows(t, self.brief, self.accepted, slot.platform, slot.date)
               and not self.kept_elsewhere(t, slot)
               and not (t.tactic == "follow giveaway" and not self.giveaway_runs_on(slot.platform))
               # (a winner is announced only where the giveaway was posted)
               and not ("giveaway_over" in t.needs and self.brief.giveaway
                        and not giveaway_told(self.brief, self.accepted, slot.platform))
               and not ("community" in t.needs and not self.community_here(slot.platform))
               and not ("reviews" in t.needs and self.reviews_told_here(slot.platform))
               and not self.ask_too_soon(t, stage, slot.date, slot.platform)
               and not self.mechanic_lately(t, slot)
               and not (slot.platform in LINKED and OFFER_NEEDS & set(t.needs)
                        and offer_elsewhere(self.brief))]
        # a brief with no sign of customers asks none (reviews, "tell us what you think",
        # tag and share): it has the run-up to say first; a last-resort template once a
        # fortnight a platform; a difference, past its share of the calendar, waits
        # (an agency's own template is its choice, and runs)
        out = [t for t in out if (self.customers or t.user or stage not in ("loyalty", "advocacy")
                                  or CUSTOMERLESS_OK & set(t.needs))
               and not (t.last_resort and (self.recently_here(t, slot, LAST_RESORT_DAYS)
                                           or not self.light_fact(slot)
                                           or not self.light_paced(slot)))
               and not ("differentiators" in t.needs and self.over_budget("difference"))]
        rng = _rng(self.seed, "order", slot.date, slot.time, slot.platform)
        offer_on = stage == "conversion" and offer_active(self.brief, slot.date)

        def offer_first(t: Template) -> int:
            """Timely posts first: the moment the slot is kept for, the offer while it runs,
            an event or launch not yet told."""
            if slot.purpose and slot.purpose in t.needs:
                return -1
            if offer_on and ("offer" in t.needs or "offer_ends" in t.needs):
                return 0
            if "events" in t.needs or "launch" in t.needs:
                return 0 if not self.announced(t, slot) else 1
            return 1

        untold = self.untold_facts()

        def fresh_first(t: Template) -> int:
            """A fact no post has told yet first: a standing one (free shipping, the perk, the
            referral reward) or an item of the brief's lists (problems, story, tips…); then
            templates that need no list fact; last, those whose list items are all told."""
            if untold.intersection(t.needs):
                return 0
            lists = [n for n in t.needs if n in FACT_LISTS]
            if not lists:
                # a frame with no fact of the brief in it ("this week, in a handful of
                # photos") only when the brief has nothing left to tell
                return 1 if set(t.needs) - FRAME_NEEDS else 3
            return 0 if any(self.item_untold(n) for n in lists) else 2

        keyed = [(t.last_resort, offer_first(t), not self.tells_untold_item(t),
                  fresh_first(t) == 3, not self.worth(t, slot),
                  self.week_used.get((week, t.id), 0), -self.fact_value(t, slot.platform),
                  fresh_first(t), self.used.get(t.id, 0), rng.random(), t.id, t) for t in out]
        keyed.sort(key=lambda k: k[:11])
        return [k[-1] for k in keyed]

    def tells_untold_item(self, template: Template) -> bool:
        """Whether a post of ``template`` would tell an item of the brief's own knowledge (a
        tip, a part of the story, a problem, an FAQ, a difference) that no post has told yet,
        or name the brief's community for the first time."""
        if self.slot is not None and self.week_used.get((self._week(self.slot.date), template.id)):
            return False  # (its second post this week would read as the first again)
        for need in template.needs if self.rich else ():
            if need in CONTENT_LISTS and need in self.picked \
                    and not self.fact_used.get((need, self.picked[need])) \
                    and not (need == "differentiators" and "problems" not in template.needs
                             and self.reserved()):
                # (a difference kept for its problem's post is told there: the problems first)
                return True
        return "community" in template.needs and bool(self.brief.facts.community) \
            and not any(k == ("community", None) for _, k in self.spent) \
            and (self.slot is None or self.community_here(self.slot.platform))

    def reviews_told_here(self, platform: str) -> bool:
        """Whether a post on ``platform`` gave the brief's rating already: said once a
        platform, never again in passing (blind read 20)."""
        reviews = self.brief.facts.reviews.lower().rstrip(".")
        return bool(reviews) and any(reviews in p.text.lower() for p in self.accepted
                                     if p.platform == platform)

    def community_here(self, platform: str) -> bool:
        """Whether the slot being filled is on the platform the brief's community lives on
        ("our Facebook group, …" is Facebook's), or the community names none."""
        low = self.brief.facts.community.lower()
        named = [p for p in self.brief.platforms if p in low]
        return not named or platform in named

    def content_untold(self) -> bool:
        """Whether some item of the brief's own knowledge, or its community, is in no post yet."""
        return self.rich and any(self.item_untold(n) for n in CONTENT_LISTS) \
            or bool(self.brief.facts.community) \
            and not any(k == ("community", None) for _, k in self.spent)

    def mechanic_again(self, template: Template, slot: Slot) -> bool:
        """Whether ``template`` would tell a mechanic (the referral reward, the perk, the
        reviews, the giveaway) its platform's followers were told already, outside the moment
        the slot is kept for (a giveaway's reminder slot is its own)."""
        if slot.purpose and slot.purpose in template.needs:
            return False
        return any((slot.platform, (n, None)) in self.spent
                   for n in MECHANICS.intersection(template.needs))

    def mechanic_lately(self, template: Template, slot: Slot) -> bool:
        """Whether ``template`` would tell the referral reward or the perk that a post on
        any platform told in the last MECHANIC_GAP_DAYS days (blind read 29: the referral
        pitch on X and LinkedIn half an hour apart, on Instagram and TikTok on consecutive
        days); a slot kept for it is its own."""
        told = LATELY_MECHANICS.intersection(template.needs)
        if not told or slot.purpose and slot.purpose in template.needs:
            return False
        return any(abs((slot.date - p.date).days) < MECHANIC_GAP_DAYS
                   and told & set(getattr(self.library.templates.get(p.template), "needs", ()))
                   for p in self.accepted)

    def promotion_heavy(self) -> bool:
        """Whether one more promotion post (the offer, the giveaway, the referral reward, the
        perk) would take more than half the calendar so far (PROMOTION_SHARE)."""
        promos = sum(bool(PROMOTION_NEEDS.intersection(
            getattr(self.library.templates.get(p.template), "needs", ()))) for p in self.accepted)
        return (promos + 1) * PROMOTION_SHARE > len(self.accepted) + 1

    def waits_for_content(self, template: Template, slot: Slot) -> bool:
        """Whether a post of ``template`` waits while the brief's own knowledge is untold: a
        mechanic its platform heard already, or a promotion past half the calendar (a slot
        kept for its moment never waits)."""
        if slot.purpose and slot.purpose in template.needs or self.tells_untold_item(template):
            return False
        if not self.content_untold():
            return False
        return self.mechanic_again(template, slot) or bool(
            PROMOTION_NEEDS.intersection(template.needs)) and self.promotion_heavy()

    def recently_here(self, template: Template, slot: Slot, days: int) -> bool:
        """Whether ``template`` ran on the slot's platform within ``days`` days."""
        return any(p.template == template.id and p.platform == slot.platform
                   and abs((slot.date - p.date).days) < days for p in self.accepted)

    def budget_count(self, what: str) -> int:
        """How many posts so far carry a price line, a difference or a sign-off ("Follow us
        for more")."""
        if what == "price":
            return sum(bool(self.price) and self.price.rstrip(".") in p.text for p in self.accepted)
        if what == "sign-off":
            return sum(bool(SIGN_OFF_RE.search(p.cta or "")) for p in self.accepted)
        return self.difference_posts

    def over_budget(self, what: str) -> bool:
        """Whether one more post with a price line or a difference would put it in more than
        one post in three of the calendar so far (a sign-off: one in seven): facts are spent across the
        calendar, not bolted onto every post (blind read 14: a price on 6 of 9 posts)."""
        share = SIGN_OFF_SHARE if what == "sign-off" else FACT_SHARE
        return self.budget_count(what) * share >= len(self.accepted) + 1

    def fact_keys(self, template: Template) -> list[tuple[str, Any]]:
        """The brief's facts a post of ``template`` would tell: (fact, item) pairs, the item
        the one `picks` chose for a list fact, or None for a standing fact."""
        keys: list[tuple[str, Any]] = []
        for need in template.needs:
            if need in FACT_LISTS:
                keys.append((need, self.picked.get(need, 0)))
            elif need in ("description", "details2"):
                keys.append(("details", self.picked.get("details", 0)))
            elif need == "a_fact":
                keys.append(("details", self.picked.get("details", 0))
                            if {"description", "details2"} & set(template.needs)
                            else self.a_fact_key())
            elif need in ("offer", "offer_ends", "offer_ending"):
                keys.append(("offer", None))
            elif need == "giveaway" and template.tactic != "follow giveaway":
                continue  # a contest made of the prize is not the giveaway the brief runs
            elif need in FACT_WEIGHTS:
                keys.append((need, None))
        return list(dict.fromkeys(keys))

    def a_fact_key(self) -> tuple[str, Any]:
        """The fact a post that needs one fact (a_fact) carries, as its templates choose it:
        a line of the description, else a difference, else the reviews, else what the
        product's name states."""
        if self.carry in ("details", "differentiators"):
            return (self.carry, self.picked.get(self.carry, 0))
        return (self.carry or "name", None)

    def lately(self, key: tuple[str, Any], platform: str, day: dt.date) -> int:
        """How lately ``platform``'s followers heard a fact: 3 when that platform told it
        within a fortnight, 2 when another platform did (the same words there read as a
        cross-post), 1 when that platform told it inside the repeat window but a fortnight
        or more ago (it may be told again in a sentence of the post's own), else 0."""
        out = 0
        for plat, when in self.told_on.get(key, ()):
            apart = abs((day - when).days)
            if plat == platform and apart < SAME_TEMPLATE_DAYS:
                return 3
            if apart < SAME_TEMPLATE_DAYS:
                out = 2
            elif plat == platform and apart <= REPEAT_WINDOW_DAYS:
                out = max(out, 1)
        return out

    def fact_value(self, template: Template, platform: str) -> int:
        """How much a post of ``template`` on ``platform`` would tell that is new: each fact's
        weight (what it is and costs, the offer, the giveaway, the perk and the customers'
        words sell most), twice over when no platform has told it yet, nothing when this
        platform's followers have been told it."""
        value = 0
        for key in self.fact_keys(template):
            if (platform, key) in self.spent:
                continue
            told = any(k == key for _, k in self.spent)
            value += FACT_WEIGHTS.get(key[0], NAME_WEIGHT) * (1 if told else 2)
        return value

    def worth(self, template: Template, slot: Slot) -> bool:
        """Whether the post tells its platform something it has not told yet: a fact of the
        brief not spent there, or the dated moment (a live, a launch, the offer's close)."""
        return bool(TIMELY & set(template.needs)) or self.fact_value(template, slot.platform) > 0

    def spend(self, template: Template, post: CalendarPost) -> None:
        """Note the facts ``post`` told on its platform, and when."""
        keys = self.fact_keys(template) + [("details", i) for i, d in enumerate(self.details)
                                           if d.rstrip(".") in post.text]
        # a fact a post tells beside its own (the difference that answers its problem)
        said = " " + " ".join(_WORDS.findall(post.text.lower())) + " "
        for field_name in FACT_LISTS:
            for i, item in enumerate(getattr(self.brief.facts, field_name)):
                words = " ".join(_WORDS.findall(str(getattr(item, "answer", item)).lower()))
                if words and f" {words} " in said:
                    keys.append((field_name, i))
        if any(k[0] == "differentiators" for k in keys):
            self.difference_posts += 1
        for key in dict.fromkeys(keys):
            self.spent.add((post.platform, key))
            self.told_on.setdefault(key, []).append((post.platform, post.date))
        if any(c.rstrip(".") in post.text for c in self.cores):
            self.spent.add((post.platform, ("core", None)))

    def other_item(self, template: Template, slot: Slot) -> bool:
        """Whether a template used this week may run again on another platform: it tells
        one of the brief's list facts (a problem, a tip) and the item it would tell there is
        one no platform has told lately (another problem), so it is no cross-post."""
        lists = [n for n in template.needs if n in FACT_LISTS]
        week = self._week(slot.date)
        return bool(lists) and all(
            p.platform != slot.platform for p in self.accepted
            if p.template == template.id and self._week(p.date) == week) and all(
            n in self.picked and self.lately((n, self.picked[n]), slot.platform, slot.date) < 2
            for n in lists)

    def ask_too_soon(self, template: Template, stage: str, day: dt.date, platform: str) -> bool:
        """Whether an ask of loyalty or advocacy that carries no fact of the brief ("Tag a
        friend", "How are we doing?") would come within a week of another on its platform:
        a brief with little to say is not turned into a wall of asks (its slot is left
        empty, and the seller told so)."""
        if template.user or stage not in ("loyalty", "advocacy") \
                or set(template.needs) - ASK_FRAME_NEEDS:
            return False
        def bare(post: CalendarPost) -> bool:
            t = self.library.templates.get(post.template)
            return t is not None and not set(t.needs) - ASK_FRAME_NEEDS

        return any(p.platform == platform and p.stage in ("loyalty", "advocacy")
                   and abs((day - p.date).days) < ASK_GAP_DAYS and bare(p) for p in self.accepted)

    def kept_elsewhere(self, template: Template, slot: Slot) -> bool:
        """Whether the launch or the live a template is about has slots kept for it that this
        one is not: a launch is teased and told on its day, a live announced and reminded of
        on its day, and no other post takes a slot from the brief's other facts for it."""
        needs = set(template.needs)
        if slot.purpose and slot.purpose in needs:
            return False
        if needs & {"launch_eve", "launch_after"}:
            # a launch's reminder (before or after its day) goes only where a slot was kept
            return True
        if needs & {"launch", "launch_day"}:
            return any(s.purpose in ("launch", "launch_day") for s in self.slots)
        if needs & {"events", "event_today"}:
            event = self.event_for(slot)
            if event is None:
                return False
            day = event.when.date()
            return any(s.purpose in ("events", "event_today") and s.platform == slot.platform
                       and s is not slot and s.date <= day and (day - s.date).days <= 7
                       for s in self.slots)
        return False

    def event_for(self, slot: Slot, ahead: bool = False) -> Any:
        """The event a post in ``slot`` tells: the one the slot is kept for (an open morning
        two days after a live is announced before the live), else the one on its day, else
        the next one ahead (with ``ahead``, the next one ahead only)."""
        if slot.event is not None and (slot.date < slot.event.when.date()
                                       or not ahead and slot.date == slot.event.when.date()):
            return slot.event
        if ahead:
            return upcoming_event(self.brief, slot.date)
        return event_on(self.brief, slot.date) or upcoming_event(self.brief, slot.date)

    def tactic_of(self, template: Template, day: dt.date) -> str:
        """The template's tactic, but a day's reminder of an event in person (a clinic in the
        shop, a market morning) is that, not a live Q&A."""
        event = event_on(self.brief, day) if "event_today" in template.needs else None
        if event is not None and in_person(event) and template.tactic in LIVE_QA:
            return "event day reminder"
        return template.tactic

    def on_its_platform(self, template: Template, slot: Slot) -> bool:
        """A live is announced on the platform it runs on, when that is one of the brief's; the
        other platforms tell their followers where to find it once, in its last week."""
        if not {"events", "event_today"} & set(template.needs):
            return True
        event = self.event_for(slot)
        if event is not None and in_person(event) and template.tactic in LIVE_QA \
                and "event_today" not in template.needs:
            return False  # a clinic in the shop is no live Q&A under a post (its day's reminder is)
        if event is not None and "events" in template.needs and self.announced(template, slot) \
                and not (slot.purpose == "events" and (event.when.date() - slot.date).days <= 1):
            # announced here once; the day itself has its own post (or the day before, a slot
            # kept for its reminder where the platform has none on the day)
            return False
        if event is None or event.platform not in self.brief.platforms \
                or event.platform == slot.platform:
            return True
        # the brief's other platforms point their followers to it once, in the week before,
        # and on the day when the slot was kept for it (its own platform had none that day)
        if "event_today" in template.needs:
            return slot.purpose == "event_today"
        # (after its own platform announced it: the live is its platform's news first, never
        # a YouTube video's ahead of the Instagram post it points to)
        title = event_called(event).lower()
        # (a slot kept for it, planning/slots.py, may be a day or two more than a week ahead)
        return "events" in template.needs and 0 < (event.when.date() - slot.date).days <= (
            ANNOUNCE_DAYS if slot.purpose == "events" else 7) \
            and (not self.announced(template, slot)
                 # (... its reminder the day before, in a slot kept for it, retells it)
                 or slot.purpose == "events" and (event.when.date() - slot.date).days <= 1) \
            and (in_person(event) or slot.purpose == "events"
                 or any(p.platform == event.platform and title in p.text.lower()
                        for p in self.accepted)
                 # (... or its own platform's announcement is kept for that day or earlier:
                 # a Facebook post at 9am may point to the Instagram post of 10:30)
                 or any(s.platform == event.platform and s.purpose == "events"
                        and s.date <= slot.date for s in self.slots))

    def item_untold(self, field_name: str) -> bool:
        """Whether some item of a list fact (a tip, a problem…) is in no post yet."""
        items = getattr(self.brief.facts, field_name)
        return any(not self.fact_used.get((field_name, i)) for i in range(len(items)))

    def untold_facts(self) -> set[str]:
        """The brief's standing facts that no post written so far mentions."""
        said = "\n".join(p.text.lower() for p in self.accepted)
        untold = set()
        if self.brief.free_shipping and not tells_free_shipping(said, self.brief):
            untold.add("free_shipping")
        for name in ("customer_perk", "referral_reward", "giveaway"):
            value = getattr(self.brief, name)
            if value and value.lower() not in said:
                untold.add(name)
        reviews = self.brief.facts.reviews
        if reviews and reviews.lower()[:12] not in said:
            untold.add("reviews")
        for field_name in FACT_LISTS:
            items = getattr(self.brief.facts, field_name)
            if items and not any(self.fact_used.get((field_name, i)) for i in range(len(items))):
                untold.add(field_name)
        return untold

    def announced(self, template: Template, slot: Slot) -> bool:
        """Whether the event or launch a template would announce is already in a post."""
        if "events" in template.needs:
            # per platform: each platform's followers hear of the live once
            event = self.event_for(slot, ahead=True)
            return event is None or any(event_called(event).lower() in p.text.lower()
                                        for p in self.accepted if p.platform == slot.platform)
        launch = self.brief.facts.launch
        return launch is None or any(launch.what.lower() in p.text.lower() for p in self.accepted)

    def overtold(self, post: CalendarPost) -> bool:
        """Whether ``post`` would tell a sentence, a fact of the brief, a call to action or a
        visual more often than a calendar may (planning/overtold.py: the sentence in a third
        post, the fact past its cap or twice on a platform), for a brief that asks for no
        repeats; otherwise the sentence rule alone over any four weeks (blind read 18: a price
        line in 10 of 16 posts), and of a thin brief no sentence in a third post at all."""
        if self.strict:
            return bool(self.ledger.findings(post))
        if self.ledger.findings(post, rules=("sentence-overused",)):
            return True
        if not self.thin_brief:
            return False
        said = {s.strip() for s in SENTENCE_SPLIT.split(post.text) if len(s.split()) >= 3}
        offer = self.brief.offer
        if offer is not None:
            # the offer's terms are said on every post about it, in its own rotating wordings
            terms = [t for t in (offer.mark, getattr(offer, "condition", "")) if t]
            said = {s for s in said if not any(t.lower() in s.lower() for t in terms)}
        return any(sum(s in p.text for p in self.accepted) >= LIGHT_LINE_POSTS for s in said)

    def flagged(self, post: CalendarPost, overtold: bool = True) -> bool:
        """True when `planner lint` would report the post: a rule of its own, a copy defect,
        or a repeat of a post already written (with ``overtold``, a sentence, fact, call to
        action or visual the calendar told too often)."""
        return bool(self.said_twice(post) or overtold and self.overtold(post)
                    or lint_post(post, self.brief, self.platforms)
                    or post_findings(post, self.brief, self.holidays)
                    or repetition_findings(post, self.accepted, self.told, self.retold))

    @property
    def moment_names(self) -> list[str]:
        """The names of the brief's dated moments (a launch's goods, an event's title and its
        day and time, the giveaway's prize), which each platform's post of the moment says:
        two main lines that share only that name are two posts, not one said twice
        (`same_main_line`; an event's announcement and its reminder the day before)."""
        launch = self.brief.facts.launch
        return ([launch.what] if launch is not None and launch.what else []) + \
            ([self.brief.giveaway] if self.brief.giveaway else []) + \
            [event_called(e) for e in self.brief.facts.events] + \
            [e.place for e in self.brief.facts.events if e.place] + \
            [human_when(e.when, self.brief.country) for e in self.brief.facts.events]

    def said_near(self, post: CalendarPost) -> set[str]:
        """The sentence keys (once.py) of the posts within INSIDE_DAYS of ``post``, any
        platform: a fact told again inside another sentence that soon reads pasted (read
        41's tuning set: "For anyone new here: we come out whenever 5 cm …" a week after
        "We come out whenever 5 cm …"); later, a retelling in a sentence of our own is let
        be (a thin brief's facts fill its weeks)."""
        keys: set[str] = set()
        for other in self.accepted:
            if abs((post.date - other.date).days) < INSIDE_DAYS:
                cached = self._near_keys.get(id(other))
                if cached is None or cached[0] is not other:
                    cached = (other, sentence_keys(other.text) | sentence_keys(other.title))
                    self._near_keys[id(other)] = cached
                keys |= cached[1]
        return keys

    def last_call(self, post: CalendarPost) -> bool:
        """Whether ``post`` is its platform's call in the offer's last days: a fact it tells
        again behind a lead is let be there, as a missing last call costs more (the offer
        unsaid in its last 48 hours on a platform, lint's finding)."""
        offer = self.brief.offer
        return offer is not None and bool(offer.mark) \
            and offer.mark.lower() in post.text.lower() \
            and is_last_call_day(self.brief, post.date, post.platform)

    def said_twice(self, post: CalendarPost) -> bool:
        """Whether ``post`` says again what the calendar said (planning/once.py), on every
        brief: a caption sentence of four words or more of an earlier post, the main line of a
        post the same day or on its platform that week, or what the business is where it was
        told already (once a platform, twice a calendar)."""
        if said_before(post.text, self.once_said) or said_before(post.title, self.once_said) \
                or said_inside(post.text, self.said_near(post),
                               [*self.moment_names, self.brief.product, self.brief.brand]) \
                and not self.last_call(post) \
                or same_main_line(post, self.accepted, self.moment_names):
            return True
        return what_it_is_spent(post.platform, self.what_told, post.date, self.ledger.weeks) and \
            "what-it-is" in self.ledger.said(post).facts

    def hashtags(self, plat: Platform) -> list[str]:
        """The platform's next hashtag set in rotation, unlike the sets of its last two posts."""
        mine = [p for p in self.accepted if p.platform == plat.id]
        recent = [{t.lower() for t in p.hashtags} for p in mine[-2:]]
        options = [hashtags_for(self.brief, plat, turn) for turn in range(len(mine), len(mine) + 4)]
        # a tag of ours (not the brief's own: `hashtag`, `hashtags`) on half the platform's
        # posts of the calendar already is left off (blind read: one tag on 11 of 15 posts)
        given = {t.lower() for t in [self.brief.hashtag, *self.brief.facts.hashtags] if t}
        share = max(1, sum(s.platform == plat.id for s in self.slots) // 2)
        worn = {t.lower() for p in mine for t in p.hashtags if t.lower() not in given
                and sum(t.lower() in {x.lower() for x in o.hashtags} for o in mine) >= share}
        options = [[t for t in tags if t.lower() not in worn] for tags in options]
        first = options[0]
        if first and all(t.lower() in given for t in first):
            return first  # (the brief's own tags go on every post)
        options.append(first[:-1])  # too few tags to rotate: a shorter set this time
        for tags in options:
            if len(recent) < 2 or any({t.lower() for t in tags} != r for r in recent):
                return tags
        return first

    def light_line(self, platform: str, day: dt.date, market: str = "") -> str | None:
        """The line a fact-light post on ``platform`` is built around: a platform's first post
        says what the business is; later ones a part of the brief no post has told, then a
        wording of what it is no post has used, then a line another platform read a week
        (what it is) or a fortnight (a part of the brief) or more ago; each line in at most LIGHT_LINE_POSTS posts of the calendar,
        never twice on a platform. None when every line is spent: the slot stays empty
        rather than repeat."""
        def told(line: str) -> list[CalendarPost]:
            words = self.thin_words.get(line, [line])
            return [p for p in self.accepted if any(w.rstrip(".") in p.text for w in words)]

        def wording(line: str) -> str:
            # (the first of its wordings no post has said: a part told again is told anew)
            return next((w for w in self.thin_words.get(line, [line])
                         if not said_before(w, self.once_said)), "")

        def open_to(line: str) -> bool:
            # (what the business is may reach another platform's followers a week later; a
            # part of the brief, as any fact of it, a fortnight later, but for a part with a
            # sentence of its own for its second telling (`retellings`): a week, as what it
            # is, since no reader of both platforms reads the same sentence twice)
            apart = SAME_TEMPLATE_DAYS if line in self.thin and len(self.thin_words[line]) < 2 \
                else LAST_RESORT_DAYS
            posts = told(line)
            if self.strict and self.ledger.closed(line, platform, day) and not market:
                # its fact was told as often as a calendar may (overtold.py); a market day's
                # post says what is on the stall again, as an offer post says the offer
                return False
            if line in self.about_variants and what_it_is_spent(
                    platform, self.what_told, day, self.ledger.weeks):
                return False  # (what the business is: once a platform, twice a calendar)
            return bool(wording(line)) and len(posts) < LIGHT_LINE_POSTS and all(
                p.platform != platform and abs((day - p.date).days) >= apart for p in posts)

        # (a line that only says what the business sells is no fact of its own: a post
        # built on it is an empty frame, blind read 20, so only the brief's parts are lines;
        # a market day's post has its own, the stall tomorrow or this morning)
        order = self.thin + (self.about_variants if market or self.parts_listed() else [])
        if market and self.price and self.price not in order:
            # (a market day's post may say what the stall's goods cost: the brief's price,
            # beside the stall and its day)
            order = self.thin + [self.price] + order[len(self.thin):]
        lines = [line for line in order if open_to(line)]
        variants = [v for v in self.about_variants if v in lines]
        if not any(p.platform == platform for p in self.accepted):
            if variants:
                return min(variants, key=lambda v: (len(told(v)), order.index(v)))
        # a platform not yet posted to keeps a use of what the business is for its first post
        waiting = sum(not any(p.platform == other for p in self.accepted)
                      for other in self.brief.platforms if other != platform)
        left = sum(LIGHT_LINE_POSTS - len(told(v)) for v in self.about_variants)
        if waiting and left <= waiting and not [t for t in self.thin if t in lines]:
            return None
        best = min(lines, key=lambda line: (len(told(line)), order.index(line)), default=None)
        return wording(best) if best in self.thin_words else best

    def light_fact(self, slot: Slot) -> bool:
        """Whether a fact-light post in ``slot`` would carry a fact of the brief besides what
        it sells: its line is a part of the brief said as ours (`thin_facts`), never only
        the product line said again ("Windscreen chip repair at your car is what we do."),
        which leaves the post an empty frame (blind read 20); the slot stays empty instead.
        A market day's post carries the stall and its day (`market_line`)."""
        line = self.light_line(slot.platform, slot.date, slot.market)
        return line is not None and (any(line in w for w in self.thin_words.values())
                                     or bool(slot.market) or self.parts_listed())

    def parts_listed(self) -> bool:
        """Whether the product line lists the parts of the work ("boiler servicing in Leeds -
        annual service, repairs"): what the business is, said, names one of them, a fact."""
        from planner.planning.sparse import product_parts

        return bool(product_parts(self.brief.product)[1])

    def light_paced(self, slot: Slot) -> bool:
        """Whether a fact-light post fits the slot's week: a thin brief's few lines are spread
        evenly over the plan's weeks, so no week is left empty while another holds them all."""
        weeks = sorted({self._week(s.date) for s in self.slots})
        if len(weeks) < 2:
            return True
        lines = (len(self.thin) + len(self.about_variants)) * LIGHT_LINE_POSTS
        share = -(-lines // len(weeks))
        week = self._week(slot.date)
        light = {t.id for t in self.library.templates.values() if t.last_resort}
        done = sum(p.template in light and self._week(p.date) <= week for p in self.accepted)
        return done < share * (weeks.index(week) + 1 if week in weeks else len(weeks))

    def about(self, slot: Slot) -> dict[str, Any]:
        """What a fact-light post says (`light_line`)."""
        line = self.light_line(slot.platform, slot.date, slot.market)
        return {"what_it_is": line} if line else {}

    def spared(self, template: Template, day: dt.date) -> dict[str, Any]:
        return spared(self.brief, self.accepted, template, day)

    def goods_told(self) -> bool:
        """Whether the brief says anything of the goods themselves (a description, a
        difference, the reviews, what the name states): a brief with none has only its shop
        to tell."""
        facts = self.brief.facts
        return bool(self.brief.description.strip() or facts.differentiators or facts.reviews
                    or name_lines(self.brief))

    def exhausted(self, template: Template, day: dt.date) -> bool:
        """A fact that must not be told twice (a quote, an FAQ, a story) is used up, or a
        "just for our followers" offer is not one (the brief does not say so) or would follow
        posts that already made it public, or an open invitation to ask us would come within
        days of another."""
        offer = self.brief.offer
        if template.tactic == "follower-exclusive deal" and offer is not None and (
                "follower" not in offer.discount.lower()  # the brief says it's for anyone
                or any(offer.mark.lower() in p.text.lower() for p in self.accepted)):
            return True
        if template.id in GAMES and any(
                p.template in GAMES and abs((p.date - day).days) < GAME_DAYS for p in self.accepted):
            return True
        if template.id == "loyalty/offer-thank-you" and offer is not None and not (
                offer.code or self.brief.customer_perk or self.brief.free_shipping):
            # an offer with no code is "our offer" to no one, and with no perk or free
            # shipping to go on with the thanks is all the post says (blind read 36)
            return True
        for group in CUSTOMER_ASKS:
            if template.id in group and any(p.template in group and abs(
                    (p.date - day).days) < CUSTOMER_ASK_DAYS for p in self.accepted):
                return True
        if not self.carry and not self.goods_told() and ("a_fact" in template.needs and not {"description", "details2"}
                               & set(template.needs) or template.id in SHOP_ASKS) and any(
                (p.template == template.id or {p.template, template.id} <= SHOP_ASKS)
                and abs((p.date - day).days) <= REPEAT_WINDOW_DAYS for p in self.accepted):
            # with no fact of the goods to carry, its one fact is the shop or the shipping it
            # told already: the same post again (blind read 39, "We sell through our Takealot
            # shop." on TikTok sixteen days after "You'll find our bath soaks in our Takealot
            # shop.")
            return True
        if template.id == "advocacy/tag-us-in-your-story" and (
                is_care(self.brief) or talk_service(self.brief)):
            # a consultation or a treatment turns up in nobody's posts (blind read 36)
            return True
        if template.id in OPEN_ASKS and any(
                p.template in OPEN_ASKS and abs((p.date - day).days) < OPEN_ASK_DAYS
                for p in self.accepted):
            return True
        reviews = self.brief.facts.reviews.lower()
        if "reviews" in template.needs and reviews and any(
                reviews in p.text.lower() and abs((p.date - day).days) < 2 * SPARE_DAYS
                for p in self.accepted):
            return True  # the standing is news once a fortnight, not twice in a week
        if "a_fact" in template.needs and not self.carry \
                and self.picked.get("differentiators") in self.reserved() \
                and not {"description", "details2"} & set(template.needs):
            return True  # its one fact would be the difference kept for its problem's post
        diffs = range(len(self.brief.facts.differentiators))  # all kept for their problems?
        if "differentiators" in template.needs and "problems" not in template.needs and diffs \
                and self.reserved() >= set(diffs):
            return True
        for field_name in FACT_LISTS:
            # its item names a date gone by ("order before 8 January"): no post of it now
            at = self.picked.get(field_name)
            items = getattr(self.brief.facts, field_name)
            if field_name in template.needs and at is not None and at < len(items) \
                    and self.dated_past(items[at], day):
                return True
        for field_name in ONCE_ONLY:
            if field_name in template.needs:
                items = getattr(self.brief.facts, field_name)
                if all(self.fact_used.get((field_name, i), 0) for i in range(len(items))):
                    return True
        return False

    def worn_item(self, item: Any, slot: Slot) -> bool:
        """Whether an item of the brief (a line of the description, a difference, a tip, a
        quote) is spent for the slot: the calendar told its fact or its sentence as often as
        it may (planning/overtold.py), so another item is picked first."""
        text = item.get("text", "") if isinstance(item, dict) else \
            getattr(item, "text", item) if not isinstance(item, str) else item
        # (a sentence of it in a post already: no post says it again, planning/once.py; but
        # for a fact another platform told a week or more ago and this one never heard, told
        # here in a sentence of its own, `crossed_sentences`)
        if not isinstance(text, str):
            return False
        if self.ledger.worn(text, slot.platform, slot.date):
            return True
        if not said_before(text, self.once_said):
            return False
        key = text.rstrip(".").lower()
        told = [p for p in self.accepted if key and key in p.text.lower()]
        return not told or any(p.platform == slot.platform
                               or abs((slot.date - p.date).days) < LAST_RESORT_DAYS for p in told)

    def reserved_details(self) -> set[int]:
        """Lines of the description kept for the post of a problem they answer, not told yet."""
        return {k for p, k in self.answering_details.items()
                if not self.fact_used.get(("problems", p))}

    @staticmethod
    def dated_past(item: Any, day: dt.date) -> bool:
        """Whether an item of the brief (an FAQ's answer, a tip) names a day and month that
        has passed by ``day`` ("Orders placed before 8 January arrive in time"): not posted
        after its date."""
        if isinstance(item, str):
            text = item
        elif isinstance(item, dict):
            text = " ".join(str(v) for v in item.values() if isinstance(v, str))
        else:
            text = " ".join(str(v) for v in vars(item).values() if isinstance(v, str)) \
                if hasattr(item, "__dict__") else str(item)
        return date_passed(text, day)

    def reserved(self) -> set[int]:
        """Differences kept for the post of a problem they answer, not told yet."""
        return {d for p, d in self.answering.items() if not self.fact_used.get(("problems", p))}

    def picks(self, slot: Slot) -> tuple[dict[str, Any], dict[str, int]]:
        """One item of each list fact for this post: the least written about so far."""
        rng = _rng(self.seed, "facts", slot.date, slot.time, slot.platform)
        chosen: dict[str, Any] = {}
        index: dict[str, int] = {}
        for name, field_name in ROTATED.items():
            items = getattr(self.brief.facts, field_name)
            if not items:
                continue
            keep = self.reserved() if field_name == "differentiators" else set()
            order = sorted(range(len(items)),
                           key=lambda i: (self.dated_past(items[i], slot.date),
                                          self.worn_item(items[i], slot),
                                          self.lately((field_name, i), slot.platform, slot.date),
                                          self.fact_used.get((field_name, i), 0),
                                          self.fact_when.get((field_name, i), dt.date.min), i in keep,
                                          field_name == "problems" and self.unanswered[i],
                                          # a story is told from its beginning
                                          i if field_name in IN_ORDER else rng.random()))
            index[field_name] = order[0]
            chosen[name] = _as_data(items[order[0]])
        details = self.details
        if details:
            kept = self.reserved_details()
            least = min(range(len(details)), key=lambda i: (
                self.worn_item(details[i], slot), i in kept,
                self.lately(("details", i), slot.platform, slot.date),
                self.fact_used.get(("details", i), 0), self.fact_when.get(("details", i), dt.date.min), i))
            chosen["detail"] = details[least]
            index["details"] = least
        # a post that carries one fact (a_fact) tells, of a line of the description, a
        # difference, the reviews and what the name states (its templates' order), the one
        # its platform heard least lately; never the difference kept for its problem's post
        facts = self.brief.facts
        d = index.get("differentiators")
        options = [("details", ("details", index.get("details")), bool(details)),
                   ("differentiators", ("differentiators", d),
                    d is not None and d not in self.reserved()
                    and not self.over_budget("difference")),
                   ("reviews", ("reviews", None), bool(facts.reviews)
                    and not self.reviews_told_here(slot.platform)),
                   ("name", ("name", None), bool(name_lines(self.brief) or about_is(self.brief)))]
        options = [(rank, name, key) for rank, (name, key, ok) in enumerate(options) if ok]
        # (a fact the calendar told as often as it may comes last: overtold.py)
        worn = {"details": bool(details) and self.worn_item(chosen.get("detail", ""), slot),
                "differentiators": d is not None
                and self.worn_item(facts.differentiators[d], slot),
                "reviews": self.worn_item(facts.reviews, slot)}
        best = min(options, key=lambda o: (worn.get(o[1], False),
                                           self.lately(o[2], slot.platform, slot.date), o[0]),
                   default=None)
        self.carry = best[1] if best else ""
        self.carry_lately = self.lately(best[2], slot.platform, slot.date) if best else 0
        return chosen, index

    def fill(self, slot: Slot, index: int) -> CalendarPost | None:
        plat = self.platforms[slot.platform]
        moment = moment_near(slot.date, self.moments)
        picks, picked = self.picks(slot)
        self.picked = picked
        self.slot = slot
        # a stage the mix gives no share (the brief has nothing for it) is the last fallback:
        # its posts only when no other stage has one that fits the slot, and never one that
        # tells no fact ("What is missing from us?")
        stages = [slot.stage] + [s for s in STAGES if s != slot.stage and s not in self.unused] \
            + [s for s in STAGES if s != slot.stage and s in self.unused]
        ranked = [(s, t) for s in stages for t in self.candidates(slot, s)
                  if s not in self.unused or self.worth(t, slot) or t.last_resort]
        # a post of its stage that tells its platform something new first; one that only
        # repeats what its followers know when nothing new fits
        # (the moment a slot is kept for, a giveaway's reminder or a launch's day, before both)
        kept = [(s, t) for s, t in ranked if s == slot.stage and slot.purpose
                and slot.purpose in t.needs]
        fresh = kept + [(s, t) for s, t in ranked if s == slot.stage and self.worth(t, slot)
                        and (s, t) not in kept]
        # a conversion slot while the offer runs, on a platform still owed it (its first
        # day, its last 48 hours), goes to a post that carries the code: a post of the
        # stage without it is kept only when none of the stage's templates can say it
        owed = (slot.stage == "conversion" or self.offer_week_owed(slot)) \
            and offer_active(self.brief, slot.date) and \
            offer_allowed(self.brief, self.accepted, slot.platform, slot.date)
        # (... and so does the platform's first post of a week the offer runs in, when its
        # followers heard it in an earlier week only: its weekly reminder, `offer_week_owed`)
        spare: tuple[Template, CalendarPost] | None = None
        if self.slots and slot.date > max(s.date for s in self.slots) - dt.timedelta(days=7) \
                and not slot.purpose and not offer_active(self.brief, slot.date):
            # the plan's last week: a standing fact no post has told yet (the perk, the
            # referral reward, free shipping, the reviews) comes before the slot's own stage, or the
            # calendar never tells it
            untold = self.untold_facts() & STANDING
            first = [(s, t) for s, t in ranked if untold & set(t.needs) and self.worth(t, slot)]
            fresh = [c for c in kept if c not in first] + first + \
                [c for c in fresh if c not in first and c not in kept]
        # the brief's own knowledge untold (a tip, a part of the story…) comes, from any stage,
        # before a mechanic's second post on a platform or a promotion past half the calendar
        # (and before a post of the slot's stage that tells none of it, unless that post
        # tells a standing fact no post has told yet or the offer the slot owes)
        standing = self.untold_facts() & (STANDING | {"giveaway"})
        waiting = [c for c in fresh if c not in kept and (self.waits_for_content(c[1], slot) or (
            slot.stage in UPPER and not slot.purpose and index not in self.sequenced
            and not self.tells_untold_item(c[1]) and not standing & set(c[1].needs)))]
        if waiting:
            content = [(s, t) for s, t in ranked if s != slot.stage and
                       self.tells_untold_item(t) and self.worth(t, slot) and not t.last_resort]
            fresh = [c for c in fresh if c not in waiting] + content + waiting
        due = self.proof_due(slot)
        if due:
            # a rich brief's proof (its customers' words, its rating, its referral reward)
            # untold past the first week goes first in a slot of its own stage, or the brief's
            # own knowledge fills every slot and the proof never runs (read 22: both rich
            # briefs' quotes, rating and referral in no post)
            # (its own stage's first, then another stage of proof's: a loyalty slot may carry
            # the customers' words as a consideration post)
            proof = [(s, t) for s, t in ranked if s in PROOF_STAGES
                     and due & set(t.needs) and self.worth(t, slot) and not t.last_resort]
            # (the customers' words first: the rating and the reward are said in passing too)
            proof.sort(key=lambda c: (c[0] != slot.stage, "quotes" not in due & set(c[1].needs)))
            fresh = [c for c in kept if c not in proof] + proof + \
                [c for c in fresh if c not in proof and c not in kept]
        rest = [c for c in ranked if c not in fresh]
        order = fresh + [c for c in rest if not c[1].last_resort] \
            + [c for c in rest if c[1].last_resort]
        # an ask of customers or a game that tells nothing of the brief comes after a post
        # about a feature the description lists (blind read 36: a consultation's written plan
        # and follow-up messages in no post, while reviews, feedback and tags were asked twice)
        later = [c for c in order if self.tells_nothing(c[1], slot)]
        for stage, template in [c for c in order if c not in later]:
            if spare is not None and stage != slot.stage:
                break
            post = self.write(template, slot, stage, index, plat, moment, picks,
                              self.carried(template))
            if post is None:
                continue
            if owed and stage == slot.stage and not is_offer_post(post, self.brief) \
                    and not (slot.purpose == "giveaway" and "giveaway" in template.needs):
                # (a slot kept for the giveaway keeps its post: the offer has its own, and a
                # giveaway never told is the brief's prize lost, blind read 31)
                spare = spare or (template, post)
                continue
            return self.accept(template, post, picked)
        if spare is not None:
            return self.accept(*spare, picked)
        found = self.other_fact(slot, index, plat, moment, picks, picked, fresh + rest)
        if found is not None:
            return found
        found = self.feature_post(slot, index, plat, moment, picks, picked)
        if found is not None:
            return found
        for stage, template in later:
            post = self.write(template, slot, stage, index, plat, moment, picks,
                              self.carried(template))
            if post is not None:
                return self.accept(template, post, picked)
        found = self.group_post(slot, index, plat, moment, picks, picked)
        if found is not None:
            return found
        self.warnings.append(f"no template fits {slot.platform} on {slot.date}; slot left empty")
        return None

    def tells_nothing(self, template: Template, slot: Slot) -> bool:
        """Whether ``template`` is an ask of customers (a review, feedback, a tag) or a game
        that tells no fact of the brief, while the description lists features a post may be
        about; a slot kept for it keeps it."""
        if not self.features or slot.purpose and slot.purpose in template.needs:
            return False
        return template.id in GAMES or (template.stage in ("loyalty", "advocacy")
                                        and not set(template.needs) - FRAME_NEEDS)

    def feature_told(self, feature: str, platform: str = "") -> list[CalendarPost]:
        """The posts (on ``platform``, or any) that made one of the description's features
        their subject (a post that tells it in passing is the ledger's to count)."""
        low = feature.lower()
        return [p for p in self.accepted if p.template == FEATURE_TEMPLATE
                and low in p.text.lower() and (not platform or p.platform == platform)]

    def told_in_passing(self, feature: str) -> int:
        """How many posts of another kind told ``feature`` in their
        own words: every content word of it in the post ("There are 7 sizes, from chihuahua
        to leonberger" tells "7 sizes from chihuahua to leonberger")."""
        words = {w for w in re.findall(r"[\w'’-]+", feature.lower())
                 if len(w) > 3 or w.isdigit()} - _FEATURE_STOP
        if not words:
            return 0
        return sum(1 for p in self.accepted if p.template != FEATURE_TEMPLATE
                   and words <= set(re.findall(r"[\w'’-]+", p.text.lower())))

    def feature_post(self, slot: Slot, index: int, plat: Platform, moment: str,
                     picks: dict[str, Any], picked: dict[str, int]) -> CalendarPost | None:
        """The slot's post when nothing else fits it (every post that would repeat one, or
        say nothing): one feature the description lists as the post's subject ("One thing
        about K53 Ready: works offline."), each feature once a platform, twice a calendar at
        most, the features spread over the plan's weeks (blind read 24: a medium brief's four
        features in one pasted sentence, 11 posts of 28 asked and a week without one)."""
        template = self.library.templates.get(FEATURE_TEMPLATE)
        if template is None or not self.features or not template.suits(slot.platform) \
                or self.brief.kind not in template.kinds:
            return None
        weeks = sorted({self._week(s.date) for s in self.slots}) or [self._week(slot.date)]
        share = -(-len(self.features) * len(self.brief.platforms) // len(weeks))
        week = self._week(slot.date)
        if sum(p.template == template.id and self._week(p.date) == week
               for p in self.accepted) >= share:
            return None  # (this week has its share: the features last the plan's weeks)
        # (the feature told least first; one another platform heard within the week last:
        # the same post there days later reads cross-posted)
        order = sorted(range(len(self.features)), key=lambda i: (
            any(abs((slot.date - p.date).days) <= 7 for p in self.feature_told(self.features[i])),
            len(self.feature_told(self.features[i])), i))
        stage = slot.stage if slot.stage in ("awareness", "consideration") else template.stage
        if any(p.template == template.id and p.platform == slot.platform
               and abs((slot.date - p.date).days) < FEATURE_GAP_DAYS for p in self.accepted):
            return None  # (two in a few days on one platform read as a run of one formula)
        for i in order:
            feature = self.features[i]
            if self.feature_told(feature, slot.platform) \
                    or len(self.feature_told(feature)) >= FEATURE_SUBJECT \
                    or len(self.feature_told(feature)) + self.told_in_passing(feature) \
                    >= FEATURE_POSTS:
                # (a feature other posts told already is no post's subject again: blind read
                # 25, "7 sizes from chihuahua to leonberger" a third time)
                continue
            # (the sentence's subject in turn: "Our nest boxes are …" opened three posts)
            turn = sum(p.template == template.id and p.text.startswith("Our ")
                       for p in self.accepted)
            post = self.write(template, slot, stage, index, plat, moment, picks,
                              {"feature": feature, "feature_turn": turn})
            stems = {w[:5] for w in re.findall(r"[\w'’-]+", feature.lower())} - \
                {w[:5] for w in _FEATURE_STOP}
            said = {w[:5] for w in re.findall(r"[\w'’-]+", post.text.lower())} \
                if post is not None else set()
            if post is not None and stems and len(stems & said) < 0.6 * len(stems):
                # (its sentence said already, the template says nothing of it: what is left
                # is the offer's line under the goods' name, no post about the feature)
                continue
            if post is not None:
                return self.accept(template, post, picked)
        return None

    def group_post(self, slot: Slot, index: int, plat: Platform, moment: str,
                   picks: dict[str, Any], picked: dict[str, int]) -> CalendarPost | None:
        """The slot's post when nothing else fits it, not even a feature's: one group the
        audience names, spoken to by name, with one thing the description lists in a line of
        its own ("School teachers, this one's for you. / Inside: 40 short video lessons."),
        each group once a calendar, one such post a platform a week (session 27: a medium
        brief with five named groups left 19 of 32 slots empty)."""
        template = self.library.templates.get(GROUP_TEMPLATE)
        groups = audience_groups(self.brief)
        if template is None or not groups or not template.suits(slot.platform) \
                or self.brief.kind not in template.kinds:
            return None
        mine = [p for p in self.accepted if p.template == template.id]
        if any(p.platform == slot.platform and abs((slot.date - p.date).days) < GROUP_GAP_DAYS
               for p in mine):
            return None  # (two in a few days on one platform read as one formula)
        asides = [a for f in self.features for a in feature_asides(f, self.brief.kind)]
        asides = [a for a in asides if not said_before(a, self.once_said)]
        if not asides:
            return None
        solo = is_solo(self.brief)
        stage = slot.stage if slot.stage in ("awareness", "consideration") else template.stage
        def told(group: str) -> list[CalendarPost]:
            return [p for p in mine if any(group_line(group, n, solo).rstrip(".") in p.text
                                           for n in range(4))]

        # (each group once a platform, on two platforms at most, a week apart, in other
        # words each time: the groups told least first)
        order = sorted(range(len(groups)), key=lambda i: (len(told(groups[i])), i))
        for turn in order:
            group = groups[turn]
            posts = told(group)
            if len(posts) >= GROUP_POSTS or any(
                    p.platform == slot.platform or abs((slot.date - p.date).days) < 7 for p in posts):
                continue
            # (the wording the calendar's group posts used least, one not said of this group)
            used = [sum(group_line(g, n, solo).rstrip(".") in p.text for p in mine for g in groups)
                    for n in range(4)]
            free = [n for n in range(4)
                    if not said_before(group_line(group, n, solo), self.once_said)]
            if not free:
                continue
            wording = min(free, key=lambda n: (used[n], (n - turn) % 4))
            line = group_line(group, wording, solo)
            for aside in asides:
                thing = aside.split(": ", 1)[-1].rstrip(".")
                post = self.write(template, slot, stage, index, plat, moment, picks,
                                  {"group": group, "group_line": line, "aside": aside,
                                   "aside_thing": thing, "group_small": _small(group),
                                   "group_turn": wording})
                if post is not None:
                    return self.accept(template, post, picked)
        return None

    def proof_due(self, slot: Slot) -> set[str]:
        """The proof of a rich brief (PROOF: quotes, the rating, the referral reward) no post
        has told yet, when ``slot`` is a slot of proof's own stage (PROOF_STAGES, or a
        conversion slot no offer post is owed) past the calendar's first days, kept for no
        moment of its own; else nothing."""
        if not self.rich or slot.purpose or not self.slots:
            return set()
        if slot.stage not in PROOF_STAGES and not (
                slot.stage == "conversion" and not (offer_active(self.brief, slot.date) and offer_allowed(
                    self.brief, self.accepted, slot.platform, slot.date))):
            # (a conversion slot no offer post is owed may carry the customers' words too)
            return set()
        if slot.date < min(s.date for s in self.slots) + dt.timedelta(days=PROOF_AFTER_DAYS):
            return set()  # the calendar's first days say who we are and what we do
        # (told by any post that carried it, in whatever words: a reward said as ours, "you
        # both get a free travel tin", is the brief's reward told)
        told = {k[0] for _, k in self.spent}
        return self.untold_facts() & PROOF - told

    def other_fact(self, slot: Slot, index: int, plat: Platform, moment: str,
                   picks: dict[str, Any], picked: dict[str, int],
                   ranked: list[tuple[str, Template]]) -> CalendarPost | None:
        """The slot's post when every post that fits it told a fact the calendar told as often
        as it may (planning/overtold.py): a post that carries one fact (a_fact) tells, in turn,
        each other line of the description, difference or review standing the ledger has not
        spent, before the slot is left empty (issue 13: the ledger for every brief)."""
        facts = self.brief.facts
        alts: list[tuple[str, str, int, dict[str, Any]]] = []
        for i, line in enumerate(self.details):
            if not self.worn_item(line, slot):
                alts.append(("details", "details", i, {"detail": line}))
        for i, diff in enumerate(facts.differentiators):
            if i not in self.reserved() and not self.over_budget("difference") \
                    and not self.worn_item(diff, slot):
                alts.append(("differentiators", "differentiators", i,
                             {"differentiator": _as_data(diff)}))
        if facts.reviews and not self.worn_item(facts.reviews, slot) \
                and not self.reviews_told_here(slot.platform):
            alts.append(("reviews", "", 0, {}))
        carry = self.carry
        for name, field_name, i, swap in alts:
            if name == carry and picked.get(field_name or name) == i:
                continue  # (tried already)
            self.carry = name
            self.picked = mine = picked | ({field_name: i} if field_name else {})
            for stage, template in ranked:
                if "a_fact" not in template.needs or template.last_resort \
                        or {"description", "details2"} & set(template.needs):
                    continue
                post = self.write(template, slot, stage, index, plat, moment, picks | swap,
                                  self.carried(template))
                if post is not None:
                    return self.accept(template, post, mine)
        self.carry, self.picked = carry, picked
        return None

    def carried(self, template: Template) -> dict[str, Any]:
        """What a template that carries one fact (a_fact) is given to tell it: the facts
        before the one `picks` chose for the slot are taken from it (its templates tell the
        first they have: a line of the description, a difference, the reviews, the name's)."""
        if "sparse" in template.needs:
            return self.sparse_extra()
        if "a_fact" not in template.needs or {"description", "details2"} & set(template.needs):
            return {}
        if template.stage == "conversion" and self.cores and self.carry_lately >= 2 \
                and self.slot is not None and not self.core_lately(self.slot) \
                and sum(self.cores[0].rstrip(".") in p.text for p in self.accepted) \
                < LIGHT_LINE_POSTS:
            # a post that asks to buy tells what the business sells when every other fact
            # was told lately: that is said again on every conversion post
            return {"detail": "", "differentiators": [], "differentiator": "", "difference": "",
                    "reviews": "", "name_line": self.cores[0]}
        order = ["details", "differentiators", "reviews", "name"]
        before = order[:order.index(self.carry)] if self.carry in order else []
        blank: dict[str, Any] = {}
        if "details" in before:
            blank["detail"] = ""
        if "differentiators" in before:
            blank |= {"differentiators": [], "differentiator": "", "difference": ""}
        if "reviews" in before:
            blank["reviews"] = ""
        return blank

    def told_instead(self, template: Template, post: CalendarPost,
                     picked: dict[str, int]) -> dict[str, int]:
        """The tip or part of the story a post of a template that tells its list its own way
        (a walkthrough opening on the first tip) told, when it is not the one picked: that
        one is counted told, so the picked one still gets a post of its own."""
        said = " " + " ".join(_WORDS.findall(post.text.lower())) + " "
        out: dict[str, int] = {}
        for field_name in ("tips", "story"):
            if field_name not in template.needs or field_name not in picked:
                continue
            items = [" ".join(_WORDS.findall(str(x).lower()).__getitem__(slice(1, 6)))
                     for x in getattr(self.brief.facts, field_name)]
            if items[picked[field_name]] and f" {items[picked[field_name]]} " in said:
                continue
            told = [i for i, words in enumerate(items) if words and f" {words} " in said]
            if told:
                out[field_name] = told[0]
        return out

    def accept(self, template: Template, post: CalendarPost, picked: dict[str, int]) -> CalendarPost:
        """Keep ``post`` (its visual another shot of a subject an earlier post showed:
        once.distinct_visual) and count the brief's facts it told."""
        post.visual = distinct_visual(post, self.accepted)
        self.note_existing(post)
        self.spend(template, post)
        carried = {k[0] for k in self.fact_keys(template)}  # (a_fact: the fact it carried)
        picked = picked | self.told_instead(template, post, picked)
        for field_name, i in picked.items():
            if field_name in template.needs or field_name in carried and field_name != "details":
                self.fact_used[(field_name, i)] = self.fact_used.get((field_name, i), 0) + 1
                self.fact_when[(field_name, i)] = post.date
        for i, detail in enumerate(self.details):
            if detail.rstrip(".") in post.text:
                self.fact_used[("details", i)] = self.fact_used.get(("details", i), 0) + 1
                self.fact_when[("details", i)] = post.date
        # a post may tell more of the story than its own part ("the next one too")
        for i, part in enumerate(self.story_said):
            if picked.get("story") != i and part in post.text:
                self.fact_used[("story", i)] = self.fact_used.get(("story", i), 0) + 1
        # ... and more tips than its own (a walkthrough's "Plus 1 more in the video"): each
        # is told, never a post of its own again (blind read 38)
        said = " " + " ".join(_WORDS.findall(post.text.lower())) + " "
        for i, tip in enumerate(self.brief.facts.tips):
            words = " ".join(_WORDS.findall(tip.lower()))
            if picked.get("tips") != i and words and f" {words} " in said:
                self.fact_used[("tips", i)] = self.fact_used.get(("tips", i), 0) + 1
        return post

    def write(self, template: Template, slot: Slot, stage: str, index: int, plat: Platform,
              moment: str, picks: dict[str, Any],
              carried: dict[str, Any] | None = None) -> CalendarPost | None:
        """The template's post for this slot, in the first of its wordings that fits the
        platform and that lint would not flag; None when none does. (The offer's weekly
        reminder, `offer_week_owed`, is a line where it fits: a post that cannot carry it
        is written without it, never lost for it.)"""
        post = self.write_once(template, slot, stage, index, plat, moment, picks, carried)
        if post is None and not self.reminder_off and self.offer_week_owed(slot):
            self.reminder_off = True
            try:
                post = self.write_once(template, slot, stage, index, plat, moment, picks, carried)
            finally:
                self.reminder_off = False
        if post is None and not self.perk_off and "giveaway_over" in template.needs:
            # (a winner's post is the giveaway's last word on its platform: written without
            # the perk when the perk's line was said already, blind read 26: a TikTok
            # giveaway with no winner post)
            self.perk_off = True
            try:
                post = self.write_once(template, slot, stage, index, plat, moment, picks, carried)
            finally:
                self.perk_off = False
        return post

    def write_once(self, template: Template, slot: Slot, stage: str, index: int,
                   plat: Platform, moment: str, picks: dict[str, Any],
                   carried: dict[str, Any] | None = None) -> CalendarPost | None:
        """`write`, with the offer's weekly reminder as `offer_week_owed` says."""
        formats = [f for f in template.formats if f in plat.formats]
        if "events" in template.needs and len(formats) > 1:
            # a story is gone in a day: it can remind of a live, not announce one days ahead
            event = self.event_for(slot, ahead=True)
            if event is not None and (event.when.date() - slot.date).days > 1:
                formats = [f for f in formats if f != "story"] or formats
        fmt = formats[0] if formats else None
        if fmt is None:
            return None  # a still card is not a TikTok video: the template has no format here
        # has this platform seen the offer ("final reminder"), the giveaway (its reminder)?
        ctx = (template_context(self.brief, plat, fmt, moment, picks, slot.date,
                                event=self.event_for(slot) if {"events", "event_today"}
                                & set(template.needs) else None)
               | sequence_context(self.brief, self.accepted, slot.platform)
               | self.spared(template, slot.date) | self.about(slot) | self.overrides
               | (carried or {}))
        searched = str(ctx.get("go") or "")
        if searched.startswith("search “"):
            # the marketplace search said in turn, the wording fewest posts used ("search
            # “Ironbark Silks” on Etsy" in four posts of one calendar, blind read 38)
            said = "\n".join(p.text for p in self.accepted).lower()
            turns = [searched, "look up" + searched[len("search"):],
                     "find" + searched[len("search"):]]
            fresh = min(turns, key=lambda w: (said.count(w.lower()), turns.index(w)))
            ctx["go"] = fresh
            if ctx.get("link_hint") == searched:
                ctx["link_hint"] = fresh
        event_ctx = ctx.get("event")
        if isinstance(event_ctx, dict) and event_ctx.get("place") \
                and event_ctx["place"].lower() not in str(event_ctx.get("title", "")).lower() and any(
                event_ctx["place"] in p.text and without_our(str(event_ctx.get("title", "")))
                .lower() in p.text.lower() for p in self.accepted if p.platform == slot.platform):
            # an address said once a platform: the posts after it name the place short, or not
            # again when the event's name says where ("brewery open day at our Albert Street
            # brewhouse … at Unit 4, 112 Albert Street, Brunswick VIC 3056" in six posts,
            # read 40's tuning set)
            short = "" if re.search(r"(?i)\b(?:at|in)\s+(?:our|the)\b", event_ctx.get("title", "")) \
                else event_ctx["place"].split(",")[0]
            ctx["event"] = event_ctx | {"place": short if short != event_ctx["place"] else ""}
        if self.listed:
            ctx["details"] = list(self.details)  # (the parts as ours, never the cut lines)
        if self.price and (self.over_budget("price") or self.ledger.worn(
                self.price, slot.platform, slot.date)) and self.price in ctx.get("details", ()) \
                and (len(ctx["details"]) > 1 or len(self.details) > 1):
            # the price line past its share of the calendar: the post tells another line
            # (of a thin brief, a part of it said as ours)
            others = [d for d in ctx["details"] if d != self.price] or \
                [d for d in self.details if d != self.price]
            ctx["details"] = others
            if ctx.get("detail") == self.price:
                # the line told least so far instead
                ctx["detail"] = min(others, key=lambda d: (
                    self.fact_used.get(("details", self.details.index(d)), 0)
                    if d in self.details else 0, self.details.index(d)
                    if d in self.details else 0)) if others else ""
        if self.over_budget("difference") and "differentiators" not in template.needs:
            # a difference past its share of the calendar is not added beside the post's own
            ctx |= {"differentiators": [], "differentiator": "", "difference": "",
                    "difference_mid": "", "criteria": []}
        if "problems" in template.needs and ctx.get("about") and self.ledger.closed(
                ctx["about"], slot.platform, slot.date):
            # a second problem's post on a platform that heard what the business is: the
            # problem and that we deal with it, never what it is told again (blind read 34:
            # a B2B brief's second problem never posted, each wording retelling it)
            ctx["about"] = ""
        # what the calendar has said so far: no opener or closer of ours twice
        ctx["said_before"] = tuple(p.text for p in self.accepted)
        # ... and on this post's platform before it (an offer's small print said whole once there)
        ctx["said_here"] = tuple(p.text for p in self.accepted if p.platform == slot.platform
                                 and (p.date, p.time) < (slot.date, slot.time))
        ctx["rich"] = self.rich  # (a Pin of a rich brief's fact drops a keyword line said already)
        #: ... and on this post's own day (a launch is told whole by the day's first post)
        ctx["said_today"] = tuple(p.text for p in self.accepted if p.date == slot.date)
        # a giveaway says how its winner is drawn only where the winner's post is planned
        # (on the draw day the post names, where the brief gives one)
        won = self.brief.giveaway_draw
        ctx["winner_post"] = any(s.platform == slot.platform and s.purpose == "giveaway_over"
                                 and (won is None or s.date >= won) for s in self.slots)
        # ... and names as the same draw only the platforms it is planned on
        if ctx.get("giveaway_also_on"):
            ctx["giveaway_also_on"] = [GIVEAWAY_HOSTS[p] for p in self.brief.platforms
                                       if p in GIVEAWAY_HOSTS and p != slot.platform
                                       and self.giveaway_runs_on(p)]
        ctx["said_ctas"] = tuple(p.cta for p in self.accepted)
        ctx["teased"] = any(p.template == "awareness/launch-teaser" and p.date < slot.date
                            for p in self.accepted)
        # a thank-you carries the customer perk once or twice a calendar (PERK_POSTS)
        perk = ctx.get("customer_perk") or ""
        ctx["perk_due"] = bool(perk) and not self.perk_off and sum(
            perk.lower() in p.text.lower() for p in self.accepted) < PERK_POSTS and not any(
            perk.lower() in p.text.lower() for p in self.accepted if p.platform == slot.platform)
        # "More of our story" only where the platform's followers read an earlier part
        ctx["story_heard"] = any(
            part and part.lower()[:40] in p.text.lower() for p in self.accepted
            if p.platform == slot.platform for part in self.brief.facts.story)
        offer_ctx = ctx.get("offer")
        if offer_ctx and offer_ctx.get("price") and template.id != OFFER_CARD and (
                self.strict and self.ledger.closed(offer_ctx["price"], slot.platform, slot.date)
                or self.ledger.spent(offer_ctx["price"], slot.date)):
            # the usual price is an optional line of an offer post: left out once the
            # calendar told it as often as it may (planning/overtold.py), whatever the brief
            # asks (blind read 19: the same price line in four offer posts)
            # (but for the offer's own card: what the discount is off is one of its terms,
            # told again in words of its own below)
            ctx["offer"] = offer_ctx | {"price": ""}
        elif offer_ctx and offer_ctx.get("usual") and any(
                offer_ctx["price"] in p.text for p in self.accepted):
            # ... and its second telling in words of its own ("Without the code, …")
            rest = offer_ctx["usual"]
            lead = "Without the code, " if self.brief.offer and self.brief.offer.code \
                else "At full price, "
            ctx["offer"] = offer_ctx | {"price": lead + rest}
        elif offer_ctx and offer_ctx.get("price") and said_before(offer_ctx["price"], self.once_said):
            # ... and, for an offer that is no reduction ("your first class free when you
            # book the course"), in a wording no post said, or not at all: the line said
            # twice turned every later offer post down (read 37: the offer on one of three
            # platforms, 18 of 28 slots empty)
            again = price_again(offer_ctx["price"])
            after = re.match(r"After the first (\w+), it's (.+)$", offer_ctx["price"])
            if after:
                # (the price after a first month's deal, said again: never "It costs $7 a
                # month." under "$1 for your first month", read 40's tuning set)
                again = f"From the second {after.group(1)} on, it's {after.group(2)}"
            ctx["offer"] = offer_ctx | {"price": again if again and not said_before(
                again, self.once_said) else ""}
        # the offer sentences offer posts said: the next words the offer anew (with_offer)
        ctx["offer_said"] = frozenset(x for _, said in self.ledger.posts
                                      for x in said.offer_sentences)
        # an offer line on a post about something else counts as an offer post too
        # (never on a live's or a launch's own post: it is about that), but for a launch's
        # day inside the offer: the offer is part of the news ("… and 15% off with code X")
        # (the proof a rich brief owes its calendar, when this post tells it)
        proof_post = bool(self.proof_due(slot) & set(template.needs))
        allowed = (offer_allowed(self.brief, self.accepted, slot.platform, slot.date)
                   or stage == "conversion" and self.sells_with_code(slot)) \
            and not self.overrides.get("no_offer_line") \
            and not proof_post  # (proof is its own post's job)
        # (a launch's day carries the offer on one platform: on every one, the offer's
        # wordings run out before its last calls, blind read 25's launch on three platforms)
        launch_offer = allowed and "launch_day" in template.needs and not any(
            p.date == slot.date and is_offer_post(p, self.brief) for p in self.accepted)
        offer_here = stage if allowed and not TIMELY & set(template.needs) else \
            "conversion" if launch_offer else "awareness"
        if offer_here == "awareness" and allowed and not TIMELY & set(template.needs) \
                and self.offer_week_owed(slot):
            # (the offer's weekly reminder, on whatever the platform's first post that week is)
            offer_here = "consideration"
        if offer_here != "awareness" and not (OFFER_NEEDS | {"launch_day"}) & set(template.needs) \
                and not self.offer_line_fits(slot, stage):
            # a post whose job is not the offer (a FAQ's answer, an intro) says nothing of it
            offer_here = "awareness"
        key = (f"{self.seed}|{self.brief.brand}|{self.brief.product}|{index}|{slot.date}|"
               f"{slot.platform}|{template.id}")
        # a post kept for its moment (a launch, a live's day) tries more wordings before another
        # ... and so does a fact-light one: its few facts leave its wordings to tell posts apart
        moment_post = bool(TIMELY & set(template.needs) or "giveaway" in template.needs
                           or OFFER_NEEDS & set(template.needs)
                           and offer_active(self.brief, slot.date)
                           or slot.purpose and slot.purpose in template.needs
                           # (a market seller's day before, or morning of, a market day)
                           or slot.market and not _ABOUT_ELSE & set(template.needs))
        # (... and so does a moment's own post: its terms are said again, in new words each time)
        tries = WORDINGS * (3 if (moment_post if self.strict else slot.purpose
                                  and slot.purpose in template.needs)
                            or template.last_resort or "features" in template.needs
                            # (and the proof a rich brief owes its calendar: its one slot)
                            or proof_post else 1)
        if "features" in template.needs:
            # (a feature's post is a lead of ours, the feature and an ask: its wordings meet
            # often, as a giveaway's do)
            tries *= 2
        if "launch_day" in template.needs:
            # (a launch's day is told on every platform posting then, each post in an opener,
            # a title and an ask of its own: with four platforms their wordings meet often)
            tries *= 2
        if "giveaway" in template.needs:
            # (a giveaway's post has the most lines of its own, each said once a calendar: its
            # wordings meet more often than another moment's)
            tries *= 3
        last_call = self.last_call_due(slot) and "offer_over" not in template.needs
        fallback: tuple[int, CalendarPost] | None = None
        for variant in range(1 if template.user else tries):
            try:
                rendered = self.library.render(template, ctx, key + (f"|{variant}" if variant else ""))
            except TemplateError as exc:
                if not template.user:
                    raise
                self.warnings.append(str(exc))
                return None
            if not template.user and SIGN_OFF_RE.search(rendered.cta) \
                    and self.over_budget("sign-off"):
                continue  # "Follow us for more" closes one post in seven at most
            # hashtags on a story are clutter nobody searches
            tags = [] if fmt == "story" else fit_hashtags(self.hashtags(plat), rendered.text,
                                                          plat.max_hashtags)
            # what it is and costs said before the offer's line and the call to action (said
            # shorter where the caption is short); the post as written when the caption has
            # no room for it or the critic turns it down
            bodies = [with_core(rendered.text, rendered.cta, lines) for lines in
                      self.core_lines(template, stage, slot, rendered.text)]
            for body in bodies + [rendered.text]:
                cta = rendered.cta
                text = with_offer(body, cta, ctx, offer_here, self.brief, slot.date)
                if text != body and text.endswith(cta):
                    # the offer given, its own ask: never "More on it here: link in bio"
                    asked = offer_ask(cta, self.brief, slot.date, str(ctx.get("verb", "")))
                    text, cta = text[:len(text) - len(cta)] + asked, asked
                if last_call:
                    # the platform's last post in the offer's final 48 hours says the code
                    # and that it ends, whatever else it is about (where the caption has
                    # room for it: a slot is never left empty for the line)
                    called = with_last_call(text, cta, self.brief, slot.date,
                                            slot.platform, ctx["offer_said"])
                    hint, asked = str(ctx.get("link_hint") or ""), cta
                    if called != text and _SAVE_ASK.match(cta) and called.endswith(cta) \
                            and hint and ctx.get("Verb"):
                        # (never "Save this for later." under "Our offer ends today": the
                        # post's ask is the offer's, blind read 38)
                        asked = f"{ctx['Verb']} before it ends: {hint}"
                        called = called[:len(called) - len(cta)] + asked
                    if plat.length(called) + sum(len(t) + 1 for t in tags) \
                            <= plat.caption_limit:
                        text, cta = called, asked
                if ctx.get("solo") and text != body:
                    # the offer's line in one maker's voice too ("10% off my journals")
                    text = first_person_singular(text)
                offer = self.brief.offer
                if offer is not None and offer.condition and offer.mark and \
                        offer.mark.lower() in text.lower() and "offer_over" not in template.needs:
                    # who or when the offer is for, wherever the offer is given
                    text = with_condition(text, cta, offer.condition, offer.code,
                                          offer.discount, ctx["said_before"], ctx["said_here"],
                                          formal=self.brief.facts.b2b
                                          or voice_for_tone(self.brief.tone) == "formal")
                if "offer_over" not in template.needs:
                    # (an offer that has ended carries no perk with it: "The offer is over.
                    # Shipping costs nothing …" read 23)
                    text = self.with_offer_shipping(text, cta, slot)
                place = selling_place(self.brief)
                morning = slot.market == "tomorrow" and any(
                    o.market == "today" and o.date == slot.date + dt.timedelta(days=1)
                    for o in self.slots)
                if slot.market and not morning and not _ABOUT_ELSE & set(template.needs) and not any(
                        0 <= (slot.date - p.date).days < 6 and place
                        and (place.lower() in p.text.lower() or market_place(place).lower() in p.text.lower())
                        for p in self.accepted):
                    # the day before, or the morning of, a market day says so, on one post a
                    # week, whatever the platform (the morning's where the plan has one) (read 40's tuning set: "the Saturday stall at
                    # the Coburg farmers market" in 11 posts of a month; read 41's in 9 with
                    # one a week a platform)
                    text = market_line(text, cta, slot.market, place, self.once_said)
                led = leading_cta(cta, str(ctx.get("verb", "")),
                                  offer.code if offer is not None and offer.code else "")
                led = labelled_cta(led, str(ctx.get("verb", "")), self.brief.url)
                if led != cta and text.endswith(cta):
                    # the way to act said as an act: "Send us a message to book", never
                    # "Book here: send us a message" (blind read 22)
                    text, cta = text[:len(text) - len(cta)] + led, led
                if not template.user:
                    # (an agency's own templates keep their own punctuation)
                    text, cta = with_stop(text, cta)
                # (a tone that asks not to sound like a shop: the asks added here too, s29)
                text, cta = unshop_post(text, cta, self.brief.tone, tuple(keep_of(ctx)))
                link = post_link(self.brief, plat, fmt, text)
                if link and plat.id == "youtube" and fmt != "short" and link not in text:
                    text += f"\n\n{link}"  # a video's description carries its link
                post = CalendarPost(
                    date=slot.date, time=slot.time, platform=slot.platform, stage=stage,
                    tactic=self.tactic_of(template, slot.date), template=template.id, format=fmt,
                    text=text, hashtags=tags, cta=cta,
                    metrics=list(template.metrics), status="draft",
                    visual=story_sticker(rendered.visual, cta, fmt),
                    title=rendered.title, link=link,
                )
                if plat.length(post.full_text()) > plat.caption_limit or not rendered.text:
                    continue
                if template.user or not self.flagged(post):
                    return post
                if moment_post and not self.flagged(post, overtold=False):
                    # a dated moment's own post (a launch, a live's day, the offer's last
                    # hours) is never dropped for telling a line too often: the wording that
                    # tells least too often is kept in case no other wording of it passes
                    n = len(self.ledger.findings(post))
                    if fallback is None or n < fallback[0]:
                        fallback = (n, post)
                again = self.retold_post(post)
                if again is not None:
                    return again
                if text != body and "launch_day" in template.needs:
                    # the offer line a launch's day carries repeats an offer post: the launch
                    # is still told, without it
                    # (its ask labelled for where it leads, as the post with the offer's is:
                    # never "Have a look today: https://…/contact", read 30)
                    led = labelled_cta(leading_cta(rendered.cta, str(ctx.get("verb", ""))),
                                       str(ctx.get("verb", "")), self.brief.url)
                    if led != rendered.cta and body.endswith(rendered.cta):
                        body = body[:len(body) - len(rendered.cta)] + led
                    if not template.user:
                        body, led = with_stop(body, led)
                    bare = replace(post, text=body, cta=led,
                                   link=post_link(self.brief, plat, fmt, body))
                    if not self.flagged(bare):
                        return bare
                    if moment_post and not self.flagged(bare, overtold=False):
                        # (... and kept in case no wording passes, as the post with it is)
                        n = len(self.ledger.findings(bare))
                        if fallback is None or n < fallback[0]:
                            fallback = (n, bare)
        return fallback[1] if fallback else None

    #: posts about something else that may carry the offer's line in one calendar
    OFFER_ASIDES = 1
    #: ... and a post that sells carries it too, this many days or more after its platform's
    #: last post with it
    OFFER_CONVERSION_GAP = 3  # (sequencing.OFFER_GAP_DAYS: read 10)

    def offer_line_fits(self, slot: Slot, stage: str) -> bool:
        """Whether a post whose job is not the offer carries the offer's line before its call
        to action: a post that sells (conversion) does, once a calendar
        (:attr:`OFFER_ASIDES`); any other post only when its platform has not carried the offer
        and no later slot there can (blind read 22: "€50 off a full-day move with code MOVE50"
        under a FAQ's answer and in six of nine posts)."""
        offer = self.brief.offer
        if offer is None:
            return True
        asides = sum(1 for p in self.accepted if is_offer_post(p, self.brief) and not (
            OFFER_NEEDS & set(getattr(self.library.templates.get(p.template), "needs", ()))))
        if stage == "conversion" and asides < self.OFFER_ASIDES:
            return True
        if stage == "conversion" and self.sells_with_code(slot):
            return True
        if self.offer_week_owed(slot):
            return True
        if any(p.platform == slot.platform and is_offer_post(p, self.brief) for p in self.accepted):
            return False
        return not any(s.platform == slot.platform and s.date > slot.date and s.stage == "conversion"
                       and offer_active(self.brief, s.date) for s in self.slots)

    def sells_with_code(self, slot: Slot) -> bool:
        """Whether a post that asks people to buy while the code runs gives the code: yes,
        unless its platform gave the offer the same day or the day before (blind read 32:
        "Where to shop: link in bio" two days after the platform's code post, the code
        left out, so a buyer pays full price), or no earlier post there gave it (the
        platform's first offer post is the offer's own)."""
        offer = self.brief.offer
        if offer is None or not offer.code or not offer_active(self.brief, slot.date):
            return False
        told = [p.date for p in self.accepted if p.platform == slot.platform
                and is_offer_post(p, self.brief)]
        return bool(told) and all(abs((slot.date - d).days) >= self.OFFER_CONVERSION_GAP
                                  for d in told)

    def offer_week_owed(self, slot: Slot) -> bool:
        """Whether the slot's post carries the offer as a reminder: an offer that runs over
        more than a week of the plan is said on each platform in each week it runs, so a
        follower who missed its first post hears of it before its last call (blind read 24: a
        code told on 5-7 January, then nothing until the day before it ended on the 20th).
        The platform's first post of such a week carries it; its last 48 hours are the last
        call's (`last_call_due`)."""
        offer = self.brief.offer
        if offer is None or self.reminder_off or not offer_active(self.brief, slot.date) \
                or self.last_call_due(slot) \
                or is_last_call_day(self.brief, slot.date, slot.platform):
            return False
        running = [s.date for s in self.slots if offer_active(self.brief, s.date)]
        if not running or len({self._week(d) for d in running}) < 2:
            return False
        week = self._week(slot.date)
        told = [p for p in self.accepted if p.platform == slot.platform
                and is_offer_post(p, self.brief)]
        # (a platform's offer posts, with its last call still owed, past one a week the offer
        # runs and the last call: the last call comes first, the reminder gives way; a budget
        # of the platform's own, as a calendar-wide one left a four-platform plan's second
        # week silent, blind read 25: nine to eighteen days of nothing)
        weeks = len({self._week(d) for d in running})
        owed = not any(is_last_call_day(self.brief, p.date, p.platform) for p in told)
        if len(told) + owed >= max(OFFER_REMINDER_BUDGET // 3, weeks + 1):
            return False
        # (a reminder: the platform heard the offer in an earlier week, and not this one; a
        # slot later this week kept to sell may not say it, when none of its posts pass:
        # the week's first post carries it, blind read 25)
        return any(self._week(p.date) < week for p in told) and not any(
            self._week(p.date) == week for p in told)

    #: a standing perk (free shipping) told in at most one post in this many of a calendar
    SHIPPING_EVERY = 4

    def shipping_crowded(self, slot: Slot) -> bool:
        """Whether free shipping, added in passing, would be told too often: in one post in
        :attr:`SHIPPING_EVERY` of the calendar already, or in the post just before or after
        on the slot's platform (blind read 23: reworded in 8 of 24 posts, on two Instagram
        posts in a row)."""
        told = [p for p in self.accepted if tells_free_shipping(p.text, self.brief)]
        if told and len(told) >= max(1, len(self.slots) // self.SHIPPING_EVERY):
            return True
        mine = sorted((p for p in self.accepted if p.platform == slot.platform),
                      key=lambda p: (p.date, p.time))
        before = [p for p in mine if (p.date, p.time) < (slot.date, slot.time)]
        after = [p for p in mine if (p.date, p.time) > (slot.date, slot.time)]
        return any(tells_free_shipping(p.text, self.brief) for p in before[-1:] + after[:1])

    def with_offer_shipping(self, text: str, cta: str, slot: Slot | None = None) -> str:
        """An offer post that states the code carries the brief's free shipping, with its
        threshold and area, in a wording of ours that rotates over the calendar (blind read
        20: "free over $40 within New Zealand" in no offer post); a brief without it, nothing;
        nor where it would be told too often (:meth:`shipping_crowded`)."""
        offer = self.brief.offer
        if offer is None or not offer.mark or offer.mark.lower() not in text.lower() \
                or tells_free_shipping(text, self.brief) \
                or slot is not None and self.shipping_crowded(slot):
            return text
        told = sum(is_offer_post(p, self.brief) and tells_free_shipping(p.text, self.brief)
                   for p in self.accepted)
        line = offer_shipping_line(self.brief, told, "\n".join(p.text for p in self.accepted))
        return line_before_cta(text, cta, line) if line else text

    def last_call_due(self, slot: Slot) -> bool:
        """Whether ``slot`` is its platform's last in the offer's final 48 hours (its last
        two days: conditions.last_call_days), so its post says the code and that it ends;
        never when the seller asked for a post that sells less (variations: "softer")."""
        if self.overrides.get("no_offer_line"):
            return False
        offer = self.brief.offer
        if offer is None or not offer.discount or offer.ends is None \
                or not offer_active(self.brief, slot.date) \
                or not is_last_call_day(self.brief, slot.date, slot.platform) \
                or slot.platform in ("pinterest", "youtube") and offer_elsewhere(self.brief):
            return False
        return not any(s.platform == slot.platform
                       and is_last_call_day(self.brief, s.date, s.platform)
                       and (s.date, s.time) > (slot.date, slot.time) for s in self.slots)

    def sparse_extra(self) -> dict[str, Any]:
        """What a sparse brief's own templates (``needs = ["sparse"]``) are written with,
        wherever they are written: the plan's sparse jobs, or a post made again ("less
        salesy", another draft), which once rendered "This clip follows one from start to
        finish." with the made-by-hand line it follows left out."""
        made, done = made_line(self.brief)
        return {"what_it_is": self.about_variants[0] if self.about_variants else "",
                "sparse_noun": sparse_noun(self.brief), "made_line": made, "made_done": done,
                "sparse_tried": sparse_tried(self.brief),
                "one_booked": booked_question(self.brief), "booked_ask": booked_ask(self.brief),
                "sparse_many": sparse_many(self.brief), "sizes_only": sizes_only(self.brief),
                # (two of the goods side by side only where they differ, and by name where
                # the brief names how: blind read 39)
                "left_right": sparse_many(self.brief) and not sizes_only(self.brief)
                and (sparse_varied(self.brief) or poll_pair(self.brief) is not None),
                "poll_pair": poll_pair(self.brief),
                "for_kids": for_kids(self.brief),
                # (goods sold only in a shop of its own: asked of a visit, never "for yourself,
                # or as a gift?" of a bookshop café, read 40's tuning set)
                "shop_place": shop_place(self.brief),
                "sparse_one": "one" if sparse_countable(self.brief) else "a batch",
                # (the few plain sentences a job needs, without a register's opener or coda:
                # "A little note from us to you." on a post that says one thing is filler)
                "register": ""}

    def fill_sparse(self, slots: list[Slot], topup: bool = False) -> list[CalendarPost]:
        """The posts of a sparse brief (planning/sparse.py): one for each job it can do
        honestly from the product line alone, each once in the calendar, spread over the
        plan's weeks, never two a week on a platform; the other slots stay empty.

        ``topup``: the slots a brief with a few facts more left empty (its facts all told,
        every other post would repeat one) take the same jobs, those no post of the calendar
        did: a question, how to book or order, what followers would like to see (blind read
        22: a consultant's name, service and audience on LinkedIn gave 1 post of 4)."""
        jobs = sparse_jobs(self.brief)
        if topup:
            polls = sum(p.tactic == "questions and polls" for p in self.accepted)
            # (how to book or order, where no post of the calendar asks yet)
            # (the introduction only when nothing of the brief says what it is and no post
            # of the calendar introduced it: a brief of a product and its shop, blind read 36)
            intro = not self.brief.description and not any(
                p.stage == "awareness" for p in self.accepted)
            jobs = [j for j in jobs if (j != "intro" or intro)
                    and not (j == "ask" and any(p.stage == "conversion" for p in self.accepted))
                    and self.library.templates.get(SPARSE_TEMPLATES[j]) is not None
                    and not (j in SPARSE_REPLIES and polls > 1)]
        weeks = sorted({self._week(s.date) for s in slots})
        if not jobs or not weeks:
            return []
        jobs = jobs[:len(weeks) * len(self.brief.platforms)]
        extra = self.sparse_extra()
        taken = {(self._week(p.date), p.platform) for p in self.accepted}
        if topup:
            # a week a platform already posts in takes a job too, in a slot of its own
            used = {(p.date, p.time, p.platform) for p in self.accepted}
            slots = [s for s in slots if (s.date, s.time, s.platform) not in used]
            taken = set()
        posts: list[CalendarPost] = []
        for n, job in enumerate(jobs):
            template = self.library.templates.get(SPARSE_TEMPLATES[job])
            if template is None or any(p.template == template.id for p in self.accepted):
                continue  # (a kept post did this job)
            # the jobs spread evenly over the weeks; the platforms take them in turn, but a
            # question goes where followers reply (not a Pin) when the brief has such a place
            first = weeks.index(weeks[n * len(weeks) // len(jobs)])
            if topup and n == len(jobs) - 1:
                # (a week the calendar left without a post takes the last job: an empty week
                # reads as a plan that stopped; the last, as each job comes after the one
                # before it)
                bare = [i for i, week in enumerate(weeks) if i >= first and not any(
                    self._week(p.date) == week for p in self.accepted + posts)]
                first = bare[-1] if bare else first
            order = self.brief.platforms[n % len(self.brief.platforms):] \
                + self.brief.platforms[:n % len(self.brief.platforms)]
            if job in SPARSE_REPLIES:
                # (a Pin is saved, never answered: "Left or right?" goes where people reply)
                order = [p for p in order if p != "pinterest"]
            elif job in ("ask", "intro"):
                # (a Pin is found by search months later: "who we are" is said where people
                # follow an account, a Pin only when the brief has nowhere else: blind read 23;
                # a video that is only "who we are" promises videos that never come: a
                # YouTube channel likewise, blind read 37)
                far = ("pinterest", "youtube") if job == "intro" else ("pinterest",)
                order = [p for p in order if p not in far] + [p for p in order if p in far]
            if job == "ask" and not self.brief.url:
                # no link: the way in is a message, which a Pin or a video cannot take
                order = [p for p in order if p not in SPARSE_LINKED]
            if job != "intro":
                # a platform of the brief with no post yet first: every platform it names
                # gets a post when a job fits it (blind read 24: a Pin board with none, while
                # Instagram took all four)
                bare = [p for p in order if not any(o.platform == p for o in self.accepted + posts)]
                order = bare + [p for p in order if p not in bare]
            # (each job after the one before: the introduction is the first post anyone meets)
            last = max(((p.date, p.time) for p in posts), default=None)
            free = [s for s in slots if (self._week(s.date), s.platform) not in taken
                    and (last is None or (s.date, s.time) > last)
                    and template.suits(s.platform)
                    and any(f in self.platforms[s.platform].formats for f in template.formats)]
            # the job's own week and platform first; a later week, or another platform, when
            # the post written there would repeat an earlier one (an ask below a week apart)
            tries = [s for week in weeks[first:] + weeks[:first] for platform in order
                     for s in free if self._week(s.date) == week and s.platform == platform]
            post = None
            for chosen in tries[:SPARSE_TRIES]:
                slot = replace(chosen, stage=template.stage)
                picks, picked = self.picks(slot)
                self.picked, self.slot = picked, slot
                post = self.write(template, slot, template.stage, slots.index(chosen),
                                  self.platforms[slot.platform],
                                  moment_near(slot.date, self.moments), picks, extra)
                if post is not None:
                    break
            if post is None:
                continue
            if topup:
                post = self.tags_apart(post)
            taken.add((self._week(slot.date), slot.platform))
            posts.append(self.accept(template, post, picked))
        return posts

    def tags_apart(self, post: CalendarPost) -> CalendarPost:
        """``post``, written after the posts around it, with a hashtag set none of its
        platform's two posts before or after it (by date) has: lint reads the calendar in date
        order, and a set on three posts in a row is a repeat (one tag ends the run)."""
        mine = sorted((p for p in self.accepted if p.platform == post.platform),
                      key=lambda p: (p.date, p.time))
        when = (post.date, post.time)
        near = [p for p in mine if (p.date, p.time) < when][-2:] + \
            [p for p in mine if (p.date, p.time) > when][:2]
        def key(p: CalendarPost) -> tuple[str, ...]:
            return tuple(sorted(t.lower() for t in p.hashtags))
        if len(post.hashtags) >= 2 and any(key(o) == key(post) for o in near):
            return replace(post, hashtags=post.hashtags[:1])
        return post

    def core_lately(self, slot: Slot) -> bool:
        """Whether the slot's platform told what the business sells in the last four weeks:
        the sentence is said once a month on a platform, as the same sentence in three or four
        posts reads pasted (blind reads 12 and 14: "We sell …" five times, "We offer …"
        four); a long calendar of a thin brief may tell it again on a post that asks to buy."""
        return any(p.platform == slot.platform and 0 <= (slot.date - p.date).days < CORE_DAYS
                   and any(c.rstrip(".") in p.text for c in self.cores) for p in self.accepted)

    def retold_post(self, post: CalendarPost) -> CalendarPost | None:
        """``post`` with the facts its platform read a fortnight or more ago told again in a
        sentence of its own ("In case you missed it: every pair is tested on a 20 km walk"),
        when that makes it a post the critic passes; None when it does not. A brief with a
        few facts is not left silent for five weeks on a platform that heard them once."""
        from planner.planning.repeats import _sentences

        # (a fact its platform heard as a sentence of its own inside the repeat window: a
        # telling after a lead, "Still true: …", is not what it is retold from)
        heard = set().union(*(_sentences(o.text) for o in self.accepted
                              if o.platform == post.platform
                              and SAME_TEMPLATE_DAYS <= (post.date - o.date).days
                              <= REPEAT_WINDOW_DAYS))
        stale = stale_sentences(post, self.accepted) & heard
        # (a fact told to a platform's followers who never heard it is a post for newcomers:
        # not one that speaks to existing customers, loyalty or advocacy)
        crossed = set() if stale or post.stage in ("loyalty", "advocacy") else \
            crossed_sentences(post, self.accepted, self.retold)
        # (a fact is told twice in four weeks at most, whatever the platforms: blind read 23's
        # reader met "every brush is made from real ink strokes I scanned…" in three posts)
        twice = told_twice(stale | crossed, self.accepted,
                           most=2 * max(1, -(-self.ledger.weeks // 4)))
        stale, crossed = stale - twice, crossed - twice
        if not stale and not crossed:
            return None
        said = "\n".join(p.text for p in self.accepted
                         if abs((post.date - p.date).days) <= REPEAT_WINDOW_DAYS)
        formal = self.brief.facts.b2b or voice_for_tone(self.brief.tone) == "formal"
        # (a voice tells it in words of its own: "For the record:", "In case nobody told you:")
        register = "formal" if formal else register_for_tone(self.brief.tone)
        leads = [lead for lead in (own_leads(register, "crossed", CROSS_LEADS) if crossed
                                   else FORMAL_RETELL_LEADS if formal
                                   else own_leads(register, "retold", RETELL_LEADS))
                 if lead not in said]
        if not leads:
            return None
        stale = stale or crossed
        lines = post.text.split("\n")
        done = False
        for i, line in enumerate(lines):
            if re.match(r"\s*(?:\d+[.)]|[-•→*])\s", line):
                continue  # (a list's point: "2. Worth a mention: keep a…", read 40's tuning set)
            sentences = re.split(r"(?<=[.!?])\s+", line)
            for j, sentence in enumerate(sentences):
                if not done and normalised(sentence) in stale and not sentence.endswith("?") \
                        and not (post.cta and sentence.strip() in post.cta) \
                        and sentence[:1].isalnum() \
                        and not (j and sentences[j - 1].rstrip().endswith("?")):
                    # (not a list's point; nor the answer to a question just asked: "Why
                    # Northbank? Good to know: …", read 41's tuning set)
                    sentences[j] = f"{leads[0]} {_lower_first(sentence, self.brief.brand)}"
                    done = True
            lines[i] = " ".join(sentences)
        if not done:
            return None
        text = "\n".join(lines)
        again = replace(post, text=text)
        if self.platforms[post.platform].length(again.full_text()) > \
                self.platforms[post.platform].caption_limit or self.flagged(again):
            return None
        return again

    def core_lines(self, template: Template, stage: str, slot: Slot, text: str) -> list[list[str]]:
        """The lines a post may add to say what the business sells and what it costs, in
        full then shorter: on every conversion post, and on an awareness post while the
        platform's followers have not been told; never on a post about a live, a launch or
        a giveaway, never a line the post says already, and not again on a platform that
        told it in the last four weeks (`core_lately`), but for the price on a conversion
        post."""
        if template.user or _ABOUT_ELSE & set(template.needs) or not (self.cores or self.price) \
                or "sparse" in template.needs or "features" in template.needs \
                or template.id in GAMES or template.id == "awareness/week-in-photos" \
                or self.overrides.get("short"):  # (a post asked for shorter says only its own)
            # (a game says its fact its own way: "Caption this. … / We offer …" read as a
            # line dropped under the joke, blind read 38)
            # (a feature's post names the goods in its own sentence: "We sell rain tent…"
            # after it read pasted, s31)
            return []
        told = (slot.platform, ("core", None)) in self.spent
        if stage != "conversion" and not (stage == "awareness" and not told):
            return []
        words = content_words(text)
        # (what it costs is no line of a story: "Prices start from €395" after how it began
        # read as a pitch breaking the story, blind read 23)
        price = [self.price] if self.price and "story" not in template.needs \
            and not PRICE_RE.search(text) \
            and not self.over_budget("price") \
            and not self.ledger.worn(self.price, slot.platform, slot.date) and not any(
            p.platform == slot.platform and 0 <= (slot.date - p.date).days < 7
            and self.price.rstrip(".") in p.text for p in self.accepted) else []
        offer = self.brief.offer
        coded = bool(offer and offer.code and offer.code in text)
        again = price_again(offer_part(self.price, offer.discount) if coded else self.price,
                            usual=coded) if price else ""
        after = after_first(self.price, offer.discount) if offer is not None and price \
            and offer_active(self.brief, slot.date) else ""
        if after:
            # beside a first month's deal the price is what comes after it (`after_first`)
            price, again = [after], after
        if price and said_before(self.price, self.once_said):
            # the price line said by another post: the price in a wording of its own on a post
            # that asks to buy, never a selling post without it (read 26), never the line twice
            price = [again] if again and not said_before(again, self.once_said) \
                and stage == "conversion" else []
        if self.core_lately(slot):
            # what the business is was told on this platform lately; what it costs may still
            # be said on a post that asks to buy
            return [price] if price and stage == "conversion" else []
        out = []
        for core in self.cores:
            if sum(core.rstrip(".") in p.text for p in self.accepted) >= LIGHT_LINE_POSTS \
                    or said_before(core, self.once_said):
                continue  # (a sentence in two posts of a calendar reads pasted: once.py)
            if self.ledger.closed(core, slot.platform, slot.date) and any(
                    not self.ledger.closed(c, slot.platform, slot.date) for c in self.cores):
                # (a wording that tells a part a post of the platform told lately, "a written
                # sleep plan", gives way to a shorter one: the offer's Pin was turned down)
                continue
            said = len(content_words(core) & words) >= 0.6 * len(content_words(core))
            lead = content_words(core.split(",")[0]) - _OFFER_VERBS
            # (a post that says what the business is in words of its own takes no line that
            # says it again with more after it: "It is what we do: on-site ergonomic
            # assessments …" then "We offer on-site ergonomic assessments …, by registered
            # physiotherapists …", blind read 39)
            said = said or (len(lead) >= 3 and lead <= words)
            lines = ([] if said else [core]) + ([] if PRICE_RE.search(core) else price)
            if lines and lines not in out:
                out.append(lines)
        if not out and price and stage == "conversion":
            # every sentence of what it is told enough already: a post that asks to buy still
            # says what it costs, in words no post has said
            return [price]
        return out




def goods_features(features: list[str], brief: Brief) -> list[str]:
    """The description's ``features`` a post may each be about: a part that says where the
    one before it is from goes on it ("50g pouches, from small gardens in Assam", never a
    post about "from small gardens…"), and the goods themselves are no part of them ("rain
    tent (huif) for two-wheel bakfiets boxes" was "Our rain tent has rain tent (huif) for…",
    read 30): the description's opening when it names the goods and says nothing of how
    they are made."""
    from planner.planning.wording import short_name

    goods = short_name(brief).lower()
    heads = {re.sub(r"(?:es|s)$", "", w) for w in (goods + " " + brief.product.lower()).split()
             if len(w) > 3 and w not in ("with", "from", "your", "their", "hand", "made")}
    out: list[str] = []
    for i, feature in enumerate(features):
        low = feature.lower()
        if out and re.match(r"(?:from|with|in|by|around)\s", low):
            out[-1] += ", " + feature
            continue
        opening = i == 0 and (brief.description or "").strip().lower().startswith(low[:24])
        if goods and low.startswith(goods + " ") or opening \
                and any(re.search(rf"\b{re.escape(h)}(?:e?s)?\b", low) for h in heads) \
                and not re.search(r"\b(?:made|built|sewn|cut|hammered|thrown|woven|knitted|"
                                  r"carved|forged|printed|roasted|baked|brewed|"
                                  r"[a-z]+ed\s+(?:by|in|from)\b|(?:we|i)\s+[a-z]+)", low):
            # (... nor says who makes them: "waxed canvas dog coats we stitch in Hobart" is
            # a feature, "We stitch our … in Hobart.")
            continue
        out.append(feature)
    return out if len(out) >= 2 else []


def crossed_sentences(post: CalendarPost, earlier: list[CalendarPost],
                      facts: Iterable[str]) -> set[str]:
    """The sentences of ``post`` (normalised as `stale_sentences`) that tell one of the
    brief's ``facts`` (`retold_facts`: a tip, a difference, a line of the description…), that
    another platform's post said a week or more ago and that its own platform never heard: a
    fact its followers may be told, in a sentence of its own ("Worth knowing: …")."""
    facts = [f for f in (normalised(f) for f in facts) if len(f.split()) >= 3]
    def sentences(text: str) -> set[str]:
        # (what follows a lead's colon too: "Worth knowing: X" told X)
        return {normalised(piece) for s in re.split(r"(?<=[.!?])\s+|\n+", text)
                for piece in (s, *s.split(": ")[1:2]) if len(piece.split()) >= 6}

    mine = sentences(post.text)
    cross, recent = set(), set()
    for other in earlier:
        said = sentences(other.text) & mine
        if other.platform == post.platform or abs((post.date - other.date).days) < LAST_RESORT_DAYS:
            recent |= said
        else:
            cross |= said
    return {c for c in cross - recent if any(f in c for f in facts)}


def told_twice(sentences: set[str], earlier: Iterable[CalendarPost], most: int = 2) -> set[str]:
    """Those of ``sentences`` (normalised) that ``most`` or more of the ``earlier`` posts
    tell, as a sentence or inside one ("Not to brag, but every brush is…"): a third telling
    in four weeks reads pasted, whichever platform it is for."""
    if not sentences:
        return set()
    texts = [f" {normalised(post.text)} " for post in earlier]
    return {s for s in sentences if sum(f" {s} " in t for t in texts) >= most}


def _weeks_covered(posts: list[CalendarPost]) -> int:
    return len({p.date.isocalendar()[:2] for p in posts})


def thin_week_cap(posts: list[CalendarPost], slots: list[Slot], library: TemplateLibrary) -> int:
    """For a plan of few posts (a thin or medium brief's) that left a week of its slots with
    no post while others hold more than their share: the posts a week that spreads them
    evenly (0 when the plan is spread already)."""
    # (any plan of few posts, since a fact-light post needs a part of the brief to carry,
    # blind read 20: a medium brief's four facts all told in its first week)
    if not posts:
        return 0
    weeks = sorted({s.date.isocalendar()[:2] for s in slots})
    if len(weeks) < 2:
        return 0
    counts = {w: 0 for w in weeks}
    for p in posts:
        key = p.date.isocalendar()[:2]
        if key in counts:
            counts[key] += 1
    share = -(-len(posts) // len(weeks))
    if min(counts.values()) > 0 or max(counts.values()) <= share:
        return 0
    return share


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
    brief = with_giveaway_read(brief, start)
    weeks = opts.weeks or brief.weeks
    end = start + dt.timedelta(days=7 * weeks - 1)
    target, mix_reasons = business_target(brief, start, end)
    slots = make_slots(brief, platforms, start, weeks)
    keep = sorted(opts.keep, key=lambda p: (p.date, p.time))
    kept_keys = {(p.date, p.time, p.platform) for p in keep}
    slots = [s for s in slots if (s.date, s.time, s.platform) not in kept_keys]
    kept_cov = None
    if keep:
        from planner.planning.coverage import with_posts

        kept_cov = with_posts(coverage, [p.stage for p in keep], target)
    quota = plan_quota(kept_cov or coverage, target, len(slots))
    assign_stages(slots, quota)
    ensure_offer_touch(slots, brief, end)
    ensure_moments(slots, brief, end)
    # (a platform's week across its days, not bunched on the moments' days)
    spread_days(slots, brief, platforms)
    # (a moment's post moved or added beside another on its platform: one a time)
    separate_times(slots, brief, platforms, kept_keys)
    sequence = build_sequences(slots, brief)
    # (a market slot moved to another day says what that day is to the market, or nothing:
    # "Meet us at the Saturday stall … tomorrow." on a Sunday, read 40's tuning set)
    market_days(slots, brief)
    moments = retail_moments(start, end + dt.timedelta(days=7), brief.country)
    fw = framework(opts.funnel)

    def fill_all(week_cap: int = 0) -> tuple[Planner, list[CalendarPost]]:
        planner = Planner(brief, library, platforms, opts.seed, moments)
        planner.ledger = Ledger(brief, weeks, shapes=True)
        planner.holidays = commemorative_between(start, end, brief.country)
        planner.slots = slots
        planner.week_cap = week_cap
        planner.sequenced = set(sequence)
        # posts the seller has made before (--posts) are a following to ask, as reviews are
        planner.customers = planner.customers or bool(coverage is not None and coverage.posts)
        # (a stage the brief gives nothing for; a mix the brief states is the seller's own, and
        # any stage stays a fallback)
        planner.unused = set() if brief.target else {
            s for s in STAGES if target[s] <= 0 and not any(o.stage == s for o in slots)}
        for post in keep:
            planner.note_existing(post)
        posts: list[CalendarPost] = list(keep)
        for i, slot in enumerate(slots):
            post = planner.fill(slot, i)
            if post is None:
                continue
            if i in sequence and post.stage == slot.stage:
                post.sequence = sequence[i]
            post.notes = post_note(post, brief)
            if opts.funnel != "five-stage":
                post.extra["funnel_stage"] = fw.name_of(post.stage)
            posts.append(post)
        return planner, posts

    # (an agency's own templates, --templates, are its choice: they run as on any brief)
    sparse = is_sparse(brief) and not any(t.user for t in library.templates.values())
    if sparse:
        # a brief of a product line alone: a handful of posts, each with a job of its own
        # (in --update, the jobs the kept posts did are not done again)
        planner = Planner(brief, library, platforms, opts.seed, moments)
        planner.ledger = Ledger(brief, weeks, shapes=True)
        planner.holidays = commemorative_between(start, end, brief.country)
        planner.slots = slots
        for post in keep:
            planner.note_existing(post)
        new = planner.fill_sparse(slots)
        posts = list(keep) + new
        for post in new:
            post.notes = post_note(post, brief)
            if opts.funnel != "five-stage":
                post.extra["funnel_stage"] = fw.name_of(post.stage)
        cap = 0
    else:
        planner, posts = fill_all()
        cap = thin_week_cap(posts[len(keep):], slots, library)
    if cap:
        # a thin brief's few posts bunched in its first weeks: planned again, at most this
        # many a week, so every week of the plan has some (blind read: an empty third week)
        spread, spread_posts = fill_all(cap)
        if _weeks_covered(spread_posts[len(keep):]) > _weeks_covered(posts[len(keep):]):
            planner, posts = spread, spread_posts
    if not sparse and len(posts) < len(slots) + len(keep) \
            and not any(t.user for t in library.templates.values()):
        # the slots its facts could not fill take the fact-light jobs no post did
        more = planner.fill_sparse(slots, topup=True)
        for post in more:
            post.notes = post_note(post, brief)
            if opts.funnel != "five-stage":
                post.extra["funnel_stage"] = fw.name_of(post.stage)
        # (one warning a slot: a day with two slots on a platform keeps the other's)
        filled = Counter((p.date.isoformat(), p.platform) for p in more)
        kept = []
        for w in planner.warnings:
            m = EMPTY_SLOT_RE.fullmatch(w)
            if m and filled[(m[2], m[1])] > 0:
                filled[(m[2], m[1])] -= 1
                continue
            kept.append(w)
        planner.warnings = kept
        posts += more
    # (one tag on every post of a platform reads as a stamp, not a search: spread thin)
    fixed = [p for p in posts if any(p is k for k in keep)]
    posts = fixed + [p for p in posts if not any(p is k for k in keep)]
    spread_hashtags(posts, brief, len(fixed))
    # (free shipping, the rating, a difference: in full once a platform, twice a calendar)
    tell_supporting_once(posts, brief, len(fixed))
    # (a giveaway's one draw names the platforms that carry it, no more)
    one_draw_named(posts, brief, len(fixed))
    posts.sort(key=lambda p: (p.date, p.time, brief.platforms.index(p.platform)
                              if p.platform in brief.platforms else 99))
    # (the product line whole once a post, and not in every post of a platform: "my notebooks")
    say_product_short([p for p in posts if not any(p is k for k in keep)], brief)
    cov_table = None
    if coverage is not None:
        cov_table = {"posts": coverage.posts}
        cov_table.update({s: round(coverage.shares[s], 4) for s in STAGES})
        cov_table["gaps"] = list(coverage.gaps)
    cal = Calendar(product=brief.product, start=start, end=end, funnel=opts.funnel, seed=opts.seed,
                   generator=f"planner {__version__}", model=opts.model_id, coverage=cov_table,
                   posts=posts, brief=brief_to_dict(brief), timezone=brief.timezone)
    outline: dict[str, Any] = {"mix": {s: round(target[s], 4) for s in STAGES}}
    if mix_reasons:
        outline["why"] = mix_reasons
    if brief.facts.pillars:
        outline["pillars"] = list(brief.facts.pillars)
    buyers = brief_voice(brief).buyer + "s"
    outline["weeks"] = weekly_themes(posts, brief, start, weeks, buyers)
    read_first = first_language(brief)
    if read_first:
        # (the captions are English: whoever is handed the file sees that before publishing)
        outline["first_language"] = read_first[1]
    cal.extra["plan"] = outline
    empty = sum(w.endswith("slot left empty") for w in planner.warnings)
    written = len(posts) - len(keep)
    if sparse and len(slots) > written:
        outline["empty_slots"] = len(slots) - written
        outline["to_fill_them"] = sparse_note(brief)
        planner.warnings.append(f"{len(slots) - written} of {len(slots)} slots are empty: "
                                + sparse_note(brief))
    elif empty:
        # the calendar itself says so: a manager handed the file sees why posts are missing
        outline["empty_slots"] = empty
        outline["to_fill_them"] = empty_slots_note(brief).split(": ", 1)[1]
    notes = plan_notes(brief, start, planner.warnings, len(slots) + len(keep))
    if sparse:
        # (the empty slots' line names the facts to add: the few-facts note would say them again)
        notes = [n for n in notes if not n.startswith("the brief gives few facts")]
    return cal, library.warnings + planner.warnings + notes
