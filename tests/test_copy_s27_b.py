"""Session 27, helper b: the moments a brief gives (events, giveaways, launch day) posted
right, each on a brief of our own.

Blind read 26 (benchmarks/blind_read/2026-12-05-z): a LinkedIn webinar never mentioned (its
day's slot carried "Meet …"), nothing on the day of a YouTube live, a giveaway's draw day
invented and its "one draw across" naming a platform with no giveaway post, three posts at
exactly 07:00 with two near-identical event reminders, and posts bunched on a few days.
"""

from __future__ import annotations

import collections
import datetime as dt
import re

import pytest

from planner.domain.brief import brief_from_dict
from planner.errors import PlannerError
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary

#: a formal B2B brief whose webinar's own name says "must have" (the tone rule's hype word)
_PAYROLL = {
    "product": "outsourced payroll", "kind": "service", "brand": "Lindqvist Payroll Partners",
    "description": "monthly payroll, payslips and pension submissions for companies of 20 to "
                   "400 staff in Gothenburg, one named payroll officer per client",
    "audience": "finance directors and HR managers of mid-sized companies",
    "tone": "formal, precise, measured", "platforms": ["linkedin", "x"], "b2b": True,
    "action": "call", "url": "https://lindqvist-payroll.example/contact",
    "posts_per_week": 3, "start": "2027-03-01", "weeks": 4, "country": "SE",
    "differentiators": ["the same payroll officer handles your company every month"],
    "problems": ["a pension submission rejected because a new starter's details were late"],
    "faqs": [{"question": "Can you take over in the middle of a tax year?",
              "answer": "Yes. We need the year-to-date figures for every employee."}],
    "events": [{"title": "Webinar: the year-end checks every payroll team must have done by April",
                "when": "2027-03-17T10:00:00", "platform": "linkedin",
                "link": "https://lindqvist-payroll.example/webinar"}],
}

#: a live on a platform that posts once a week, on another weekday than the live's
_KNIVES = {
    "product": "hand-forged kitchen knives", "kind": "product", "brand": "Ashgrove Forge",
    "description": "carbon steel kitchen knives forged one at a time in a barn near Hexham, "
                   "chef's knife £140, paring knife £65",
    "tone": "plain, proud of the craft", "platforms": ["instagram", "facebook", "youtube"],
    "url": "https://ashgroveforge.example", "start": "2027-05-03", "weeks": 3, "country": "GB",
    "cadence": {"instagram": 3, "facebook": 2, "youtube": 1},
    "tips": ["Dry a carbon steel blade straight after washing and it will not rust."],
    "story": ["Tom forged his first knife from an old file in 2016."],
    "events": [{"title": "Live: sharpening a chef's knife on a whetstone, start to finish",
                "when": "2027-05-13T19:00:00", "platform": "youtube",
                "link": "https://youtube.com/@ashgroveforge"}],
}

#: a giveaway on three platforms, one of them posting once a week, with an event in person
_COFFEE = {
    "product": "single-origin coffee subscription", "kind": "product", "brand": "Kettle Hill Roasters",
    "description": "freshly roasted single-origin beans posted every fortnight, 250g bag £9",
    "tone": "cheerful, a bit nerdy", "platforms": ["instagram", "tiktok", "threads", "facebook"],
    "url": "https://kettlehill.example", "start": "2027-04-05", "weeks": 4, "country": "GB",
    "action": "subscribe",
    "cadence": {"instagram": 3, "tiktok": 3, "threads": 2, "facebook": 1},
    "giveaway": "six months of the fortnightly subscription", "giveaway_ends": "2027-04-25",
    "giveaway_rules": "https://kettlehill.example/giveaway",
    "tips": ["Grind just before you brew: ground coffee goes flat within the hour.",
             "Use water just off the boil, around 94 degrees, for a filter brew."],
    "problems": ["supermarket beans roasted months before you open the bag"],
    "differentiators": ["every bag has its roast date printed on the front"],
    "story": ["Priya started roasting in a popcorn machine in her kitchen in 2019."],
    "events": [{"title": "Cupping morning at the roastery", "when": "2027-04-24T10:00:00",
                "platform": "instagram", "place": "Kettle Hill Roasters, 3 Mill Lane, Frome"}],
    "launch": {"what": "a decaf from Colombia, our first decaf, £9 a bag", "date": "2027-04-27"},
}


