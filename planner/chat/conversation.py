"""What a message that is not a slash command does: a plain-words request runs its command,
brief details update the brief, small talk gets a short human answer, and a request
the chat cannot place gets one question back.

The order of a turn:

1. a yes or no to a question the chat asked ("open it anyway?") answers it;
2. the router (``intents.py``) names the request and its arguments; a request it is sure
   of that can run now runs, through the same command table as the slash commands;
3. anything else is offered to the brief parser first ("post 3x a week on Instagram");
4. when the parser finds nothing in it: small talk is answered, a request that cannot
   run says why ("there's no plan yet"), a request the router was unsure of gets one
   clarifying question, and the rest says what the chat can do next.

Right after the chat asked for a brief detail, a message is taken as the answer unless
the router is very sure it is a request: "2" answers "how many posts a week?".
"""

from __future__ import annotations

import re

from planner.chat import intents
from planner.chat.brief_commands import read_brief_details
from planner.chat.commands import Command, dispatch, find, run
from planner.chat.next_step import next_step
from planner.chat.replies import NO_DETAILS, Reply
from planner.chat.state import SessionState
from planner.errors import PlannerError

#: the router's probability above which a request runs without a question
SURE = 0.5
#: ... and right after the chat asked for a brief detail
SURE_WHEN_ANSWERING = 0.8
#: a runner-up this likely makes a request ambiguous: one question decides
CLOSE = 0.25

YES = re.compile(r"(?i)^\s*(?:y|yes|yeah|yep|yup|sure|ok(?:ay)?|go ahead|do it|please do|"
                 r"yes please|fine|absolutely|of course|open it|replace it)\b")
NO = re.compile(r"(?i)^\s*(?:n|no|nope|nah|cancel|don'?t|stop|never ?mind|keep (?:it|mine))\b")

#: requests that need a calendar, and those that need loaded posts
NEEDS_CALENDAR = {"show", "approve", "regen", "delete", "calendar", "lint", "save", "export"}
NEEDS_POSTS = {"report", "teach"}
#: export formats that take one platform a file
ONE_PLATFORM = ("hootsuite", "sprout")
#: requests that name one post
NEEDS_POST = {"show", "approve", "regen", "delete", "why"}

#: what each request is, said as an offer ("Do you want me to …")
OFFERS = {"plan": "make a plan", "week": "show this week's posts", "show": "show you post {n}",
          "why": "explain post {n}", "approve": "approve post {n}", "regen": "rewrite post {n}",
          "delete": "delete post {n}", "calendar": "list the whole plan",
          "report": "report on your loaded posts", "save": "save the calendar",
          "teach": "list the posts whose labels would help me most",
          "export": "export the calendar", "open": "open a saved calendar",
          "posts": "load your existing posts", "lint": "check the plan for problems",
          "brief": "show what I know about your business", "help": "show what I can do",
          "next": "say what to do next",
          "undo": "undo the last change"}
#: how a seller would say it, to answer a clarifying question
SAY = {"plan": "plan", "week": "what should I post this week?", "show": "show {n}",
       "why": "why is post {n} {stage}?", "approve": "approve {n}", "regen": "rewrite {n}",
       "delete": "delete {n}", "calendar": "list all posts", "report": "report", "save": "save",
       "teach": "which posts should I label?",
       "export": "export as ics", "open": "open PATH", "posts": "load posts from PATH",
       "lint": "check the plan", "brief": "/brief", "help": "/help", "undo": "undo",
       "next": "what's next?"}


