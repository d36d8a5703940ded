"""Regenerating a planned post the way the seller asked (planner/planning/variations.py):
each variation really moves the rendered post that way, or says why it can't."""

from __future__ import annotations

import pytest

from planner.domain.brief import load_brief
from planner.errors import PlannerError
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.variations import (
    casualness,
    contract,
    expand,
    own_words,
    salesiness,
    seller_words,
    vary_post,
)

BRIEF = """
product = "Glow soy candles"
brand = "Glow & Co"
description = "hand-poured soy candles in recycled glass jars, scented with essential oils"
platforms = ["instagram", "tiktok", "pinterest"]
sells_on = ["amazon"]
posts_per_week = 5
start = 2026-12-07
weeks = 2
problems = ["scented candles that leave you with a headache by the second hour"]
differentiators = ["poured from soy wax and essential oils, with no paraffin and no synthetic fragrance"]
story = ["Maya poured the first Glow candles in her kitchen in 2021, after giving up on ones that made her sneeze."]
tips = ["Trim the wick to 5 mm before every burn for a clean, steady flame."]
quotes = [{ text = "The first candle that doesn't give me a headache.", by = "Dana, Amazon review" }]

[offer]
code = "GLOW15"
discount = "15% off"
ends = 2026-12-14
"""


@pytest.fixture(scope="module")
def planned(tmp_path_factory):
    path = tmp_path_factory.mktemp("brief") / "brief.toml"
    path.write_text(BRIEF)
    brief = load_brief(str(path))
    library = TemplateLibrary()
    cal, _ = plan_calendar(brief, library, options=PlanOptions())
    return brief, library, cal


def offer_posts(brief, cal):
    """The posts that push the offer: a thank-you after it ended may name it, not sell it."""
    return [i for i, p in enumerate(cal.posts) if brief.offer.code in p.full_text()
            and p.date <= brief.offer.ends]


def test_less_salesy_drops_the_code_and_sells_less(planned):
    brief, library, cal = planned
    pushed = offer_posts(brief, cal)
    assert pushed, "the plan should push the offer somewhere"
    for i in pushed:
        old = cal.posts[i]
        new = vary_post(cal, i, brief, library, "softer")
        assert salesiness(new, brief) < salesiness(old, brief)
        assert brief.offer.code not in new.full_text()
        assert (new.date, new.time, new.platform) == (old.date, old.time, old.platform)


def test_shorter_is_shorter_and_keeps_the_slot(planned):
    brief, library, cal = planned
    changed = 0
    for i, old in enumerate(cal.posts):
        try:
            new = vary_post(cal, i, brief, library, "shorter")
        except PlannerError as exc:
            assert "already as short" in str(exc)
            continue
        changed += 1
        assert len(new.full_text()) <= 0.9 * len(old.full_text())
        assert (new.date, new.platform, new.stage) == (old.date, old.platform, old.stage)
        if brief.offer.code in old.full_text():
            assert brief.offer.code in new.full_text()  # a shorter offer post still tells it
    # a post that carries its fact has less to cut (blind read 11), and this calendar is
    # mostly offer posts already at their shortest wording (read 13: the Pin tells the
    # offer on its first day, as a code card): a fifth at least
    assert changed >= len(cal.posts) // 5


def test_casual_and_formal_change_the_register(tmp_path):
    # eight weeks, so that more than the offer fortnight's plain offer posts are in it (a
    # casual wording is often an ask with no fact in it, which a platform gets once a week;
    # a once-a-week Pinterest now spends two posts on the offer, its first day and last call)
    path = tmp_path / "brief.toml"
    path.write_text(BRIEF.replace("weeks = 2", "weeks = 8"))
    brief, library = load_brief(str(path)), TemplateLibrary()
    cal, _ = plan_calendar(brief, library, options=PlanOptions())
    casual = formal = 0
    for i, old in enumerate(cal.posts):
        try:
            new = vary_post(cal, i, brief, library, "casual")
            casual += 1
            # (another wording two steps more casual, or the post itself reworded: chat
            # test 38 heard every "more casual" of a short post refused)
            assert casualness(new.text) > casualness(old.text)
            assert new.text != old.text
        except PlannerError as exc:
            assert "more casual" in str(exc)
        try:
            new = vary_post(cal, i, brief, library, "formal")
            formal += 1
            assert casualness(new.text) < casualness(old.text)
            assert "!" not in new.text
        except PlannerError as exc:
            assert "more formal" in str(exc)
    assert casual >= 3 and formal >= 3


def test_more_like_me_carries_the_sellers_own_words(planned):
    brief, library, _ = planned
    # one week: the two weeks' calendar tells each of the seller's facts in one post (no
    # sentence twice), leaving no post a wording with more of their words; a week leaves
    # some untold for "more like me" to bring in
    cal, _ = plan_calendar(brief, library, options=PlanOptions(weeks=1))
    grams = seller_words(brief)
    done = 0
    for i, old in enumerate(cal.posts):
        try:
            new = vary_post(cal, i, brief, library, "mine")
        except PlannerError:
            continue
        done += 1
        assert own_words(new.full_text(), grams) >= own_words(old.full_text(), grams) + 2
    assert done >= 1


def test_more_like_me_without_any_words_of_the_seller_asks_for_them(planned, tmp_path):
    _, library, cal = planned
    path = tmp_path / "bare.toml"
    path.write_text('product = "Glow soy candles"\nplatforms = ["instagram"]\n')
    with pytest.raises(PlannerError, match="tell me how you started"):
        vary_post(cal, 0, load_brief(str(path)), library, "mine")


def test_unknown_variation(planned):
    brief, library, cal = planned
    with pytest.raises(PlannerError, match="unknown variation 'louder'"):
        vary_post(cal, 0, brief, library, "louder")


def test_contractions_leave_quotes_alone():
    text = 'We are here. “We are the best,” she said. It is not far.'
    assert contract(text) == 'We\'re here. “We are the best,” she said. It\'s not far.'
    assert expand("We're here and it's fine. I'm in.") == "We are here and it is fine. I am in."
    assert casualness("We're here! 🕯️") > casualness("We are here.")
