"""Nothing said twice in a calendar (planning/once.py), on every brief: no caption sentence of
four words or more in two posts, no visual direction in two posts, what the business is once
a platform and twice a calendar, and no two posts the same day (or on one platform that week)
with one main line. Briefs of our own: other trades, countries and platforms."""

from __future__ import annotations

import datetime as dt
import pathlib
import tomllib

import pytest

from planner.domain.brief import brief_from_dict
from planner.domain.calendar import CalendarPost
from planner.planning.once import (
    WHAT_POSTS,
    distinct_visual,
    main_line,
    repeated_sentences,
    said_before,
    same_main_line,
    sentence_keys,
    visual_subject,
    what_it_is_spent,
)
from planner.planning.overtold import Ledger
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary

ROOT = pathlib.Path(__file__).resolve().parent.parent
START = dt.date(2027, 5, 3)

#: varied briefs of our own: rich, medium and thin; offers, giveaways, launches and events
BRIEFS = {
    "bike-repair-oslo": {
        "product": "mobile bike repairs", "brand": "Spokefix", "kind": "service",
        "description": "We fix bikes at your door in Oslo: brakes, gears, punctures. "
                       "A standard service is 690 kr.",
        "platforms": ["instagram", "facebook"], "country": "NO", "posts_per_week": 4,
        "differentiators": ["we come to your door, evenings included",
                            "every repair has a three-month guarantee"],
        "problems": ["brakes that squeal on every hill"],
        "tips": ["Check your tyre pressure every fortnight: soft tyres puncture more."],
        "offer": {"code": "SPRING10", "discount": "10% off a full service",
                  "starts": "2027-05-03", "ends": "2027-05-16"},
        "url": "https://spokefix.example",
    },
    "tea-shop-taipei": {
        "product": "high-mountain oolong tea", "brand": "Cloudleaf", "kind": "product",
        "description": "Oolong from small farms on Alishan, roasted in our Taipei shop, "
                       "sold in 75 g tins.",
        "platforms": ["instagram", "pinterest", "facebook"], "country": "TW",
        "posts_per_week": 5, "free_shipping": "on orders over NT$1,500",
        "story": ["Our grandfather roasted tea in the same shop in 1978."],
        "tips": ["Rinse the leaves once with hot water before the first steep."],
        "giveaway": "a tasting set of four tins", "giveaway_ends": "2027-05-21",
        "launch": {"what": "a charcoal-roasted winter oolong", "date": "2027-05-18"},
        "url": "https://cloudleaf.example",
    },
    "bookkeeping-dublin": {
        "product": "bookkeeping for sole traders", "brand": "Ledger Lane", "kind": "service",
        "description": "Monthly bookkeeping for sole traders in Ireland, from €90 a month.",
        "platforms": ["linkedin", "facebook"], "country": "IE", "posts_per_week": 3, "b2b": True,
        "events": [{"title": "VAT basics webinar", "when": "2027-05-19T12:30:00",
                    "platform": "linkedin"}],
        "faqs": [{"question": "Do you do VAT returns?", "answer": "Yes, every two months."}],
    },
    "surf-wax-perth": {
        "product": "organic surf wax", "brand": "Saltbar", "kind": "product",
        "description": "Surf wax made from beeswax and coconut oil in Fremantle, $9 a bar.",
        "platforms": ["instagram", "tiktok"], "country": "AU", "posts_per_week": 4,
        "customer_perk": "a free base coat bar with your third order",
        "referral_reward": "$5 off for you and a mate",
    },
    "yoga-lisbon": {
        "product": "sunrise yoga classes", "brand": "Alba Yoga", "kind": "service",
        "description": "Sunrise yoga on the beach at Carcavelos, 8 euros a class.",
        "platforms": ["instagram", "facebook"], "country": "PT", "posts_per_week": 3,
    },
    "knives-osaka": {
        "product": "hand-forged kitchen knives", "brand": "Hamono Works", "kind": "product",
        "description": "Kitchen knives forged by hand in Sakai from carbon steel.",
        "platforms": ["pinterest", "instagram", "facebook"], "country": "JP",
        "posts_per_week": 6,
        "differentiators": ["each blade is sharpened by hand on water stones"],
        "quotes": [{"text": "The sharpest knife in my kitchen after ten years.",
                    "by": "Ken, a chef"}],
        "offer": {"code": "FORGE15", "discount": "15% off", "condition": "first order only",
                  "starts": "2027-05-10", "ends": "2027-05-23"},
    },
}


