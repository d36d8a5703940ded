"""Engagement posts and the days posts go out on, after blind read 31 (s32, helper c).
Every brief here is our own."""

from __future__ import annotations

import datetime as dt

from tests.calendar_helpers import plan

#: a bakery school with an open afternoon in person, its name typed "a gathering: what
#: happens there"
_BAKEHOUSE = {
    "product": "sourdough baking classes", "kind": "service", "brand": "Roggenhof Backstube",
    "description": "small sourdough baking classes for beginners in our bakehouse in Graz, six "
                   "people at a time, every class ends with two loaves to take home",
    "audience": "home bakers in Graz",
    "tone": "warm, friendly",
    "platforms": ["instagram", "facebook"],
    "url": "https://roggenhof-backstube.at/kurse",
    "cadence": {"instagram": 3, "facebook": 2},
    "events": [{"title": "Open afternoon at the bakehouse: meet our bakers, shape a loaf and "
                         "take it home",
                "when": dt.datetime(2027, 1, 16, 14, 0), "platform": "instagram",
                "place": "Roggenhof Backstube, Annenstraße 12, Graz"}],
}


def test_an_event_named_with_what_happens_there_is_invited_to_and_then_told():
    # (blind read 31: "Come to ‘Open morning at the caleta: meet Don Lucho, see the boats come
    # in and taste ceviche’, Saturday…": the whole name in quotes mid-sentence, the date
    # after it)
    cal = plan(_BAKEHOUSE, weeks=3)
    told = [p for p in cal.posts if "open afternoon at the bakehouse" in p.text.lower()]
    assert told, [p.text for p in cal.posts]
    for p in told:
        assert "‘Open afternoon" not in p.text, p.text
        assert "bakehouse: meet" not in p.text, p.text
    assert any("Meet our bakers, shape a loaf and take it home." in p.text for p in told), \
        [p.text for p in told]


def test_what_happens_at_an_event_is_said_as_a_sentence_or_left_in_its_name():
    from planner.planning.facts_said import event_aside, event_name

    assert event_name("Repair evening in the shop: two benches of tools to borrow", True) \
        == "Repair evening in the shop"
    assert event_aside("Repair evening in the shop: two benches of tools to borrow", True) \
        == "There are two benches of tools to borrow."
    assert event_aside("Harvest morning at the farm: free apple pressing, one crate each", True) \
        == "There's a free apple pressing."
    # a subject of a talk stays in the name; an online event keeps its name whole
    title = "Parents evening at the pool: how lessons are graded"
    assert event_name(title, True) == title and event_aside(title, True) == ""
    title = "Open kitchen at the cafe: taste the spring menu"
    assert event_name(title, False) == title


#: a bike-fitting studio with customers' questions, on three platforms
_BIKEFIT = {
    "product": "bike fitting sessions", "kind": "service", "brand": "Sattelfest",
    "description": "two-hour bike fitting sessions in our studio in Freiburg, with pressure "
                   "mapping of the saddle and a written report of every change we make",
    "audience": "road cyclists and commuters around Freiburg",
    "tone": "warm, friendly",
    "platforms": ["instagram", "facebook", "tiktok"],
    "url": "https://sattelfest.de/termin",
    "cadence": {"instagram": 3, "facebook": 3, "tiktok": 2},
    "faqs": [{"question": "Do I need to bring my own bike?",
              "answer": "Yes, we fit you to the bike you ride, shoes and pedals included."},
             {"question": "Can I come back if something still hurts?",
              "answer": "A follow-up visit within six weeks is included in the price."},
             {"question": "Do you fit time-trial bikes?",
              "answer": "We do, with a separate session for the aero position."}],
}

_FRAMES = ("we get asked this a lot", "a question from one of you", "people often ask",
           "a question that comes up", "a fair question", "you asked",
           "a question we get a lot", "we hear this one a lot")


def test_only_the_first_answered_question_of_a_calendar_is_framed():
    # (blind read 31: "Before they book, people often ask us this." then "We get asked this a
    # lot." before a second and a third customer question on one platform)
    cal = plan(_BIKEFIT, weeks=4)
    questions = [f["question"] for f in _BIKEFIT["faqs"]]
    answers = [p for p in cal.posts if any(q in p.text for q in questions)
               and p.tactic == "questions and polls"]
    assert len(answers) >= 2, [p.text for p in cal.posts]
    framed = [p.text for p in answers
              if any(f in p.text.split("\n")[0].lower() for f in _FRAMES)]
    assert len(framed) <= 1, framed


