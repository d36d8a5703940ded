"""Where a post sends people: every Pin and YouTube video carries the brief's address, a
caption that points to a link (bio, sticker) carries it for the scheduler, and the link
survives the calendar file and reaches the exports that have a column for it."""

from __future__ import annotations

import csv
import datetime as dt
import io

from planner.domain.brief import Brief
from planner.domain.calendar import (
    Calendar,
    CalendarPost,
    calendar_from_dict,
    calendar_to_dict,
)
from planner.domain.platforms import load_platforms
from planner.planning.exports import export
from planner.planning.context import post_link
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary

URL = "https://kiln.example/shop"
PLATFORMS = load_platforms()


def test_a_pin_and_a_video_always_link_a_caption_that_points_to_one_links():
    brief = Brief(product="stoneware mugs", url=URL)
    assert post_link(brief, PLATFORMS["pinterest"], "pin", "Save this Pin") == URL
    assert post_link(brief, PLATFORMS["youtube"], "video", "Ask below") == URL
    assert post_link(brief, PLATFORMS["instagram"], "static", "Shop: link in bio") == URL
    assert post_link(brief, PLATFORMS["instagram"], "story", "Tap the link sticker") == URL
    assert post_link(brief, PLATFORMS["instagram"], "static", "Tell us below") == ""
    assert post_link(Brief(product="mugs"), PLATFORMS["pinterest"], "pin", "Save this") == ""


def _post(**kw) -> CalendarPost:
    return CalendarPost(date=dt.date(2027, 3, 1), time=dt.time(10), platform="pinterest",
                        stage="conversion", tactic="shop now CTA", template="x", format="pin",
                        text="Our mugs.", **kw)


def test_the_link_round_trips_and_reaches_the_exports():
    cal = Calendar(product="mugs", start=dt.date(2027, 3, 1), end=dt.date(2027, 3, 7),
                   posts=[_post(link=URL), _post()])
    again = calendar_from_dict(calendar_to_dict(cal))
    assert [p.link for p in again.posts] == [URL, ""]
    assert "link" not in calendar_to_dict(cal)["posts"][1]  # empty keys stay out of the file
    rows = list(csv.DictReader(io.StringIO(export(cal, "csv"))))
    assert [r["link"] for r in rows] == [URL, ""]
    assert f"Link: {URL}" in export(cal, "markdown")
    assert f"URL:{URL}" in export(cal, "ics").replace("\r\n ", "")


def test_a_planned_youtube_video_ends_with_the_link_and_every_pin_has_one():
    brief = Brief(product="speckled stoneware mugs", brand="Kiln & Co", url=URL,
                  description="Thrown in a Bristol studio. Every glaze is mixed by hand.",
                  platforms=["youtube", "pinterest"], posts_per_week=4,
                  start=dt.date(2027, 3, 1), weeks=2)
    cal, _ = plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=1))
    pins = [p for p in cal.posts if p.platform == "pinterest"]
    videos = [p for p in cal.posts if p.platform == "youtube" and p.format == "video"]
    assert pins and all(p.link == URL for p in pins)
    assert all(URL in p.text for p in videos)


def test_a_shop_with_no_website_sends_people_to_its_door():
    from planner.domain.brief import brief_from_dict
    from planner.planning.context import template_context

    brief = brief_from_dict({"product": "pan dulce", "sells_on": ["our shop on calle Colima"]})
    assert brief.sells_on == ["our shop on calle Colima"]  # a place keeps its capitals
    ctx = template_context(brief, PLATFORMS["instagram"], "static", "")
    assert ctx["link_hint"] == "find us at our shop on calle Colima"
    assert ctx["go"] == ctx["link_hint"]


def test_youtube_is_subscribed_to():
    from planner.planning.render import _subscribe

    assert _subscribe("Follow us for more") == "Subscribe for more"
    assert _subscribe("Stay close: follow Kiln & Co") == "Stay close: subscribe to Kiln & Co"
    assert _subscribe("Follow along as we glaze") == "Follow along as we glaze"


def test_a_tiktok_shop_seller_sends_tiktok_viewers_to_the_shop_tab():
    from planner.planning.context import template_context

    brief = Brief(product="sunscreen", url=URL, sells_on=["tiktok shop", "website"])
    assert template_context(brief, PLATFORMS["tiktok"], "reel", "")["link_hint"] == \
        "the Shop tab on our profile"
    assert template_context(brief, PLATFORMS["instagram"], "static", "")["link_hint"] != \
        "the Shop tab on our profile"