def _plan(data: dict, weeks: int = 4):
    brief = brief_from_dict(data)
    cal, _ = plan_calendar(brief, TemplateLibrary(),
                           options=PlanOptions(start=START, weeks=weeks, seed=1))
    return brief, cal.posts


def _fixture_briefs() -> dict[str, dict]:
    out = {}
    for path in (ROOT / "tests" / "fixtures" / "brief-mugs.toml",
                 ROOT / "planner" / "data" / "demo" / "brief.toml"):
        data = tomllib.loads(path.read_text())
        data.pop("start", None)
        data.pop("weeks", None)
        out[path.parent.name + "/" + path.name] = data
    return out


ALL = BRIEFS | _fixture_briefs()


@pytest.fixture(scope="module")
def calendars():
    return {name: _plan(data) for name, data in ALL.items()}


# -- the rule itself --------------------------------------------------------------------------

def test_sentence_keys_blind_to_case_and_punctuation():
    said = sentence_keys("We fix bikes at your door! Short one.")
    assert said == {"we fix bikes at your door"}
    assert said_before("WE FIX BIKES, at your door.", said)
    assert not said_before("We fix bikes at home.", said)
    assert not said_before("Short one.", sentence_keys("Short one."))  # under four words


@pytest.mark.parametrize("name", sorted(ALL))
def test_no_caption_sentence_in_two_posts(calendars, name):
    _, posts = calendars[name]
    assert posts
    assert repeated_sentences(posts) == []


@pytest.mark.parametrize("name", sorted(ALL))
def test_no_title_twice_and_no_visual_direction_twice(calendars, name):
    _, posts = calendars[name]
    subjects = [visual_subject(p.visual) for p in posts if len(visual_subject(p.visual).split()) >= 4
                and any(w in p.visual.lower().split(".")[0] for w in ("photo", "shot", "clip", "video"))]
    assert len(subjects) == len(set(subjects))
    titles = [" ".join(p.title.lower().split()) for p in posts if len(p.title.split()) >= 4]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize("name", sorted(ALL))
def test_what_it_is_once_a_platform_twice_a_calendar(calendars, name):
    brief, posts = calendars[name]
    ledger = Ledger(brief, 4)
    told = [p for p in posts if "what-it-is" in ledger.said(p).facts]
    assert len(told) <= WHAT_POSTS
    assert len({p.platform for p in told}) == len(told)


@pytest.mark.parametrize("name", sorted(ALL))
def test_no_main_line_twice_the_same_day_or_week_on_a_platform(calendars, name):
    _, posts = calendars[name]
    for i, post in enumerate(posts):
        assert same_main_line(post, posts[:i]) is None, post.text[:60]


def test_the_plan_is_deterministic():
    assert _plan(BRIEFS["tea-shop-taipei"])[1] == _plan(BRIEFS["tea-shop-taipei"])[1]


# -- visuals -----------------------------------------------------------------------------------

def _post(platform: str, visual: str = "", text: str = "x", day: dt.date = START) -> CalendarPost:
    return CalendarPost(date=day, time=dt.time(9), platform=platform, stage="awareness",
                        tactic="t", template="awareness/x", format="static", text=text,
                        visual=visual)


PHOTO = "The first full photo of the cedar stool: the real thing, well lit. Keep it plain"