#: a candle maker's giveaway, drawn inside the calendar, on every platform a winner post fits
_CANDLES = {
    "product": "hand-poured rapeseed wax candles", "brand": "Dochtwerk",
    "description": "hand-poured rapeseed wax candles in refillable ceramic pots, made in our "
                   "workshop in Kassel, each candle burns for about 40 hours",
    "audience": "people who like a quiet evening at home",
    "tone": "warm, friendly",
    "platforms": ["instagram", "facebook", "tiktok", "threads", "x"],
    "url": "https://dochtwerk.de",
    "cadence": {"instagram": 3, "facebook": 2, "tiktok": 2, "threads": 2, "x": 2},
    "giveaway": "a set of three candles in the pot colours of your choice",
    "giveaway_ends": dt.date(2027, 1, 17), "giveaway_draw": dt.date(2027, 1, 18),
    "giveaway_rules": "https://dochtwerk.de/gewinnspiel",
}


def test_a_winner_post_never_tells_every_entrant_to_look_in_their_messages():
    # (blind read 31: "Entered? Check your messages." sends every entrant to their inbox,
    # where fake accounts write to them)
    cal = plan(_CANDLES, weeks=3)
    winners = [p for p in cal.posts if p.tactic == "giveaway winner"]
    assert len(winners) >= 3, [(p.date, p.platform, p.tactic) for p in cal.posts]
    for p in winners:
        low = p.text.lower()
        assert "check your messages" not in low and "check your dms" not in low, p.text


#: a pottery whose open day is at the studio address its description gives
_POTTERY = {
    "product": "wheel-thrown stoneware tableware", "brand": "Kiln Lane Pottery",
    "description": "wheel-thrown stoneware plates, bowls and mugs, glazed in small batches. "
                   "Studio and shop at 14 Kiln Lane, Totterdown, Bristol, open Thursday to "
                   "Saturday 10-5",
    "audience": "people in Bristol setting up a home",
    "tone": "warm, friendly",
    "platforms": ["instagram", "facebook"],
    "url": "https://kilnlanepottery.co.uk",
    "cadence": {"instagram": 3, "facebook": 2},
    "differentiators": ["every glaze is mixed in the studio from our own recipes",
                        "everything is dishwasher and oven safe"],
    "tips": ["Warm a cold plate in the oven before it meets hot food."],
    "story": ["Ines threw her first bowl at evening classes in 2016 and opened the studio in "
              "2021."],
    "events": [{"title": "Seconds sale at the studio", "when": dt.datetime(2027, 1, 23, 10, 0),
                "platform": "instagram", "place": "14 Kiln Lane, Totterdown, Bristol"}],
}


def test_an_event_at_the_address_the_description_gives_still_gets_its_posts():
    # (blind read 31: a Flash Day at the studio's own address had no post at all: every
    # wording that said where it is was turned down as the description pasted)
    cal = plan(_POTTERY, weeks=3)
    day = dt.date(2027, 1, 23)
    told = [p for p in cal.posts if "seconds sale" in p.text.lower()]
    assert any(p.date == day for p in told), [(p.date, p.platform, p.tactic) for p in cal.posts]
    assert any((day - p.date).days >= 2 for p in told), [(p.date, p.platform) for p in told]
    assert any("14 Kiln Lane" in p.text for p in told), [p.text for p in told]


#: a payroll bureau's webinar with a sign-up page, told on three platforms
_PAYROLL = {
    "product": "outsourced payroll for small employers", "kind": "service",
    "brand": "Lohnbüro Kessler", "b2b": True,
    "description": "monthly payroll for employers with 5 to 80 staff in Bavaria: payslips, "
                   "social insurance reports and year-end certificates, one named clerk per "
                   "client, call 089 5512 3300",
    "audience": "owners and office managers of small firms",
    "tone": "formal, factual",
    "platforms": ["linkedin", "x", "facebook"],
    "url": "https://lohnbuero-kessler.de/kontakt", "action": "call",
    "cadence": {"linkedin": 3, "x": 3, "facebook": 2},
    "differentiators": ["one named clerk per client", "payslips out by the 25th every month"],
    "tips": ["Keep sick notes for the whole year: the health insurer can ask for them."],
    "events": [{"title": "Webinar: the 2027 minimum wage and your payroll",
                "when": dt.datetime(2027, 1, 20, 11, 0), "platform": "linkedin",
                "link": "https://lohnbuero-kessler.de/webinar"},
               {"title": "Webinar: mini-jobs after the 2027 changes",
                "when": dt.datetime(2027, 1, 27, 11, 0), "platform": "linkedin",
                "link": "https://lohnbuero-kessler.de/webinar-minijob"}],
}


