"""Copy fixes for what blind read 9 (2026-12-03, reported) found: one invitation to ask
below closing every other post, the same sign-off on two platforms, and the rest."""

from __future__ import annotations

import datetime as dt

from planner.domain.calendar import CalendarPost
from planner.planning.repeats import repetition_findings


def _post(day: int, platform: str, cta: str, template: str = "awareness/quick-tip") -> CalendarPost:
    return CalendarPost(date=dt.date(2027, 3, day), time=dt.time(10), platform=platform,
                        stage="awareness", tactic="t", template=template, format="static",
                        text=f"A fact of day {day} worth {day * 13} words.\n\n{cta}", hashtags=[],
                        cta=cta)


def _ctas(post: CalendarPost, earlier: list[CalendarPost]) -> bool:
    return "repeated-cta" in [r for r, _ in repetition_findings(post, earlier)]


def test_one_invitation_to_ask_below_a_week_whatever_the_platform():
    first = _post(1, "linkedin", "Questions about it? Ask below")
    # other words, another platform, the same ask: read 9's "Ask below" on 10 of 30 posts
    assert _ctas(_post(4, "instagram", "Ask below, then book when you're sure", "conversion/x"), [first])
    assert _ctas(_post(6, "facebook", "Got a better tip? Tell us in the comments", "loyalty/x"), [first])
    # a week on, or a call to action that is no ask, is fine
    assert not _ctas(_post(8, "instagram", "Still comparing? Ask us anything below", "c/x"), [first])
    assert not _ctas(_post(3, "instagram", "Follow us for more tips", "c/x"), [first])


def test_the_same_sign_off_word_for_word_on_two_platforms_is_a_repeat():
    first = _post(1, "linkedin", "Send this to someone who's been there")
    assert _ctas(_post(15, "instagram", "Send this to someone who's been there", "c/x"), [first])
    assert not _ctas(_post(23, "instagram", "Send this to someone who's been there", "c/x"), [first])
    # the way in (a link, the link in bio, a sticker) repeats by design
    link = _post(1, "linkedin", "Book now: greenleaf.example/book")
    assert not _ctas(_post(3, "facebook", "Book now: greenleaf.example/book", "c/x"), [link])
    bio = _post(1, "instagram", "Shop now: link in bio")
    assert not _ctas(_post(3, "tiktok", "Shop now: link in bio", "c/x"), [bio])


# --- offers: the last call when the offer ends on the plan's last day, and the thanks ---

def _brief(**extra):
    from planner.domain.brief import brief_from_dict

    base = {"product": "plant-based meal kits", "brand": "Greenleaf",
            "platforms": ["instagram", "facebook"], "posts_per_week": 4, "weeks": 3,
            "start": dt.date(2027, 3, 1), "url": "https://greenleaf.example"}
    return brief_from_dict(base | extra)


def _plan(brief, seed=1):
    from planner.planning.plan import PlanOptions, plan_calendar
    from planner.planning.render import TemplateLibrary

    return plan_calendar(brief, TemplateLibrary(), options=PlanOptions(seed=seed))


def test_an_offer_ending_on_the_plans_last_day_gets_its_last_call_on_every_platform():
    from planner.planning.lint import lint_calendar

    # the plan runs Monday 1 to Sunday 21 March; nothing is posted on the Sunday itself
    brief = _brief(offer={"code": "GREEN15", "discount": "15% off", "starts": dt.date(2027, 3, 8),
                          "ends": dt.date(2027, 3, 21)})
    cal, _ = _plan(brief)
    for platform in brief.platforms:
        late = [p for p in cal.posts if p.platform == platform and "GREEN15" in p.text
                and (dt.date(2027, 3, 21) - p.date).days in (0, 1)]
        assert late, platform
    assert not [f for f in lint_calendar(cal, brief) if "48 hours" in f.message]


