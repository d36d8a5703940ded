"""Calendar-wide repetition rules (planning/overtold.py): a sentence, a fact, a call to action
or a visual told over and over across one calendar, every platform and week at once."""

import datetime as dt

from planner.domain.brief import brief_from_dict
from planner.planning.lint import lint_calendar
import pytest

from planner.planning.overtold import Ledger, brief_facts, cta_key, offer_key, offer_terms
from planner.planning.render import TemplateLibrary
from tests.ledger_helpers import lint_rules, make_post

START = dt.date(2027, 5, 3)

BIKES = brief_from_dict({
    "product": "bike repairs", "brand": "Roda Viva", "kind": "service",
    "description": "Bike repairs and servicing in Porto. A full service is €45. "
                   "Call or WhatsApp +351 912 345 678.",
    "audience": "commuters and weekend riders in Porto",
    "platforms": ["instagram", "facebook", "tiktok"],
    "customer_perk": "a free chain clean with every full service",
    "reviews": "4.8 on Google from 310 reviews",
    "differentiators": ["Most repairs are done the same day"], "no_repeats": True,
    # (two posts a week over three platforms: the base cap and window, not those of a brief
    # of few facts for many posts)
    "posts_per_week": 2,
})

POTTERY = brief_from_dict({
    "product": "stoneware mugs", "brand": "Kiln & Co", "kind": "product",
    "description": "Hand-thrown stoneware mugs, glazed in small batches.",
    "platforms": ["instagram", "facebook", "pinterest"],
    "offer": {"code": "KILN20", "discount": "20% off", "ends": dt.date(2027, 5, 20),
              "starts": dt.date(2027, 5, 3)},
    "giveaway": "a set of four speckled mugs", "giveaway_ends": dt.date(2027, 5, 16),
    "no_repeats": True,
})


def post(day, text, **kw):
    return make_post(START, day, text, **kw)


def findings(posts, brief, weeks=4):
    return lint_rules(posts, brief, START, weeks)


def rule_posts(posts, brief, rule, weeks=4):
    return [i for i, r in findings(posts, brief, weeks) if r == rule]


PLATS = ["instagram", "facebook", "tiktok"]


def test_a_sentence_in_three_posts_is_overused_whatever_the_platform_and_distance():
    line = "Saddles are adjusted while you wait."
    posts = [post(0, f"Spring is here. {line}", platform="instagram"),
             post(9, f"Flat tyre again? {line}", platform="facebook"),
             post(24, f"{line} Ask us anything.", platform="tiktok")]
    assert rule_posts(posts, BIKES, "sentence-overused") == [3]
    assert rule_posts(posts[:2], BIKES, "sentence-overused") == []


def test_a_short_sentence_counts_and_links_and_hashtags_do_not_tell_it_apart():
    posts = [post(d, f"Gears feel sticky? Brakes squeak? Open every day. https://x.example/{d} #porto{d}",
                  platform=PLATS[d % 3]) for d in range(3)]
    assert 3 in rule_posts(posts, BIKES, "sentence-overused")


def test_the_offer_code_and_date_words_are_subtracted_before_comparing():
    # three posts that say nothing but the offer's terms around one sentence of their own
    posts = [post(d, f"Fresh from the kiln this week. Use KILN20 by May 20.",
                  platform=p) for d, p in ((0, "instagram"), (8, "facebook"), (16, "pinterest"))]
    assert 3 in rule_posts(posts, POTTERY, "sentence-overused")


def test_two_offer_posts_never_share_their_offer_sentence():
    posts = [post(0, "New glazes are in.\n\n20% off with code KILN20, until May 20."),
             post(5, "Mugs for slow mornings.\n\n20% off with code KILN20, until May 20.",
                  platform="facebook")]
    assert rule_posts(posts, POTTERY, "sentence-overused") == [2]
    posts[1] = post(5, "Mugs for slow mornings.\n\nUntil May 20: 20% off with code KILN20.",
                    platform="facebook")
    assert rule_posts(posts, POTTERY, "sentence-overused") == []
    # the same sentence with only the day's words changed is the same wording
    posts = [post(0, "Mugs.\n\nWith code KILN20, you get 20% off, until May 20 2027."),
             post(16, "Mugs.\n\nWith code KILN20, you get 20% off, until tomorrow, May 20.",
                  platform="facebook")]
    assert rule_posts(posts, POTTERY, "sentence-overused") == [2]


def test_a_fact_told_twice_on_one_platform_is_overtold():
    posts = [post(0, "Chains wear out. 4.8 on Google from 310 reviews."),
             post(10, "Winter wheels done right. 4.8 on Google from 310 reviews.")]
    assert rule_posts(posts, BIKES, "fact-overtold") == [2]


