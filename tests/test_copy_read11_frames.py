"""Empty frames and visuals that do not fit the business (blind read 11).

A template runs only when the brief gives the facts its body needs; a poll is made of the
brief's own facts or not made; a visual shows what the business really does (the work of
a service, the screen of an app) and speaks of minors only for a business with children;
and the critic turns down an awareness, consideration or conversion post that tells no
fact of the brief and says nothing of the goods beyond their name. The briefs here are
made up for the tests, of every kind: sparse, B2B, a service on site, an app.
"""

import datetime as dt
from functools import lru_cache

import pytest

from planner.domain.brief import brief_from_dict
from planner.domain.calendar import CalendarPost
from planner.domain.platforms import load_platforms
from planner.planning.context import template_context
from planner.planning.critic import post_findings, says_nothing, visual_misfits
from planner.planning.needs import needs_met
from planner.planning.plan import PlanOptions, plan_calendar, spared
from planner.planning.polls import poll, poll_sets
from planner.planning.render import TemplateLibrary
from planner.planning.visuals import name_lines

LIB = TemplateLibrary()
PLATS = load_platforms()
DAY = dt.date(2027, 3, 3)
SAYING = ("awareness", "consideration", "conversion")

SPARSE = {
    "product": {"product": "olive wood spoons", "platforms": ["instagram", "pinterest"]},
    "service": {"product": "mobile bicycle repairs", "kind": "service", "brand": "Spokeman",
                "url": "https://spokeman.example", "platforms": ["instagram", "x", "linkedin"]},
    "digital": {"product": "budgeting app for freelancers", "kind": "digital", "brand": "Tally",
                "url": "https://tally.example", "platforms": ["instagram", "x", "tiktok"]},
}

B2B = {
    "product": "commercial kitchen extraction cleaning", "kind": "service", "action": "call",
    "brand": "Ductwise", "b2b": True, "url": "https://ductwise.example",
    "tone": "formal and precise",
    "description": "Grease extraction systems cleaned to TR19 Grease, with before-and-after "
                   "photos and a certificate for your insurer. From £380 per canopy.",
    "platforms": ["linkedin", "x"], "posts_per_week": 2,
    "problems": ["grease build-up in ducts that nobody can see until there is a fire",
                 "an insurer refusing cover without a cleaning certificate",
                 "kitchens that cannot close for a day to be cleaned"],
    "differentiators": ["cleaning done overnight so service is never interrupted",
                        "we do not sell or fit ducting, so there is no reason to fail a system"],
}


def _brief(data, **extra):
    return brief_from_dict({"start": DAY, "weeks": 4} | data | extra)


def _renders(template, brief, keys=4):
    """The template's captions on every platform of the brief that it fits."""
    for pid in brief.platforms:
        plat = PLATS[pid]
        fmts = [f for f in template.formats if f in plat.formats]
        if not template.suits(pid) or not fmts:
            continue
        ctx = template_context(brief, plat, fmts[0], "", {}, DAY) | spared(brief, [], template, DAY)
        for k in range(keys):
            yield pid, fmts[0], LIB.render(template, ctx, f"t|{pid}|{k}")


@lru_cache(maxsize=None)
def _plan(name):
    data = SPARSE.get(name) or B2B
    brief = _brief(data)
    return brief, plan_calendar(brief, LIB, options=PlanOptions(seed=1))[0]


# -- (1) no template of the run-up runs on a brief that gives no fact ------------------------

@pytest.mark.parametrize("kind", sorted(SPARSE))
def test_no_awareness_consideration_or_conversion_template_runs_without_a_fact(kind):
    """Only the fact-light last-resort templates run on a brief with no fact, and each of
    their posts says what the business is (the product line said as our sentence), so
    none is an empty frame (blind read 14: sparse calendars never said what it is)."""
    brief = _brief(SPARSE[kind])
    # (a sparse brief's own templates, need "sparse", do one job each: tests/test_sparse_jobs.py)
    running = [t for stage in SAYING for t in LIB.for_stage(stage) if needs_met(t, brief, DAY)
               and "sparse" not in t.needs]
    assert running and all(t.last_resort for t in running), [t.id for t in running]
    for template in running:
        for _pid, _fmt, r in _renders(template, brief):
            assert not says_nothing(r.text, r.title, brief), (template.id, r.text)


