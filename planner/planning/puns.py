"""Puns on the goods, for a seller whose tone asks for them ("cheerful, a bit cheeky, cheese
puns are fine"): blind read 25 graded a cheese box's calendar flat because that tone got
none. A pun is a lead-in of the punning register's (:mod:`planner.planning.openers`), said
in place of a stock one, on the goods the brief sells; never a fact, never a claim.

Each line here is our own, written for this planner. The lines of a kind keep the form of
its stock lead-ins: a launch lead takes the name after it, "dated" and "ending" leads take
a colon, the others are sentences of their own.
"""

from __future__ import annotations

import re

#: a tone that asks for puns or wordplay in so many words ("cheese puns are fine", "punny",
#: "wordplay welcome"); never "no puns"
_ASKS = re.compile(r"(?i)\b(?:puns?|punny|punning|wordplay|word play)\b")
_REFUSES = re.compile(r"(?i)\b(?:no|not|never|without|zero|avoid)\s+(?:\w+\s+){0,2}?"
                      r"(?:puns?|punny|wordplay|word play)\b")

#: what the goods are, by the words a brief says them in, and the puns each kind of lead
#: may be said with
_PUNS: tuple[tuple[re.Pattern[str], dict[str, tuple[str, ...]]], ...] = (
    (re.compile(r"(?i)\b(?:cheeses?|cheesy|brie|cheddar|gouda|parmesan|pecorino|mozzarella|"
                r"fromage|formaggi|käse|caseificio|dairy|dairies)\b"),
     {"offer": ("Grate news for your cheeseboard.", "Something to brie happy about."),
      "tip": ("A tip we've let mature.", "Cheese wisdom, aged nicely."),
      "problem": ("Let's cut to the cheese.", "This one's a bit hard to swallow."),
      "launch": ("Say cheese, and hello to",),
      "ending": ("The last wedge of this one", "Nearly all eaten up"),
      "today": ("It's today. Cheese the day.",),
      "dated": ("A date worth melting for",),
      "story": ("Our story, aged a little.",)}),
    (re.compile(r"(?i)\b(?:coffees?|espresso|roast(?:er|ery|ed)?|beans|brew(?:s|ed|ing)?|"
                r"latte|cafés?|cafe)\b"),
     {"offer": ("Brew-tiful news, with a code.", "A deal worth espresso-ing."),
      "tip": ("A tip, freshly ground.", "Bean there, learned this."),
      "problem": ("A daily grind we know well.", "Bean there?"),
      "launch": ("Fresh out of the roaster:",),
      "ending": ("Down to the last cup", "Last drops"),
      "today": ("It's today. Espresso yourself.",),
      "dated": ("Pour this into your calendar",),
      "story": ("Our story, slow-roasted.",)}),
    (re.compile(r"(?i)\b(?:teas?|matcha|chai|oolong|infusions?|tisanes?)\b"),
     {"offer": ("Tea-rrific news, with a code.", "A deal worth spilling the tea on."),
      "tip": ("A tip, steeped in experience.", "Brewing advice, no bag required."),
      "problem": ("Not quite our cup of tea, this one.", "Let's spill the tea."),
      "launch": ("Freshly steeped:",),
      "ending": ("The last cup in the pot", "Nearly brewed out"),
      "today": ("It's today. Kettle on.",),
      "dated": ("Steep this in your calendar",),
      "story": ("Our story, brewed slowly.",)}),
    (re.compile(r"(?i)\b(?:bread|breads|loaf|loaves|sourdough|bak(?:ery|eries|er|ers|ed|ing)|"
                r"pastr(?:y|ies)|croissants?|buns|bagels?|cakes?)\b"),
     {"offer": ("The best thing since sliced bread: a code.", "A deal we knead to share."),
      "tip": ("A tip we knead to pass on.", "Baking wisdom, fresh out of the oven."),
      "problem": ("A crummy situation.", "We knead to talk about this."),
      "launch": ("Fresh out of the oven:",),
      "ending": ("The last loaf on the shelf", "Nearly all sold out of this one"),
      "today": ("It's today. Rise and shine.",),
      "dated": ("A date worth rising early for",),
      "story": ("Our story, proved slowly.",)}),
    (re.compile(r"(?i)\b(?:candles?|wax melts?|wicks?)\b"),
     {"offer": ("Wick-ed good news, with a code.", "A deal to light up your week."),
      "tip": ("A tip to light up your evening.", "Burning question, answered."),
      "problem": ("This one burns us too.", "Let's shed some light on this."),
      "launch": ("Freshly poured:",),
      "ending": ("Burning down to the last of it", "Nearly snuffed out"),
      "today": ("It's today. Light up.",),
      "dated": ("A date to light a candle for",),
      "story": ("Our story, by candlelight.",)}),
    (re.compile(r"(?i)\b(?:dogs?|pupp(?:y|ies)|pups?|canine|doggy|doggie)\b"),
     {"offer": ("Paws for this: a code.", "A deal worth wagging about."),
      "tip": ("A tip to wag about.", "Good dog, good tip."),
      "problem": ("Ruff day?", "This one makes us howl."),
      "launch": ("Fetch this:",),
      "ending": ("Last call, good dogs", "Nearly time to sit and stay"),
      "today": ("It's today. Fur real.",),
      "dated": ("A date worth a walk",),
      "story": ("Our tail, from the start.",)}),
    (re.compile(r"(?i)\b(?:cats?|kittens?|feline|kitty)\b"),
     {"offer": ("Purr-fect timing for a code.", "A deal that's the cat's whiskers."),
      "tip": ("A tip, purr-ely practical.", "Whisker-wise advice."),
      "problem": ("A cat-astrophe we know well.", "Feline a bit fed up?"),
      "launch": ("Fresh through the cat flap:",),
      "ending": ("Nine lives, one last chance", "Nearly time for a nap"),
      "today": ("It's today. Meow or never.",),
      "dated": ("A date worth purring about",),
      "story": ("Our tale, with whiskers.",)}),
    (re.compile(r"(?i)\b(?:plants?|houseplants?|succulents?|cact(?:us|i)|seedlings?|"
                r"garden(?:s|ing)?|flowers?|florist|bouquets?|bulbs)\b"),
     {"offer": ("Some growing good news.", "A deal worth putting down roots for."),
      "tip": ("A tip to help things grow.", "Green-fingered advice."),
      "problem": ("Feeling a bit wilted?", "Let's get to the root of it."),
      "launch": ("Freshly potted:",),
      "ending": ("The last leaf on the branch", "Nearly out of season"),
      "today": ("It's today. Leaf it to us.",),
      "dated": ("A date worth blooming for",),
      "story": ("Our roots, briefly.",)}),
    (re.compile(r"(?i)\b(?:wines?|vineyards?|winer(?:y|ies)|vintages?|prosecco|champagne)\b"),
     {"offer": ("A deal worth raising a glass to.", "Uncork this: a code."),
      "tip": ("A tip, well aged.", "Some advice, decanted."),
      "problem": ("A vintage problem.", "Let's not wine about it."),
      "launch": ("Freshly uncorked:",),
      "ending": ("The last pour", "Nearly the bottom of the bottle"),
      "today": ("It's today. Cheers to that.",),
      "dated": ("A date worth a toast",),
      "story": ("Our story, by the glass.",)}),
    (re.compile(r"(?i)\b(?:beers?|ales?|lagers?|brewer(?:y|ies)|hops|taproom|ipas?|stouts?)\b"),
     {"offer": ("Hop to it: there's a code.", "A deal worth a round."),
      "tip": ("A tip, freshly tapped.", "Advice on draught."),
      "problem": ("A bitter one, this.", "Hop in, we know this one."),
      "launch": ("Freshly tapped:",),
      "ending": ("Last orders on this one", "Nearly the last pint"),
      "today": ("It's today. Cheers.",),
      "dated": ("A date worth a pint",),
      "story": ("Our story, brewed slowly.",)}),
    (re.compile(r"(?i)\b(?:chocolates?|cacao|cocoa|truffles?|pralines?|bonbons?)\b"),
     {"offer": ("A sweet deal, with a code.", "Some good news to melt for."),
      "tip": ("A tip worth melting for.", "Sweet advice."),
      "problem": ("A bittersweet one.", "Let's break this one down, square by square."),
      "launch": ("Freshly tempered:",),
      "ending": ("The last squares in the bar", "Nearly all melted away"),
      "today": ("It's today. Treat yourself.",),
      "dated": ("A date worth saving a square for",),
      "story": ("Our story, in bite-sized pieces.",)}),
    (re.compile(r"(?i)\b(?:yarns?|wool|knit(?:s|ting|wear)?|crochet|skeins?|stitch(?:es|ing)?|"
                r"sewing|quilts?|embroider(?:y|ed))\b"),
     {"offer": ("A deal worth knitting home about.", "Good news, no strings attached. Well, some."),
      "tip": ("A tip to keep you in stitches.", "Advice, neatly stitched."),
      "problem": ("Getting in a tangle?", "Let's unpick this one."),
      "launch": ("Fresh off the needles:",),
      "ending": ("Down to the last stitch", "Nearly cast off"),
      "today": ("It's today. Needles ready.",),
      "dated": ("A date worth pinning",),
      "story": ("Our story, one stitch at a time.",)}),
    (re.compile(r"(?i)\b(?:books?|bookshops?|bookstores?|novels?|stories|zines?|comics?)\b"),
     {"offer": ("A novel deal.", "Good news, chapter and verse."),
      "tip": ("A tip you can take as read.", "Advice, by the book."),
      "problem": ("A plot twist we don't love.", "Let's turn the page on this one."),
      "launch": ("Hot off the press:",),
      "ending": ("The final chapter", "Nearly the last page"),
      "today": ("It's today. Turn the page.",),
      "dated": ("A date to bookmark",),
      "story": ("Our story, chapter one.",)}),
    (re.compile(r"(?i)\b(?:honey|bees?|beeswax|hives?|apiar(?:y|ies))\b"),
     {"offer": ("Bee-lieve it: a code.", "A deal as sweet as honey."),
      "tip": ("A tip, straight from the hive.", "Busy-bee advice."),
      "problem": ("A sticky situation.", "Let's bee honest about this."),
      "launch": ("Fresh from the hive:",),
      "ending": ("The last drops of this one", "Nearly buzzed off"),
      "today": ("It's today. Bee there.",),
      "dated": ("A date worth buzzing about",),
      "story": ("Our story, from the hive.",)}),
    (re.compile(r"(?i)\b(?:soaps?|lather|bath bombs?|shower)\b"),
     {"offer": ("Squeaky-clean savings.", "A deal worth lathering about."),
      "tip": ("A tip worth lathering about.", "Clean advice, no scrubbing."),
      "problem": ("A slippery one.", "Let's come clean about this."),
      "launch": ("Freshly cured:",),
      "ending": ("Down to the last bar", "Nearly washed up"),
      "today": ("It's today. Lather up.",),
      "dated": ("A date worth scrubbing up for",),
      "story": ("Our story, hand-poured.",)}),
)


def asks_for_puns(tone: str) -> bool:
    """Whether the tone asks for puns in so many words, and does not rule them out."""
    tone = tone or ""
    return bool(_ASKS.search(tone)) and not _REFUSES.search(tone)


def pun_leads(tone: str, *goods: str) -> dict[str, tuple[str, ...]]:
    """The pun lead-ins of each kind for goods named in ``goods`` (the product, then the
    description), when the tone asks for puns; the goods named first win. {} otherwise."""
    if not asks_for_puns(tone):
        return {}
    for text in goods:
        found = [(m.start(), leads) for pattern, leads in _PUNS if (m := pattern.search(text or ""))]
        if found:
            return min(found, key=lambda f: f[0])[1]
    return {}
