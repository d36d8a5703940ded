"""Session 33: facts a seller typed in a first chat (a customer's words, a question people
ask, the problem, prices, a name after "name's", a correction of a code or a name), kept
where posts can use them and never stored as the audience, the product or a cadence; and
the chat's answers to "undo" after a request that failed, "how many posts is that", "no
more questions" and "what should I post this week?" on a thin brief."""

from __future__ import annotations

import pytest

from planner.brief.dialogue import Dialogue
from planner.brief.parse import parse_brief_text
from planner.domain.brief import Brief


def read(text: str, brief: Brief | None = None, asked: str | None = None):
    dialogue = Dialogue()
    dialogue.asked = asked
    return parse_brief_text(text, brief, dialogue)


def said(*messages: str) -> Brief:
    brief, dialogue = Brief(product=""), Dialogue()
    for text in messages:
        brief = parse_brief_text(text, brief, dialogue).brief
    return brief


# ---- facts for posts told in passing ------------------------------------------------------

def test_a_customers_words_in_quotes_are_a_quote_not_the_audience():
    brief = said("i make wooden toy trains in hereford, brand is Little Line",
                 'a dad last christmas said "best present under the tree, and it still gets played with"')
    assert brief.audience == ""
    [quote] = brief.facts.quotes
    assert quote.text == "Best present under the tree, and it still gets played with"
    assert quote.by == "a dad"


def test_a_named_customers_words_keep_their_name():
    brief = said("we roast coffee in leeds", 'Priya told us "the only decaf I can drink after 3pm"')
    [quote] = brief.facts.quotes
    assert (quote.text, quote.by) == ("The only decaf I can drink after 3pm", "Priya")


@pytest.mark.parametrize("text, question, answer", [
    ("lots of parents ask if their child needs to know how to ride already, answer is no we start on balance bikes",
     "Does my child need to know how to ride already?", "No, we start on balance bikes"),
    ("people always ask if you deliver to the islands, the answer is yes for £8",
     "Do you deliver to the islands?", "Yes, for £8"),
    ("customers ask if it is dishwasher safe, answer: yes on the top rack",
     "Is it dishwasher safe?", "Yes, on the top rack"),
    ("clients often ask whether they can bring their dog, answer is yes if it's calm",
     "Can I bring their dog?", "Yes, if it's calm"),
])
def test_a_question_people_ask_with_its_answer_is_a_faq(text, question, answer):
    brief = said("we run a cycling school in bath", text)
    assert brief.audience == ""
    [faq] = brief.facts.faqs
    assert (faq.question, faq.answer) == (question, answer)


def test_the_problem_said_as_the_main_thing_is_a_problem_not_the_product():
    brief = said("I'm a bookkeeper for tradespeople in Cardiff.",
                 "the main thing is plumbers losing receipts and paying too much tax, "
                 "i do monthly catch ups so that doesnt happen")
    assert brief.product == "bookkeeping"
    assert brief.facts.problems == ["plumbers losing receipts and paying too much tax"]


def test_the_main_thing_that_names_no_problem_is_not_a_problem():
    brief = said("we sell knitted socks on etsy", "the main thing is the wool")
    assert brief.product == "knitted socks"
    assert brief.facts.problems == []


def test_the_biggest_problem_clients_have_is_a_problem():
    brief = said("i'm a dog trainer in york", "the biggest problem my clients have is dogs jumping up at guests")
    assert brief.facts.problems == ["dogs jumping up at guests"]


@pytest.mark.parametrize("text, price", [
    ("a full set is £35, infills £25", "A full set is £35, infills £25"),
    ("usually $90 to $240 depending on size", "Usually $90 to $240 depending on size"),
])
def test_a_price_said_in_passing_is_kept_for_posts(text, price):
    brief = said("i'm a lash tech in derby", text)
    assert price in brief.description


