"""Session 40, from blind read 39 (benchmarks/blind_read/2026-12-07-e), each said here by
another trade: a left-or-right poll names the two kinds the brief gives and is never put of
goods that do not differ; an unboxing says what is in the parcel; a post whose one fact is
the shop it is sold in is not written twice; one download is "it", never "our packs"; a
sparse digital brief promises nothing to show."""

from __future__ import annotations

import datetime as dt

from planner.domain.brief import brief_from_dict
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.sparse import poll_pair, sparse_varied

LIB = TemplateLibrary()
START = dt.date(2027, 3, 1)


def _plan(data: dict, seed: int = 1, weeks: int = 4):
    brief = brief_from_dict(data)
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=seed, start=START, weeks=weeks))
    return brief, cal


def _brief(**data):
    return brief_from_dict({"platforms": ["instagram"], **data})


def test_a_poll_names_the_two_kinds_the_brief_gives():
    brief = _brief(product="hand-dipped beeswax candles",
                   description="beeswax candles dipped by hand in Otago, 8 and 12 inch, "
                               "natural and ivory colours")
    assert poll_pair(brief) == ("natural", "ivory")
    assert poll_pair(_brief(product="oak and walnut cutting boards")) is None


def test_goods_of_one_kind_are_no_left_or_right():
    assert not sparse_varied(_brief(product="lavender and oat milk bath salts"))
    assert sparse_varied(_brief(product="hand-thrown stoneware mugs"))
    assert sparse_varied(_brief(product="soy candles in six scents"))


def test_the_poll_of_named_kinds_says_them_and_plain_goods_get_none():
    _, cal = _plan({"product": "hand-dipped beeswax candles", "kind": "product",
                    "brand": "Wick Hollow", "platforms": ["instagram", "facebook"],
                    "description": "natural and ivory colours",
                    "sells_on": ["website"], "posts_per_week": 4})
    text = "\n".join(p.text for p in cal.posts)
    assert "Left or right" not in text
    polls = [p for p in cal.posts if p.template == "consideration/sparse-question"]
    for post in polls:
        assert "Natural or ivory" in post.text or "for yourself" in post.text, post.text
    _, cal = _plan({"product": "lavender and oat milk bath salts", "kind": "product",
                    "brand": "Salt Hollow", "platforms": ["instagram", "tiktok"],
                    "sells_on": ["amazon"], "posts_per_week": 4})
    assert not any("Left or right" in p.text or "side by side" in p.text for p in cal.posts)


def test_an_unboxing_says_what_is_in_it_and_a_shop_line_is_said_once():
    _, cal = _plan({"product": "lavender and oat milk bath salts", "kind": "product",
                    "brand": "Salt Hollow", "platforms": ["instagram", "tiktok"],
                    "sells_on": ["amazon"], "posts_per_week": 4})
    assert not any(p.template == "consideration/unboxing-first-look" for p in cal.posts)
    simple = [p for p in cal.posts if p.template == "conversion/shop-now-simple"]
    assert len(simple) <= 1, [p.text for p in simple]


def test_one_download_is_it_and_promises_nothing_to_show():
    _, cal = _plan({"product": "printable reading log bundle for homeschool parents",
                    "kind": "digital", "platforms": ["pinterest", "threads"],
                    "url": "https://example.com/logs", "cadence": {"pinterest": 3, "threads": 2}})
    text = "\n".join(p.text for p in cal.posts)
    assert "bundles" not in text and "how to use them" not in text, text
    assert "This is where" not in text
    asks = [p for p in cal.posts if p.template == "conversion/sparse-ask"]
    assert all("our printable reading log bundle online" in p.text for p in asks), \
        [p.text for p in asks]


def test_bath_goods_are_never_drunk():
    from planner.planning.offering import use_of

    for product in ("lavender and oat milk bath salts", "honey and milk bath bombs"):
        assert use_of(_brief(product=product)).mode == "", product
    assert use_of(_brief(product="oat milk soap")).verb == "wash with"
    _, cal = _plan({"product": "lavender and oat milk bath salts", "kind": "product",
                    "brand": "Salt Hollow", "platforms": ["instagram", "tiktok"],
                    "sells_on": ["amazon"], "posts_per_week": 4})
    assert not any("drunk" in p.text or "drink" in p.text for p in cal.posts)
    shop = [p for p in cal.posts if "Amazon" in p.text and p.stage == "conversion"]
    assert len(shop) <= 1, [p.text for p in shop]


