"""Session 39 (issue 14), from chat test 38, said here by other trades: a rewrite the seller
asks for is made (more casual, more formal, less salesy, more like me), or, for a post that
sells nothing, says so and names the posts that do; "make it funnier" is never brief details;
a question left unanswered twice is asked no more; "what should I post this week" on a
weekday plans from today; "we run facebook ads" is read as running ads."""

from __future__ import annotations

import datetime as dt

from planner.brief.dialogue import Dialogue, next_question
from planner.brief.parse import parse_brief_text
from planner.domain.brief import Brief, brief_from_dict
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.variations import casualness, vary_post

TODAY = dt.date(2026, 12, 7)
LIB = TemplateLibrary()

_SPARSE = {"product": "mobile dog grooming", "kind": "service", "brand": "Suds on Wheels",
           "platforms": ["facebook"], "url": "https://sudsonwheels.example/book",
           "cadence": {"facebook": 2}}


def _sparse_calendar():
    brief = brief_from_dict(_SPARSE)
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=1, start=dt.date(2027, 1, 4),
                                                           weeks=4))
    return brief, cal


def test_a_short_post_is_made_more_casual_and_more_formal_in_its_own_words():
    brief, cal = _sparse_calendar()
    assert cal.posts
    for i, old in enumerate(cal.posts):
        casual = vary_post(cal, i, brief, LIB, "casual")
        assert casual.text != old.text and casualness(casual.text) > casualness(old.text)
        formal = vary_post(cal, i, brief, LIB, "formal")
        assert "!" not in formal.text and casualness(formal.text) < casualness(old.text)


def test_a_conversion_post_with_no_offer_is_asked_without_pressing():
    brief, cal = _sparse_calendar()
    sells = [i for i, p in enumerate(cal.posts) if p.stage == "conversion"]
    assert sells
    new = vary_post(cal, sells[0], brief, LIB, "softer")
    assert new.text != cal.posts[sells[0]].text
    assert "whenever it suits you" in new.text or "Thinking about" in new.text


def test_more_like_me_adds_one_of_the_sellers_own_sentences():
    brief = brief_from_dict(_SPARSE | {
        "differentiators": ["I use a hydraulic table so older dogs never have to jump"]})
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=1, start=dt.date(2027, 1, 4),
                                                           weeks=2))
    changed = 0
    for i, old in enumerate(cal.posts):
        if "hydraulic table" in old.text:
            continue
        new = vary_post(cal, i, brief, LIB, "mine")
        assert "hydraulic table" in new.text
        changed += 1
    assert changed


def _chat(*lines: str, today: dt.date = TODAY):
    from planner.chat.session import ChatSession

    chat = ChatSession()
    chat.today = today
    return chat, [chat.respond(line) for line in lines]


def test_less_salesy_of_a_post_that_sells_nothing_says_so_and_names_the_posts_that_do():
    chat, _ = _chat("we do mobile dog grooming in leeds, brand is Suds on Wheels",
                    "facebook twice a week", "no more questions", "plan")
    cal = chat.calendar
    soft = next(i for i, p in enumerate(cal.posts) if p.stage in ("awareness", "consideration")
                and "book" not in p.text.lower())
    reply = chat.respond(f"make post {soft + 1} less salesy")
    assert not reply.error
    assert "doesn't sell anything" in reply.text


def test_make_it_funnier_is_a_rewrite_never_the_answer_to_a_question():
    chat, replies = _chat("we run a crepe van in brighton, brand is Flip Side",
                          "instagram 3x a week", "plan 2 weeks", "make it funnier")
    assert "funnier" not in (chat.brief.audience + chat.brief.description).lower()
    assert not any("funnier" in t.lower() for t in chat.brief.facts.tips)
    assert "Which post?" in replies[-1].text


def test_a_question_left_unanswered_twice_is_asked_no_more():
    brief, dialogue = Brief(product="bike repairs", kind="service", brand="Spoke Doctor",
                            description="mobile bike repairs in Cardiff",
                            audience="commuters in Cardiff"), Dialogue()
    asked = [next_question(brief, dialogue) for _ in range(3)]
    assert asked[0] == asked[1] and asked[2] != asked[0]
    assert asked[0].startswith("Where do people book you")
    assert Dialogue.from_dict(dialogue.to_dict()).asked_count == dialogue.asked_count


def test_this_week_on_a_weekday_is_planned_from_today():
    wednesday = dt.date(2026, 12, 9)
    chat, replies = _chat("we sell hand-dyed silk ribbons on etsy, brand is Ribbon Loft",
                          "instagram every day", "no more questions",
                          "what should i post this week", today=wednesday)
    assert chat.calendar.start == wednesday
    assert "Nothing is planned this week" not in replies[-1].text


def test_running_ads_is_read_and_not_running_them_is_not():
    def ads(text: str) -> bool:
        return parse_brief_text(text, Brief(product="hand-dyed yarn"), Dialogue(),
                                today=TODAY).brief.facts.ads

    assert ads("we run facebook ads most months")
    assert ads("the meta pixel is on our site")
    assert not ads("we don't run ads")
    assert not ads("we sell hand-dyed yarn on etsy")
