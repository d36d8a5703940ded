"""Session 41, from blind read 40 (benchmarks/blind_read/2026-12-07-f) and its tuning set,
each said here by another trade: a description's list said a fact at a time (a price never
carries the parts after it, a list of sizes stays one list, a part of the goods is what each
one has, the ways they come are what they come in); when a class runs and how long one lasts
said of the class; an event whose title says where is not told its place again."""

from __future__ import annotations

import datetime as dt

from planner.domain.brief import brief_from_dict
from planner.planning.context import event_place
from planner.planning.facts_said import description_details, fact_sentences, feature_sentence
from planner.planning.plan import PlanOptions, plan_calendar
from planner.planning.render import TemplateLibrary
from planner.planning.wording import description_parts

LIB = TemplateLibrary()
START = dt.date(2027, 3, 1)


def _plan(data: dict, seed: int = 1, weeks: int = 4):
    brief = brief_from_dict(data)
    cal, _ = plan_calendar(brief, LIB, options=PlanOptions(seed=seed, start=START, weeks=weeks))
    return brief, cal


def test_a_price_never_carries_the_parts_typed_after_it():
    desc = ("waxed cotton dog coats, $64 to $88, two-way zip for the harness, "
            "sewn in Hobart")
    core, facts = description_parts(desc)
    assert core == "waxed cotton dog coats"
    assert facts == ["$64 to $88", "two-way zip for the harness", "sewn in Hobart"]
    said = description_details(desc, "waxed cotton dog coats", "product")
    assert "Prices run from $64 to $88." in said
    assert "Each coat has a two-way zip for the harness." in said
    assert "Our waxed cotton dog coats are sewn in Hobart." in said


def test_a_list_of_sizes_is_one_list():
    desc = "linen sun hats, sizes 2-4 years, 4-6 years and 6-8 years, $29"
    core, facts = description_parts(desc)
    assert facts[0] == "sizes 2-4 years, 4-6 years and 6-8 years"
    said = description_details(desc, "linen sun hats", "product")
    assert said[0] == "Our linen sun hats come in sizes 2-4 years, 4-6 years and 6-8 years."


def test_the_ways_goods_come_and_a_part_each_one_has():
    item = "beeswax wraps"
    assert fact_sentences(["light weight and heavy weight"], item) == \
        ["Our beeswax wraps come in light weight and heavy weight."]
    assert fact_sentences(["removable cover for washing"], "floor cushions") == \
        ["Each cushion has a removable cover for washing."]
    assert fact_sentences(["adjustable straps for growing feet"], "sandals") == \
        ["Each sandal has adjustable straps for growing feet."]


def test_when_a_class_runs_and_how_long_one_lasts():
    item = "beginner pottery classes"
    said = fact_sentences(["90 minutes", "Tuesdays at 18:30 and 20:15", "Sundays at 10:00"],
                          item, "service")
    assert said == ["Each class lasts 90 minutes.",
                    "Classes run on Tuesdays at 18:30 and 20:15, and Sundays at 10:00."]
    assert fact_sentences(["50 minutes per lesson"], "swimming lessons", "service") == \
        ["Each lesson lasts 50 minutes."]
    # a feature post says the same whole sentences, never "Each class comes with 90 minutes"
    assert feature_sentence("90 minutes", item, "Kiln Club", "service") == "Each class lasts 90 minutes."
    assert feature_sentence("max 8 people per class", item, "Kiln Club", "service") == \
        "Groups are 8 people at most."


def test_an_event_whose_title_says_where_is_not_told_the_place_again():
    assert event_place("Riverside Park bandstand, next to the boathouse",
                       "Free tai chi morning at the Riverside Park bandstand", "Still Water") == ""
    assert event_place("Harbour Green, 12 Quay Road", "Open day on the harbour green",
                       "Tidewater") == "12 Quay Road"
    # a title that names no place keeps it
    assert event_place("Harbour Green, 12 Quay Road", "Open day", "Tidewater") == \
        "Harbour Green, 12 Quay Road"


def test_a_class_calendar_says_the_timetable_as_sentences():
    brief, cal = _plan({
        "product": "early-morning rowing machine classes", "kind": "service",
        "brand": "Oarhouse", "platforms": ["instagram"],
        "description": "indoor rowing classes in Leith, 40 minutes, max 10 people per class, "
                       "weekdays at 06:15 and 07:15, Saturdays at 08:00, £9 a class",
        "cadence": {"instagram": 4}})
    text = "\n".join(p.text for p in cal.posts)
    assert "There are weekdays" not in text and "There are Saturdays" not in text
    assert "comes with 40 minutes" not in text
    assert ": max 10 people per class" not in text


