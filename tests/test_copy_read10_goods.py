"""What the goods are and how they are used (blind read 10): a wall tile is put up once and
lived with, a sewing pattern is printed and sewn from, a tea is brewed, a salon is booked.

Posts that show goods "in use" pick their words by the use mode read from the brief
(planning/offering.py), or are not picked at all: no "set up", "open the app" or "in real
use" for goods that are displayed or made with; no gift post for goods made by hand or to
order unless the occasion is weeks ahead; a template whose needs are not met never runs.
"""

import datetime as dt

import pytest

from planner.domain.brief import brief_from_dict
from planner.domain.platforms import load_platforms
from planner.planning.context import template_context
from planner.planning.needs import needs_met
from planner.planning.offering import (
    MAKE_DAYS,
    USE_NEEDS,
    gift_lead_days,
    gift_occasion,
    stated_lead_days,
    use_of,
)
from planner.planning.render import TemplateLibrary

LIB = TemplateLibrary()
PLATS = load_platforms()


def _brief(product, **extra):
    base = {"product": product, "platforms": ["instagram", "facebook", "tiktok", "threads"],
            "start": dt.date(2027, 3, 1), "weeks": 3}
    return brief_from_dict(base | extra)


#: product line (and brief keys) -> the use mode and the verb a post says
GOODS = [
    ("hand painted house number tiles", {}, "displayed", "put up"),
    ("botanical art prints", {"description": "Giclée prints on cotton rag paper."}, "displayed", "hang"),
    ("vintage film posters", {}, "displayed", "hang"),
    ("PDF sewing patterns for kids clothes", {"kind": "digital", "action": "download"},
     "made_with", "sew"),
    ("knitting patterns for baby cardigans", {"kind": "digital"}, "made_with", "knit"),
    ("hand-dyed merino sock yarn", {}, "made_with", "knit"),
    ("small-batch Kerala spice blends", {}, "made_with", "cook with"),
    ("soy wax candles", {}, "tool", "light"),
    ("hand-turned maple salad bowls", {}, "tool", "use"),
    ("loose-leaf tea blends", {}, "eaten", "brew"),
    ("handmade pork and chive dumplings at weekend markets", {}, "eaten", "eat"),
    ("waxed cotton jackets", {}, "worn", "wear"),
    ("felted wool slippers", {}, "worn", "wear"),
    ("cooperative board games for families", {}, "played", "play"),
    ("Tally budgeting app", {"kind": "digital", "action": "download"}, "app", "use"),
    ("FretPath guitar lessons app", {"kind": "digital"}, "app", "use"),
    ("an online watercolour course", {"kind": "digital", "action": "enrol"}, "read", "take"),
    ("hair cuts and colour at a neighbourhood salon", {"kind": "service", "action": "book"},
     "service", "book"),
]


@pytest.mark.parametrize("product,extra,mode,verb", GOODS, ids=[g[0][:30] for g in GOODS])
def test_the_use_mode_and_its_verb_are_read_from_the_brief(product, extra, mode, verb):
    use = use_of(_brief(product, **extra))
    assert (use.mode, use.verb) == (mode, verb)


def test_the_mode_comes_from_what_is_sold_not_who_it_is_for():
    # "for kids clothes" names what is made, not something worn
    assert use_of(_brief("PDF sewing patterns for kids clothes", kind="digital")).mode == "made_with"
    # a box or a blend is what the word before it says
    assert use_of(_brief("monthly loose-leaf tea box")).mode == "eaten"
    assert use_of(_brief("hand-painted tile coasters")).mode == "tool"
    # the description says it when the product line does not
    assert use_of(_brief("Northfell", description="Waxed jackets sewn in Yorkshire.")).mode == "worn"
    assert use_of(_brief("Northfell")).mode == ""


def test_verb_forms_a_post_can_say():
    tiles = use_of(_brief("house number tiles"))
    assert (tiles.ing, tiles.done) == ("putting up", "put up")
    pattern = use_of(_brief("sewing patterns", kind="digital"))
    assert (pattern.ing, pattern.made) == ("sewing", "sewn from")
    yarn = use_of(_brief("sock yarn"))
    assert yarn.made == "knitted with"
    spices = use_of(_brief("spice blends"))
    assert spices.made == "cooked with"


# --- templates that show goods in use --------------------------------------------------------

USE_TEMPLATES = ("awareness/guess-the-time", "consideration/see-it-in-action",
                 "awareness/expectation-vs-reality", "awareness/week-in-photos",
                 "awareness/caption-this", "consideration/unboxing-first-look",
                 "loyalty/first-week-guide", "conversion/gift-ready",
                 "consideration/how-to-walkthrough", "advocacy/style-it-your-way",
                 "advocacy/show-us-challenge", "awareness/scroll-stopper-hook",
                 "consideration/which-fits-you-poll")
