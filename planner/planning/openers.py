"""Each register's own openers and closers, rotated over a calendar.

The templates open many posts on a stock line of ours ("Today's the day:", "Good news from
X.", "Sound familiar?", "Try this.") and close many on the same few asks ("Tell us below",
"Over to you", "Follow us for more tips"). Read in a row they sound like no one in
particular, and a dry brand sounds as cheerful as a bubbly one. Here each stock line is
known by what it does (a launch day, a date to keep, an offer, an offer's last days, a
problem named, a tip, a bit of history) and said in the brief's register
(:func:`planner.planning.tone.register_for_tone`) with a line of that register's own, the
one not yet said in the calendar. Only our own lead-ins are swapped: the fact that follows
them, a quotation, a code, a link or a name is never touched, and no line here says
anything about the business (no pun on a fact we do not have).

Closers: an ask for comments that is no real question ("Tell us below", "Over to you,
good or bad", "Which one was new to you?") is said at most twice in a calendar and never in
a formal or B2B voice; a closer already said in the calendar gives way to the register's
own. The replacement is an invitation to follow, which fits any post and any platform.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

#: each kind of opener: the stock lead-ins that say it (the templates' and the phrasebook's),
#: and how it stands: "colon" is a lead-in before ": " (or " — " before a name with a colon of
#: its own), "sentence" a sentence of its own before the fact
_STOCK: dict[str, tuple[str, tuple[str, ...]]] = {
    "launch": ("object", ("Today's the day", "Out today", "Starting today", "Available from today",
                         "Now booking", "It's here", "It is here")),
    "dated": ("colon", ("Save the date", "Coming up", "Put it in your calendar",
                        "Date for your diary", "In your diary", "Note to self")),
    "ending": ("colon", ("Last chance", "Last call", "Nearly over", "Final reminder", "Heads up",
                         "Quick one", "A last reminder", "A gentle reminder", "Just so you know",
                         "Closing soon", "A final reminder", "A reminder", "Please note")),
    "today": ("sentence", ("It's today.", "It's today!", "It is today.", "A reminder for today.")),
    "offer": ("sentence", ("Good news from {brand}.", "Good news from {brand}!", "Good news.",
                           "Good news!", "A code for you.", "A code for you!")),
    "problem": ("sentence", ("Sound familiar?", "Does this sound familiar?", "Does this ring a bell?",
                             "Here's the problem.", "Here is the problem.")),
    "tip": ("line", ("Try this.", "Try this!", "Quick one.", "Quick one!", "Worth knowing.",
                     "Worth knowing!", "A tip worth stealing.", "A tip worth stealing!",
                     "Filed under: things we wish we'd known sooner.",
                     "Free advice, no small print.", "A practical tip.", "One tip.",
                     "A tip from {brand}.", "A quick tip from the {brand} team.",
                     "A quick tip from {brand}.", "One practical tip.", "Useful to know.",
                     "A small change that makes a difference.", "Here's a tip worth passing on.",
                     "A tip we'd give a friend.", "Small change, noticeable difference.",
                     "Learned the hard way.", "Good to know.", "One worth knowing.",
                     "A practical tip from {brand}.", "A tip worth getting right.",
                     "One thing worth getting right.", "One thing worth getting right, from {brand}.",
                     "One thing worth getting right, from the {brand} team.",
                     "Here's one we'd tell any friend.")),
    "story": ("line", ("Our side of the story.", "Our side of the story!",
                       "Something you might not know about {brand}.",
                       "Something you might not know about {brand}!",
                       "A little about {brand}.", "From the {brand} story.", "How {brand} started.",
                       "My side of the story.")),
}

#: a voice's own leads for a fact told again ("retold": a fortnight on, on the platform
#: that heard it) and for a fact told to a platform whose followers have not heard it yet
#: ("crossed"); a register without its own keeps the planner's plain ones
_OWN_LEADS: dict[str, dict[str, tuple[str, ...]]] = {
    "nerdy": {"retold": ("Restating, for the record:", "Still accurate:", "Repeating the key fact:"),
              "crossed": ("For the record:", "A detail worth noting:", "Data point:",
                          "One spec worth knowing:")},
    # (leads that say only that it is told again, never what it is to us: "Something we're
    # proud of:" before a washing tip, "As we like to say:" inventing a catchphrase, "In case
    # you're new here:" before care for the thing a newcomer has not bought; blind read 22)
    "warm": {"retold": ("Still as true as ever:", "We'll say it again:", "Worth saying twice:"),
             "crossed": ("Worth a mention:", "Good to know:",
                         "Here's one worth knowing:")},
    # (blind read 27: a bubbly brand heard "For anyone new here:", "Good to know:" before
    # its facts, read as a list; these leads say only that it is told with pleasure)
    "excitable": {"retold": ("Saying it again, because it's worth it:", "One more time:",
                             "In case you missed it (we'd hate that!):"),
                  "crossed": ("Ooh, good to know:", "Quick one for you:", "Psst, worth knowing:",
                              "Oh, and before we forget:")},
    "punning": {"retold": ("An encore, by popular demand (ours):", "Once more, with feeling:",
                           "Round two:"),
                # (no "Fun fact, on the house:" before a price, read 39's tuning set)
                "crossed": ("Quick one for the newcomers:", "Newcomers, this one's for you:",
                            "Here's the good bit:")},
    "cheeky": {"retold": ("Worth saying twice:", "Still true, and still worth knowing:",
                          "Round two:"),
               "crossed": ("In case nobody told you:", "For the record:",
                           "Newcomers, listen up:", "Here's the good bit:")},
}


def own_leads(register: str, kind: str, plain: tuple[str, ...]) -> tuple[str, ...]:
    """The leads a ``register`` tells a fact again with (``kind`` "retold" or "crossed"): its
    own when it has them, else ``plain``."""
    return _OWN_LEADS.get(register, {}).get(kind, plain)


#: the kinds of lead-in that say nothing but what follows: dropped, never said in a register
_SAYS_NOTHING = frozenset({"tip", "story"})

#: each register's own lead-ins for each kind, written for this planner; none says a fact
_OWN: dict[str, dict[str, tuple[str, ...]]] = {
    "punning": {
        "launch": ("Say hello to", "Please welcome", "Roll out the red carpet for", "Make way for"),
        "dated": ("Pencil this in (pen, if you're brave)", "Clear a space in the diary",
                  "Mark it down", "One for the calendar, no excuses"),
        "ending": ("Going, going, nearly gone", "Clock's ticking", "The sands are running out",
                   "Last orders on this one"),
        "today": ("No more waiting, it's today.", "Today's the day, no rain checks.",
                  "The day has, in fact, arrived."),
        "offer": ("Your wallet will like this one.", "A code, no catch.",
                  "Consider this a nudge with a discount attached."),
        "problem": ("Ring any bells?", "Know this one?", "Been there?"),
        "tip": ("Tiny tip, big grin.", "Today's pro tip (the pro is optional).",
                "A tip, free of charge and free of fuss."),
        "story": ("Story time (no capes involved).", "Gather round, it's story time.",
                  "A page from our story, abridged."),
    },
    "excitable": {
        "launch": ("Make some noise for", "Give it up for", "Everyone, meet", "A huge welcome to"),
        "dated": ("Get this in your calendar right now", "Mark it, circle it, underline it",
                  "Countdown starts now", "Clear the date"),
        "ending": ("Final countdown", "Almost over, everyone", "Last few moments",
                   "Here it goes, the final stretch"),
        "today": ("It's today and we can hardly wait!", "Today's the day, everyone!",
                  "It's finally today!"),
        "offer": ("Discount alert!", "Okay, this one's good!", "Offer time, and we're buzzing!"),
        "problem": ("Ever had this happen?", "Oh, we know this one!", "Raise your hand if this is you!"),
        "tip": ("Tip time!", "Ooh, this one's handy!", "You're going to want this one!"),
        "story": ("Story time!", "A bit of our story!", "Here's a slice of our story!"),
    },
    "deadpan": {
        "launch": ("Today we quietly release", "Today, with minimal fanfare, we release",
                   "As of today, we offer", "Now in existence:"),
        "dated": ("For the calendar", "Noted for later", "A date, as promised",
                  "Something with a date attached"),
        "ending": ("Ending, as offers do", "Closing shortly", "Ending shortly, no drama",
                   "Nearly done"),
        "today": ("It is today. That is the news.", "Today, as scheduled.",
                  "It is, officially, today."),
        "offer": ("There is a code. Here it is.", "A discount. Details follow.",
                  "An offer, stated plainly."),
        "problem": ("A familiar scene.", "This happens.", "You may recognise this."),
        "tip": ("A tip. Use it or don't.", "Advice, unsolicited.", "Here is a tip. It works."),
        "story": ("Some history. Brief, we promise.", "A fact about us, for the record.",
                  "Background, kept short."),
    },
    "nerdy": {
        "launch": ("Today we release", "Release day for", "Today marks the release of", "Now live:"),
        "dated": ("Calendar entry", "Date and time, precisely", "Timestamped for your diary", "For your records"),
        "ending": ("Expiry notice", "Time remaining is short", "Closing soon, to be exact",
                   "Counting down"),
        "today": ("Scheduled for today.", "Today's entry in the calendar.", "It runs today."),
        "offer": ("The offer, precisely.", "Offer details, exact terms included.",
                  "The numbers on this one."),
        "problem": ("A known issue.", "Worth naming precisely.", "The problem, stated exactly."),
        "tip": ("A small detail that matters.", "One for the detail-minded.", "Technical note."),
        "story": ("Some background, for the curious.", "A footnote from our history.",
                  "A data point from our history."),
    },
    "direct": {
        "launch": ("Released today:", "New today:", "Out now:", "Launched today:"),
        "dated": ("In the diary", "On the calendar", "Coming up", "Book the time"),
        "ending": ("Ends soon", "Last call", "Closing shortly", "Final days"),
        "today": ("It's on today.", "On today, as planned.", "It runs today."),
        "offer": ("The offer.", "Here's the deal.", "One offer, one code."),
        "problem": ("The problem.", "Know this?", "Familiar problem?"),
        "tip": ("Do this.", "A tip, no preamble.", "Worth doing."),
        "story": ("Some background.", "About us.", "Our story, briefly."),
    },
    "formal": {
        "launch": ("Now available:", "Today we introduce",
                   "Launching today:", "Available from today:"),
        "dated": ("Please note the date", "For your calendar", "Please mark your diary", "Scheduled for your diary"),
        "ending": ("A final reminder", "Closing soon", "Please note", "A reminder before it closes"),
        # (never "This is …" with nothing before it for "this" to point to, read 23)
        "today": ("A reminder for today.", "Today is the day.",
                  "Today is the scheduled date."),
        "offer": ("Details of our current offer.", "Our current offer is as follows.",
                  "An offer, with its terms."),
        "problem": ("A common concern.", "You may recognise this situation.",
                    "An issue worth addressing."),
        "tip": ("A practical recommendation.", "A recommendation worth noting.", "Some useful guidance."),
        "story": ("Some background on our business.", "A brief note on our history.", "About our business."),
    },
    "gentle": {
        # (a fitting or a class does not "arrive" and is not "welcomed", read 28: words that
        # fit a service as well as goods)
        # (nor "gently introduced": an adverb of the register's, not of the launch, read 30)
        # (nor "at last": a wait only a platform that saw the teaser has had, read 31)
        "launch": ("Something new from today:", "Today we are pleased to introduce",
                   "Ready from today:", "New from today:"),
        "dated": ("Something to look forward to", "A date to keep, if you can",
                  "For your calendar, when you have a moment", "Whenever you plan ahead"),
        "ending": ("A gentle reminder", "Before it closes", "Just so you know",
                   "A quiet reminder"),
        "today": ("It's today, no need to hurry.", "Today's the day, in your own time.",
                  "It's today, whenever you're ready."),
        "offer": ("A small offer, if the timing is right.", "No rush, but there's a code.",
                  "Something to keep in mind."),
        "problem": ("Maybe this sounds familiar.", "Perhaps you know this one.",
                    "If this sounds like you, you're in good company."),
        "tip": ("A small tip, for whenever you need it.", "Something that might help.",
                "A little tip, no hurry."),
        "story": ("A little of our story.", "Some of our story, slowly told.", "A quiet bit of history."),
    },
    "neutral": {
        "launch": ("New from us today:", "We're so glad to introduce", "We're delighted to share", "Today's the day:"),
        "dated": ("Save the date", "Put it in your calendar", "One for the diary", "Coming up"),
        "ending": ("A last reminder", "Before it closes", "Closing soon", "A friendly reminder"),
        "today": ("It's today.", "It's today, and we're looking forward to it.",
                  "The day is here."),
        "offer": ("Good news.", "A code for you.", "A little something for you."),
        "problem": ("Sound familiar?", "Does this ring a bell?",
                    "You're not alone if this sounds like you."),
        "tip": ("A tip we love sharing.", "Something that helps.", "A tip worth passing on."),
        "story": ("A little about us.", "Our side of the story.", "A bit of our story."),
    },
    "warm": {
        "launch": ("We're glad to say it's ready:", "Ready for you from today:",
                   "It's here:", "Starting today:", "Just launched:"),
        "dated": ("A date we'd love you to keep", "One for the kitchen calendar",
                  "A date for you", "A date for us all"),
        "ending": ("A kind reminder", "Only a little time left", "Before it closes, a reminder",
                   "One more reminder from us"),
        "today": ("It's today, and we're glad you're here.", "It's today, and we'd love to see you.",
                  "It's today. We hope to see you."),
        "offer": ("A little something from us to you.", "This one comes with our thanks.",
                  "A thank-you in the form of a code."),
        "problem": ("We hear this one a lot.", "You're not the only one.",
                    "Most of us know this one."),
        "tip": ("Something we've learned along the way.", "A tip we share with everyone.",
                "One we pass on to everyone we know."),
        "story": ("A bit of where we started.", "Our beginnings, simply told.",
                  "How it all started for us."),
    },
    "cheeky": {
        "launch": ("Fine, we'll say it:", "Brace yourselves:", "Against all odds, it's ready:",
                   "Nobody asked, but here it is:"),
        "dated": ("Write this down before you forget", "Your calendar, but better",
                  "Put it in the diary. We'll check", "Mark it. No excuses"),
        "ending": ("Tick tock", "Last orders, everyone", "Yes, it's really ending",
                   "Final warning, in the nicest way"),
        "today": ("It's today, and we're ready.", "Today. Yes, today.",
                  "It's happening today."),
        "offer": ("A discount, no strings.", "We're giving money away. Sort of.",
                  "A code, because we're soft."),
        "problem": ("We've all been there. Some of us twice.", "Oh, you too?",
                    "Let's not pretend this never happened."),
        "tip": ("Free advice. Don't get used to it.", "A tip, since you asked. You didn't.",
                "Steal this tip. We won't tell."),
        "story": ("Story time. Keep up.", "How it started, minus the boring bits.",
                  "The origin story, no cape required."),
    },
}

#: the line a story ends on, said anywhere in a post: the stock ones and each register's own
_CODA_STOCK = ("That's how it started for us.", "That's where it began.")
_CODA: dict[str, tuple[str, ...]] = {
    "punning": ("And the rest, as they say, is history.", "Cue the montage."),
    "excitable": ("And that's how it all kicked off!", "And what a start that was!"),
    "deadpan": ("That was the start. It went on from there.", "Things continued from there."),
    "nerdy": ("Call that version one.", "That was the first iteration."),
    "direct": ("That's how it started.", "That was the start."),
    "formal": ("That is where our business began.", "That was the beginning of our business."),
    "gentle": ("That's where it all began, slowly.", "That's where it quietly began."),
    "warm": ("And we've been at it ever since.", "That's how we began, and we're still at it."),
    "cheeky": ("The rest is history. Mostly.", "And here we still are, somehow."),
    "neutral": _CODA_STOCK,
}

#: each register's invitations to follow: the closer that stands in for an ask for
#: comments, or for a closer already said in the calendar
_FOLLOW: dict[str, tuple[str, ...]] = {
    "punning": ("Follow us; we promise to keep it interesting",
                "Stick around, there's more where that came from",
                "Follow along for more of this sort of thing",
                "Hit follow. Future you says thanks",
                "Follow us; the feed is better than the jokes",
                "Tap follow; we'll keep the good bits coming"),
    "excitable": ("Follow us, there's so much more to come!",
                  "Hit follow and come along for the ride!",
                  "Follow for more, we're only getting started!",
                  "Stay tuned and hit follow!",
                  "Follow us, you'll want to see what's next!",
                  "Don't be a stranger: hit follow!"),
    "deadpan": ("Follow us. Or don't. But do",
                "Following is an option",
                "More of the same, if you follow",
                "There will be more. Follow if you like",
                "The follow button is right there",
                "More posts will happen. Follow to witness them"),
    "nerdy": ("Follow for more details like this",
              "Follow us for the finer points",
              "Follow along for the specifics",
              "More detail next time: follow along",
              "Follow us for the fine print",
              "Follow along for the working details"),
    "direct": ("Follow us", "Follow for more", "Follow for the next post",
               "Follow for updates", "Follow to see the next post", "Hit follow"),
    # (one "please" in five: three "Please …" closers in one calendar read stiff, blind read 23)
    "formal": ("Follow {brand} for what we share next",
               "Follow {brand} for future updates",
               "To see our future posts, please follow {brand}",
               "Follow {brand} to receive our next posts",
               "Follow {brand} to stay informed"),
    "gentle": ("Follow along, whenever you like",
               "Stay a while: follow along",
               "Follow us for more, at an easy pace",
               "Follow along when you have a moment",
               "Follow us and check back whenever you like",
               "No hurry: follow along for more"),
    "neutral": ("Follow along for more",
             "Stay close: follow us for more",
             "We'd love you to follow along",
             "Follow us, we'd love to have you",
             "Come along: follow us for more",
             "Follow us and stay in touch"),
    "warm": ("Follow along, we'd be glad of the company",
             "Come and follow along with us",
             "Stay with us: follow for more",
             "We'll keep you posted: follow along",
             "Follow along; there's always room for one more",
             "Follow us and say hello sometime"),
    "cheeky": ("Follow along for more of this",
               "Hit follow. We'll pretend we didn't see",
               "Follow, or keep wondering what you missed",
               "Follow along for the next one",
               "Follow along. We'll behave. Mostly",
               "Go on, follow along"),
}

#: the invitations to follow said as YouTube says it: a channel is subscribed to, and it
#: posts videos (blind read 25: "Hit follow. Future you says thanks." under a Short,
#: "Follow Hartmann Etiketten to receive our next posts")
_YOUTUBE_FOLLOW = {
    "formal": ("Subscribe to {brand} for our next videos",
               "Subscribe to the {brand} channel for future videos",
               "To see our next videos, please subscribe"),
    "any": ("Subscribe for the next video",
            "Subscribe and the next one comes to you",
            "Hit subscribe for more like this",
            "Subscribe for more videos like this one"),
}

#: the closers of a post about an event, without its link: the stock ones, for an event
#: anywhere ("any") and one in person ("visit"), and each register's own
_EVENT_STOCK = {"any": ("See you then", "Set a reminder", "Block out the time now",
                        "Add it to your calendar", "Put it in your calendar",
                        "Set a reminder in your calendar"),
                "visit": ("Come and find us", "Come and say hello")}
_EVENT_OWN: dict[str, dict[str, tuple[str, ...]]] = {
    "punning": {"any": ("Consider your diary booked", "Be there or be somewhere less fun",
                        "Set a reminder; your memory will thank you", "Pencil it in, then ink it"),
                "visit": ("Come and find us, we're not hiding", "Pop by and say hi, we don't bite")},
    "excitable": {"any": ("We can't wait!", "Set that reminder!", "Be there, it's going to be great!",
                          "Counting down with you!"),
                  "visit": ("Come and find us, we'll be the excited ones!", "Come and say hi!")},
    "deadpan": {"any": ("Attendance advised", "Be there, ideally", "Set a reminder, or rely on memory",
                        "Noted. Calendar it"),
                "visit": ("We will be there. You could be too", "Come by. We'll be there either way")},
    "nerdy": {"any": ("Set a reminder, to the minute", "Add it to your calendar, time zone checked",
                      "Calendar it now", "Set an alert for the start"),
              "visit": ("Come along and ask us the detailed questions", "Come by for a closer look")},
    "direct": {"any": ("Set a reminder", "Be there", "Add it to your calendar", "See you there"),
               "visit": ("Come along", "Come and find us")},
    "formal": {"any": ("We hope to see you there", "Add it to your calendar",
                       "Note the time in your calendar", "We hope you are able to join us"),
               "visit": ("We look forward to welcoming you", "You are welcome to visit us there")},
    "gentle": {"any": ("Join us if the timing suits", "Add it to your calendar, if you like",
                       "We'll be there, do come and say hello", "Come along if you can"),
               "visit": ("Drop by if you can", "Come along if the time suits, we'll be there")},
    "warm": {"any": ("We'd love to see you there", "Pop it in your calendar",
                     "We hope you can make it", "It'd be lovely to see you"),
             "visit": ("Come and say hello, the door's open", "We'd love to see you in person")},
    "cheeky": {"any": ("Be there, it'll be a good one", "Set a reminder so it doesn't slip by",
                       "Calendar it. No flaking", "See you there"),
               "visit": ("Come and find us. We're easy to spot", "Come by. We'll put the kettle on, probably")},
    "neutral": {"any": ("See you then", "Set a reminder", "Add it to your calendar", "Put it in your calendar"),
                "visit": ("Come and find us", "Come and say hello")},
}

#: the templates' everyday asks, said in each register (warm says them as they are)
_ASKS: dict[str, dict[str, str]] = {
    "save this pin for later": {
        "punning": "Save this Pin; future you will be grateful",
        "excitable": "Save this Pin, you'll want it later!",
        "deadpan": "Save this Pin. Or scroll on",
        "nerdy": "Save this Pin for reference",
        "direct": "Save this Pin",
        "formal": "Please save this Pin for reference",
        "gentle": "Save this Pin for a quiet moment",
        "warm": "Save this Pin, it'll be here when you need it",
        "cheeky": "Save this Pin. You'll forget otherwise"},
    "share it with someone who'd use it": {
        "punning": "Share it with someone who'd use it (you know the one)",
        "excitable": "Share this with someone who needs it!",
        "deadpan": "Share it, if someone needs it",
        "nerdy": "Send it to someone who likes knowing why",
        "direct": "Share it",
        "formal": "Please share it with someone who may find it useful",
        "gentle": "Pass it on to someone who might like it",
        "warm": "Pass it on to someone who'd like it",
        "cheeky": "Send it to the friend who needs telling"},
    "tap to vote": {
        "punning": "Tap to vote; no recounts",
        "excitable": "Tap to vote!",
        "deadpan": "Vote. It takes a second",
        "nerdy": "Tap to vote, precisely once",
        "direct": "Vote",
        "formal": "Please vote",
        "gentle": "Vote, if you like",
        "warm": "Tap to vote, we'd love to know",
        "cheeky": "Vote. We're counting"},
}

_FAR_AHEAD = re.compile(r"(?i)\b(?:save the date|plan ahead|clear (?:a space in )?the (?:date|diary))\b")
_SAME_DAY = re.compile(r"(?i)\b(?:today|tonight|this (?:morning|afternoon|evening)|in a few hours)\b")
_DIARY = re.compile(r"(?i)\b(?:diary|calendar|pencil|ink|booked|note the time)\b")

#: the templates' bare asks to buy ("Shop here: link", "Book now: link in bio"), said in
#: the register's own words; an ask with a code or anything else in it is kept
_LINK_ASK = re.compile(r"^(?:Shop|Book|Order|Get started|Start|Enrol|Download|Join|Subscribe|"
                       r"Visit|Plan your visit|Get in touch|Take a look|Have a look|Find it)"
                       r"(?: now| here| today| with (?!the code|code)[^:\d]{1,60})?: (?P<link>\S.*)$")
_ASK_OWN: dict[str, tuple[str, ...]] = {
    "nerdy": ("Full details, and where to {verb}: {link}", "The particulars, and where to {verb}: {link}",
              "Everything in detail, and where to {verb}: {link}", "Read the details, then {verb}: {link}"),
    "cheeky": ("You know what to do: {link}", "Go on then, {verb}: {link}", "Your move: {link}",
               "Whenever you're ready, {verb} here: {link}"),
    # (each keeps the ask itself: "Have a look when you've a minute" on a subscription's
    # selling post never asked anyone to subscribe, read 30)
    "warm": ("{Verb} with us here: {link}", "We'd be glad to have you. {Verb} here: {link}",
             "When you have a minute, {verb} here: {link}"),
    # (blind read 26: "excited, high energy" heard "Enrol when you're ready: …", flat)
    "excitable": ("Jump in! {Verb} here: {link}", "Let's do this! {Verb} now: {link}",
                  "Come and {verb}, we'd love to have you: {link}"),
}
#: words that say a post is about a deadline
_DEADLINE = re.compile(r"(?i)\b(?:ends?|ending|closes?|last (?:day|call|chance)|until|"
                       r"before it goes|final)\b")
#: a hedge an excitable voice does not make ("Enrol when you're ready: link" is "Enrol: link")
_HEDGE = re.compile(r"(?i) when you(?:'re| are) (?:ready|sure)(?=: )")

#: a way to act that is no address (planning/links.py ``leading_cta``) ...
_ACT_LINK = re.compile(r"(?i)^(?:send us a message|message us|send us a dm|dm us|call us|"
                       r"give us a call|reply to this story|email us)\.?$")
#: ... and the register's asks for it, the act itself said
_ASK_ACT = ("{Act} and we'll take it from there", "Ready to {verb}? Just {act}",
            "To {verb}, just {act}")

#: an ask for comments: "Tell us below", "Over to you", "Let us know in the comments"
_CHATTER = re.compile(r"(?i)(?:^|[.?!,]\s+)(?:please )?(?:tell us(?: below| in the comments| here)?|"
                      r"over to you(?:,? good or bad| on this one)?|"
                      r"let us know(?: below| in the comments)?|comment below|"
                      r"reply to this post)[.!]?$|^(?:please )?tell us\b")
#: ... but an ask with a job to do is no chatter: a vote, an entry, a question for us, a
#: review, a tag, a story sticker, a caption, a link
_FUNCTIONAL = re.compile(r"(?i)\b(?:vote|poll|enter|entr(?:y|ies)|giveaway|question|ask|"
                         r"review|tag|sticker|caption|number|register|sign up|coming|"
                         r"join|link|message us|by message|dm|looking for)\b|https?://|www\.")
#: asks a Pin cannot take: it is saved and tapped through, never replied to, messaged from or
#: followed along (blind read 23: "Send us a photo of yours", "Follow along, there's always
#: room for one more" under Pins that link to the shop)
_NOT_ON_A_PIN = re.compile(r"(?i)^(?!.*(?:https?://|www\.|\blink\b))(?=.*\b(?:send (?:us|me) (?:a|your)|"
                           r"message (?:us|me)|reply|comments?|tag (?:us|me)|dm|follow (?:us|me|along)|"
                           r"say hello|drop by)\b)")
#: a closer that only asks the reader something ("Which one was new to you?")
_OPEN_QUESTION = re.compile(r"^[A-Z][^?:\n]{3,80}\?$")
#: the templates' plain invitations to follow, which any register says its own way
_STOCK_FOLLOW = re.compile(r"(?i)^follow (?:us|along) for (?:more|more tips|more like this|more ideas|"
                           r"more on this|what's next)[.!]?$")
_FOLLOWS = re.compile(r"(?i)^(?:follow|stick around|stay|hit follow|following|more of the same|"
                      r"there will be more|more detail|further updates|please follow)\b")


#: an ask to follow, wherever in the closer it stands ("We'll keep you posted: follow along")
_FOLLOW_ASK = re.compile(r"(?i)^(?:please )?(?:follow|hit follow|stay tuned|subscribe)\b|"
                         r"\bfollow (?:along|us|me|for more)\b|\bfollow \w+ (?:for|to)\b")
#: the follow asks the register puts in for other closers, a calendar
FOLLOWS_A_CALENDAR = 2


def is_chatter(cta: str) -> bool:
    """Whether a closer asks for comments with no job for them ("Tell us below", "Over to
    you, good or bad", "Which one was new to you?"), rather than a vote, a question for us,
    an entry or a review."""
    cta = (cta or "").strip()
    if not cta or _FUNCTIONAL.search(cta):
        return False
    return bool(_CHATTER.search(cta) or _OPEN_QUESTION.match(cta))


def _seed(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big")


def _first_unsaid(options: Iterable[str], said: str, key: str, ordered: bool = False) -> str | None:
    """The first option (from a place the key decides; ``ordered``, from the first) that no
    earlier post says."""
    options = list(options)
    if not options:
        return None
    start = 0 if ordered else _seed(key) % len(options)
    turn = options[start:] + options[:start]
    for option in turn:
        said_it = re.compile(r"(?im)^\s*" + re.escape(option.rstrip(".!:")) + r"(?=[\s.!:?,—]|$)")
        if not said_it.search(said):
            return option
    return None


def _stock_lines(kind: str, brand: str) -> list[str]:
    form, lines = _STOCK[kind]
    out = [line.replace("{brand}", brand) for line in lines if brand or "{brand}" not in line]
    return sorted(out, key=len, reverse=True)


def _swap_opener(text: str, register: str, brand: str, said: str, key: str,
                 short: bool = False, cta: str = "",
                 puns: dict[str, tuple[str, ...]] | None = None) -> str:
    """The post with its stock opening lead-in said in the register's own words (on a short
    caption, only by a line no longer than the stock one); ``puns``, a pun lead-in of each
    kind on the goods (:mod:`planner.planning.puns`), join the register's own."""
    own = _OWN.get(register)
    if not own or not text:
        return text
    if puns:
        # a tone that asks for puns hears each pun once before the register's own lines
        own = {kind: tuple(puns.get(kind, ())) + lines for kind, lines in own.items()}

    def fits(lines: tuple[str, ...], stock: str) -> tuple[str, ...]:
        return lines
    lead_end = len(text) - len(text.lstrip())
    head = text[lead_end:]
    for kind, (form, _) in _STOCK.items():
        for stock in _stock_lines(kind, brand):
            if form == "colon":
                m = re.match(re.escape(stock) + r"(: | — )(?=\S)", head)
                if not m:
                    continue
                options = fits(own[kind], stock)
                if re.search(r"(?i)\btomorrow\b", head.split("\n", 1)[0]):
                    # the day before is no time to save a date or plan ahead
                    options = tuple(o for o in options if not _FAR_AHEAD.search(o)) or options
                if kind == "dated" and _DIARY.search(cta):
                    # the closer puts it in the calendar already: said once a post (read 23:
                    # "Put it in your calendar — … / Set a reminder in your calendar")
                    options = tuple(o for o in options if not _DIARY.search(o)) or ("Coming up",)
                if kind == "dated" and re.search(r"(?i)%|\boff\b|\bcode\b", head.split("\n", 1)[0]):
                    # an offer already running is no date for a diary (blind read 11), nor
                    # anything still to come ("Coming up: 15% off…" six days in, read 29)
                    options = ("On now", "Running now", "Now on")
                choice = _first_unsaid(options, said, key + kind, bool(puns))
                if choice is None:
                    return text
                return text[:lead_end] + choice + m.group(1) + head[m.end():]
            if form == "object":
                # a lead that takes what follows as its object ("Say hello to X."), or a
                # label with its colon ("Out now: X."): never the name as a piece of its own
                m = re.match(re.escape(stock) + r"(: | — )(?=\S)", head)
                if not m:
                    continue
                options = own[kind]
                if re.match(r"(?i)(?:our|a|an|the|my) new\b|new\b", head[m.end():]):
                    # "a new sweetcorn" after "New from us today:" says new twice
                    options = tuple(o for o in options if not re.search(r"(?i)\bnew\b", o)) \
                        or options
                choice = _first_unsaid(options, said, key + kind, bool(puns))
                if choice is None:
                    return text
                return text[:lead_end] + choice + " " + head[m.end():]
            if form == "sentence":
                m = re.match(re.escape(stock) + r" (?=\S)", head)
            else:  # a line of its own, or a sentence before the rest of its line
                m = re.match(re.escape(stock) + r"(?: (?=\S)|[ \t]*(?=\n|$))", head)
            if not m:
                continue
            rest = head[m.end():].lstrip()
            if kind in _SAYS_NOTHING and rest:
                # a line that only says a tip or a story follows ("A tip from Kessler.",
                # "Our side of the story.") goes: the post opens on the tip or the story
                # itself (blind read 19: "One we pass on to everyone we know.", "Our story, in a few plain
                # words.")
                return text[:lead_end] + rest[:1].upper() + rest[1:]
            choice = _first_unsaid(fits(own[kind], stock), said, key + kind, bool(puns))
            if choice is None:
                return text
            return text[:lead_end] + choice + head[len(stock):]
    return text


