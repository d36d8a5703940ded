"""Session 35 (issue 14): what sellers type that the brief reader missed in blind read 33,
each said here by other trades: a business named and then "is a …" of any kind, a web
address with a two-part ending, a quote by "one of my regulars", an offer's end and
condition said as who gets it, free shipping's threshold and area, a perk for returning
customers, a tip and a question written as such, the lines that say what the business
does, and in the chat a plan's start said "start the plan on …" and a second offer."""

from __future__ import annotations

import datetime as dt

from planner.brief.dialogue import Dialogue
from planner.brief.parse import parse_brief_text
from planner.domain.brief import Brief

TODAY = dt.date(2026, 12, 7)


def said(*messages: str) -> Brief:
    brief, dialogue = Brief(product=""), Dialogue()
    for text in messages:
        brief = parse_brief_text(text, brief, dialogue, today=TODAY).brief
    return brief


# ---- the product, the name, the address -----------------------------------------------------

def test_a_name_then_is_a_thing_of_any_kind_is_the_product_and_the_brand():
    brief = said("Penny Jar is a budgeting spreadsheet bundle for students - tracks rent, food and "
                 "fun money. I post on TikTok.")
    assert brief.brand == "Penny Jar"
    assert brief.product == "budgeting spreadsheet bundle"
    assert brief.kind == "digital"
    assert brief.audience == "students"
    assert said("Pip is a great way to save. We post on Instagram.").product == ""  # praise, no product


def test_a_name_is_a_small_place_sells_the_place_without_its_size():
    brief = said("Crumb Corner is a small bakery in Leeds. We post on Instagram.")
    assert (brief.brand, brief.product) == ("Crumb Corner", "bakery")


def test_a_web_address_keeps_its_two_part_ending():
    assert said("We repair bikes from a van in Perth, book at spokevan.com.au").url == "spokevan.com.au"
    assert said("I tutor GCSE maths, see mathsmate.org.uk for times").url == "mathsmate.org.uk"


def test_a_business_name_marked_by_its_trade_then_where_it_is_is_the_brand():
    brief = said("Hilltop Tutoring in Bristol, we do maths and physics tutoring for GCSE students.")
    assert brief.brand == "Hilltop Tutoring"
    assert brief.product == "maths and physics tutoring"


# ---- a customer's words ----------------------------------------------------------------------

def test_a_quote_by_one_of_my_regulars_is_by_a_regular():
    brief = said('I fix bikes from a van in Bristol. One of our regulars said "my commute has never '
                 'felt this smooth"')
    [quote] = brief.facts.quotes
    assert quote.by == "a regular"


# ---- the offer --------------------------------------------------------------------------------

def test_who_gets_the_offer_and_what_it_is_taken_off_are_its_condition():
    brief = said("We make celebration cakes in Cardiff. New customers get £5 off their first "
                 "birthday cake until 14 March.")
    assert brief.offer.discount == "£5 off"
    assert brief.offer.ends == dt.date(2027, 3, 14)
    assert brief.offer.condition == "for new customers on their first birthday cake"


def test_a_deadline_inside_who_gets_the_offer_is_its_end():
    brief = said("We run a dog daycare in Denver. Families that book a 10-day pass before 30 April "
                 "get their first day free.")
    assert brief.offer.discount == "first day free"
    assert brief.offer.ends == dt.date(2027, 4, 30)
    assert brief.offer.condition == "for families that book a 10-day pass"
    everyone = said("We sell candles in York. Customers get 10% off until 9 January.")
    assert everyone.offer.condition == ""  # customers, said alone, are everyone


def test_new_people_named_by_what_they_do_are_the_offers_condition():
    brief = said("I teach piano in Galway. First lesson is free for new players.")
    assert brief.offer.discount == "first lesson free"
    assert brief.offer.condition == "for new players only"