def test_a_decimal_price_a_month_is_never_a_cadence():
    brief = said("we built a budgeting app called Penny Jar", "pro is £3.49 a month for shared budgets")
    assert brief.posts_per_week != 11  # "49 a month"
    assert "£3.49 a month" in brief.description
    assert "instagram" not in brief.cadence


def test_the_place_the_goods_come_from_is_told_as_the_story():
    brief = said("we're a family farm in somerset, mainly goat milk soap and lotions")
    assert brief.product == "goat milk soap and lotions"
    assert brief.facts.story == ["We're a family farm in Somerset."]
    # a shop says nothing more than its trade unless its town is said
    assert said("we have a little shop on etsy selling candles").facts.story == []


def test_a_role_is_a_service_and_what_it_does_its_description():
    brief = said("hiya im a mobile lash tech in derby, i go to peoples houses and do classic sets, "
                 "hybrids and lash lifts")
    assert brief.kind == "service"
    assert brief.product == "mobile lash extensions"
    assert brief.description == "I do classic sets, hybrids and lash lifts"


def test_how_people_book_is_not_part_of_the_audience():
    brief = said("i'm a nail tech in leeds",
                 "most of my clients are students and mums getting ready for nights out, people book by dm")
    assert brief.audience == "students and mums getting ready for nights out"


def test_a_courses_own_dates_are_not_the_plans():
    brief = said("we run a kids coding club in cork", "new term starts jan 19 and its 8 weeks for €120")
    assert brief.start is None
    assert brief.weeks == 4
    brief = said("we run a kids coding club in cork", "plan 6 weeks starting jan 19")
    assert brief.weeks == 6 and brief.start is not None
    assert said("i want 8 weeks of content for my yoga classes").weeks == 8


# ---- names and corrections -----------------------------------------------------------------

@pytest.mark.parametrize("answer, brand", [
    ("Name's Orla Byrne Ceramics", "Orla Byrne Ceramics"),
    ("name is Kiln & Co", "Kiln & Co"),
    ("farm name is Hollow Oak", "Hollow Oak"),
])
def test_a_name_after_its_lead_is_the_brand(answer, brand):
    got = read(answer, Brief(product="stoneware mugs"), asked="brand").brief
    assert got.brand == brand


def test_a_brand_corrected_with_make_that_takes_the_new_name():
    brief = said("i restore old chairs and sell on facebook marketplace",
                 "business is called Seat Again co, actually make that Seat Again & Co")
    assert brief.brand == "Seat Again & Co"


def test_a_code_corrected_keeps_the_offers_dates():
    brief = said("we sell chilli jam on shopify", "code JAM10 gets 10% off til dec 31")
    assert brief.offer.ends is not None
    ends = brief.offer.ends
    brief = parse_brief_text("sorry the code is JAM15, 15% off", brief, Dialogue()).brief
    assert (brief.offer.code, brief.offer.discount, brief.offer.ends) == ("JAM15", "15% off", ends)


def test_a_new_code_without_a_correction_is_a_new_offer():
    brief = said("we sell chilli jam on shopify", "code JAM10 gets 10% off til dec 31",
                 "new code for january: JAN20 for 20% off")
    assert brief.offer.code == "JAN20" and brief.offer.ends is None


# ---- the chat ----------------------------------------------------------------------------

def _chat(*lines: str):
    from planner.chat.session import ChatSession

    chat = ChatSession()
    replies = [chat.respond(line) for line in lines]
    return chat, replies


def test_no_more_questions_skips_them_all_in_one_line():
    chat, replies = _chat("I'm a wedding photographer in Durban, brand is Lens & Lace",
                          "instagram and pinterest twice a week",
                          "no more questions")
    assert chat.brief.audience == "" and chat.brief.description == ""
    assert "no more questions" in replies[-1].text
    assert replies[-1].text.count("skipping") == 0
    assert chat.brief_dialogue().asked is None or not chat.brief_dialogue().asked.startswith("fact:")