def _swap_coda(body: str, register: str, said: str, key: str) -> str:
    """A story's last line ("That's where it began.") said in the register."""
    for stock in _CODA_STOCK:
        if stock in body:
            choice = _first_unsaid(_CODA.get(register, _CODA_STOCK), _line_starts(said), key + "coda")
            if choice is None:
                return body
            return body.replace(stock, choice, 1)
    return body


def _line_starts(said: str) -> str:
    """The earlier posts with each sentence on a line of its own, so a line said mid-line
    counts as said."""
    return re.sub(r"(?<=[.!?]) +", "\n", said)


def _bare(cta: str) -> str:
    """A closer as compared with the ones said before: its full stop is not a new closer."""
    return cta.strip().rstrip(".").lower()


def _swap_closer(text: str, cta: str, register: str, brand: str, said_ctas: list[str],
                 key: str, *, b2b: bool, platform: str = "") -> tuple[str, str]:
    """The closer said in the register: an ask for comments past the calendar's two (or any
    in a formal or B2B voice), and a closer the calendar already said, give way to the
    register's own invitation to follow. A post whose own words end on a question for the
    reader ("What is missing from our service?") keeps its ask: that is a real question."""
    if not cta:
        return text, cta
    said_ask = _ASKS.get(cta.strip().rstrip(".!").lower(), {}).get(register)
    if said_ask:
        return _closed(text, cta, said_ask, register)
    body = text[:-len(cta)] if text.endswith(cta) else text
    lines = [line for line in body.strip().split("\n") if line.strip()]
    asks = bool(lines) and lines[-1].rstrip().endswith("?")
    if platform == "pinterest" and (is_chatter(cta) or _NOT_ON_A_PIN.search(cta)):
        # a Pin is saved and tapped through, not commented on
        save = _ASKS["save this pin for later"].get(register, "Save this Pin for later")
        # (and the Pin's other saves after it: "follow along" is no ask a Pin can take)
        saves = [save, "Save it to a board for later", "Keep this Pin for when you're ready",
                 "Save this Pin for when you need it"]
        said = "\n".join(said_ctas)
        choice = save if not re.search(r"(?im)^" + re.escape(save), said) else \
            _first_unsaid(saves[1:], said, key + "close") or save
        return _closed(text, cta, choice, register) if choice else (text, cta)
    chatter = is_chatter(cta) and not asks
    chats = sum(1 for c in said_ctas if is_chatter(c))
    repeated = _bare(cta) in {_bare(c) for c in said_ctas} and bool(
        _FOLLOWS.match(cta.strip()))
    too_chatty = chatter and (register == "formal" or b2b or chats >= 2)
    # the templates' stock "Follow us for more" said in the register's own words
    stock = register != "neutral" and bool(_STOCK_FOLLOW.match(cta.strip()))
    # (... and on YouTube any "follow" is said as subscribing)
    stock = stock or (platform == "youtube" and bool(re.search(r"(?i)\bfollow\b", cta)))
    event = next((where for where, lines in _EVENT_STOCK.items()
                  if cta.strip().rstrip(".!").lower() in {line.lower() for line in lines}), "")
    if event:
        own = _EVENT_OWN.get(register, _EVENT_OWN["neutral"])[event]
        if _SAME_DAY.search(text[:-len(cta)] if text.endswith(cta) else text):
            # on the day itself, no diary to put it in
            own = tuple(o for o in own if not _DIARY.search(o)) or own
        if _DIARY.search(text[:-len(cta)] if text.endswith(cta) else text):
            # the post's own words put it in the calendar already: never twice a post
            own = tuple(o for o in own if not _DIARY.search(o)) or own
        if register == "neutral" and _bare(cta) not in {_bare(c) for c in said_ctas}:
            return text, cta
        choice = _first_unsaid(own, "\n".join(said_ctas), key + "event")
        return _closed(text, cta, choice, register) if choice else (text, cta)
    if not (too_chatty or repeated or stock):
        return text, cta
    if sum(1 for c in said_ctas if _FOLLOW_ASK.search(c)) >= FOLLOWS_A_CALENDAR:
        # a third "follow along" reads as the calendar's stock ending (blind read 24: "follow
        # along" closing three posts of 24): the post ends on its own words
        body = text[:-len(cta)] if text.endswith(cta) else text
        return body.rstrip(), ""
    own_follows = _FOLLOW.get(register, _FOLLOW["neutral"]) if platform != "youtube" else \
        _YOUTUBE_FOLLOW["formal" if register == "formal" or b2b else "any"]
    follows = [f.replace("{brand}", brand or "us").replace("the us channel", "our channel")
               for f in own_follows]
    choice = _first_unsaid(follows, "\n".join(said_ctas), key + "close")
    if choice is None:
        return text, cta
    return _closed(text, cta, choice, register)