def test_a_thank_you_names_the_offer_it_thanks_for_and_sells_nothing():
    from planner.planning.lint import lint_calendar

    brief = _brief(offer={"code": "GREEN15", "discount": "15% off", "ends": dt.date(2027, 3, 7)})
    cal, _ = _plan(brief)
    thanks = [p for p in cal.posts if p.tactic == "thank-you post"]
    assert thanks and all("GREEN15" in p.text and "15%" not in p.text for p in thanks)
    assert not [f for f in lint_calendar(cal, brief) if f.rule == "offer-outside-window"]


def test_the_offers_own_terms_and_a_link_are_no_repeated_sentence():
    first = _post(1, "linkedin", "Book now: greenleaf.example/book")
    first.text = ("The offer: first month's maintenance free on 12-month agreements.\n"
                  "https://www.greenleaf.example/site-survey-booking-page")
    later = _post(20, "linkedin", "Use it now: greenleaf.example/book", "conversion/other")
    later.text = ("Last call: first month's maintenance free on 12-month agreements.\n"
                  "https://www.greenleaf.example/site-survey-booking-page")
    told = ("first month's maintenance free on 12-month agreements", "SPRING27")
    assert "repeated-sentence" in [r for r, _ in repetition_findings(later, [first])]
    assert "repeated-sentence" not in [r for r, _ in repetition_findings(later, [first], told)]


# --- events keep their own name ---

def test_an_event_name_with_a_colon_is_said_whole_and_never_after_another_colon():
    import re

    title = "Webinar: Biophilic design on a facilities budget"
    brief = _brief(platforms=["linkedin", "instagram"], b2b=True, events=[
        {"title": title, "when": dt.datetime(2027, 3, 17, 12, 30), "platform": "linkedin"}])
    for seed in (1, 2, 3):
        cal, _ = _plan(brief, seed)
        told = [p for p in cal.posts if "Biophilic" in p.text]
        assert told
        for p in told:
            # (since blind read 20 "Kind: name" is said as "our webinar, ‘Name’" in a sentence)
            assert "Biophilic design on a facilities budget" in p.text, p.text
            assert "webinar" in p.text.lower(), p.text
            for line in p.text.splitlines():
                assert not re.search(r"(?<!\d):(?!\d)[^:]*Webinar:", line), line  # (a time is no frame)
                assert "for “Webinar:" not in line


# --- giveaways point to rules only where there are rules ---

def test_a_giveaway_without_a_rules_page_points_to_none_and_the_plan_says_so():
    brief = _brief(giveaway="a month of meal kits", giveaway_ends=dt.date(2027, 3, 19))
    cal, notes = _plan(brief)
    runs = [p for p in cal.posts if p.tactic in ("follow giveaway", "customer contest")]
    assert runs
    for p in runs:
        assert "rules" not in (p.text + p.cta).lower() and "link" not in p.visual.lower(), p.text
    assert any("giveaway_rules" in n for n in notes)


def test_a_giveaway_rules_page_is_linked_where_links_work_and_noted_for_the_bio():
    rules = "https://greenleaf.example/giveaway-rules"
    brief = _brief(giveaway="a month of meal kits", giveaway_ends=dt.date(2027, 3, 19),
                   giveaway_rules=rules)
    from planner.domain.brief import brief_to_dict

    assert brief_to_dict(brief)["giveaway_rules"] == rules
    cal, notes = _plan(brief)
    assert not any("giveaway_rules" in n for n in notes)
    runs = [p for p in cal.posts if p.tactic in ("follow giveaway", "customer contest")]
    for p in runs:
        if p.platform == "facebook":
            assert rules in p.text
        elif "link in bio" in p.text:
            # the bio is the rules page, or a list of links with it (links.bio_note)
            assert f"bio link: {rules}" in p.notes or "link list" in p.notes and rules in p.notes


# --- reviews on another site are not read at the shop's link ---