def test_a_long_problem_is_said_not_asked():
    from planner.planning.facts_said import problem_question

    assert problem_question("customer complaints that the front desk only hears about after "
                            "a patient has already left", True) == ""
    assert problem_question("drivers logging hours on paper since 2019", True) == ""
    assert problem_question("kites that tear on the first tug") == "Tired of kites that tear on " \
        "the first tug?"


def test_a_standing_that_opens_on_a_participle_is_no_where_we_stand():
    _, cal = _plan({"product": "commercial kitchen deep cleans", "kind": "service",
                    "brand": "Hob & Hood", "b2b": True, "platforms": ["linkedin"],
                    "description": "overnight deep cleans of commercial kitchens in Leeds",
                    "reviews": "Trusted by 45 Leeds restaurants since 2016",
                    "url": "https://example.com/quote", "posts_per_week": 3})
    text = "\n".join(p.text for p in cal.posts)
    assert "Trusted by 45 Leeds restaurants since 2016." in text
    assert "Where we stand today: Trusted" not in text


def test_a_care_service_done_on_site_shows_no_treatment_room():
    from planner.planning.visuals import shown

    brief = _brief(product="home falls-risk assessments", kind="service",
                   description="on-site falls-risk assessments in the home by registered "
                               "occupational therapists")
    assert "treatment room" not in shown(brief, "falls-risk assessments")
    clinic = _brief(product="sports massage", kind="service",
                    description="sports massage by a registered physiotherapist in Hove")
    assert shown(clinic, "sports massage") == "the calm, tidy treatment room"


def test_what_the_business_is_is_not_said_twice_in_a_post():
    _, cal = _plan({"product": "commercial kitchen deep cleans", "kind": "service",
                    "brand": "Hob & Hood", "b2b": True, "platforms": ["linkedin"],
                    "description": "overnight deep cleans of commercial kitchens in Leeds, by "
                                   "a crew of four, with a hygiene report the same morning",
                    "problems": ["grease build-up in extraction canopies that nobody checks "
                                 "until the fire inspection"],
                    "url": "https://example.com/quote", "posts_per_week": 3})
    for post in cal.posts:
        assert post.text.lower().count("overnight deep cleans of commercial kitchens") <= 1, \
            post.text


def test_most_of_us_stays_us_in_one_makers_voice():
    from planner.planning.voice import first_person_singular

    assert first_person_singular("Most of us know this one. Tag us below.") == \
        "Most of us know this one. Tag me below."
    assert first_person_singular("ALL OF US. ASK US ANYTHING") == "ALL OF US. ASK ME ANYTHING"


_LIVE = {
    "product": "one-to-one piano lessons over Zoom", "kind": "service", "brand": "Keys at Home",
    "description": "one-to-one piano lessons over Zoom for adult beginners, 30 minutes, $35",
    "platforms": ["instagram", "pinterest", "youtube"], "url": "https://example.com/book",
    "country": "US", "timezone": "America/Denver", "solo": True,
    "faqs": [{"question": "I've never touched a piano. Can I still start?",
              "answer": "Yes. The first lesson starts from where middle C is."}],
    "events": [{"title": "Free live Q&A for adult beginners",
                "when": dt.datetime(2027, 3, 10, 18, 0), "platform": "instagram"}],
    "offer": {"discount": "$20 off your first four lessons", "starts": dt.date(2027, 3, 1),
              "ends": dt.date(2027, 3, 21)},
    "cadence": {"instagram": 3, "pinterest": 2, "youtube": 1},
}


def test_a_live_for_a_country_of_many_zones_says_whose_time():
    _, cal = _plan(_LIVE)
    lives = [p for p in cal.posts if "live Q&A" in p.text and "6pm" in p.text]
    assert lives, [p.text for p in cal.posts]
    assert all("6pm MST" in p.text for p in lives), [p.text for p in lives]


def test_a_faq_that_opens_on_i_keeps_its_capital_in_a_title():
    _, cal = _plan(_LIVE)
    titles = [p.title for p in cal.posts if p.title and "touched a piano" in p.title]
    assert all(": i've" not in t and t.startswith("I've") for t in titles), titles