def _closed(text: str, cta: str, choice: str, register: str) -> tuple[str, str]:
    """The post with ``choice`` for its closer, ending as the old one did."""
    end = cta.rstrip()[-1:]
    if register == "formal" or (end == "." and not choice.endswith(("!", "."))):
        choice = choice if choice.endswith((".", "!")) else choice + "."
    if text.endswith(cta):
        text = text[:-len(cta)] + choice
    return text, choice


def in_register(text: str, cta: str, register: str, *, brand: str = "", said: Iterable[str] = (),
                said_ctas: Iterable[str] = (), key: str = "", b2b: bool = False,
                asks_review: bool = False, tip: str = "", platform: str = "",
                verb: str = "", short: bool = False,
                puns: dict[str, tuple[str, ...]] | None = None) -> tuple[str, str]:
    """The post's text and closer with the register's own opener and closer: ``said`` are
    the calendar's earlier posts' texts and ``said_ctas`` their closers, so an opener or a
    closer is not said twice in a calendar and an ask for comments at most twice. A post
    that asks for a review (``asks_review``) keeps its ask: it is the post. ``tip`` is the
    tip a tip post gives: given bare, a punning, excitable, nerdy or gentle register leads
    into it with a line of its own (a deadpan, direct or formal one gives it bare). ``puns``
    are lead-ins on the goods for a tone that asks for them."""
    if register not in _OWN:
        return text, cta
    if b2b and register == "excitable":
        register = "punning"  # a business buyer is never shouted at: the play stays, the "!" goes
    earlier = "\n".join(said)
    body_end = len(text) - len(cta) if cta and text.endswith(cta) else len(text)
    body = _swap_opener(text[:body_end], register, brand, earlier, key, short, cta, puns)
    # (a bare tip is given bare: a post may open on its fact, and a line before it that
    # says nothing but how we speak reads as filler, blind read 19: "One we pass on to everyone we know.")
    body = _swap_coda(body, register, earlier, key)
    text = body + text[body_end:]
    if asks_review:
        return text, cta
    text, cta = _swap_closer(text, cta, register, brand, list(said_ctas), key, b2b=b2b,
                             platform=platform)
    if short:
        return text, cta  # a short caption keeps its ask: no room for more words
    return _ask_in_register(text, cta, register, list(said_ctas), key, verb)