def test_reviews_on_another_site_are_read_there():
    from planner.planning.offering import reviews_site

    assert reviews_site("4.9 stars from 62 Google reviews", "https://leafwork.example") == "Google"
    assert reviews_site("4.8 stars from 2,100 reviews on our website", "https://a.example") == ""
    assert reviews_site("100% positive from 1,340 eBay ratings", "https://www.ebay.de/str/k") == ""
    assert reviews_site("Rated 4.7 on Trustpilot", "") == "Trustpilot"
    brief = _brief(platforms=["pinterest", "facebook"], reviews="4.9 stars from 62 Google reviews")
    from planner.domain.platforms import load_platforms
    from planner.planning.render import TemplateLibrary

    lib, plats = TemplateLibrary(), load_platforms()
    from planner.planning.context import template_context

    t = lib.templates["consideration/reviews-roundup"]
    for seed in range(12):
        for pid in ("pinterest", "facebook"):
            ctx = template_context(brief, plats[pid], t.formats[0], "", {}, dt.date(2027, 3, 3))
            out = lib.render(t, ctx, f"s{seed}")
            assert "Read them for yourself" not in out.text + out.cta, out.cta


# --- what is sold, finer than the kind ---

def test_goods_sold_only_at_a_stall_are_never_a_parcel():
    from planner.domain.brief import brief_from_dict
    from planner.planning.shipping import sold_in_person_only

    def brief(**extra):
        return brief_from_dict({"product": "sourdough loaves", "platforms": ["instagram"]} | extra)

    assert sold_in_person_only(brief(product="handmade pork and chive dumplings at weekend markets"))
    assert sold_in_person_only(brief(sells_on=["farmers market"]))
    assert not sold_in_person_only(brief(sells_on=["farmers market", "website"]))
    assert not sold_in_person_only(brief(product="dumplings at weekend markets and delivered citywide"))
    assert not sold_in_person_only(brief())  # says nothing: sent, as before
    assert not sold_in_person_only(brief(sells_on=["markets"], url="https://loaves.example"))
    stall = brief(product="handmade pork and chive dumplings at weekend markets",
                  platforms=["instagram", "tiktok"], weeks=4)
    cal, _ = _plan(stall)
    words = "\n".join(p.text + " " + p.visual for p in cal.posts).lower()
    assert "unboxing" not in {p.tactic for p in cal.posts}
    for parcel in ("parcel", "arrives", "as it ships", "your order"):
        assert parcel not in words, parcel


def test_a_course_is_not_an_app():
    from planner.domain.brief import brief_from_dict
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context
    from planner.planning.offering import digital_is
    from planner.planning.render import TemplateLibrary

    def brief(product, **extra):
        return brief_from_dict({"product": product, "kind": "digital", "brand": "Fynbos",
                                "platforms": ["instagram", "youtube"]} | extra)

    assert digital_is(brief("Birding by Ear online course")) == "course"
    assert digital_is(brief("Birding by Ear", action="enrol")) == "course"
    assert digital_is(brief("an app for Spanish lessons")) == "app"
    assert digital_is(brief("printable PDF sewing patterns")) == "download"
    assert digital_is(brief_from_dict({"product": "soy candles", "platforms": ["x"]})) == ""
    lib, plats = TemplateLibrary(), load_platforms()
    course = brief("Birding by Ear online course",
                   differentiators=["recorded in the field", "a new lesson every week"])
    for template_id in ("consideration/ask-us-anything", "consideration/which-fits-you-poll",
                        "awareness/guess-the-time"):
        t = lib.templates[template_id]
        for seed in range(10):
            fmt = t.formats[0]
            ctx = template_context(course, plats["instagram"], fmt, "", {}, dt.date(2027, 5, 3))
            out = lib.render(t, ctx, f"s{seed}")
            said = (out.text + out.visual + out.title).lower()
            assert "devices" not in said and "apps" not in said and "setup" not in said, said


def test_goods_are_a_range_to_add_to_not_a_tool_to_make_more_useful():
    from planner.domain.brief import brief_from_dict
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context
    from planner.planning.render import TemplateLibrary

    lib, plats = TemplateLibrary(), load_platforms()
    t = lib.templates["loyalty/what-next-poll"]
    goods = brief_from_dict({"product": "restored vintage keyboards", "brand": "Klackwerk",
                             "platforms": ["instagram"]})
    for seed in range(10):
        ctx = template_context(goods, plats["instagram"], "static", "", {}, dt.date(2027, 5, 3))
        assert "more useful" not in lib.render(t, ctx, f"s{seed}").text