def converse(state: SessionState, text: str) -> Reply:
    """Answer one message that is not a slash command."""
    pending, state.pending = state.pending, None
    if pending is not None:
        if YES.match(text):
            return dispatch(state, pending)
        if NO.match(text):
            return Reply("OK, I left everything as it was.")
    answering = state.dialogue is not None and bool(state.dialogue.asked)
    count = len(state.calendar.posts) if state.calendar is not None else None
    try:
        intent = intents.read(text, posts=count)
    except PlannerError:  # no router (a broken install): every message is brief details
        return read_brief_details(state, text)
    names_a_post = intent.post is not None and state.calendar is not None and \
        re.search(r"(?i)\bpost\s*#?\d", text) is not None
    clear = intent.confidence >= SURE_WHEN_ANSWERING  # a request, whatever was asked
    if THANKS_ONLY.match(text):
        # "ty so much", "thx a lot": thanks and nothing else, whatever the router's doubt
        # (chat test 37: stored as the description, then as the problem it solves)
        intent.name, clear = intents.SMALLTALK, True
    if intent.name == "regen" and intent.confidence >= SURE and state.calendar is not None \
            and (state.focus is not None or REWRITE_ASK.match(text)) \
            and intents.variations(text) and len(text.split()) <= 6:
        # (... and "make it funnier" with no post shown yet asks which post, never the
        # audience the chat asked for: chat test 38)
        # "that's too long" just after a post was shown is about that post, never the answer
        # to what the chat asked about the brief (chat test 35: stored as the description)
        clear = True
    if answering and not clear and not names_a_post \
            and not ASKS_BACK.match(text):  # ("what do you need from me?" asks, never answers)
        intent.confidence = min(intent.confidence, SURE - 0.01)  # an answer first
    if intent.name in ASIDES and not answering and _says_more(text):
        # "how does this work? i sell macrame wall hangings": the question is an aside, the
        # details are what to keep (answered with what to do next, as details always are)
        asked = state.brief_dialogue().asked
        reply = read_brief_details(state, text)
        if reply.changed:
            if intent.name == "help":
                reply.text += "\n\n/help lists everything I can do."
            return reply
        state.brief_dialogue().asked = asked
    if intent.name not in (intents.DETAILS, intents.SMALLTALK) and OFFER_SAID.search(text):
        # "save 20% with code SAVE20": an offer is brief details, whatever word it starts with
        reply = read_brief_details(state, text)
        if reply.changed:
            return reply
    command = find("/" + intent.name) if intent.name not in (intents.DETAILS,
                                                             intents.SMALLTALK) else None
    if intent.name == intents.WHY:
        command = find("/why")
    if command is not None and intent.confidence >= SURE and _can_run(state, intent):
        if _ambiguous(intent):
            return _clarify(state, intent)
        return act(state, command, intent, text)
    if command is not None and names_a_post and _can_run(state, intent):
        return _clarify(state, intent)  # "post 7 please" is about the plan, not the brief
    if command is not None and clear and not _can_run(state, intent):
        return Reply(_why_not(state, intent))  # "delete post 2" is no answer to a question
    if intent.name == intents.SMALLTALK and clear and answering and len(text.split()) <= 4:
        # "thanks :)" after the chat asked about the brief is thanks, never the answer
        # (chat test 35: stored as the problem the product solves)
        talk = small_talk(state, text)
        if talk is not None:
            return talk
    reply = read_brief_details(state, text)
    if reply.changed or not reply.text.startswith(NO_DETAILS):
        return reply
    # nothing for the brief in it
    if intent.name == intents.SMALLTALK:
        return small_talk(state, text) or reply
    if command is not None:
        if not _can_run(state, intent):
            return Reply(_why_not(state, intent))
        if answering:  # the question asked stays, with the request it may have been
            offer, say = _offer(intent.name, intent, state.focus)
            return Reply(f"{reply.text}\n\nOr did you want me to {offer}? Say “{say}”.")
        return _clarify(state, intent)
    return reply


#: an offer in a message ("20% off", "£5 off", "code SAVE20"): brief details, never a request
OFFER_SAID = re.compile(r"(?i:\b\d{1,3}\s*(?:%|percent|per\s+cent)|[$£€]\s?\d|\b(?:promo|discount|"
                        r"coupon)?\s*code\s*[:=]?\s*[A-Z0-9]{3,}|\bbogo\b)")
#: a rewrite asked of a post in so many words ("make it funnier", "more casual pls")
REWRITE_ASK = re.compile(r"(?i)^\s*(?:can you |could you |pls |please )?(?:make (?:it|them|this|"
                         r"that|these|those)|more|less|too|a bit|bit)\b")
#: a question asked back while the chat waits for an answer: a request, not the answer
#: ("what do you need from me?" after "Who usually buys …?" was read as the audience)
ASKS_BACK = re.compile(r"(?i)^\s*(?:so\s+|ok\s+|and\s+|but\s+)?(?:what|how|why|which|can|could|do|does|"
                       r"should|shall|will|would)\b[^.!\n]*\?\s*$")
#: requests that change nothing, which a message may open with before saying more
ASIDES = {"help", "next", intents.SMALLTALK}


def _says_more(text: str) -> bool:
    """Whether a message goes on after its first sentence ("hi! we sell candles")."""
    parts = re.split(r"(?<=[.?!])\s+|\n+", text.strip(), maxsplit=1)
    return len(parts) == 2 and len(parts[1].split()) >= 2


