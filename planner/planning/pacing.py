"""How often the planner may say a thing: the pacing rules a calendar is written by.

A follower notices a fact, a game or an open question told again too soon; these are the
limits the planner keeps (planner/planning/plan.py) and the critic checks.
"""

from __future__ import annotations

#: facts each post may tell only once in a calendar: a second telling reads as a repeat (a
#: tip too: the same tip as a whole post ten days on, on another platform, was read as the
#: same post again, blind read 38)
ONCE_ONLY = ("quotes", "faqs", "story", "tips")
#: list facts told in the order the brief gives them
IN_ORDER = ("story",)
#: needs that put no fact of the brief into a caption: a template needing only these is a frame
FRAME_NEEDS = {"url", "hashtag", "audience", "parcel"}


#: a standing fact said in passing (reviews, free shipping, the perk) rests this many days
SPARE_DAYS = 7

#: posts that only invite questions: one such post in this many days is plenty
OPEN_ASKS = {"consideration/ask-us-anything", "consideration/honest-fit-check",
             "loyalty/we-answer-here", "conversion/ask-before-you-commit",
             "consideration/still-deciding"}
OPEN_ASK_DAYS = 14
#: asks of customers that one reader follows on every platform: a review ask, a feedback
#: ask, a tag ask, a show-us challenge, each once in this many days across the platforms (blind read 36: "An honest review
#: helps other people decide" on Threads, then on Instagram; "What works well for you, and
#: what could work better?" twice)
CUSTOMER_ASKS = ({"advocacy/honest-review-ask", "advocacy/review-where-you-bought"},
                 {"loyalty/how-are-we-doing", "loyalty/what-next-poll"},
                 {"advocacy/tag-a-friend", "advocacy/tag-us-in-your-story"},
                 {"advocacy/show-us-challenge", "advocacy/style-it-your-way"})
CUSTOMER_ASK_DAYS = 21
#: asks to buy whose one fact, for a brief with none of the goods, is where they are sold:
#: one such post a month (blind read 39: "We sell through our Takealot shop." after "You'll
#: find our bath soaks in our Takealot shop.")
SHOP_ASKS = {"conversion/shop-now-simple", "conversion/amazon-listing"}
#: games with nothing of the brief in them: a second within GAME_DAYS reads as a repeat
GAMES, GAME_DAYS = {"awareness/caption-this", "awareness/guess-the-time"}, 21

#: wordings of one built-in template tried before the next template: its pick() choices
#: differ, so a post that would repeat a sentence of an earlier one often has a variant
WORDINGS = 3

LIVE_QA = {"live Q&A", "customer live Q&A"}  #: tactics that take questions under the post
LINKED = {"pinterest", "youtube"}  #: a post there is its link: no code the link can't take
OFFER_NEEDS = {"offer", "offer_ends", "offer_ending"}
#: needs that tie a template to its day: said on every platform, even twice in a week
TIMELY = {"launch_day", "launch_eve", "launch_after", "event_today", "offer_ending", "offer_over", "giveaway_over", "events",
          "launch"}