def _plan(data: dict, seed: int = 1):
    brief = brief_from_dict(data)
    cal, _ = plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=seed))
    return brief, cal


def _names_event(text: str, words: str) -> bool:
    return words.lower() in text.lower()


# --- 1. every event posted: a week ahead, and on its day or the day before ----------------

def test_a_webinar_whose_name_says_must_have_is_reminded_of_on_its_day_on_linkedin():
    brief, cal = _plan(_PAYROLL)
    day = brief.facts.events[0].when.date()
    name = "the year-end checks every payroll team"
    that_day = [p for p in cal.posts if p.date == day and p.platform == "linkedin"]
    assert that_day and all(_names_event(p.text, name) for p in that_day), \
        [p.text for p in that_day]
    assert any("https://lindqvist-payroll.example/webinar" in p.text for p in that_day)


def test_a_webinar_on_linkedin_is_told_a_week_ahead_and_on_x_too():
    brief, cal = _plan(_PAYROLL)
    day = brief.facts.events[0].when.date()
    name = "the year-end checks every payroll team"
    told = [p for p in cal.posts if _names_event(p.text, name)]
    assert any(p.platform == "linkedin" and 2 <= (day - p.date).days <= 9 for p in told), \
        [(p.date, p.platform) for p in told]
    assert any(p.platform == "x" and 0 <= (day - p.date).days <= 1 for p in told), \
        [(p.date, p.platform) for p in told]


def test_a_live_on_a_weekly_platform_is_reminded_of_on_its_day_elsewhere():
    brief, cal = _plan(_KNIVES)
    day = brief.facts.events[0].when.date()
    name = "sharpening a chef's knife on a whetstone"
    assert any(p.date == day and _names_event(p.text, name) for p in cal.posts), \
        [(p.date, p.platform) for p in cal.posts if _names_event(p.text, name)]
    for platform in ("instagram", "facebook"):
        # on the day or the day before, and first about a week ahead
        assert any(p.platform == platform and 0 <= (day - p.date).days <= 1
                   and _names_event(p.text, name) for p in cal.posts), platform
        assert any(p.platform == platform and 2 <= (day - p.date).days <= 9
                   and _names_event(p.text, name) for p in cal.posts), platform


# --- 2. a giveaway's draw and its platforms as the calendar has them --------------------

_DAY_NAMED = re.compile(r"(?i)(?:drawn|draw|messaged?|pick)[^.\n]*\b(?:on|by) "
                        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)")


def test_a_giveaway_with_no_draw_day_names_none_and_its_winner_follows_the_close():
    brief, cal = _plan(_COFFEE)
    ends = brief.giveaway_ends
    openings = [p for p in cal.posts if p.tactic == "follow giveaway" and p.date < ends - dt.timedelta(days=3)]
    assert openings
    for post in cal.posts:
        if post.tactic == "follow giveaway":
            assert not _DAY_NAMED.search(post.text), post.text
            assert "26 April" not in post.text and "April 26" not in post.text, post.text
    assert any("after entries close" in p.text or "when entries close" in p.text.lower()
               or "once entries close" in p.text.lower() for p in openings), \
        [p.text for p in openings]
    ran = {p.platform for p in cal.posts if p.tactic == "follow giveaway"}
    winners = [p for p in cal.posts if p.tactic == "giveaway winner"]
    assert {p.platform for p in winners} == ran
    assert all(p.date > ends for p in winners)


def test_one_draw_names_exactly_the_platforms_with_a_giveaway_post():
    names = {"instagram": "Instagram", "facebook": "Facebook", "tiktok": "TikTok",
             "threads": "Threads", "x": "X"}
    for seed in (1, 2):
        _, cal = _plan(_COFFEE, seed)
        ran = {names[p.platform] for p in cal.posts if p.tactic == "follow giveaway"}
        for post in cal.posts:
            m = re.search(r"(?:one draw across|One draw for) ([^.\n]+?)(?: together)?\.", post.text)
            if m:
                said = set(re.split(r", | and ", m.group(1)))
                assert said == ran, (seed, post.platform, m.group(0), ran)