def _can_run(state: SessionState, intent: intents.Intent) -> bool:
    """Whether the request makes sense now: a calendar to act on, posts to report, a
    product to plan for."""
    if intent.name in NEEDS_CALENDAR and state.calendar is None:
        return False
    if intent.name in NEEDS_POSTS and state.classified is None:
        return False
    if intent.name == intents.WHY and state.calendar is None and not state.posts:
        return False
    return not (intent.name in ("plan", "week") and not state.brief.product)


def _why_not(state: SessionState, intent: intents.Intent) -> str:
    if intent.name in NEEDS_POSTS:
        what = "to label" if intent.name == "teach" else "to report on"
        return (f"No posts are loaded yet, so there's nothing {what}: “load my posts "
                "from posts.csv” (or /posts PATH) first.")
    if not state.brief.product:
        return ("There's no plan yet, and I need to know what you sell to make one. "
                "What do you sell? (e.g. “we sell soy candles on Etsy”)")
    return "There's no plan yet: say “plan” (or “plan 2 weeks”) and I'll make one."


def _ambiguous(intent: intents.Intent) -> bool:
    second, p = intent.runner_up
    return (intent.confidence < SURE + 0.1 and p >= CLOSE and second in OFFERS
            and second != intent.name)


def _offer(name: str, intent: intents.Intent, focus: int | None) -> tuple[str, str]:
    n = intent.post or (focus + 1 if focus is not None else None)
    number = str(n) if n else "N"
    return (OFFERS[name].format(n=number).replace("post N", "a post"),
            SAY[name].format(n=number, stage=intent.stage or "consideration"))


def _clarify(state: SessionState, intent: intents.Intent) -> Reply:
    """One question: the likeliest request, or the two likeliest."""
    first, say_first = _offer(intent.name, intent, state.focus)
    second_name = intent.runner_up[0]
    if _ambiguous(intent):
        second, say_second = _offer(second_name, intent, state.focus)
        return Reply(f"Do you want me to {first}, or to {second}? Say “{say_first}” or "
                     f"“{say_second}”.")
    return Reply(f"Do you want me to {first}? Say “{say_first}”, or /help for what I can do.")


def act(state: SessionState, command: Command, intent: intents.Intent, text: str) -> Reply:
    """Run the command a plain-words request asked for, with the arguments it named."""
    name = intent.name
    number = intent.post
    if name in NEEDS_POST and number is None and state.focus is not None:
        number = state.focus + 1  # "make it shorter" is the post just talked about
    if name in NEEDS_POST and number is None:
        verb, say = _offer(name, intent, None)
        total = _count(state, name)
        return Reply(f"Which post? Say e.g. “{say.replace('N', '3')}”"
                     + (f" (the plan has posts 1 to {total})." if total else "."))
    if name == intents.WHY:
        return _why(state, intent, number)
    if name in NEEDS_POST and not 1 <= number <= len(state.calendar.posts):
        return Reply(f"There's no post {number}: the plan has posts 1 to "
                     f"{len(state.calendar.posts)}.", error=True)
    if name == "plan":
        return _plan(state, command, intent)
    if name == "regen":
        return _regen(state, command, number, intent.hows)
    if name in ("show", "approve", "delete"):
        return run(state, command, [str(number)])
    if name in ("save", "open", "posts"):
        if name != "save" and not intent.path:
            return Reply(f"Which file? Say e.g. “{SAY[name].replace('PATH', 'plan.toml' if name == 'open' else 'posts.csv')}”.")
        return run(state, command, [intent.path] if intent.path else [])
    if name == "export":
        return _export(state, command, intent)
    return run(state, command, [])


def _count(state: SessionState, name: str) -> int:
    if name == intents.WHY and state.calendar is None:
        return len(state.posts)
    return len(state.calendar.posts) if state.calendar is not None else 0


def _plan(state: SessionState, command: Command, intent: intents.Intent) -> Reply:
    """"make me a plan for the next 2 weeks": /plan 2 (the brief's length becomes 2 weeks)."""
    if intent.weeks is None:
        return run(state, command, [])
    if not 1 <= intent.weeks <= 52:
        return Reply("A plan runs from 1 to 52 weeks: how many would you like?", error=True)
    return run(state, command, [str(intent.weeks)])


def _regen(state: SessionState, command: Command, number: int, hows: list[str]) -> Reply:
    """One variant, or one per variation asked for ("shorter and more casual")."""
    if not hows:
        return run(state, command, [str(number)])
    texts, changed = [], set()
    for how in hows:
        reply = run(state, command, [str(number), how])
        if reply.error:
            if texts:  # the first variation stands; say why the next did not
                texts.append(reply.text)
                break
            return reply
        texts.append(reply.text)
        changed |= reply.changed
    return Reply("\n\n".join(texts), changed=changed)


