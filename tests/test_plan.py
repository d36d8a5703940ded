import datetime as dt
import re

import pytest

from planner.domain.brief import brief_from_dict
from planner.domain.calendar import calendar_to_toml
from planner.domain.funnel import STAGES, default_target
from planner.domain.platforms import load_platforms
from planner.planning.coverage import compute_coverage
from planner.planning.lint import lint_calendar
from planner.planning.plan import PlanOptions, make_slots, plan_calendar, weekly_counts
from planner.planning.render import TemplateLibrary


@pytest.fixture(scope="module")
def library():
    return TemplateLibrary()


def brief(**kw):
    data = {"product": "Trailhead merino socks", "brand": "Trailhead", "platforms": ["instagram", "x"],
            "posts_per_week": 5, "start": dt.date(2027, 1, 4), "weeks": 4,
            # facts to carry: a run-up post with none is a frame (blind read 11)
            "description": "Knitted in Portugal from fine merino. Cushioned soles for long days "
                           "on the trail. Every pair is tested on a 20 km walk before it is sold.",
            "differentiators": ["a free repair for any pair that wears through in the first year",
                                "heel and toe knitted twice as thick"],
            "problems": ["blisters by the second day of a long walk"],
            "tips": ["Wash merino socks inside out on a cool cycle."]}
    data.update(kw)
    return brief_from_dict(data)


def test_slot_count_and_platform_split():
    b = brief(posts_per_week=7, platforms=["instagram", "tiktok", "x"])
    assert weekly_counts(b) == {"instagram": 3, "tiktok": 2, "x": 2}
    slots = make_slots(b, load_platforms(), dt.date(2027, 1, 4), 3)
    assert len(slots) == 21
    assert slots == sorted(slots, key=lambda s: (s.date, s.time, b.platforms.index(s.platform)))
    assert all(dt.date(2027, 1, 4) <= s.date <= dt.date(2027, 1, 24) for s in slots)


def test_posting_times_come_from_platform_data():
    slots = make_slots(brief(platforms=["tiktok"], posts_per_week=1), load_platforms(),
                       dt.date(2027, 1, 4), 1)
    assert [(s.date.weekday(), s.time) for s in slots] == [(1, dt.time(17, 0))]  # Tue 17:00


def test_cadence_per_platform():
    b = brief(platforms=["instagram", "tiktok"], cadence={"instagram": 4, "tiktok": 1})
    assert weekly_counts(b) == {"instagram": 4, "tiktok": 1}


def test_same_seed_same_bytes_other_seed_other_copy(library):
    b = brief(offer={"code": "SOCK10", "discount": "10% off", "ends": dt.date(2027, 1, 20)})
    one = calendar_to_toml(plan_calendar(b, library, options=PlanOptions(seed=3))[0])
    two = calendar_to_toml(plan_calendar(b, library, options=PlanOptions(seed=3))[0])
    other = calendar_to_toml(plan_calendar(b, library, options=PlanOptions(seed=4))[0])
    assert one == two
    assert one != other


def test_plan_fills_the_gaps_of_existing_posts(library):
    existing = ["awareness"] * 15 + ["conversion"] * 10 + ["consideration"] * 5
    cov = compute_coverage(existing, default_target())
    assert cov.gaps, "posts without loyalty or advocacy leave gaps, or the loop below checks nothing"
    cal, warnings = plan_calendar(brief(referral_reward="a free pair for you and a friend",
                                        customer_perk="a free darning kit with your third order"),
                                  library, coverage=cov, options=PlanOptions(seed=1))
    planned = {s: sum(p.stage == s for p in cal.posts) for s in STAGES}
    # (an ask with no fact in it at most once a week on a platform: a slot of the last week
    # whose every post would be a second one is left empty, and the seller told so; since
    # session 40 socks said to come in no colours or designs get no left-or-right poll, so
    # one slot more may stay empty)
    assert len(cal.posts) == 20 or len(cal.posts) >= 17 and any(
        "slot left empty" in w for w in warnings)
    assert planned["loyalty"] > 0 and planned["advocacy"] > 0
    for s in cov.gaps:
        before = cov.shares[s]
        after = (cov.counts[s] + planned[s]) / (cov.posts + len(cal.posts))
        assert after > before
    assert cal.coverage["gaps"] == cov.gaps


