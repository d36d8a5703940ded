"""Copy after blind read 28 (s29, helper c): words that fit the kind of goods (a lending
library is subscribed to, never "sold" or "ordered"; a walking-tour app is walked, not only
looked at on a screen), and the brief's voice. Every brief here is our own."""

from __future__ import annotations

import re

from tests.calendar_helpers import plan

#: a board-game lending library by post, subscribed to by the month
_GAMES = {
    "product": "board game library by post", "kind": "product", "brand": "Dice Drawer",
    "description": "each month we send you a family board game from a shelf of 300, you send it "
                   "back in the prepaid box when you've had enough and the next one on your list "
                   "goes out, one game at a time £14 a month, every game is checked for missing "
                   "pieces before it leaves Leeds, stop whenever you like",
    "audience": "families with young children, student houses, couples who play on Sunday nights",
    "tone": "friendly and clear",
    "platforms": ["instagram", "facebook", "threads", "tiktok"], "posts_per_week": 5,
    "url": "https://dicedrawer.co.uk", "action": "subscribe",
    "tips": ["Read the rules out loud once before the first game, not during it."],
    "differentiators": ["every game is checked for missing pieces before it leaves Leeds"],
}

_SHOP_WORDS = re.compile(r"(?i)\b(?:sells?|a real order|ordered from|photographed for the shop|"
                         r"the desk where orders|ships from|packed the way every order|"
                         r"away from the shop)\b")


def test_a_lending_library_is_never_sold_ordered_or_shot_for_a_shop():
    cal = plan(_GAMES, weeks=4)
    said = [p.text + "\n" + p.visual + "\n" + p.title for p in cal.posts]
    shop = [s for s in said if _SHOP_WORDS.search(s)]
    assert not shop, shop
    # and never the library itself as a thing on a table: its games are what is shown
    things = [s for s in said
              if re.search(r"(?i)(?:photo|clip|unboxing|shot|look at|carousel) of (?:the |our )?"
                           r"board game library", s)
              or re.search(r"(?i)board game library(?:, photographed| in real use|, in good light)", s)]
    assert not things, things


def test_a_lending_library_says_what_it_is_without_selling():
    # a description that opens on the plan's name, as a list: "We sell a family plan." before
    for description in (_GAMES["description"],
                        "family plan, we send you a board game from a shelf of 300, you send it "
                        "back in the prepaid box when you're done, £14 a month, stop whenever "
                        "you like"):
        cal = plan(dict(_GAMES, description=description, posts_per_week=3), weeks=4)
        sold = [line for p in cal.posts for line in p.text.splitlines()
                if re.search(r"(?i)\bsells?\b", line)]
        assert not sold, sold


#: an audio walking tour of an old harbour quarter, an app with nothing else said
_HARBOUR = {"product": "audio walking tour app for the old harbour quarter of Gdańsk",
            "kind": "digital", "platforms": ["tiktok", "instagram"]}


def test_a_walking_tour_app_is_shown_out_on_the_street():
    cal = plan(_HARBOUR, weeks=4)
    visuals = [p.visual for p in cal.posts]
    assert visuals
    assert not [v for v in visuals if "on a real screen" in v or "screen recording" in v], visuals
    assert all("street" in v for v in visuals), visuals
    # an app's week is never "straight from the camera roll"
    assert not any("camera roll" in p.text.lower() for p in cal.posts)


#: a gentle piano teacher's studio, with an offer, a giveaway and a new lesson time
_PIANO = {
    "product": "piano lessons for adult beginners", "kind": "service", "brand": "Quiet Keys Studio",
    "description": "one-to-one piano lessons in a sunny front room in Dunedin, 45 minutes, "
                   "$55 a lesson, the first lesson is a free chat at the piano",
    "audience": "adults who always wanted to play and feel too old to start",
    "tone": "gentle, patient, no pressure at all, our students are nervous enough",
    "platforms": ["instagram", "facebook"], "posts_per_week": 4,
    "url": "https://quietkeys.nz/book", "action": "book",
    "giveaway": "a set of three beginner songbooks chosen by the teacher",
    "giveaway_ends": "2027-01-21",
    "offer": {"code": "FIRSTKEYS", "discount": "20% off a block of four lessons",
              "starts": "2027-01-04", "ends": "2027-01-24"},
    "launch": {"what": "Sunday afternoon lessons for people who work all week",
               "date": "2027-01-18"},
    "tips": ["Play for ten minutes a day rather than an hour on Sunday."],
}