def test_a_fact_over_the_calendar_cap_is_overtold_even_on_other_platforms():
    posts = [post(0, "Service day. A full service is €45.", platform="instagram"),
             post(3, "Brake pads done. It costs €45 for the works.", platform="facebook"),
             post(6, "Before/after. €45 all in.", platform="tiktok")]
    # four weeks: a fact in two posts at most
    assert rule_posts(posts, BIKES, "fact-overtold") == [3]
    # twelve weeks: in six
    assert rule_posts(posts, BIKES, "fact-overtold", weeks=12) == []


def test_the_contact_line_and_the_perk_are_facts_too():
    keys = {f.key for f in brief_facts(BIKES)}
    assert {"what-it-is", "price", "contact", "perk", "reviews", "audience"} <= keys
    posts = [post(d, f"Story {d}. Call or WhatsApp +351 912 345 678.", platform=PLATS[d])
             for d in range(3)]
    assert 3 in rule_posts(posts, BIKES, "fact-overtold")


def test_the_same_call_to_action_in_three_posts_is_overused_with_its_link_removed():
    posts = [post(0, "A", cta="Book a service: https://rodaviva.example/book", platform="instagram"),
             post(4, "B", cta="Book a service (link in bio)", platform="facebook"),
             post(20, "C", cta="Book a service:", platform="tiktok")]
    assert cta_key(posts[0].cta) == cta_key(posts[1].cta) == "book a service"
    assert rule_posts(posts, BIKES, "cta-overused") == [3]


def test_the_same_visual_twice_on_one_platform_is_reused():
    shot = "Close-up of a mechanic truing a wheel on the stand."
    posts = [post(0, "One.", visual=shot), post(2, "Two.", visual=shot, platform="facebook"),
             post(20, "Three.", visual=shot)]
    assert rule_posts(posts, BIKES, "visual-reused") == [3]


def test_a_giveaway_post_may_say_its_prize_and_close_date_on_every_platform():
    posts = [post(d, "Win a set of four speckled mugs! Entries close Sunday, May 16. "
                     "This giveaway is not sponsored by Instagram.", platform=p,
                  template="loyalty/follow-giveaway")
             for d, p in ((0, "instagram"), (1, "facebook"), (2, "pinterest"))]
    assert rule_posts(posts, POTTERY, "sentence-overused") == []


def test_the_ledger_tells_the_planner_before_it_writes():
    ledger = Ledger(BIKES, 4)
    line = "Bring it in before nine, ride home by six."
    for d in range(2):
        ledger.add(post(d, line, platform=PLATS[d]))
    assert any(r == "sentence-overused" for r, _ in ledger.findings(post(5, line, platform="tiktok")))


@pytest.fixture(scope="module")
def library():
    return TemplateLibrary()


# -- the planner obeys: a calendar it writes lints clean of the four rules ------------------

NEW_RULES = {"sentence-overused", "fact-overtold", "cta-overused", "visual-reused"}

PRINTS = {
    "product": "botanical linocut prints", "brand": "Fern & Ink", "kind": "product",
    "description": "Hand-printed A4 and A3 linocut prints of native ferns, printed on cotton "
                   "rag paper. A4 prints are £28.",
    "audience": "plant lovers decorating small flats",
    "platforms": ["instagram", "pinterest", "facebook"], "sells_on": ["etsy"],
    "posts_per_week": 4, "weeks": 4, "start": dt.date(2027, 6, 7), "country": "GB",
    "free_shipping": "on UK orders over £40",
    "differentiators": ["every print is carved and pulled by hand",
                        "each edition is capped at 50 prints"],
    "story": ["I carved my first fern block at the kitchen table in 2021."],
    "tips": ["Hang prints out of direct sun so the ink stays crisp."],
    "reviews": "4.9 stars from 260 Etsy reviews",
    "offer": {"code": "FERN10", "discount": "10% off", "starts": dt.date(2027, 6, 14),
              "ends": dt.date(2027, 6, 24)},
    "no_repeats": True,
}


def test_a_planned_calendar_tells_nothing_over_and_over(library):
    from planner.planning.plan import PlanOptions, plan_calendar

    b = brief_from_dict(PRINTS)
    cal, _ = plan_calendar(b, library, options=PlanOptions(seed=1))
    found = [f.line() for f in lint_calendar(cal, b) if f.rule in NEW_RULES]
    assert found == []
    # the offer is still said on every platform inside its window, each time in new words
    offer_posts = [p for p in cal.posts if "FERN10" in p.text]
    assert {p.platform for p in offer_posts} == set(b.platforms)
    assert len(cal.posts) >= 14