def test_a_pin_or_a_video_says_the_offers_last_day_by_its_date():
    from planner.planning.context import with_last_call

    brief = brief_from_dict(_LIVE)
    day = dt.date(2027, 3, 20)
    pin = with_last_call("Lessons for adults.\n\nBook: link on the Pin", "Book: link on the Pin",
                         brief, day, "pinterest")
    assert "tomorrow" not in pin and "March 21, 2027" in pin, pin
    video = with_last_call("Lessons for adults.\n\nBook: link on my channel page",
                           "Book: link on my channel page", brief, day, "youtube")
    assert "tomorrow" not in video and "March 21" in video, video
    story = with_last_call("Lessons for adults.\n\nBook: link in bio", "Book: link in bio",
                           brief, day, "instagram")
    assert "tomorrow" in story


def test_a_warm_voice_gets_no_last_chance():
    from planner.planning.context import with_last_call

    brief = brief_from_dict(_LIVE | {"tone": "warm, encouraging"})
    for platform in ("instagram", "pinterest", "youtube", "tiktok", "facebook", "x"):
        text = with_last_call("Lessons.\n\nBook: link", "Book: link", brief,
                              dt.date(2027, 3, 21), platform)
        assert "last chance" not in text.lower(), (platform, text)


_CLASS = {"product": "drop-in pottery wheel classes", "kind": "service", "brand": "Spin House",
          "description": "drop-in pottery wheel classes in Fremantle, Monday and Wednesday "
                         "evenings 6 to 8pm, $40 a class, clay and firing included, a "
                         "different glaze to try every month",
          "platforms": ["instagram", "facebook"], "url": "https://example.com/book",
          "country": "AU", "posts_per_week": 4}


def test_a_class_has_no_paperwork_and_its_hours_are_no_feature():
    from planner.planning.sparse import description_features

    assert all("6 to 8pm" not in f and not f.startswith("Monday")
               for f in description_features(brief_from_dict(_CLASS)))
    _, cal = _plan(_CLASS)
    assert not any("paperwork" in p.visual for p in cal.posts)
    assert not any("in focus: Monday" in p.text for p in cal.posts)


def test_a_life_drawing_class_never_photographs_the_model():
    _, cal = _plan(_CLASS | {"product": "life drawing classes",
                             "description": "life drawing classes in Fremantle with a "
                                            "professional life model, $25 a class"})
    weeks = [p for p in cal.posts if p.template == "awareness/week-in-photos"]
    assert all("never the model" in p.visual for p in weeks), [p.visual for p in weeks]


def test_a_standing_that_is_no_rating_is_not_called_reviews():
    for seed in (1, 2, 3):
        _, cal = _plan({"product": "commercial kitchen deep cleans", "kind": "service",
                        "brand": "Hob & Hood", "b2b": True, "platforms": ["linkedin"],
                        "description": "overnight deep cleans of commercial kitchens in Leeds",
                        "reviews": "Trusted by 45 Leeds restaurants since 2016",
                        "url": "https://example.com/quote", "posts_per_week": 3}, seed=seed)
        assert not any("the reviews" in p.text for p in cal.posts), seed


def test_lint_hears_one_makers_live_as_announced():
    from planner.domain.calendar import Calendar, CalendarPost
    from planner.planning.critic import calendar_findings

    brief = brief_from_dict(_LIVE)
    posts = [CalendarPost(date=dt.date(2027, 3, d), time="10:00", platform="instagram",
                          stage="awareness", tactic="x", template="x", format="static",
                          text=("Join me for my free live Q&A for adult beginners." if d == 8
                                else f"Post {d} about lessons."), cta="")
             for d in range(1, 12)]
    cal = Calendar(product=brief.product, start=dt.date(2027, 3, 1), end=dt.date(2027, 3, 28),
                   funnel="five-stage", seed=1, generator="t", posts=posts)
    assert not any("never announced" in m for _, m in calendar_findings(cal, brief))


def test_a_market_slot_moved_to_another_day_says_that_days_words():
    from planner.planning.slots import Slot, market_days

    brief = brief_from_dict({"product": "sourdough loaves", "platforms": ["instagram"],
                             "sells_on": ["Saturday stall at the Marrickville market"]})
    slots = [Slot(dt.date(2027, 1, 15), dt.time(9), "instagram", market="tomorrow"),  # Friday
             Slot(dt.date(2027, 1, 17), dt.time(9), "instagram", market="tomorrow"),  # Sunday
             Slot(dt.date(2027, 1, 16), dt.time(8), "instagram", market="tomorrow")]  # Saturday
    market_days(slots, brief)
    assert [s.market for s in slots] == ["tomorrow", "", "today"]