#: words that treat goods as an app or as an object used "at speed"
APP_OR_USE_WORDS = ("set up", "setup", "open the app", "opens", "in real use", "in use",
                    "mid-use", "in everyday use", "how do you use yours", "a real screen",
                    "doing its job", "its main job")

DISPLAYED_OR_MADE = [
    _brief("hand painted house number tiles"),
    _brief("botanical art prints", brand="Fernleaf", description="Prints on cotton rag paper."),
    _brief("PDF sewing patterns for kids clothes", kind="digital", action="download",
           brand="Bobbin", description="Printable PDF patterns with layered sizes.",
           tips=["Print the test square first and measure it."],
           faqs=[{"question": "How do I print it?", "answer": "On A4 or US letter at 100%."}]),
    _brief("hand-dyed merino sock yarn", brand="Dyepot",
           description="Dyed in small batches in Otago.", tips=["Wind it into a ball first."]),
    _brief("small-batch spice blends", brand="Masala Tin",
           description="Roasted and ground in small batches."),
]


def _renders(brief, template_id, day=dt.date(2027, 3, 3), seeds=4):
    t = LIB.templates[template_id]
    picks = {"tip": brief.facts.tips[0] if brief.facts.tips else None,
             "faq": ({"question": brief.facts.faqs[0].question, "answer": brief.facts.faqs[0].answer}
                     if brief.facts.faqs else None),
             "detail": None}
    for plat_id in brief.platforms + ["youtube", "pinterest"]:
        plat = PLATS[plat_id]
        if not t.suits(plat_id):
            continue
        for fmt in [f for f in t.formats if f in plat.formats][:2]:
            ctx = template_context(brief, plat, fmt, "", picks, day)
            for seed in range(seeds):
                yield LIB.render(t, ctx, f"g{seed}")


@pytest.mark.parametrize("brief", DISPLAYED_OR_MADE, ids=lambda b: b.product[:25])
def test_displayed_and_made_with_goods_are_never_set_up_or_used_at_speed(brief):
    rendered = 0
    for template_id in USE_TEMPLATES:
        if not needs_met(LIB.templates[template_id], brief, dt.date(2027, 3, 3)):
            continue
        for out in _renders(brief, template_id):
            rendered += 1
            said = f"{out.text}\n{out.visual}\n{out.title}".lower()
            for words in APP_OR_USE_WORDS:
                assert words not in said, (template_id, words, said)
    assert rendered  # the goods are still shown: in place, or made with


def test_a_timed_setup_is_for_an_app_or_a_course_only():
    guess = LIB.templates["awareness/guess-the-time"]
    day = dt.date(2027, 3, 3)
    # (a fact to carry, as every run-up template needs: blind read 11)
    fact = {"differentiators": ["works offline", "no account needed"]}
    assert needs_met(guess, _brief("Tally budgeting app", kind="digital", **fact), day)
    assert needs_met(guess, _brief("an online watercolour course", kind="digital", action="enrol",
                                   **fact), day)
    assert not needs_met(guess, _brief("PDF sewing patterns", kind="digital", action="download"), day)
    assert not needs_met(guess, _brief("printable wall art prints", kind="digital"), day)


def test_goods_in_use_are_said_in_their_own_verb():
    day = dt.date(2027, 3, 3)
    said = {}
    for product in ("waxed cotton jackets", "hand painted house number tiles", "loose-leaf tea",
                    "hand-dyed merino sock yarn"):
        brief = _brief(product, brand="Northfell")
        said[product] = " ".join(out.text + out.title for out in
                                 _renders(brief, "advocacy/style-it-your-way", day, seeds=6))
    assert "wear yours" in said["waxed cotton jackets"]
    assert "where did yours end up" in said["hand painted house number tiles"].lower()
    assert "have yours" in said["loose-leaf tea"]
    assert "knitted with yours" in said["hand-dyed merino sock yarn"]
    for text in said.values():
        assert "how do you use yours" not in text.lower()


def test_eaten_goods_get_no_challenge_to_show_where_they_live():
    challenge = LIB.templates["advocacy/show-us-challenge"]
    day = dt.date(2027, 3, 3)
    assert not needs_met(challenge, _brief("pork and chive dumplings"), day)
    assert needs_met(challenge, _brief("felted wool slippers"), day)
    assert needs_met(challenge, _brief("sourdough starter kits"), day)