@pytest.mark.parametrize("kind", sorted(SPARSE))
def test_a_sparse_brief_gets_no_frame_in_the_run_up(kind):
    brief, cal = _plan(kind)
    for post in cal.posts:
        if post.stage in SAYING:
            assert not says_nothing(post.text, post.title, brief), post.text


def test_an_ask_us_post_carries_a_fact_of_the_brief():
    brief = _brief(B2B)
    for tid in ("consideration/ask-us-anything", "consideration/honest-fit-check",
                "conversion/ask-before-you-commit"):
        template = LIB.get(tid)
        assert "a_fact" in template.needs
        for _pid, _fmt, r in _renders(template, brief):
            assert not says_nothing(r.text, r.title, brief), (tid, r.text)
            assert "standing offer" not in r.text.lower()


def test_a_review_request_says_what_is_reviewed():
    brief = _brief(B2B)
    template = LIB.get("advocacy/honest-review-ask")
    for _pid, _fmt, r in _renders(template, brief, keys=12):
        first = r.text.splitlines()[0]
        assert "Ductwise" in first or "extraction cleaning" in first, r.text
        assert "Over to you" not in r.text


def test_a_review_where_you_bought_needs_a_marketplace_and_is_no_pin():
    template = LIB.get("advocacy/review-where-you-bought")
    assert not needs_met(template, _brief(SPARSE["product"]), DAY)
    assert needs_met(template, _brief(SPARSE["product"], sells_on=["etsy"]), DAY)
    assert not template.suits("pinterest")


def test_a_week_in_photos_carries_no_price_line():
    brief = _brief(B2B)
    template = LIB.get("awareness/week-in-photos")
    for _pid, _fmt, r in _renders(template, brief):
        assert "£380" not in r.text


def test_a_problem_post_does_not_ask_the_same_question_twice():
    brief = _brief(B2B)
    template = LIB.get("awareness/name-the-problem")
    for _pid, _fmt, r in _renders(template, brief, keys=12):
        assert "sound familiar" not in r.text.lower()
        assert "follow us for practical fixes" not in r.text.lower()


def test_an_open_what_next_question_is_not_put_to_a_service():
    template = LIB.get("loyalty/what-next-poll")
    assert not needs_met(template, _brief(B2B), DAY)


# -- (2) polls are made of the brief's facts -----------------------------------------------

def test_poll_options_are_the_briefs_facts_cut_to_a_whole_point():
    brief = _brief(B2B)
    sets = poll_sets(brief)
    assert sets["differentiators"] == ["Cleaning done overnight so service is never interrupted",
                                       "We do not sell or fit ducting"]
    two = poll(brief, 2, ("differentiators",))
    assert two["options"] == sets["differentiators"] and not two["native"]


def test_no_poll_without_facts_to_make_it_of():
    brief = _brief(SPARSE["service"])
    assert poll_sets(brief) == {}
    for tid in ("consideration/which-fits-you-poll", "loyalty/content-poll"):
        assert not needs_met(LIB.get(tid), brief, DAY)


@pytest.mark.parametrize("tid,size", [("consideration/which-fits-you-poll", 2),
                                      ("loyalty/content-poll", 3)])
def test_a_poll_lists_the_briefs_own_options(tid, size):
    brief = _brief(B2B, problems=["grease in the ducts", "no cleaning certificate",
                                  "a kitchen that cannot close"])
    template = LIB.get(tid)
    assert needs_met(template, brief, DAY)
    facts = [p.lower() for p in brief.facts.problems + brief.facts.differentiators]
    for pid, fmt, r in _renders(template, brief):
        options = [line.split(" ", 1)[1] for line in r.text.splitlines()
                   if line[:2] in ("A)", "B)", "1.", "2.", "3.")]
        assert len(options) == size, r.text
        for option in options:
            assert any(f.startswith(option.lower()) for f in facts), option
        for generic in ("Behind the scenes", "How we work", "The price"):
            assert generic not in r.text


# -- (3) visuals fit the business ----------------------------------------------------------

def test_a_visual_speaks_of_minors_only_for_a_business_with_children():
    visual = "Real photos from the week, and a parent's OK for anyone under 18 in shot"
    assert visual_misfits(visual, _brief(B2B))
    assert not visual_misfits(visual, _brief(SPARSE["service"], audience="parents of kids aged 5-11"))