def test_a_product_tag_never_misleads_alone():
    from planner.planning.hashtags import product_tags

    def tags(product):
        return product_tags(brief_from_dict({"product": product, "platforms": ["instagram"]}))
    # where or for whom is no tag on its own; a name hyphened through "to" is one word
    assert tags("indoor bouldering sessions") == ["#boulderingsessions"]
    assert "#private" not in tags("private swimming lessons")
    assert not any(t.startswith("#couch") for t in tags("couch-to-5k walking app"))
    # three plain nouns said whole, never the first alone
    assert tags("card game bar") == ["#cardgamebar"]


def test_a_kind_of_the_goods_and_a_quality_said_as_such():
    from planner.planning.facts_said import difference_sentence
    desc = ("small-batch kombucha brewed in Fremantle, ginger kombucha aged 10 days, "
            "hibiscus kombucha aged 14 days, caffeine-free rooibos kombucha, 330ml bottle $6")
    said = description_details(desc, "raw kombucha", "product")
    assert "Our hibiscus kombucha is aged 14 days." in said
    assert "There's also a caffeine-free rooibos kombucha." in said
    assert difference_sentence("a caffeine-free rooibos kombucha", "raw kombucha") == \
        "There's also a caffeine-free rooibos kombucha."
    assert difference_sentence("unfiltered, so the yeast is still alive in every bottle",
                               "unfiltered kombucha") == \
        "Our kombucha is unfiltered, so the yeast is still alive in every bottle."
    assert difference_sentence("hand-dipped candles", "beeswax candles") == \
        "Our beeswax candles are hand-dipped."