def test_every_template_that_shows_goods_in_use_declares_how_they_are_used():
    for template_id in ("awareness/guess-the-time", "consideration/see-it-in-action",
                        "awareness/expectation-vs-reality", "advocacy/style-it-your-way",
                        "advocacy/show-us-challenge", "conversion/gift-ready"):
        needs = set(LIB.templates[template_id].needs)
        assert needs & (set(USE_NEEDS) | {"gift_occasion"}), template_id
    # a photo and a week with no fact of the brief are empty frames
    for template_id in ("awareness/week-in-photos", "awareness/caption-this"):
        assert "description" in LIB.templates[template_id].needs


def test_a_template_whose_needs_are_not_met_is_never_picked():
    from planner.planning.plan import PlanOptions, plan_calendar

    for brief in (_brief("hand painted house number tiles", weeks=2),
                  _brief("PDF sewing patterns for kids clothes", kind="digital", action="download",
                         platforms=["instagram", "youtube", "pinterest"], weeks=2)):
        calendar, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=1))
        assert calendar.posts
        for post in calendar.posts:
            assert needs_met(LIB.templates[post.template], brief, post.date), post.template
            assert post.template not in ("awareness/guess-the-time", "conversion/gift-ready")
            said = f"{post.text}\n{post.visual}".lower()
            assert "in real use" not in said and "set up" not in said, post.template


# --- gifts: an occasion far enough ahead for the goods to arrive ----------------------------

FATHERS_DAY = dt.date(2027, 6, 20)


def test_made_to_order_goods_without_a_stated_time_get_no_gift_post_close_to_the_day():
    tiles = _brief("hand painted house number tiles", start=dt.date(2027, 5, 3), weeks=7)
    assert gift_lead_days(tiles) == MAKE_DAYS
    for days_before in range(0, MAKE_DAYS):
        assert gift_occasion(tiles, FATHERS_DAY - dt.timedelta(days=days_before)) == ""
    assert gift_occasion(tiles, FATHERS_DAY - dt.timedelta(days=MAKE_DAYS + 2)) == "Father's Day"
    gift = LIB.templates["conversion/gift-ready"]
    assert not needs_met(gift, tiles, FATHERS_DAY - dt.timedelta(days=4))
    # an ordinary week with no occasion ahead: no gift pitch at all
    assert not needs_met(gift, tiles, dt.date(2027, 7, 5))


def test_a_stated_lead_time_decides_how_early_a_gift_post_goes():
    custom = _brief("custom frame bags", description="Made to a tracing of your frame, about 3 weeks.")
    assert stated_lead_days(custom) == 21
    stock = _brief("loose-leaf tea blends", description="Ships within 2 working days.")
    assert stated_lead_days(stock) == 2
    assert gift_occasion(stock, FATHERS_DAY - dt.timedelta(days=8)) == "Father's Day"
    assert gift_occasion(custom, FATHERS_DAY - dt.timedelta(days=8)) == ""
    # a time to cure or ferment is no time to deliver
    soap = _brief("olive oil soaps", description="Cured for six weeks before they leave us.")
    assert stated_lead_days(soap) is None


def test_a_gift_post_for_made_to_order_goods_is_never_in_the_last_weeks_before_the_day():
    from planner.planning.plan import PlanOptions, plan_calendar

    prints = _brief("botanical art prints", brand="Fernleaf", url="https://fernleaf.example",
                    description="Giclée prints on cotton rag paper, made to order.",
                    start=dt.date(2027, 11, 22), weeks=4, platforms=["instagram", "facebook"])
    calendar, _ = plan_calendar(prints, LIB, options=PlanOptions(seed=1))
    for post in calendar.posts:
        if post.template == "conversion/gift-ready":
            assert (dt.date(2027, 12, 25) - post.date).days >= MAKE_DAYS, post.date


def test_a_gift_call_to_action_fits_where_people_buy():
    gift = LIB.templates["conversion/gift-ready"]
    # (made by hand, three weeks: four weeks ahead, session 26's window)
    day = FATHERS_DAY - dt.timedelta(days=25)
    no_link = _brief("hand painted house number tiles")
    linked = _brief("hand painted house number tiles", url="https://tiles.example", brand="Azul")
    for brief, plat in ((no_link, "threads"), (linked, "facebook")):
        ctx = template_context(brief, PLATS[plat], "static", "", {"detail": None}, day)
        for seed in range(8):
            out = LIB.render(gift, ctx, f"c{seed}")
            assert "Father's Day" in out.text
            if brief is no_link:
                assert "find their gift" not in out.cta.lower()
                assert "message" in out.cta.lower()