def test_how_an_offer_without_a_code_is_claimed_is_kept_with_it():
    brief = said("We clean windows in Derby. 20% off your first clean until 31 Jan, just mention it "
                 "when you call.")
    assert brief.offer.discount == "20% off"
    assert brief.offer.condition.endswith("(mention it when you call)")


# ---- free shipping and perks -------------------------------------------------------------------

def test_free_shipping_keeps_its_area_and_its_threshold():
    brief = said("We sell loose leaf tea on Shopify. Free shipping in the UK on orders over £25.")
    assert brief.free_shipping == "in the UK on orders over £25"


def test_free_shipping_across_a_whole_country_is_said_so():
    brief = said("We make beeswax candles in Wellington. Free shipping New Zealand wide.")
    assert brief.free_shipping == "New Zealand wide"


def test_what_returning_customers_get_is_the_customer_perk_not_the_offer():
    brief = said("We roast coffee in Cork. Returning customers get a free bag of beans every fifth order.")
    assert brief.customer_perk == "a free bag of beans every fifth order"
    assert brief.offer is None


# ---- tips, questions, story, description ------------------------------------------------------

def test_a_tip_written_as_one_is_a_tip():
    brief = said("I repair bikes from a van in Leeds. Tip: pump your tyres every week, flats love soft tyres.")
    assert brief.facts.tips == ["Pump your tyres every week, flats love soft tyres."]


def test_a_question_written_as_one_with_its_answer_is_a_faq():
    brief = said("We're a mobile bike repair van in Leeds. Common question: do you fix e-bikes? "
                 "Yes, all makes except the motor itself.")
    [faq] = brief.facts.faqs
    assert faq.question == "Do you fix e-bikes?"
    assert faq.answer == "Yes, all makes except the motor itself."


def test_people_always_ask_then_the_question_and_its_answer_is_a_faq():
    brief = said("I tutor chemistry online. Parents always ask do I need to buy a textbook - no, "
                 "every worksheet is included.")
    [faq] = brief.facts.faqs
    assert faq.question == "Do I need to buy a textbook?"
    assert faq.answer == "No, every worksheet is included."


def test_the_lines_that_say_what_the_business_does_are_the_description():
    brief = said("Spoke Van is a mobile bike repair service in Bristol - we come to your home or office "
                 "and fix it while you work. Tune-ups, brakes, gears and wheel truing. All mechanics are Cytech trained. "
                 "We will be at the Harbourside market on 3 May. Please help me post more. "
                 "We post on Instagram.")  # a dated line and a request are never the description
    assert brief.product == "mobile bike repair service"
    assert brief.description == ("We come to your home or office and fix it while you work. "
                                 "Tune-ups, brakes, gears and wheel truing. All mechanics are Cytech trained")


def test_made_by_me_is_the_story():
    brief = said("Calm Coins is a budgeting app for nurses. Made by me, a nurse who never had time to "
                 "do a budget. I post on TikTok.")
    assert brief.facts.story == ["Made by me, a nurse who never had time to do a budget."]


# ---- the chat ---------------------------------------------------------------------------------

def test_start_the_plan_on_a_date_is_the_plans_start():
    brief = said("I teach yoga in Cork", "start the plan on jan 12")
    assert brief.start == dt.date(2027, 1, 12)


def test_its_before_a_price_is_its_in_the_description():
    brief = said("I teach yoga in Cork", "its 8 weeks for €120")
    assert brief.description == "It's 8 weeks for €120"


def test_a_second_offer_with_a_condition_of_its_own_keeps_nothing_of_the_first():
    brief = said("I teach yoga in Cork. 20% off for new students until Jan 31.",
                 "first class is half price")
    assert brief.offer.discount == "half price"
    assert brief.offer.condition == "on your first class only"
    assert brief.offer.ends is None
    changed = said("I teach yoga in Cork. 20% off on weekdays only until Jan 31.",
                   "make it 25% off for new students")  # a change to the offer keeps its end
    assert changed.offer.discount == "25% off"
    assert changed.offer.ends == dt.date(2027, 1, 31)