def test_people_who_do_the_work_are_ours_and_a_service_hands_things_over():
    from planner.planning.facts_said import difference_sentence

    assert difference_sentence("engineers certified by the boiler makers", "boiler servicing",
                               "service", True) == \
        "Our engineers are certified by the boiler makers."
    assert difference_sentence("a courtesy car while yours is in the garage", "car servicing",
                               "service", True) == \
        "You get a courtesy car while yours is in the garage."


def test_a_list_after_with_gets_its_and():
    from planner.planning.facts_said import core_sentences

    core = core_sentences("a membership with a new workout every Monday, a shopping list, "
                          "one live call a month, $9 a month", "digital", "", "home workouts")[0]
    assert "a shopping list and one live call a month" in core, core


def test_a_first_months_deal_says_the_price_after_it():
    _, cal = _plan({"product": "weekly home workout plans", "kind": "digital",
                    "brand": "Lunchbreak Lift", "platforms": ["instagram", "threads"],
                    "description": "a membership with a new 5-day plan every Monday, "
                                   "20-minute sessions, $9 a month, cancel anytime",
                    "url": "https://example.com/join", "action": "join",
                    "offer": {"code": "LIFT1", "discount": "your first month for $1",
                              "starts": dt.date(2027, 3, 1), "ends": dt.date(2027, 3, 12)},
                    "posts_per_week": 4})
    offered = [p for p in cal.posts if "LIFT1" in p.text and "$9" in p.text]
    assert offered
    assert not any("It costs $9" in p.text or "usually $9" in p.text for p in offered), \
        [p.text for p in offered]


def test_a_bundle_offer_leaves_each_price_as_it_is():
    _, cal = _plan({"product": "rug and curtain cleaning", "kind": "service",
                    "brand": "Fresh Fibre", "platforms": ["instagram", "facebook"],
                    "description": "cleaning in your own home, a rug is €40, curtains €30 a pair",
                    "url": "https://example.com/book",
                    "offer": {"discount": "€10 off when you book a rug and curtains together",
                              "ends": dt.date(2027, 3, 26)},
                    "posts_per_week": 4})
    assert not any("usually €40" in p.text or "is usually" in p.text for p in cal.posts)


def test_a_list_of_one_word_items_tags_the_thing_they_share():
    from planner.planning.hashtags import product_tags

    assert product_tags(_brief(product="rug, curtain and upholstery steam cleaning")) == \
        ["#steamcleaning"]


