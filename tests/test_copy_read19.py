"""Copy a manager would publish unedited (blind read 19, issue 13), one class a test.

Every brief here is made up for these tests (other trades, countries and platforms than the
blind read's): a sparse service brief whose product line lists its parts after a dash, part
lines of a description whose shape the part table did not know, a course or service named
as a thing, frames with nothing in them, and grammar slips.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from planner.domain.brief import brief_from_dict
from planner.planning.lint import lint_calendar
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.sparse import product_parts, thin_facts, what_it_is, what_it_is_variants

LIB = TemplateLibrary()
START = dt.date(2027, 1, 4)

#: one line of product (what the work is, then its parts), a kind, a tone, two platforms
SPARSE_LISTED = {
    "tiles": {"product": "bathroom tile regrouting in Porto - regrouting, sealing, mould removal",
              "kind": "service", "tone": "plain, honest", "platforms": ["facebook", "instagram"]},
    "piano": {"product": "piano tuning in Wellington - tuning, regulation, small repairs",
              "kind": "service", "tone": "calm", "platforms": ["instagram", "facebook"]},
    "boiler": {"product": "boiler servicing in Leeds - annual service, gas safety check, repairs",
               "kind": "service", "tone": "friendly", "platforms": ["facebook", "x"]},
    "yoga": {"product": "prenatal yoga classes in Cape Town - small groups, evening sessions, "
                        "online option", "kind": "service", "tone": "gentle",
             "platforms": ["instagram", "tiktok"]},
}


def _brief(data, **extra):
    return brief_from_dict({"start": START, "weeks": 4, "posts_per_week": 3} | data | extra)


@lru_cache(maxsize=None)
def _plan(name):
    brief = _brief(SPARSE_LISTED[name])
    cal, warnings = plan_calendar(brief, LIB, options=PlanOptions(seed=1))
    return brief, cal, warnings


# --- 4. a sparse service brief gets a full calendar --------------------------------------

def test_a_product_line_listing_its_parts_is_split_into_the_work_and_its_parts():
    assert product_parts("ski waxing in Bansko - waxing, edges, base repair") == \
        ("ski waxing in Bansko", ["waxing", "edges", "base repair"])
    assert product_parts("dog grooming in Cork: baths, nail trims and deshedding") == \
        ("dog grooming in Cork", ["baths", "nail trims", "deshedding"])
    # a name and what it is stays whole; so does a line with no list
    assert product_parts("Lumen: a meditation app")[1] == []
    assert product_parts("hand-thrown stoneware mugs")[1] == []


def test_each_part_of_a_listed_product_line_is_a_sentence_of_its_own():
    brief = _brief(SPARSE_LISTED["boiler"])
    assert what_it_is(brief) == "We offer boiler servicing in Leeds."
    said = thin_facts(brief)
    assert said == ["An annual service is part of what we do.", "We do a gas safety check too.",
                    "Repairs? Yes, we do that."]
    # no wording of what the business is pastes the list
    assert not any("annual service" in v for v in what_it_is_variants(brief))


@pytest.mark.parametrize("name", sorted(SPARSE_LISTED))
def test_a_sparse_listed_service_brief_gets_a_full_calendar_of_clean_posts(name):
    # before: 1 post of 12, as every post said the whole pasted product line again
    brief, cal, warnings = _plan(name)
    asked = brief.posts_per_week * brief.weeks
    assert len(cal.posts) >= asked - 2, (len(cal.posts), warnings)
    findings = [f for f in lint_calendar(cal, brief) if f.post]
    assert findings == [], [f.line() for f in findings]
    for post in cal.posts:
        assert " - " not in post.text and "There's a" not in post.text, post.text
    for platform in brief.platforms:
        assert any(p.platform == platform for p in cal.posts), platform


# --- 5. grammar -----------------------------------------------------------------------

def test_a_plural_service_is_what_we_do_with_are():
    brief = _brief({"product": "guided canoe trips on the Dordogne", "kind": "service",
                    "platforms": ["instagram"]})
    assert "Guided canoe trips on the Dordogne are what we do." in what_it_is_variants(brief)
    brief = _brief({"product": "mobile bike repair in Ghent", "kind": "service",
                    "platforms": ["instagram"]})
    assert "Mobile bike repair in Ghent is what we do." in what_it_is_variants(brief)