def test_no_offer_means_no_codes_or_discounts(library):
    cal, warnings = plan_calendar(brief(weeks=8), library, options=PlanOptions(seed=2))
    # a brief of a few facts leaves a slot empty rather than post a frame (blind read 11), or
    # a wall of asks with no fact in them (at most one a week on a platform), and says so;
    # its posts that ask to buy stay (eight weeks with two of them was read as wrong); 24
    # since blind read 19 (no filler line tells two posts apart, and the offer's price, a
    # call to action and a description line each have their caps); 10 since session 21: no
    # caption sentence in two posts of a calendar and what it is twice a four weeks (its seven
    # facts each told once, in its own words; the 24 told "We sell…" in six wordings)
    assert len(cal.posts) >= 10 and any("slot left empty" in w for w in warnings)
    # (2 since session 21: of its ten posts, each saying something new)
    assert sum(p.stage == "conversion" for p in cal.posts) >= 2
    for p in cal.posts:
        assert not re.search(r"\d+\s?%", p.text), p.text
        assert "code" not in p.text.lower() and "promo" not in p.text.lower(), p.text
    assert lint_calendar(cal, brief(weeks=8)) == []


def test_offer_posts_stay_inside_the_offer_window(library):
    b = brief(offer={"code": "SOCK10", "discount": "10% off", "ends": dt.date(2027, 1, 10)})
    cal, _ = plan_calendar(b, library, options=PlanOptions(seed=5))
    with_code = [p for p in cal.posts if "SOCK10" in p.text]
    assert with_code, "an offer in the brief should be promoted"
    # after it, only the thank-you names it
    assert all(p.date <= dt.date(2027, 1, 10) or p.tactic == "thank-you post" for p in with_code)
    assert lint_calendar(cal, b) == []


def test_no_template_twice_in_a_week(library):
    cal, _ = plan_calendar(brief(posts_per_week=7, weeks=4), library, options=PlanOptions(seed=9))
    seen = set()
    for p in cal.posts:
        key = (p.date.isocalendar()[:2], p.template)
        assert key not in seen, key
        seen.add(key)


def test_captions_fit_platform_limits(library):
    plats = load_platforms()
    b = brief(platforms=["x", "threads", "pinterest", "instagram"], posts_per_week=8, weeks=3,
              hashtag="#TrailheadSocks")
    cal, _ = plan_calendar(b, library, options=PlanOptions(seed=11))
    for p in cal.posts:
        assert plats[p.platform].length(p.full_text()) <= plats[p.platform].caption_limit
        assert len(p.hashtags) <= plats[p.platform].max_hashtags


def test_offer_gets_a_multi_touch_sequence(library):
    b = brief(offer={"code": "SOCK10", "discount": "10% off", "ends": dt.date(2027, 1, 15)})
    cal, _ = plan_calendar(b, library, options=PlanOptions(seed=5))
    seq = [p for p in cal.posts if p.sequence == "offer-sock10"]
    assert [p.stage for p in seq] == ["awareness", "consideration", "conversion"]
    assert (seq[-1].date - seq[0].date).days <= 7
    assert seq[-1].date <= dt.date(2027, 1, 15)


def test_other_vocabularies_name_each_post(library):
    cal, _ = plan_calendar(brief(), library, options=PlanOptions(seed=1, funnel="micromoments"))
    assert cal.funnel == "micromoments"
    names = {p.extra["funnel_stage"] for p in cal.posts}
    assert names <= {"discovery", "engagement", "decision", "support", "loyalty"}


def test_twelve_weeks_never_repeat_a_caption(library):
    b = brief(posts_per_week=7, weeks=12, hashtag="#Trailhead", referral_reward="a free pair",
              offer={"code": "SOCK10", "discount": "10% off"})
    cal, _ = plan_calendar(b, library, options=PlanOptions(seed=12))
    texts = [p.text for p in cal.posts]
    # a slot left empty rather than a frame (blind read 11); the brief gives loyalty posts
    # nothing to say: a slot no other stage's post can fill without a repeat stays empty, and
    # an ask with no fact in it comes at most once a week on a platform (not 48 of 84 posts);
    # 38 since session 21: no caption sentence of four words in two posts of the calendar
    assert len(texts) >= 38
    assert len(set(texts)) == len(texts)