def test_one_draw_drops_a_platform_whose_giveaway_post_was_never_written():
    from planner.domain.calendar import CalendarPost
    from planner.planning.sequencing import one_draw_named

    brief = brief_from_dict(_COFFEE)

    def post(platform: str, text: str, tactic: str = "follow giveaway") -> CalendarPost:
        return CalendarPost(date=dt.date(2027, 4, 12), time=dt.time(10), platform=platform,
                            stage="awareness", tactic=tactic, template="awareness/follow-giveaway",
                            format="static", text=text)

    posts = [post("instagram", "Up for grabs: a prize.\n\nNo purchase needed. It's one draw "
                               "across Instagram, TikTok and Threads.\nThis giveaway is not run "
                               "by Instagram."),
             post("tiktok", "Win a prize.\n\nNo purchase necessary. One draw for TikTok, "
                            "Instagram and Threads together."),
             post("threads", "Tired of flat coffee?", tactic="name the problem")]
    one_draw_named(posts, brief)
    assert "It's one draw across Instagram and TikTok." in posts[0].text, posts[0].text
    assert "One draw for TikTok and Instagram together." in posts[1].text, posts[1].text
    alone = [post("instagram", "Win a prize.\n\nNo purchase needed. It's one draw across "
                               "Instagram and Threads.\nRules: link in bio")]
    one_draw_named(alone, brief)
    assert "one draw" not in alone[0].text.lower() and \
        alone[0].text.endswith("No purchase needed.\nRules: link in bio"), alone[0].text


def test_a_draw_day_the_brief_gives_is_named_and_the_winner_posted_that_day():
    data = dict(_COFFEE, giveaway_draw="2027-04-27")
    brief, cal = _plan(data)
    openings = [p for p in cal.posts if p.tactic == "follow giveaway"
                and p.date < brief.giveaway_ends - dt.timedelta(days=3)]
    assert any("27 April" in p.text or "April 27" in p.text for p in openings), \
        [p.text for p in openings]
    winners = [p for p in cal.posts if p.tactic == "giveaway winner"]
    # (the brief's launch is on its draw day too: a platform that tells the launch that day
    # tells the winner in the days after, not both on one day, s30 c)
    launches = {(p.date, p.platform) for p in cal.posts if p.date == dt.date(2027, 4, 27)
                and p.tactic != "giveaway winner"}
    assert winners and all(dt.date(2027, 4, 27) <= p.date <= dt.date(2027, 5, 1)
                           and (p.date, p.platform) not in launches for p in winners)


def test_a_draw_day_before_entries_close_is_refused_in_one_line():
    with pytest.raises(PlannerError) as err:
        brief_from_dict(dict(_COFFEE, giveaway_draw="2027-04-20"))
    message = str(err.value)
    assert "giveaway_draw" in message and "\n" not in message


# --- 3 and 4. posts spread over days and minutes; event-day reminders apart --------------

@pytest.mark.parametrize("data", [_COFFEE, _KNIVES, _PAYROLL])
def test_no_two_platforms_post_at_the_same_minute(data):
    _, cal = _plan(data)
    minutes = collections.Counter((p.date, p.time) for p in cal.posts)
    assert not [k for k, n in minutes.items() if n > 1], sorted(k for k, n in minutes.items() if n > 1)


def test_event_day_reminders_differ_in_words_and_time():
    brief, cal = _plan(_COFFEE)
    day = brief.facts.events[0].when.date()
    reminders = [p for p in cal.posts if p.date == day and "cupping morning" in p.text.lower()]
    assert len(reminders) >= 2, [(p.platform, p.text) for p in reminders]
    firsts = [re.sub(r"\b(?:today|this morning)\b", "", p.text.splitlines()[0].lower())
              for p in reminders]
    assert len(set(firsts)) == len(firsts), firsts
    assert len({p.time for p in reminders}) == len(reminders)
    assert all(p.time <= dt.time(9, 0) for p in reminders)


def test_a_platform_posts_once_a_day_where_its_week_has_room():
    _, cal = _plan(_COFFEE)
    per_day = collections.Counter((p.date, p.platform) for p in cal.posts)
    assert not [k for k, n in per_day.items() if n > 1], [k for k, n in per_day.items() if n > 1]
