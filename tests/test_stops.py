"""The call to action ends on a full stop where it is a sentence (blind reads 16, 22, 23:
"Tell us in the comments", "Follow along to see more" read unfinished beside sentences that
all end on one)."""

from __future__ import annotations

import pytest

from planner.planning.stops import needs_stop, with_stop


@pytest.mark.parametrize("cta", [
    "Tell us in the comments", "Follow along to see more", "Save this Pin for later",
    "Send us a message to book, and quote TILE20", "Does this matter to you? Tell us",
    "Share it with someone who'd use it (you know the one)", "Find us on Etsy: search “Ayllu Tejidos”",
])
def test_a_sentence_gets_its_stop(cta):
    assert needs_stop(cta)
    assert with_stop(f"Grout sealed in a day.\n\n{cta}", cta) == \
        (f"Grout sealed in a day.\n\n{cta}.", f"{cta}.")


@pytest.mark.parametrize("cta", [
    "Book here: https://tiles.example/book", "Shop when you're ready: link in bio",
    "The details: link on the Pin", "Say hi to @porto_tiles", "Ask us anything!",
    "Which room first?", "Save this for later.", "Order here:", "See you there ✨",
    "More at porto-tiles.pt", "Tell us: #grouthacks", "Links in the description",
])
def test_an_address_a_pointer_or_an_end_of_its_own_is_left_alone(cta):
    assert not needs_stop(cta)
    assert with_stop(f"Grout sealed in a day.\n\n{cta}", cta) == (f"Grout sealed in a day.\n\n{cta}", cta)


def test_a_call_to_action_not_at_the_end_is_left_alone():
    # (the caption goes on after it: the stop belongs to whatever ends the caption)
    assert with_stop("Tell us in the comments\n\nMore soon.", "Tell us in the comments") == \
        ("Tell us in the comments\n\nMore soon.", "Tell us in the comments")


def test_calendar_posts_end_their_call_to_action_on_a_stop():
    import datetime as dt

    from planner.domain.brief import brief_from_dict
    from planner.planning.plan import PlanOptions, plan_calendar
    from planner.planning.render import TemplateLibrary

    brief = brief_from_dict({
        "product": "bathroom tile regrouting in Porto", "kind": "service", "brand": "Junta Nova",
        "platforms": ["instagram", "facebook"], "tone": "friendly",
        "tips": ["Dry the corners after a shower and grout lasts years longer."],
        "faqs": [{"question": "How long does it take?", "answer": "Most bathrooms take one day."}],
    })
    cal, _ = plan_calendar(brief, TemplateLibrary(),
                           options=PlanOptions(seed=3, start=dt.date(2027, 3, 1), weeks=2))
    ended = [p for p in cal.posts if p.cta and p.cta.endswith(".")]
    assert ended  # (a test that could not fail otherwise)
    for post in cal.posts:
        if post.cta and post.text.rstrip().endswith(post.cta):
            assert not needs_stop(post.cta), post.text