def _ask_in_register(text: str, cta: str, register: str, said_ctas: list[str], key: str,
                     verb: str) -> tuple[str, str]:
    """A bare ask to buy ("Shop here: link in bio") said in the register's own words, one
    not said before in the calendar; any other ask is kept."""
    ask = _HEDGE.sub("", cta.strip()) if register == "excitable" else cta.strip()
    m = _LINK_ASK.match(ask) if cta and verb else None
    if m is None or register not in _ASK_OWN:
        return text, cta
    own = _ASK_OWN[register]
    act = _ACT_LINK.match(m.group("link").strip())
    if act is not None:
        # no address, a message or a reply: the act is the ask ("Have a look when you've a
        # minute: send us a message" leads nowhere)
        said_act = act.group(0).rstrip(".")
        own = tuple(o.replace("{act}", said_act).replace("{Act}", said_act[:1].upper() + said_act[1:])
                    for o in _ASK_ACT)
    options = [o.replace("{verb}", verb).replace("{Verb}", verb[:1].upper() + verb[1:])
               .replace("{link}", m.group("link")) for o in own]
    said = "\n".join(said_ctas)
    fresh = [o for o in options if not re.search(r"(?im)^" + re.escape(o.split(":")[0]), said)]
    if _DEADLINE.search(text):
        # (no hedge before a deadline: "When you've a minute, book" on an offer's last day,
        # blind read 36)
        fresh = [o for o in fresh if not o.startswith(("When you've a minute", "When you have a minute"))]
    if not fresh:
        return text, cta
    choice = fresh[_seed(key + "ask") % len(fresh)]
    if text.endswith(cta):
        text = text[:-len(cta)] + choice
    return text, choice
