"""Frames that must follow the brief: an FAQ's frame follows its question, a one-person
business is never a "team", a quoted customer is never claimed to have given permission."""

import datetime as dt
import re

import pytest

from planner.domain.brief import brief_from_dict
from planner.domain.platforms import load_platforms
from planner.planning.context import needs_met, template_context
from planner.planning.render import TemplateLibrary

LIB = TemplateLibrary()
PLATS = load_platforms()
DAY = dt.date(2027, 5, 4)
ONBOARDING = re.compile(r"(?i)first few days|new \w[\w ]* (?:customer|client|user)\?|just started|"
                        r"start with this one|stuck\?|once it's yours|comes up (?:once|after)")
PERMISSION_CLAIM = re.compile(r"(?i)(shared|quoted|posted) (?:by \w+ )?with (?:their |his |her )?"
                              r"permission|with their permission|haven't changed a word|"
                              r"not our words|we didn't write this|their words, not ours")


def brief(question: str, **extra):
    data = {"product": "dog grooming appointments", "kind": "service", "brand": "Scruffs",
            "url": "https://scruffs.example", "platforms": ["facebook", "instagram", "x"],
            "faqs": [{"question": question, "answer": "Yes, and we go at their pace."}]}
    data.update(extra)
    return brief_from_dict(data)


def renders(template_id: str, b, platforms=("facebook", "instagram", "x"), seeds=range(12)):
    t = LIB.get(template_id)
    for pid in platforms:
        if not t.suits(pid):
            continue
        plat = PLATS[pid]
        fmt = next((f for f in t.formats if f in plat.formats), plat.formats[0])
        for seed in seeds:
            ctx = template_context(b, plat, fmt, "", None, DAY)
            yield LIB.render(t, ctx, f"{seed}|{pid}")


@pytest.mark.parametrize("template_id", ["loyalty/first-week-guide", "consideration/faq-answered"])
@pytest.mark.parametrize("question", ["Do you take nervous or reactive dogs?", "How much is it?",
                                      "What size are they?", "Can I use it if I'm not a designer?"])
def test_a_pre_purchase_question_never_gets_the_onboarding_frame(template_id, question):
    for r in renders(template_id, brief(question)):
        assert not ONBOARDING.search(r.text), r.text
        assert "Answer: " not in r.visual or question not in r.visual.split("Answer: ")[1], r.visual


def test_a_care_question_may_get_the_onboarding_frame():
    texts = [r.text for r in renders("loyalty/first-week-guide",
                                     brief("How do I clean the bowl after use?"))]
    assert any(ONBOARDING.search(t) for t in texts), texts


def test_the_visual_puts_the_answer_where_the_answer_goes():
    b = brief("Do you take nervous dogs?")
    for r in renders("loyalty/first-week-guide", b):
        assert "Yes, and we go at their pace." in r.visual, r.visual


SOLO = {"product": "hand-turned maple salad bowls", "kind": "product",
        "story": ["I turn every bowl myself in my garage workshop."],
        "description": "Maple salad bowls. I turn every bowl myself.",
        "platforms": ["instagram", "facebook"], "tips": ["Oil the bowl once a month."],
        "quotes": [{"text": "Lovely bowl.", "by": "Jess, Halifax"}]}


def test_a_one_person_business_is_never_a_team():
    b = brief_from_dict(SOLO)
    for t in LIB.templates.values():
        if not needs_met(t, b, DAY):
            continue
        for r in renders(t.id, b, platforms=("instagram",), seeds=range(6)):
            words = " ".join([r.text, r.visual, r.title])
            assert not re.search(r"(?i)\bthe team\b|\bour team\b|team's|the people behind|"
                                 r"\bthe people\b(?! who)", words), (t.id, words)


@pytest.mark.parametrize("template_id", ["conversion/in-their-words", "consideration/customer-words",
                                         "consideration/happy-customer-repost",
                                         "loyalty/customer-spotlight", "conversion/real-life-proof"])
def test_quotes_claim_no_permission_and_call_a_named_person_by_name(template_id):
    b = brief_from_dict(SOLO)
    for r in renders(template_id, b, platforms=("instagram", "facebook"), seeds=range(12)):
        assert not PERMISSION_CLAIM.search(r.text), r.text
        assert not re.search(r"\b(their|them)\b", r.text.split("Jess, Halifax")[-1].split("\n")[1]
                             if "Jess, Halifax" in r.text else ""), r.text