def test_a_photo_shown_again_is_another_shot_of_it_named_after_the_first_post():
    first = _post("instagram", PHOTO)
    second = _post("pinterest", PHOTO)
    second.visual = distinct_visual(second, [first])
    assert visual_subject(second.visual) != visual_subject(PHOTO)
    assert second.visual.startswith("Another shot of the subject of the 3 May Instagram post: ")
    assert second.visual.endswith("Keep it plain")  # (the designer's note kept)
    third = distinct_visual(_post("facebook", PHOTO), [first, second])
    assert len({visual_subject(v) for v in (PHOTO, second.visual, third)}) == 3


def test_a_clip_is_filmed_again_and_a_card_laid_out_again_only_with_the_same_words():
    clip = "A short clip of the cedar stool being sanded by hand"
    again = distinct_visual(_post("youtube", clip), [_post("tiktok", clip)])
    assert "filmed again" in again and "TikTok" in again
    card = "A tidy card listing the offer: 10% off, code OAK10. Plain type, the code largest"
    laid = distinct_visual(_post("facebook", card), [_post("instagram", card)])
    assert laid.startswith("Not the 3 May Instagram post's design: ")
    assert "On it: 10% off, code OAK10." in laid
    other = "A tidy card listing the offer: 20% off, code ASH20. Plain type, the code largest"
    assert distinct_visual(_post("facebook", other), [_post("instagram", card)]) == other


def test_a_short_visual_or_a_new_subject_is_kept():
    assert distinct_visual(_post("x", "Plain type"), [_post("x", "Plain type")]) == "Plain type"
    assert distinct_visual(_post("x", PHOTO), [_post("x", "A photo of something else")]) == PHOTO


def test_launch_and_giveaway_posts_on_several_platforms_show_different_visuals(calendars):
    _, posts = calendars["tea-shop-taipei"]
    moments = [p for p in posts if "launch" in p.template or "giveaway" in p.template]
    assert len({p.platform for p in moments}) >= 2
    subjects = [visual_subject(p.visual) for p in moments]
    assert len(subjects) == len(set(subjects))


# -- one post said twice -----------------------------------------------------------------------

def test_same_day_posts_with_one_main_line_are_one_post_twice():
    a = _post("linkedin", text="Today at 4pm: open house at our Leith workshop. Come by.")
    b = _post("instagram", text="Open house at our Leith workshop today, 4pm! Bring a friend.")
    assert main_line(a.text) == "today at 4pm open house at our leith workshop"
    assert same_main_line(b, [a]) is a
    later = _post("instagram", text=b.text, day=START + dt.timedelta(days=1))
    assert same_main_line(later, [a]) is None  # (another platform, another day)
    week = _post("linkedin", text=b.text, day=START + dt.timedelta(days=5))
    assert same_main_line(week, [a]) is a  # (its platform, that week)
    other = _post("instagram", text="A new batch of chairs is drying in the yard.")
    assert same_main_line(other, [a]) is None


def test_what_it_is_is_spent_on_a_platform_that_heard_it_and_after_two_posts():
    ig = _post("instagram")
    assert not what_it_is_spent("facebook", [ig])
    assert what_it_is_spent("instagram", [ig])
    assert what_it_is_spent("linkedin", [ig, _post("facebook")])


def test_the_three_wordings_of_what_we_do_are_not_three_posts_on_a_platform():
    data = {"product": "window cleaning", "brand": "Clearview", "kind": "service",
            "description": "Window cleaning for homes in Cork.", "platforms": ["facebook"],
            "country": "IE", "posts_per_week": 3}
    brief, posts = _plan(data)
    ledger = Ledger(brief, 4)
    assert sum("what-it-is" in ledger.said(p).facts for p in posts) <= 1


def test_a_market_day_line_is_worded_anew_each_market_day():
    from planner.planning.slots import market_line

    said: set[str] = set()
    lines = []
    for _ in range(4):
        text = market_line("Fresh sourdough, baked overnight.", "", "tomorrow", "Ballarat Market",
                           said)
        lines.append(text.split("\n")[-1])
        said |= sentence_keys(text)
    assert lines[0] == "We're at Ballarat Market tomorrow."
    assert len(set(lines)) == 4