def test_an_events_address_is_said_once_a_platform_and_the_market_once_a_week():
    _, cal = _plan({"product": "small-batch cider", "kind": "product", "brand": "Orchard Row",
                    "platforms": ["instagram", "facebook"], "tone": "sunny, cheeky",
                    "sells_on": ["website", "Saturday stall at the Frome market"],
                    "url": "https://example.com",
                    "events": [{"title": "Pressing day at our orchard",
                                "when": dt.datetime(2027, 3, 20, 10, 0),
                                "place": "Lower Farm, Rodden Road, Frome BA11 2AA"}],
                    "posts_per_week": 4})
    for platform in ("instagram", "facebook"):
        mine = [p for p in cal.posts if p.platform == platform]
        assert sum("Rodden Road" in p.text for p in mine) <= 1
        for week in range(4):
            week_posts = [p for p in mine if (p.date - START).days // 7 == week]
            assert sum("Frome market" in p.text for p in week_posts) <= 1, week
    text = "\n".join(p.text for p in cal.posts)
    for snark in ("We'll wait", "Your memory", "Try to act", "We'll notice"):
        assert snark not in text


def test_a_part_named_like_the_goods_is_said_of_the_brand():
    from planner.planning.facts_said import feature_sentence

    assert feature_sentence("a new 5-day workout plan every Monday", "weekly workout plans",
                            "Lunchbreak Lift", "digital") == \
        "Lunchbreak Lift comes with a new 5-day workout plan every Monday."


def test_a_question_about_using_the_like_names_the_brand():
    _, cal = _plan({"product": "weekly workout plans for shift workers", "kind": "digital",
                    "brand": "Lunchbreak Lift", "platforms": ["instagram", "threads"],
                    "url": "https://example.com"})
    asks = [p for p in cal.posts if p.template == "consideration/sparse-question"]
    assert asks and all("Or would Lunchbreak Lift be your first?" in p.text for p in asks), \
        [p.text for p in asks]


def test_an_event_at_our_own_place_is_no_where_we_will_be():
    from planner.planning.render import TemplateLibrary as _Lib

    source = (_Lib().templates["consideration/live-workshop"].path).read_text()
    assert "Come and see us." in source
    _, cal = _plan({"product": "espresso machine servicing", "kind": "service", "b2b": True,
                    "brand": "Crema Works", "platforms": ["linkedin", "x"],
                    "description": "servicing and repairs of commercial espresso machines",
                    "url": "https://example.com",
                    "events": [{"title": "Machine care morning for café owners",
                                "when": dt.datetime(2027, 3, 17, 8, 30),
                                "place": "Crema Works workshop, 3 Mill Lane, Leeds"}],
                    "posts_per_week": 4})
    assert not any("Here's where we'll be" in p.text for p in cal.posts)


def test_free_delivery_to_a_few_suburbs_is_delivery_and_never_too_to():
    from planner.planning.shipping import ships_free

    terms = "to Fitzroy, Carlton and Collingwood on orders over $50"
    assert ships_free("And shipping is free", terms, "AU") == \
        "And delivery is free to Fitzroy, Carlton and Collingwood on orders over $50."
    assert ships_free("Postage is free too", terms, "AU") == \
        "Delivery is free to Fitzroy, Carlton and Collingwood on orders over $50 too."
    assert ships_free("And shipping is free", "on Canadian orders over $60", "CA") == \
        "And shipping is free on Canadian orders over $60."


def test_dry_in_hours_says_what_is_dry():
    from planner.planning.facts_said import part_shape

    assert part_shape("dry in 2 to 3 hours") == "Everything is dry in 2 to 3 hours."
    assert part_shape("usually dry within 3 hours") == "Everything is usually dry within 3 hours."


def test_no_last_call_for_a_brand_that_wants_no_hard_sell():
    from planner.planning.context import with_last_call

    brief = brief_from_dict(_LIVE | {"tone": "friendly, honest, no hard sell"})
    for platform in ("instagram", "facebook", "tiktok", "x", "pinterest", "youtube"):
        for day in (dt.date(2027, 3, 20), dt.date(2027, 3, 21)):
            text = with_last_call("Lessons.\n\nBook: link", "Book: link", brief, day, platform)
            assert "last call" not in text.lower(), (platform, text)


_CONTRACTS = {"product": "coffee grinder servicing contracts", "kind": "service", "b2b": True,
              "brand": "Burr & Co", "platforms": ["linkedin"],
              "description": "servicing of commercial coffee grinders in Leeds, "
                             "same-day callouts in the city centre",
              "differentiators": ["a written service report after every visit"],
              "faqs": [{"question": "How often should a grinder be serviced?",
                        "answer": "Every six months, or sooner if you grind more than 5kg a day."}],
              "url": "https://example.com", "posts_per_week": 3}


def test_a_business_question_is_no_after_your_first_appointment():
    _, cal = _plan(_CONTRACTS)
    assert not any("after your first appointment" in p.text for p in cal.posts)


def test_a_difference_in_an_introduction_is_a_sentence_of_ours():
    for seed in (1, 2, 3):
        _, cal = _plan(_CONTRACTS, seed=seed)
        for post in cal.posts:
            assert "\nA written service report after every visit." not in post.text, post.text


def test_an_offers_last_days_on_two_platforms_are_no_near_duplicate():
    from planner.domain.calendar import CalendarPost
    from planner.planning.repeats import repetition_findings

    def story(day, platform, text):
        return CalendarPost(date=day, time="09:00", platform=platform, stage="conversion",
                            tactic="urgency and scarcity", template="conversion/offer-ends-soon",
                            format="story", text=text, cta="Shop: tap the link sticker.",
                            visual="A simple story with a countdown sticker")
    first = story(dt.date(2027, 3, 20), "instagram",
                  "One more reminder for CIDER10: 10% off, until tomorrow, 21 March!\n\n"
                  "Shop: tap the link sticker.")
    second = story(dt.date(2027, 3, 21), "facebook",
                   "10% off with code CIDER10 ends today, 21 March!\n\nShop: tap the link sticker.")
    assert not any(rule == "near-duplicate" for rule, _ in repetition_findings(second, [first]))