def test_a_market_is_said_once_a_week_whatever_the_platform():
    brief, cal = _plan({
        "product": "sourdough loaves", "brand": "Crumb & Co",
        "platforms": ["instagram", "facebook", "threads"],
        "sells_on": ["Sunday stall at the Fitzroy Market"],
        "description": "sourdough loaves baked in Fitzroy, 48-hour ferment, $12 a loaf",
        "cadence": {"instagram": 3, "facebook": 3, "threads": 3}})
    told = [p for p in cal.posts if "Fitzroy Market" in p.text]
    weeks = [(p.date - START).days // 7 for p in told]
    assert told and len(weeks) == len(set(weeks))
    assert not any("the Sunday stall at the Fitzroy Market tomorrow" in p.text for p in told)


def test_a_week_in_photos_early_in_the_week_is_last_weeks():
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context

    plats = load_platforms()
    brief = brief_from_dict({
        "product": "commercial window cleaning", "kind": "service", "brand": "Clearview",
        "b2b": True, "platforms": ["linkedin", "x"],
        "description": "window cleaning for offices in Leeds, done before 7am, photos before and after"})
    for tid, pid in (("awareness/week-in-photos", "linkedin"), ("awareness/caption-this", "x")):
        t = LIB.get(tid)
        plat = plats[pid]
        fmt = next(f for f in t.formats if f in plat.formats)
        for day, early in ((dt.date(2027, 3, 2), True), (dt.date(2027, 3, 5), False)):
            texts = [LIB.render(t, template_context(brief, plat, fmt, "", None, day), f"{k}|{pid}").text
                     for k in range(8)]
            if early:
                assert not any("this week" in x.lower() for x in texts), texts
                assert any("last week" in x.lower() for x in texts)
            assert not any("working week on " in x for x in texts)


def test_a_service_description_says_its_clauses_and_lists_apart():
    from planner.planning.facts_said import core_sentence
    from planner.planning.wording import mend
    desc = ("mobile bike repair in Hobart's northern suburbs, road bikes, e-bikes and kids' bikes, "
            "our van carries a full workshop, worn chains replaced same day, call-out $40")
    assert core_sentence(desc, "service", "mobile bike repair").endswith(
        "mobile bike repair in Hobart's northern suburbs: road bikes, e-bikes and kids' bikes.")
    said = description_details(desc, "mobile bike repair", "service")
    assert "Our van carries a full workshop." in said
    assert "Worn chains are replaced same day." in said
    assert mend("open from 6 a.m. on weekdays") == "Open from 6 a.m. on weekdays"


def test_a_fact_is_not_told_again_inside_another_sentence():
    from planner.planning.once import said_inside, sentence_keys
    said = sentence_keys("We come out whenever 5 cm or more falls overnight.")
    assert said_inside("For anyone new here: we come out whenever 5 cm or more falls overnight.", said)
    assert not said_inside("We clear driveways, walkways and front steps by hand.", said)
    # a moment's name said on each platform is the moment's, not a fact told twice
    named = sentence_keys("Join our workshop, Make your own miso at home, on Saturday.")
    assert not said_inside("Make your own miso at home.", named, ["Make your own miso at home"])


def test_a_place_people_drop_in_to_is_visited_not_booked():
    from planner.planning.sparse import booked_ask, drop_in, what_it_is
    from planner.planning.visuals import shown
    brief = brief_from_dict({"product": "vinyl listening bar", "kind": "service",
                             "brand": "Side B", "platforms": ["instagram"]})
    assert drop_in(brief) == "a vinyl listening bar"
    assert what_it_is(brief) == "Side B is a vinyl listening bar."
    assert booked_ask(brief) == "Planning a visit to Side B?"
    assert "job in progress" not in shown(brief, "vinyl listening bar")
    _, cal = _plan({"product": "vinyl listening bar", "kind": "service", "brand": "Side B",
                    "platforms": ["instagram"], "cadence": {"instagram": 3}})
    text = "\n".join(p.text + "\n" + p.visual for p in cal.posts)
    assert "show the work as it's done" not in text and "job in progress" not in text
    assert "Want to book vinyl listening bar" not in text
    # a service that is work, not a place, keeps its own words
    assert not drop_in(brief_from_dict({"product": "mobile bike repair", "kind": "service",
                                        "platforms": ["instagram"]}))


def test_each_one_and_a_hyphened_participle_said_whole():
    from planner.planning.facts_said import difference_sentence
    said = description_details("printable guitar tab packs every month as PDF, each in two keys, "
                               "$6 a month", "guitar tab membership", "digital")
    assert "Each pack comes in two keys." in said
    assert difference_sentence("laser-cut to 0.1 mm, not hand-cut", "acrylic signage fitting",
                               "service") == "Everything is laser-cut to 0.1 mm, not hand-cut."
    assert difference_sentence("stone-ground in small batches", "spelt flour") == \
        "Our spelt flour is stone-ground in small batches."


def test_usually_is_said_only_of_the_goods_on_offer():
    from planner.planning.facts_said import offer_part
    line = "A 1kg bag is €9 and a 5kg bag is €38."
    assert offer_part(line, "15% off all 5kg bags") == "A 5kg bag is €38."
    assert offer_part(line, "15% off everything") == line
    brief, cal = _plan({
        "product": "stoneground spelt flour", "brand": "Molen Vier", "platforms": ["instagram"],
        "description": "stoneground spelt flour, 1kg bag €9, 5kg bag €38",
        "offer": {"code": "BAKE15", "discount": "15% off all 5kg bags",
                  "starts": "2027-03-01", "ends": "2027-03-14"},
        "cadence": {"instagram": 3}})
    text = "\n".join(p.text for p in cal.posts)
    assert "1kg bag is usually" not in text


def test_a_membership_of_sheets_is_no_app():
    from planner.domain.platforms import load_platforms
    from planner.planning.context import template_context
    brief = brief_from_dict({
        "product": "ukulele songbook membership", "kind": "digital", "brand": "Strum Club",
        "platforms": ["instagram"], "tips": ["Tune up before every practice, even if it sounds fine."],
        "quotes": [{"text": "I finally play with my kids.", "by": "Maya"}]})
    plats = load_platforms()
    for tid in ("awareness/quick-tip", "loyalty/customer-spotlight"):
        t = LIB.get(tid)
        for fmt in t.formats:
            if fmt not in plats["instagram"].formats:
                continue
            ctx = template_context(brief, plats["instagram"], fmt, "", None, START)
            for k in range(6):
                r = LIB.render(t, ctx, f"{k}|instagram")
                assert "screen recording" not in r.visual, r.visual
                assert "when you post yours" not in r.text


def test_a_b2b_work_list_its_goods_and_what_is_free():
    from planner.planning.facts_said import core_sentence, difference_sentence
    from planner.planning.hashtags import product_tags
    desc = ("crate hire, cleaning and repair for growers in the Riverland, free delivery for "
            "orders of 100 crates or more, reconditioned 600 x 400 crates from $6, split "
            "slats ground into mulch")
    assert core_sentence(desc, "service", "crate hire, cleaning and repair") == \
        "We offer crate hire, cleaning and repair for growers in the Riverland."
    said = description_details(desc, "crate hire, cleaning and repair", "service")
    assert "Delivery is free for orders of 100 crates or more." in said
    assert "Reconditioned 600 x 400 crates start from $6." in said
    assert difference_sentence("free delivery over €60", "linen shirts") == \
        "Delivery is free over €60."
    # a word the brand shares with the goods is the goods' ("#cratehire", never "#hire")
    assert product_tags(brief_from_dict({"product": "crate hire, cleaning and repair",
                                         "brand": "Riverland Crate Co"})) == ["#cratehire"]


def test_food_from_a_delivery_app_is_ordered_and_served():
    from planner.planning.voice import brief_voice
    data = {"product": "jollof rice bowls", "brand": "Pot Gang", "platforms": ["tiktok", "x"],
            "sells_on": ["Uber Eats"]}
    assert brief_voice(brief_from_dict(data)).verb == "order"
    _, cal = _plan(data)
    text = "\n".join(p.text + "\n" + p.visual for p in cal.posts)
    assert "as a gift" not in text and "Ready to shop" not in text
    assert "at home, at real speed" not in text
    # goods bought in a shop keep "shop"
    assert brief_voice(brief_from_dict({"product": "tea towels", "platforms": ["x"],
                                        "sells_on": ["etsy"]})).verb != "order"


def test_a_feature_of_a_service_is_a_sentence_and_a_quoted_name_is_closed():
    from planner.planning.render import clean
    assert feature_sentence("bins emptied weekly or fortnightly", "commercial bin cleaning",
                            "Binbright", "service") == "Bins are emptied weekly or fortnightly."
    assert feature_sentence("a hygiene report after every clean", "commercial bin cleaning",
                            "Binbright", "service") == "You get a hygiene report after every clean."
    assert clean("Join our talk, ‘Bins and the law’ on Monday 4 January.") == \
        "Join our talk, ‘Bins and the law’, on Monday 4 January."


def test_a_gloss_in_brackets_inside_a_launch_name_stays_in_it():
    _, cal = _plan({
        "product": "small-batch hot sauce", "brand": "Ember Jar", "platforms": ["instagram"],
        "launch": {"what": "habanada (sweet habanero) sauce, aged 6 weeks", "date": "2027-03-10"},
        "cadence": {"instagram": 4}})
    text = "\n".join(p.text for p in cal.posts)
    assert "habanada (sweet habanero) sauce" in text
    assert "Sweet habanero. Sauce" not in text and "sweet habanero. Sauce" not in text


def test_a_sparse_calendar_asks_what_to_see_next_once():
    from planner.planning.once import sentence_keys
    from planner.planning.sparse import sparse_noun
    assert sentence_keys("What should we film next?") & sentence_keys(
        "What would you like to see from us here?")
    data = {"product": "restored vintage typewriters, serviced and tested", "brand": "Keystruck",
            "platforms": ["instagram", "facebook"], "sells_on": ["etsy"], "posts_per_week": 3}
    assert sparse_noun(brief_from_dict(data)) == "restored vintage typewriters"
    _, cal = _plan(data)
    asks = [p for p in cal.posts if sentence_keys(p.text) & sentence_keys("What should we film next?")]
    assert len(asks) <= 1, [p.text for p in asks]


def test_a_fact_behind_there_is_is_the_same_fact():
    from planner.planning.once import said_inside, sentence_keys
    said = sentence_keys("There's a voice in your headphones telling you when to breathe in.")
    assert said_inside("Zooming in on Lungful: a voice in your headphones telling you when to "
                       "breathe in.", said)
    assert feature_sentence("a voice in your headphones telling you when to breathe in", "app",
                            "Lungful", "digital") == \
        "Our app has a voice in your headphones telling you when to breathe in."


def test_goods_built_by_hand_or_of_one_wood_are_no_left_or_right():
    from planner.planning.sparse import sparse_varied
    assert not sparse_varied(brief_from_dict({"product": "hand-built oak wood benches",
                                              "platforms": ["instagram"]}))
    _, cal = _plan({"product": "hand-built oak wood benches", "brand": "Bankwerk",
                    "platforms": ["instagram"], "url": "https://bankwerk.example",
                    "posts_per_week": 2})
    text = "\n".join(p.text for p in cal.posts)
    assert "Left or right" not in text and "any time" not in text