def test_a_youtube_post_never_asks_for_a_message_or_to_save_it_for_later():
    from planner.domain.brief import brief_from_dict
    from planner.planning.critic import post_findings

    brief = brief_from_dict({"product": "Birding by Ear online course", "kind": "digital",
                             "brand": "Fynbos", "platforms": ["youtube", "instagram"],
                             "tips": ["Learn three calls a week, not thirty."],
                             "faqs": [{"question": "Do I need gear?", "answer": "Only headphones."}]})
    for seed in (1, 2, 3):
        cal, _ = _plan(brief, seed)
        for p in cal.posts:
            if p.platform == "youtube":
                said = (p.text + " " + p.cta).lower()
                assert "message us" not in said and "save this for later" not in said, p.text
    post = _post(3, "youtube", "Questions about it? Message us")
    assert "platform-ask" in [r for r, _ in post_findings(post, brief)]


def test_a_fact_may_be_retold_on_another_platform_a_fortnight_later():
    tip = "Record a call on your phone and play it back at half speed to hear the notes."
    first = _post(1, "facebook", "Follow us for more tips")
    first.text = f"A tip worth keeping.\n\n{tip}"
    soon = _post(8, "youtube", "Subscribe for more", "awareness/other")
    soon.text = f"Try this today.\n\n{tip}"
    later = _post(19, "youtube", "Subscribe for more", "awareness/other")
    later.text = soon.text

    def repeats(post, retold=()):
        return "repeated-sentence" in [r for r, _ in repetition_findings(post, [first], (), retold)]

    assert repeats(later)  # any sentence of six words or more, told again
    assert not repeats(later, (tip,))  # the brief's own fact, repurposed two weeks on
    assert repeats(soon, (tip,))  # ... not a week on
    same = _post(19, "facebook", "Follow us", "awareness/other")
    same.text = later.text
    assert repeats(same, (tip,))  # and never to the same followers


# --- from blind read 10 (reported) ---

def test_an_offer_card_is_not_posted_again_on_another_platform_within_the_week():
    card = _post(1, "facebook", "Book now: greenleaf.example/book", "conversion/offer-the-details")
    card.text = "The offer: R200 off your first full term.\nCode: SUMMERSPLASH\nLast day: 3 October"
    again = _post(4, "instagram", "Book now: link in bio", "conversion/offer-the-details")
    again.text = card.text
    same_day = _post(1, "instagram", "Book now: link in bio", "conversion/offer-the-details")
    same_day.text = "The offer: R200 off your first full term.\nCode: SUMMERSPLASH, until 3 October"
    weeks_on = _post(12, "instagram", "Book now: link in bio", "conversion/offer-the-details")
    weeks_on.text = card.text.replace("3 October", "Friday 3 October")

    def dup(post):
        return "near-duplicate" in [r for r, _ in repetition_findings(post, [card])]

    assert dup(again)
    assert not dup(same_day)  # one announcement, cross-posted the same day
    assert not dup(weeks_on)


def test_an_excited_tone_is_playful_and_a_download_is_no_app():
    from planner.domain.brief import brief_from_dict
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context
    from planner.planning.render import TemplateLibrary
    from planner.planning.tone import voice_for_tone

    assert voice_for_tone("excitable!! high energy and lots of cheering") == "playful"
    assert voice_for_tone("enthusiastic, a bit hyped") == "playful"
    lib, plats = TemplateLibrary(), load_platforms()
    t = lib.templates["awareness/guess-the-time"]
    patterns = brief_from_dict({"product": "printable PDF sewing patterns", "kind": "digital",
                                "brand": "Bobine", "platforms": ["instagram"]})
    for seed in range(8):
        ctx = template_context(patterns, plats["instagram"], "reel", "", {}, dt.date(2027, 5, 3))
        out = lib.render(t, ctx, f"s{seed}")
        said = (out.text + out.title + out.visual).lower()
        assert "set up" not in said and "setup" not in said and "a real screen" not in said, said