def test_without_an_offer_each_month_gets_a_product_sequence(library):
    # (a brief with enough to say for two months: with little, a slot is left empty rather
    # than repeat a fact within five weeks, and the sequence with it)
    described = brief(weeks=8, posts_per_week=3, description="Merino socks for long trail days. Knitted in "
                                           "Leicester from undyed wool. Every pair has a "
                                           "cushioned heel and a seamless toe. They dry "
                                           "overnight on a tent line. Sizes run from 35 to 48. "
                                           "The wool comes from one farm in the Peak District. "
                                           "Each pair is knitted on a 1970s machine. A pair "
                                           "weighs 60 grams. They come in moss, slate and oat.",
                      differentiators=["a free repair for the life of the sock",
                                       "one price for every size"],
                      tips=["Wash them inside out, cool, and dry them flat.",
                            "Pack one pair more than the days you walk."],
                      problems=["heels that wear through in one season", "socks that slip "
                                "down inside your boots"],
                      quotes=[{"text": "Two summers on the Pennine Way and no holes.",
                               "by": "Sam, Hebden Bridge"}],
                      story=["We started knitting in a Leicester mill in 2019."])
    cal, _ = plan_calendar(described, library, options=PlanOptions(seed=2))
    seq = [p for p in cal.posts if p.sequence == "product-1"]
    assert [p.stage for p in seq] == ["awareness", "consideration", "conversion"]
    assert (seq[-1].date - seq[0].date).days <= 7
    # (the second month's: its steps in order within the week, a step whose every post would
    # say a sentence of the first month's again left empty since session 21)
    seq = [p for p in cal.posts if p.sequence == "product-2"]
    order = ["awareness", "consideration", "conversion"]
    stages = [p.stage for p in seq]
    assert len(seq) >= 2 and stages == sorted(stages, key=order.index)
    assert (seq[-1].date - seq[0].date).days <= 7


def test_a_digital_product_gets_no_parcels_or_unboxing(library):
    b = brief(kind="digital", product="Taskly project planner app", weeks=12, posts_per_week=7,
              free_shipping=True)
    cal, warnings = plan_calendar(b, library, options=PlanOptions(seed=4))
    used = {p.template for p in cal.posts}
    assert not used & {"consideration/unboxing-first-look", "conversion/unboxing-proof",
                       "loyalty/care-guide", "conversion/free-shipping-nudge"}
    # twelve weeks from a brief with no facts at all: a slot whose every post would repeat
    # an earlier one (or a template already used that week) is left empty, and the seller
    # is told so, rather than filled twice
    # (and an ask with no fact in it at most once a week on a platform; no tag of ours on
    # more than half a platform's posts, an offer condition in rotating wordings: 39; 38
    # since a line of the description that answers a problem is kept for that problem's
    # post until it is told, as a difference is, and since no filler line tells two posts
    # apart and a call to action is said once per platform in five weeks, blind read 19;
    # 37 with all three; 13 since session 21: no caption sentence of four words in two posts
    # of the calendar, and what it is twice each four weeks, so twelve weeks of a brief with
    # no facts are the few posts that say something new)
    # (12 since session 39: a caption game carries no line of what it is under its joke)
    assert len(cal.posts) >= 12
    assert len(cal.posts) == 84 or any("slot left empty" in w for w in warnings)


def test_fit_hashtags_counts_the_tags_already_in_the_caption():
    from planner.domain.platforms import fit_hashtags

    assert fit_hashtags(["#glow", "#candles"], "Meet #Acme: hand-poured.", 2) == ["#glow"]
    assert fit_hashtags(["#acme", "#candles"], "Meet #Acme today #ad", 2) == ["#acme", "#candles"]
    assert fit_hashtags(["#a1", "#b2"], "#x #y #z", 2) == []
    assert fit_hashtags(["#a1", "#b2"], "no tags here", 5) == ["#a1", "#b2"]