def test_a_webinar_day_post_asks_to_register_never_to_join_here():
    # (blind read 31: "Today at 2pm here … Join here: https://…/webinar", "here" LinkedIn and
    # then the website; "Join our webinar… Join here:" the verb twice)
    cal = plan(_PAYROLL, weeks=4)
    days = {dt.date(2027, 1, 20), dt.date(2027, 1, 27)}
    today = [p for p in cal.posts if p.date in days and "webinar" in p.text.lower()]
    assert today, [(p.date, p.platform, p.tactic) for p in cal.posts]
    for p in today:
        assert "join here" not in p.text.lower(), p.text
        assert "in your calendar" not in p.text.lower(), p.text


def test_what_the_friend_gets_after_the_condition_is_said_after_what_you_get():
    # (blind read 31: "a friend subscribes with your code, and their first box is 20% off,
    # you get a free small box": the friend's discount read as part of the condition)
    from planner.domain.brief import brief_from_dict
    from planner.planning.context import referral_said

    brief = brief_from_dict({
        "product": "small-batch fermented hot honey", "brand": "Stachelbiene",
        "description": "raw honey fermented with chillies in our kitchen in Leipzig",
        "platforms": ["instagram"], "url": "https://stachelbiene.de",
        "referral_reward": "a free jar for you when a friend orders with your code, and "
                           "their first order is 15% off"})
    said = referral_said(brief)
    assert said.endswith("you get a free jar and their first order is 15% off."), said
    assert "order is 15% off, you get" not in said, said


#: a vegetable box with a launch, an open day and a giveaway in the same three weeks, and an
#: offer that runs the whole time
_VEGBOX = {
    "product": "weekly organic vegetable box", "brand": "Gemüsekiste Hainholz",
    "description": "a weekly box of organic vegetables from our own fields in Hainholz, picked "
                   "the day before delivery: 10 to 12 kinds in winter, delivered on Thursdays "
                   "in Hannover",
    "audience": "families in Hannover who cook most evenings",
    "tone": "warm, friendly",
    "platforms": ["instagram", "facebook", "tiktok"],
    "url": "https://gemuesekiste-hainholz.de", "action": "subscribe",
    "differentiators": ["everything is picked the day before it reaches you",
                        "you can skip any week up to Monday night"],
    "tips": ["Keep carrots in a damp cloth in the fridge and they stay crisp for two weeks.",
             "Wash leeks after cutting them, the grit sits between the layers."],
    "story": ["Jonas took over his grandmother's three fields in 2019 and packed the first "
              "twelve boxes in her barn."],
    "faqs": [{"question": "Can I swap things I don't like?",
              "answer": "Yes, you can mark up to three vegetables you never want."}],
    "referral_reward": "a free small box for you when a friend subscribes with your code, and "
                       "their first box is 10% off",
    "customer_perk": "subscribers get first pick of the Friday extras before we post them",
    "free_shipping": "in Hannover and Langenhagen",
    "giveaway": "3 months of the large box",
    "giveaway_ends": dt.date(2027, 1, 28), "giveaway_draw": dt.date(2027, 1, 29),
    "giveaway_rules": "https://gemuesekiste-hainholz.de/gewinnspiel",
    "events": [{"title": "Field day at the farm: meet Jonas, pull your own carrots and taste "
                         "the soup", "when": dt.datetime(2027, 1, 23, 10, 30),
                "platform": "instagram", "place": "Hainholzer Weg 40, Hannover"}],
    "launch": {"what": "an egg add-on: six free-range eggs for €3.50 on top of any box",
               "date": dt.date(2027, 1, 25)},
    "offer": {"code": "ERSTEKISTE", "discount": "20% off your first box",
              "starts": dt.date(2027, 1, 11), "ends": dt.date(2027, 1, 31)},
}


def test_a_giveaway_in_weeks_a_launch_and_an_event_share_is_still_announced():
    # (blind read 31: "3 months of the family box" never in a caption: a launch, an open
    # morning and an offer took every slot before entries closed)
    cal = plan(_VEGBOX, weeks=3, start=dt.date(2027, 1, 11))
    told = [p for p in cal.posts if "3 months of the large box" in p.text
            and p.date <= dt.date(2027, 1, 28)]
    assert told, [(p.date, p.platform, p.tactic) for p in cal.posts]
