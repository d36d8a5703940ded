"""Brief facts said once, whole, and in our words, after blind read 25 (2026-12-05, s26
helper a): a list inside a description phrase kept whole; a service's list of what it sees
to said as a sentence; no hashtag made from how a service is booked. Every brief here is our
own, never a read brief."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from planner.domain.brief import brief_from_dict
from planner.domain.calendar import CalendarPost
from planner.planning.facts_said import core_sentences, description_details
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.wording import about_line


def _plan(raw: dict, weeks: int = 4) -> list[CalendarPost]:
    brief = brief_from_dict(raw)
    cal, _ = plan_calendar(brief, TemplateLibrary(),
                           options=PlanOptions(seed=1, start=dt.date(2027, 1, 4), weeks=weeks))
    return cal.posts


def _text(posts: list[CalendarPost]) -> str:
    return "\n".join(p.text for p in posts)


#: a maker whose description names what its goods are made from as a list, then a number
SAMPLES = {
    "product": "Rainmaker drum sample packs", "brand": "Rainmaker", "kind": "digital",
    "platforms": ["instagram", "x"], "solo": True,
    "description": "drum sample packs recorded from vintage snares, floor toms and hand "
                   "percussion I miked in 2019, plus loop folders that stay in time at any "
                   "tempo, Snare Pack $19, Loop Pack $24",
    "tips": ["Layer a clap under the snare at half volume for a wider hit."],
    "cadence": {"instagram": 2, "x": 3},
}

#: a clinic whose description opens on its place, then lists what it treats
CLINIC = {
    "product": "physio appointments", "brand": "Kerbside Physio", "kind": "service",
    "platforms": ["instagram", "facebook"],
    "description": "physiotherapy clinic in Fintry, Dundee, back pain, tennis elbow, sprained "
                   "ankles, frozen shoulder, posture assessments, first visit £55",
    "problems": ["a sore back that comes back every time you lift the shopping"],
    "cadence": {"instagram": 2, "facebook": 2},
}


def test_a_list_inside_a_phrase_is_never_cut_at_its_first_comma():
    desc, product = SAMPLES["description"], SAMPLES["product"]
    full = core_sentences(desc, "digital", "Rainmaker", product)[0]
    assert "vintage snares, floor toms and hand percussion" in full
    about = about_line(desc, "Rainmaker")
    assert "vintage snares, floor toms and hand percussion" in about
    details = " ".join(description_details(desc, product, "digital"))
    # the second thing sold stands alone as a sentence, never "There are plus loop folders"
    assert "Our loop folders stay in time at any tempo." in details
    assert "plus" not in details.lower()
    text = _text(_plan(SAMPLES, weeks=2))
    assert not re.search(r"recorded from vintage snares\.", text)
    assert not re.search(r"(?<!snares, )floor toms and hand percussion I miked", text)


def test_a_clinic_list_is_said_as_what_it_treats():
    desc, product = CLINIC["description"], CLINIC["product"]
    assert core_sentences(desc, "service", "Kerbside Physio", product)[0] == \
        "We are a physiotherapy clinic in Fintry, Dundee."
    assert about_line(desc, "Kerbside Physio") == "physiotherapy clinic in Fintry, Dundee"
    details = description_details(desc, product, "service")
    assert "We treat back pain, tennis elbow, sprained ankles and frozen shoulder, and we do " \
           "posture assessments." in details
    text = _text(_plan(CLINIC))
    assert "Dundee, back pain" not in text
    assert "— posture assessments" not in text


def test_no_hashtag_made_from_how_a_service_is_booked():
    feet = dict(CLINIC, product="chiropody appointments", brand="Sole Mates",
                description="chiropody clinic in Lochee, Dundee, corns, verrucas, nail cutting, "
                            "first visit £40")
    tags = Counter(t for p in _plan(feet) for t in p.hashtags)
    assert tags and not any("appointment" in t for t in tags)


#: an olive oil club with free shipping said in the brief's own words, an offer, a giveaway
#: with a named prize, and a launch said with whom it is for
OIL = {
    "product": "olive oil subscription", "brand": "Lagar Novo", "kind": "product",
    "platforms": ["instagram", "facebook", "tiktok"], "tone": "warm, a bit playful",
    "description": "every month 2 bottles of early-harvest olive oil from small groves in the "
                   "Alentejo, 500 ml each, €29 a month, pause or stop any month",
    "url": "https://lagarnovo.pt",
    "free_shipping": "anywhere in Portugal, always, the islands too",
    "giveaway": "a 5-litre tin of Galega olive oil and a cork serving board from Coruche",
    "giveaway_ends": dt.date(2027, 1, 24),
    "giveaway_rules": "https://lagarnovo.pt/sorteio",
    "launch": {"what": "the Lagar Novo Mini, 1 bottle, 250 ml, €15 a month, for small "
                       "households", "date": dt.date(2027, 1, 27)},
    "differentiators": ["we press within 6 hours of picking, never the next day",
                        "no blends: one grove per bottle"],
    "problems": ["supermarket oil that tastes of nothing"],
    "tips": ["Keep the bottle away from the stove: heat turns good oil flat in weeks."],
    "offer": {"code": "PRIMEIRO", "discount": "€10 off your first month",
              "starts": dt.date(2027, 1, 4), "ends": dt.date(2027, 1, 17)},
    "cadence": {"instagram": 3, "facebook": 2, "tiktok": 2},
}

#: a maker whose description lists its goods' features, a post's subject each
COATS = {
    "product": "Tidewater waxed dog coats", "brand": "Tidewater", "kind": "product",
    "platforms": ["instagram", "facebook", "tiktok"], "tone": "plain, practical",
    "description": "waxed canvas dog coats we stitch in Hobart, a fleece lining that dries "
                   "overnight, 5 sizes from terrier to wolfhound, AUD 89 to AUD 129, machine "
                   "washable at 30",
    "url": "https://tidewater.example",
    "problems": ["a wet dog shaking off on the sofa after every winter walk"],
    "differentiators": ["the collar opening takes a harness underneath"],
    "tips": ["Dry the coat inside out so the lining dries first."],
    "cadence": {"instagram": 3, "facebook": 2, "tiktok": 2},
    "start": dt.date(2027, 1, 4), "weeks": 3,
}


def test_free_shipping_in_the_briefs_words_is_said_in_full_once_a_platform_twice_a_calendar():
    posts = _plan(OIL)
    full = [p for p in posts if "the islands too" in p.text.lower()]
    assert len(full) <= 2, [(p.date, p.platform) for p in full]
    assert len({p.platform for p in full}) == len(full)
    # later offer posts still say it, short
    assert any(re.search(r"(?i)shipping's still free|free shipping, as always", p.text)
               for p in posts)


def test_a_named_prize_is_said_as_the_brief_gives_it_and_entering_in_full_once_a_platform():
    posts = _plan(OIL)
    text = _text(posts)
    assert "a 5-litre tin of Galega olive oil" in text
    assert "our olive oil subscription: a 5-litre" not in text.lower()
    full = Counter(p.platform for p in posts if "like this post and" in p.text)
    assert full and all(n == 1 for n in full.values()), full
    assert " and Facebook and " not in text and " and TikTok and " not in text \
        and " and Instagram and " not in text


def test_whom_a_launch_is_for_is_said_once():
    posts = _plan(OIL)
    assert any("€15 a month" in p.text for p in posts)
    assert sum("for small households" in p.text for p in posts) <= 1


def test_a_feature_post_says_its_feature_as_a_sentence_not_after_a_formula_lead():
    posts = [p for p in _plan(COATS, weeks=3) if p.template == "consideration/one-feature"]
    assert posts
    lead = re.compile(r"(?i)^(?:one thing about|quick look at|today's close-up of|a closer look "
                      r"at|zooming in on|worth knowing about|one part of|here's one part of)\b.*:")
    led = [p for p in posts if lead.search(p.text)]
    # (a lead only where the feature's sentence was said word for word already: at most one
    # a week, never a run of them)
    assert len(led) <= 1, [p.text for p in led]
    assert len(posts) - len(led) >= 3, [p.text for p in posts]
    said = _text(posts)
    assert re.search(r"Our waxed dog coats come in 5 sizes, from terrier to wolfhound\.|"
                     r"We stitch our waxed canvas dog coats in Hobart\.|"
                     r"Our waxed dog coats are machine washable at 30\.|"
                     r"Our fleece lining dries overnight\.", said), said
    assert "Our fleece lining dries overnight." in said