def test_a_no_pressure_brief_hears_no_countdown_hype_or_deadline_push():
    cal = plan(_PIANO, weeks=4)
    assert cal.posts
    pushed = [p.visual for p in cal.posts
              if re.search(r"(?i)(?<!no )countdown", p.visual)
              or re.search(r"LAST CALL|FINAL DAYS", p.visual)]
    assert not pushed, pushed
    hype = [p.text for p in cal.posts
            if re.search(r"(?i)giveaway time|up for grabs|before it ends|hurry|don't miss|"
                         r"last call|last chance", p.text)]
    assert not hype, hype
    shouted = [p.text for p in cal.posts if "!" in p.text]
    assert not shouted, shouted


def test_a_new_lesson_time_is_introduced_not_arriving():
    cal = plan(_PIANO, weeks=4)
    launch = [p.text for p in cal.posts if "Sunday afternoon lessons" in p.text]
    assert launch
    wrong = [t for t in launch if re.search(r"(?i)arriving today|we welcome our new|"
                                            r"see it for yourself", t)]
    assert not wrong, wrong


#: a maker of hand-thrown planters launching a new glaze, with no price for the new line
_PLANTERS = {
    "product": "hand-thrown stoneware planters", "kind": "product", "brand": "Kiln and Fern",
    "description": "thrown one at a time in my garden studio in Ghent, with a drainage hole and "
                   "a matching saucer, small planters from €28, large ones €46",
    "tone": "warm and friendly", "platforms": ["instagram", "threads", "pinterest"],
    "posts_per_week": 4, "url": "https://kilnandfern.be", "solo": True,
    "launch": {"what": "a new line of stoneware planters in a speckled sea-green glaze",
               "date": "2027-01-18"},
}


def test_a_launch_without_its_own_price_is_never_said_to_cost_the_usual_price():
    cal = plan(_PLANTERS, weeks=3)
    claimed = [p.text for p in cal.posts
               if re.search(r"(?i)usual price|like the rest of the range", p.text)]
    assert not claimed, claimed


_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")

#: a cheeky hot-sauce maker who wants to sound like a mate, never a shop
_SAUCE = {
    "product": "small-batch fermented hot sauces", "kind": "product", "brand": "Angry Pepper Co",
    "description": "fermented for six weeks in our Wellington kitchen, three heat levels, "
                   "150ml bottles from $14, a tasting set of three for $38",
    "tone": "cheeky, playful, emoji ok, talk like a mate at a barbecue, not like a shop",
    "platforms": ["instagram", "tiktok", "youtube"], "posts_per_week": 5,
    "url": "https://angrypepper.co.nz",
    "offer": {"code": "HOTSUMMER", "discount": "15% off tasting sets",
              "starts": "2027-01-04", "ends": "2027-01-17"},
    "differentiators": ["fermented for six weeks, never cooked with vinegar shortcuts"],
    "tips": ["Shake the bottle: the good stuff settles at the bottom."],
}


def test_a_not_like_a_shop_brief_hears_no_shop_talk():
    cal = plan(_SAUCE, weeks=3)
    shop = [p.text for p in cal.posts
            if re.search(r"(?m)^(?:Shop with|Shop now|Shop here|Shop:|We sell )|when you shop",
                         p.text)]
    assert not shop, shop


def test_a_cheeky_brief_is_heard_on_youtube_too():
    cal = plan(_SAUCE, weeks=3)
    tube = [p for p in cal.posts if p.platform == "youtube"]
    assert tube
    flat = [p.text for p in tube if not _EMOJI.search(p.text) and "!" not in p.text]
    assert not flat, flat