def test_offer_lines_rotate_past_a_wording_already_said():
    from planner.planning.context import _offer_line

    offer = {"code": "FERN10", "discount": "10% off", "until": "June 24", "noun": True}
    brief = brief_from_dict(PRINTS)
    ctx = {"offer": offer, "go": "Shop", "platform": "instagram", "names": ()}
    day = dt.date(2027, 6, 15)
    first = _offer_line("Prints.\n\nShop now", "Shop now", ctx, "conversion", brief, day)
    line = first.split("\n\n")[1]
    said = frozenset({offer_key(line, offer_terms(brief))})
    again = _offer_line("Prints.\n\nShop now", "Shop now", ctx | {"offer_said": said},
                        "conversion", brief, day)
    assert again.split("\n\n")[1] != line


def test_what_it_is_may_reach_each_platform_once_however_short_the_cap():
    # three platforms, a four-week cap of two: each platform's followers are told once
    posts = [post(d * 3, f"Hello there {d}. Roda Viva offers bike repairs.", platform=p)
             for d, p in enumerate(PLATS)]
    assert rule_posts(posts, BIKES, "fact-overtold") == []
    posts.append(post(12, "Back again. Bike repairs are what we do.", platform="instagram"))
    assert rule_posts(posts, BIKES, "fact-overtold") == [4]


def test_the_rules_and_the_ledger_apply_only_to_a_brief_that_asks_for_no_repeats(library):
    from planner.domain.brief import brief_to_dict
    from planner.planning.plan import PlanOptions, plan_calendar

    assert brief_to_dict(brief_from_dict(PRINTS))["no_repeats"] is True
    relaxed = brief_from_dict({k: v for k, v in PRINTS.items() if k != "no_repeats"})
    assert "no_repeats" not in brief_to_dict(relaxed)
    line = "Bring it in before nine, ride home by six."
    posts = [post(d, line, platform=PLATS[d]) for d in range(3)]
    assert rule_posts(posts, BIKES, "sentence-overused") == [3]
    loose = brief_from_dict({**brief_to_dict(BIKES), "no_repeats": False})
    assert rule_posts(posts, loose, "sentence-overused") == []
    strict, _ = plan_calendar(brief_from_dict(PRINTS), library, options=PlanOptions(seed=1))
    plain, _ = plan_calendar(relaxed, library, options=PlanOptions(seed=1))
    # the planner turns down what the ledger finds only when asked to
    assert len(plain.posts) >= len(strict.posts)
    assert not [f for f in lint_calendar(plain, relaxed) if f.rule in NEW_RULES]


@pytest.mark.parametrize("text, strict", [
    ("we sell soy candles on etsy, ig 3x a week. please no repeats", True),
    ("soy candles, etsy. never repeat the same line twice pls", True),
    ("candles on etsy, don't repeat yourself across platforms", True),
    ("soy candles on etsy, repeat customers love our vanilla one", False),
    ("soy candles, ig 3x a week", False),
])
def test_the_chat_reads_a_seller_asking_for_no_repeats(text, strict):
    from planner.chat.session import ChatSession

    chat = ChatSession()
    reply = chat.respond(text).text
    assert chat.brief.facts.no_repeats is strict
    assert ("no repeats" in reply) is strict


def test_without_no_repeats_no_sentence_is_in_a_third_post_of_four_weeks(library):
    """Every brief: a line of ours or of the brief (a price, what it is) in two posts of a
    calendar at most (the ledger applies with or without ``no_repeats``)."""
    from planner.planning.overtold import overtold_findings
    from planner.planning.plan import PlanOptions, plan_calendar

    course = {"product": "online sourdough course", "brand": "Crumb Lab", "kind": "digital",
              "description": "Eight video lessons, from starter to shaped loaf. $49 one time, "
                             "lifetime access, works on any phone.",
              "platforms": ["instagram", "tiktok", "facebook"], "posts_per_week": 5,
              "start": dt.date(2027, 6, 7), "weeks": 4,
              "differentiators": ["every lesson filmed in a home kitchen, not a bakery"]}
    for seed in (1, 2):
        b = brief_from_dict(course)
        cal, _ = plan_calendar(b, library, options=PlanOptions(seed=seed))
        assert cal.posts
        assert [m for _, rule, m in overtold_findings(cal.posts, b, 4)
                if rule == "sentence-overused" and "offer" not in m] == []