def test_undo_after_a_request_that_failed_does_not_undo_the_plan_before_it():
    chat, _ = _chat("we sell beeswax wraps on etsy, brand is Hive Fold, instagram 3x a week", "plan")
    assert chat.calendar is not None
    chat.last_failed = "No wording of post 1 is more casual than it is now."
    reply = chat.respond("undo")
    assert chat.calendar is not None
    assert "changed nothing" in reply.text and "undo" in reply.text.lower()
    reply = chat.respond("undo")
    assert chat.calendar is None and reply.text.startswith("Undone")


def test_a_failed_request_is_remembered_for_undo():
    chat, _ = _chat("we sell beeswax wraps on etsy, brand is Hive Fold, instagram 3x a week", "plan")
    chat.respond("/show 99")
    assert chat.last_failed
    chat.respond("/calendar")
    assert chat.last_failed is None


def test_how_many_posts_is_that_gets_the_count():
    chat, replies = _chat("we sell beeswax wraps on etsy, brand is Hive Fold, instagram 3x a week", "plan",
                          "how many posts is that")
    count = len(chat.calendar.posts)
    assert replies[-1].text.startswith(f"{count} posts, ")


def test_this_weeks_answer_on_a_thin_brief_asks_for_the_fact_that_fills_it():
    chat, replies = _chat("we sell hand-tied fishing flies, brand is Dun & Drake, facebook 3x a week",
                          "what should I post this week?")
    text = replies[-1].text
    assert "There was no plan yet" in text
    assert "slots are empty" in text and "Then say “plan” again" in text


def test_a_rewrite_that_cannot_go_further_offers_another_post_for_a_yes():
    from planner.planning import variations

    chat, _ = _chat("we sell beeswax wraps on etsy, brand is Hive Fold, instagram 3x a week", "plan")
    old = chat.calendar.posts[0].text

    def refuse(*_args, **_kwargs):
        raise variations.PlannerError("no wording of post 1 is more casual than it is now")

    real = variations.vary_post
    variations.vary_post = refuse
    try:
        reply = chat.respond("make post 1 more casual")
    finally:
        variations.vary_post = real
    assert reply.error and "Say “yes” for a different post" in reply.text
    reply = chat.respond("yes")
    assert reply.text.startswith("Post 1, new variant")
    assert chat.calendar.posts[0].text != old


@pytest.mark.parametrize("text", ["I'm on LinkedIn twice a week and sometimes Instagram",
                                  "linkedin 2x a week and the odd instagram post"])
def test_a_platform_used_now_and_then_gets_none_of_the_cadence(text):
    brief = said("i'm a bookkeeper for freelancers", text)
    assert brief.cadence == {"linkedin": 2}


def test_what_sets_it_apart_said_as_such_is_a_difference_spelled_out():
    brief = said("i'm a mobile dog groomer in hull",
                 "whats different is i come to you in a heated van so u dont need to drive a wet dog home")
    assert brief.facts.differentiators == [
        "I come to you in a heated van so you don't need to drive a wet dog home"]


def test_a_price_said_later_adds_to_the_description_said_before():
    brief = said("i'm a mobile lash tech in derby, i go to peoples houses and do classic sets and lash lifts",
                 "classic sets are £40, lifts £35")
    assert brief.description == "I do classic sets and lash lifts. Classic sets are £40, lifts £35"


def test_chat_shorthand_is_spelled_out_but_words_that_look_like_it_are_not():
    from planner.brief.segments import spelled_out

    assert spelled_out("so u dont need to wait, i promise") == "so you don't need to wait, I promise"
    assert spelled_out("ill pets, your ID, its colour, lets you book") == \
        "ill pets, your ID, its colour, lets you book"
    # another language's words are never English shorthand
    for line in ("i biscotti fatti a mano", "wij helpen u graag", "handgemacht im Schwarzwald"):
        assert spelled_out(line) == line
