"""Session 29, read 29's findings on main: a description's list of numbers stays one fact
("sizes for 1, 2, 4 and 6 cups" was told as "There's 2." and "There are 4 and 6 cups."), and a
maker's "I" keeps its capital after a lead of ours ("Worth knowing: i can engrave…")."""

from __future__ import annotations

import re

import pytest

from tests.calendar_helpers import posts

#: a one-person maker whose description lists sizes as numbers
MUGS = {
    "product": "enamel camping mugs", "brand": "Kettle & Pine", "solo": True,
    "description": "enamel mugs dipped by hand in our workshop in Brasov, steel core, "
                   "black rim, sizes for 250, 350 and 500 ml, from €14 for the small one. "
                   "I can paint initials on the side for €3",
    "platforms": ["instagram", "pinterest"], "posts_per_week": 4,
    "url": "https://kettleandpine.example",
    "tips": ["Never put an empty mug on a flame, the enamel can crack."],
}


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def test_a_list_of_numbers_in_a_description_is_never_cut_into_bare_numbers():
    said = [s for p in posts(MUGS) for s in _sentences(p.text)]
    assert not [s for s in said if re.fullmatch(r"(?:There's|There are|Good to know: there(?:'s| are))"
                                                 r" (?:\d+|\d+ and \d+)(?: ml)?\.", s)], said
    assert not [s for s in said if re.search(r"\bsizes for 250\.", s)]
    assert any("250, 350 and 500 ml" in s for s in said), said


def test_a_makers_i_keeps_its_capital_after_a_lead():
    text = "\n".join(p.text for p in posts(MUGS))
    assert not re.search(r"(?:^|[:.!?] )i (?:can|paint|make|still)\b", text, re.M), text


#: a service launching a package whose line lists what it holds
STUDIO = {
    "product": "family portrait sessions", "kind": "service", "brand": "Lichtbank Studio",
    "description": "portrait sessions in our daylight studio in Ghent, 60 minutes, €180 "
                   "with ten edited photos",
    "platforms": ["instagram", "facebook", "threads"], "posts_per_week": 4,
    "url": "https://lichtbank.example/book", "action": "book",
    "launch": {"what": "the newborn package: a home session plus prints for the nursery, "
                       "the grandparents and a thank-you card", "date": "2027-01-20"},
}


def test_a_service_launching_a_package_is_told_on_its_day_on_every_platform():
    # (read 29: "package" was refused as parcel language, and the launch was in no post)
    day = [p for p in posts(STUDIO) if p.date.isoformat() == "2027-01-20"]
    told = {p.platform for p in day if "newborn package" in p.text.lower()}
    assert told == set(STUDIO["platforms"]), [(p.platform, p.text) for p in day]


def test_a_launch_line_listing_things_is_never_cut_after_its_first_item():
    text = "\n".join(p.text for p in posts(STUDIO))
    assert not re.search(r"prints for the nursery(?!, the grandparents)", text), text



@pytest.mark.parametrize("register", ["direct", "formal", "gentle", "excitable", "deadpan"])
def test_a_running_offer_is_never_said_to_be_coming_up(register):
    # (read 29: "Coming up: 15% off all rain tents with code DROOG15" six days into the offer;
    # the stock "Note to self:" before an offer line, said in the register's own words)
    from planner.planning.openers import _swap_opener

    for key in "abcdefgh":
        text = _swap_opener("Note to self: 15% off all covers with code DROOG10, until 24 January.",
                            register, "Zadelhoes", "", key)
        assert not re.search(r"(?i)\b(?:coming|soon|save the date|diary|calendar)\b",
                             text.split(":")[0]), text


#: a subscription whose description types two prices in one part
JAM = {
    "product": "monthly jam box", "brand": "Preserve Club", "action": "subscribe",
    "description": "small-batch jams cooked in our kitchen in Hebden Bridge, posted on the "
                   "first Friday of the month, box for 1 £12 a month and box for 3 £30, "
                   "skip a month any time from your account",
    "platforms": ["instagram", "facebook"], "posts_per_week": 3,
    "url": "https://preserveclub.example",
}


def test_two_prices_typed_in_one_part_are_each_said_in_a_clause():
    text = "\n".join(p.text for p in posts(JAM))
    assert "and box for 3 £30" not in text, text
    assert "a month is £12" not in text.lower()
    assert re.search(r"(?i)box for 3 is £30", text), text


#: a practical tool, planned through the weeks before Valentine's Day
PUMPS = {
    "product": "floor pumps for bikes", "brand": "Pompwerk",
    "description": "steel floor pumps built in Tilburg, gauge up to 11 bar, €69",
    "platforms": ["instagram", "facebook"], "posts_per_week": 4,
    "url": "https://pompwerk.example",
}


def test_a_tool_is_no_valentines_present_unless_the_brief_says_gifts():
    import datetime as dt

    start = dt.date(2027, 1, 18)
    assert not [p.text for p in posts(PUMPS, start=start) if "valentine" in p.text.lower()]
    from planner.domain.brief import brief_from_dict
    from planner.planning.offering import gift_occasion

    day = dt.date(2027, 2, 1)
    assert gift_occasion(brief_from_dict(PUMPS), day) == ""
    gifted = {**PUMPS, "audience": "cyclists, and partners looking for a gift for one"}
    assert gift_occasion(brief_from_dict(gifted), day) == "Valentine's Day"
    rings = {**PUMPS, "product": "silver rings", "description": "silver rings made in Tilburg, €69"}
    assert gift_occasion(brief_from_dict(rings), day) == "Valentine's Day"


def test_a_caption_says_a_fact_of_the_goods_never_only_its_photo():
    # (reads 24–29: "Our suncatchers, photographed from above.", "Good light, plain
    # background, our weekly fresh pasta box.", a flat lay "with the everyday things used
    # alongside" for goods nothing goes with)
    for brief in (MUGS, JAM, PUMPS):
        for p in posts(brief):
            assert not re.search(r"(?i)photographed from above|from above, as (?:it's|they're) really"
                                 r"|flat lay of|good light, plain background|nothing else in the frame"
                                 r"|no props this time|in good light\.", p.text), p.text
            assert "everyday things used alongside" not in p.visual


#: a brief that gives only what is sold
SPARSE_COURSE = {"product": "online sourdough baking course for beginners", "kind": "digital",
                 "platforms": ["instagram", "youtube"]}
SPARSE_GOODS = {"product": "hand-thrown porcelain cups", "platforms": ["instagram", "facebook"]}


def test_a_sparse_course_is_taught_and_a_wishes_post_names_the_goods():
    text = "\n".join(p.text for p in posts(SPARSE_COURSE))
    assert "We make an online" not in text and "We teach an online sourdough" in text, text
    goods = "\n".join(p.text for p in posts(SPARSE_GOODS))
    # (blind reads 24–28: options that name nothing)
    assert "Close-ups, the everyday" not in goods