def _why(state: SessionState, intent: intents.Intent, number: int) -> Reply:
    """"why is post 3 consideration?": a planned post's stage (/why), or a loaded post's
    (/explain) when that is the one meant; both fit and the stage said does not tell them
    apart: one question."""
    planned = state.calendar is not None and 1 <= number <= len(state.calendar.posts)
    loaded = 1 <= number <= len(state.posts)
    if planned and loaded and intent.stage:
        planned_fits = state.calendar.posts[number - 1].stage == intent.stage
        loaded_fits = state.classified is not None and \
            state.classified.predictions[number - 1].stage == intent.stage
        if planned_fits != loaded_fits:
            planned, loaded = planned_fits, loaded_fits
    if planned and loaded:
        return Reply(f"Your own post {number} (loaded with /posts) or post {number} of the "
                     f"plan? Say “/explain {number}” or “/why {number}”.")
    if loaded:
        return run(state, find("/explain"), [str(number)])
    reply = run(state, find("/why"), [str(number)])
    stage = state.calendar.posts[number - 1].stage if planned else None
    if intent.stage and stage and stage != intent.stage and not reply.error:
        reply.text = f"It isn't {intent.stage}: " + reply.text[:1].lower() + reply.text[1:]
    return reply


def _export(state: SessionState, command: Command, intent: intents.Intent) -> Reply:
    if intent.format is None:
        return Reply("Which format: ics (for calendar apps), csv, markdown, hootsuite or "
                     "sprout? Say e.g. “export as ics”.")
    platforms = sorted({p.platform for p in state.calendar.posts})
    if intent.format in ONE_PLATFORM and not intent.platform and len(platforms) > 1:
        return Reply(f"{intent.format.capitalize()} takes one file per profile: which platform, "
                     f"{', '.join(platforms[:-1])} or {platforms[-1]}? Say e.g. “export "
                     f"{platforms[0]} for {intent.format}”.")
    return run(state, command, [intent.format, intent.path or ""]
               + ([intent.platform] if intent.platform else []))


# ---- small talk ------------------------------------------------------------------------

#: the words of thanks
_THANKS = r"thanks?|thank ?(?:you|u)|thx|ty|tysm|cheers|ta"
#: a message that is thanks and nothing more
THANKS_ONLY = re.compile(r"(?i)^\W*(?:(?:ok(?:ay)?|great|perfect|awesome|brilliant|lovely|amazing|"
                         rf"nice|cool)[\s,!.]+)?(?:{_THANKS}|tyvm)"
                         r"(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+a\s+bunch|\s+heaps|\s+loads|"
                         r"\s+mate|\s+again|\s+for\s+(?:the|your|all)\s+help)*[\s!.:)(]*"
                         r"[\U0001F300-\U0001FAFF\u2764\ufe0f\s!.]*$")

_TALK = [
    (re.compile(rf"(?i)\b(?:{_THANKS})\b"), "You're welcome!"),
    (re.compile(r"(?i)\b(?:bye|goodbye|see (?:you|ya)|that'?s all|later)\b"),
     "Bye for now! /quit (or ctrl+q) closes the chat."),
    (re.compile(r"(?i)\b(?:how are you|how'?s it going|how'?s your day|how are things)\b"),
     "All good here, thanks for asking."),
    (re.compile(r"(?i)\b(?:who are you|robot|bot|human|\bai\b|your name)\b"),
     "I'm the planner's assistant: a program that plans your social posts, not a person."),
    (re.compile(r"(?i)^\W*(?:hi|hello|hey|hiya|yo|good (?:morning|afternoon|evening)|hello\?|"
                r"anyone there)\b"), "Hi!"),
    (re.compile(r"(?i)\b(?:ok|okay|cool|great|nice|awesome|perfect|brilliant|lovely|amazing|"
                r"good job|well done|nice work|lol|haha|sorry|my bad)\b"), "Good."),
]


def small_talk(state: SessionState, text: str) -> Reply | None:
    """A short human answer and the next useful step; None when the words are not small
    talk after all."""
    said = next((answer for pattern, answer in _TALK if pattern.search(text)), None)
    if said is None:
        return None
    if said.startswith("Bye") and state.unsaved:
        said += " The calendar has unsaved changes: “save” keeps them."
        return Reply(said)
    return Reply(f"{said} {next_step(state)}")