def test_a_service_or_an_app_is_not_photographed_as_an_object():
    assert visual_misfits("A plain graphic with a small photo of the mobile bicycle repairs",
                          _brief(SPARSE["service"]))
    assert not visual_misfits("A photo of the mobile bicycle repairs work being done",
                              _brief(SPARSE["service"]))
    assert not visual_misfits("A small photo of the olive wood spoons",
                              _brief(SPARSE["product"]))
    # a service held in a place may show the place
    rooms = _brief({"product": "escape rooms in an old cellar", "kind": "service"})
    assert not visual_misfits("A countdown over a photo of escape rooms in an old cellar", rooms)
    assert visual_misfits("A countdown over a photo of budgeting app", _brief(SPARSE["digital"]))


@pytest.mark.parametrize("data", [B2B, SPARSE["service"] | {"description": "We come to you."},
                                  SPARSE["digital"] | {"description": "Sorts receipts for you."}])
def test_no_built_in_visual_misfits_the_kind_of_business(data):
    brief = _brief(data, differentiators=["no call-out fee", "same-day slots"],
                   tips=["Check the pressure weekly."], story=["Started in 2019."],
                   quotes=[{"text": "Quick and tidy.", "by": "Sam"}],
                   offer={"code": "SAVE10", "discount": "10% off", "ends": DAY + dt.timedelta(days=2)})
    for stage in (*SAYING, "loyalty", "advocacy"):
        for template in LIB.for_stage(stage):
            if needs_met(template, brief, DAY):
                for _pid, _fmt, r in _renders(template, brief, keys=3):
                    assert not visual_misfits(r.visual, brief), (template.id, r.visual)


def test_a_b2b_calendar_shows_no_desks_or_minors_and_no_generic_poll():
    brief, cal = _plan("b2b")
    assert cal.posts
    for post in cal.posts:
        assert "under 18" not in post.visual and "whiteboard" not in post.visual
        assert "What is missing" not in post.text and "Behind the scenes" not in post.text


# -- (4) the critic turns down a post that is all frame ---------------------------------------

def _post(text, stage="consideration", title=""):
    return CalendarPost(date=DAY, time="10:00", platform="x", stage=stage, tactic="t",
                        template="x/y", format="text", text=text, title=title)


def test_the_critic_turns_down_a_post_of_frames_only():
    brief = _brief(B2B)
    frame = ("Almost decided on our commercial kitchen extraction cleaning, with one or two "
             "things left to check?\nSend us your question.")
    assert says_nothing(frame, "", brief)
    assert ("empty-frame" in {r for r, _ in post_findings(_post(frame), brief)})
    told = frame.replace("check?", "check? We do not sell or fit ducting.")
    assert not says_nothing(told, "", brief)
    # a loyalty post talks to customers: it is not held to a fact
    assert "empty-frame" not in {r for r, _ in post_findings(_post(frame, "loyalty"), brief)}


def test_a_sparse_brief_passes_only_with_something_said_of_the_goods():
    # (a brief of a product line alone plans its own few posts, one job each, and the critic
    # reads none of them as a frame: planning/sparse.py; one fact more and it reads them)
    brief = _brief(SPARSE["product"] | {"audience": "home cooks"})
    assert says_nothing("Our olive wood spoons, in real use and at real speed.", "", brief)
    assert not says_nothing("Every spoon is carved from one piece of olive wood.", "", brief)


def test_an_offer_code_or_an_event_told_is_a_fact():
    brief = _brief(B2B, offer={"code": "DUCT10", "discount": "10% off a first clean"})
    assert not says_nothing("Use DUCT10 when you book: link in bio", "", brief)


def test_what_the_name_itself_states_is_a_fact_a_sparse_post_may_carry():
    brief = _brief({"product": "hand-thrown stoneware mugs", "platforms": ["instagram"]})
    assert name_lines(brief) == ["Each of our mugs is thrown by hand."]
    assert name_lines(_brief({"product": "hand-dyed merino sock yarn"})) == ["Our yarn is dyed by hand."]
    assert name_lines(_brief(SPARSE["product"])) == []  # no guess at a material or a use
    template = LIB.get("consideration/ask-us-anything")
    assert needs_met(template, brief, DAY)
    for _pid, _fmt, r in _renders(template, brief):
        assert "thrown by hand" in r.text and not says_nothing(r.text, r.title, brief)
