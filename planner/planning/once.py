"""Nothing said twice in a calendar (blind read 20: repeats were the defect readers counted
most, each a fix on the later post). Three rules, for every brief:

- a caption sentence of ONCE_WORDS words or more (compared case- and punctuation-blind) is in
  one post of the calendar: the offer's line, the price line, a perk or a referral line, the
  giveaway's entry line, a call to action, what the business is;
- a visual's direction (its first sentence: what the photo shows) is one post's; a moment
  told on several platforms gets another shot of it on each (`distinct_visual`), while the
  designer's short notes after it ("plain type, the code largest") may recur;
- one post is not said twice: what the business is (in any of our wordings) is told at most
  once on a platform and in WHAT_POSTS posts of a calendar, and two posts the same day, or on
  one platform within a week, never share their main line (`same_main_line`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from planner.domain.calendar import CalendarPost
from planner.planning.repeats import SENTENCE_SPLIT

#: the fewest words a sentence has for the rule to hold it to one post
ONCE_WORDS = 4
#: posts of a calendar that may say what the business is (once on a platform)
WHAT_POSTS = 2
#: days before one platform may hear what the business is again (a plan of more than 4 weeks)
WHAT_DAYS = 28
#: days within which one platform's two posts never share their main line
MAIN_LINE_DAYS = 7
#: the share of content words two main lines have in common to be one line said twice
MAIN_LINE_OVERLAP = 0.6

_PLAIN = re.compile(r"[a-z0-9à-ÿ']+")
_SMALL = {"the", "a", "an", "and", "or", "to", "of", "in", "on", "for", "with", "it", "is", "you",
          "your", "we", "our", "us", "this", "that", "be", "are", "if", "at", "it's", "i", "my",
          "me", "from", "here", "there", "now", "just", "so", "all", "by", "as"}


#: a list's marker before its point ("A) ", "2. ", "→ "): the point is the sentence
_MARKER = re.compile(r"^\s*(?:[A-Za-z0-9][.)]|[→•*–—-])\s+")


def _norm(sentence: str) -> str:
    sentence = _MARKER.sub("", sentence)
    return " ".join(_PLAIN.findall(sentence.lower().replace("’", "'")))


#: where a sentence hands over a link: a call to action said with a link on one platform and
#: "link in bio" on another is one call to action ("I'd be glad to have you: …")
_LINKS = re.compile(r"(?i)https?://\S+|www\.\S+|\(?\blink (?:in (?:the )?(?:bio|profile|"
                    r"description|comments?)|on the pin|below|above)\b\)?|\b(?:in (?:our|the) bio|"
                    r"tap the link)\b|"
                    # ... and a way in that is no link: "Send us a message to book" is "to book"
                    r"\b(?:send us a message|reply to this story)\b")


#: a price said in a few words ("£6 a round.", "$12 each."): short, but one post's line too
#: (a calendar read with "£6 a round." in five of its seven posts)
_PRICE = re.compile(r"[£$€¥₹]\s?\d|\d\s?(?:€|kr|zł|KES|NZD|AUD|CAD)\b")


#: an ask of what followers would like to see next, in any of its wordings ("What should we
#: film next?", "Tell us what you would like to see next.", "What would you like to see from
#: us here?"): one a calendar (blind read 40: three of a sparse calendar's five posts)
_WISH_ASK = re.compile(r"(?i)\bwhat (?:should|shall|would|do) (?:we|you)\b[^.?!]{0,30}\b(?:film|see|show|"
                       r"post|make)\b[^.?!]{0,20}\b(?:next|here|more of)\b|\bwhat you(?:'d| would) like "
                       r"to see\b|\bwhat (?:should|shall) we (?:film|show|post|make) next\b")
WISH_KEY = "ask what followers would like to see next"


def sentence_keys(text: str) -> set[str]:
    """The sentences of ``text`` (a caption, a title) the rule holds to one post, each
    normalised: lower case, punctuation out; a sentence of ONCE_WORDS words or more as typed
    or as normalised; of a sentence with a link, what it says around the link ("I'd be glad
    to have you: link in bio" is "i'd be glad to have you"; "Full rules: link in bio" is
    too short to count)."""
    out = set()
    for s in SENTENCE_SPLIT.split(text or ""):
        key = _norm(s)
        bare = _norm(_LINKS.sub(" ", s))
        if bare != key:
            # (a link's own words are the way in, said wherever it is: "Full rules: link
            # in bio"; what is said around it counts)
            key = bare
            s = _LINKS.sub(" ", s)
        if key and (len(s.split()) >= ONCE_WORDS or len(key.split()) >= ONCE_WORDS
                    or len(key.split()) >= 2 and _PRICE.search(s)):
            out.add(key)
        if _WISH_ASK.search(s):
            out.add(WISH_KEY)
    return out


#: the words that say when an event is ("Thursday 18 March at 6pm", "today, 10am–2pm")
_WHEN_WORDS = re.compile(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
                         r"february|march|april|may|june|july|august|september|october|"
                         r"november|december|today|tonight|tomorrow|at|on|from|until|to|live|"
                         # (... and its time zone, said to an audience online: "2pm CET")
                         r"utc|gmt|cet|cest|eet|eest|wet|bst|ist|msk|jst|kst|hkt|sgt|aest|aedt|"
                         r"awst|nzst|nzdt|est|edt|cst|cdt|mst|mdt|pst|pdt|sast|brt|wib|"
                         r"\d{1,2}(?:st|nd|rd|th)?|\d{4}|\d{1,2}(?:[.:]\d\d)?(?:am|pm)?)$")


def names_event(key: str, names: Iterable[str]) -> bool:
    """Whether a sentence's key (`sentence_keys`) is only an event's name and when it is
    ("Repotting live — Thursday 18 March at 6pm", the title of every post about it): that
    is the event's fact, which its own platform's announcement says after a pointer on
    another platform said it, never a repeated sentence."""
    # (a name of more than one sentence, "Warm or cool? Live drape test", is cut where any
    # caption is: each of its sentences is the name too, read 29: an Instagram live told only
    # on TikTok, its own platform's posts turned down as saying the title again)
    pieces = [piece for name in names
              for piece in [name, *(SENTENCE_SPLIT.split(name) if SENTENCE_SPLIT.search(name) else ())]]
    for name in pieces:
        name = _norm(name)
        if not name or name not in key:
            continue
        # (its when before or after it: "Today at 9:30am: Open workshop morning", a day's
        # title on each platform)
        before, _, after = key.partition(name)
        if all(_WHEN_WORDS.match(w) for w in (before + " " + after).split()):
            return True
    return False


def said_before(text: str, said: set[str]) -> str:
    """The first sentence of ``text`` an earlier post said (normalised keys in ``said``,
    `sentence_keys`), or ""."""
    for key in sorted(sentence_keys(text)):
        if key in said:
            return key
    return ""


#: the fewest words, names of the brief's moments aside, a fact told inside another
#: sentence has for the rule to hold it to one post
INSIDE_WORDS = 7
#: days apart within which a fact told inside another sentence is said twice (beyond, a
#: retelling in a sentence of our own is a thin brief's way to fill its weeks)
INSIDE_DAYS = 8


#: words a fact is said behind that are no part of it ("there's a coach in your ear …" and
#: "a coach in your ear …" are one fact)
_WRAPPER = re.compile(r"^(?:there's|there is|there are|you get|you'll get|it has|it comes with|"
                      r"we offer|we have)\s+")


def said_inside(text: str, said: set[str], names: Iterable[str] = ()) -> str:
    """The first sentence of ``text`` that an earlier post said inside a longer one, or that
    holds an earlier post's whole sentence ("For anyone new here: we come out whenever 5 cm
    or more falls." after "We come out whenever 5 cm or more falls."), or "": a fact of
    INSIDE_WORDS words or more told twice behind another lead reads pasted (read 41's tuning
    set: six such pairs in one calendar). A sentence that is mostly a moment's ``names`` (an
    event's title, its day) is the moment's, said on each platform."""
    # (a name's parts are names too: a launch's "Harbour Smoke, a pine-smoked black tea …"
    # is said whole on its day and in parts by its teaser)
    parts = [p for n in names if n for p in (n, *re.split(r",\s+|\s+[—–-]\s+|:\s+|\s+\(|\)\s*", n))]
    plain = sorted({n for n in (_norm(p) for p in parts) if len(n.split()) >= 2}, key=len, reverse=True)

    def fact_words(key: str) -> int:
        for n in plain:
            key = f" {key} ".replace(f" {n} ", " ").strip()
        return len(key.split())

    long_said = [f" {_WRAPPER.sub('', s)} " for s in said if len(s.split()) >= INSIDE_WORDS]
    for key in sorted(sentence_keys(text)):
        if len(key.split()) < INSIDE_WORDS or key in said:
            continue
        padded = f" {_WRAPPER.sub('', key)} "
        for other in long_said:
            if other in padded or padded in other:
                shorter = other if len(other) < len(padded) else padded
                if fact_words(shorter.strip()) >= INSIDE_WORDS:
                    return key
    return ""


def repeated_sentences(posts: Iterable[CalendarPost]) -> list[tuple[str, list[int]]]:
    """Every caption sentence of ONCE_WORDS words or more in two posts or more of a calendar,
    with the (0-based) posts that say it, for tests and reports."""
    where: dict[str, list[int]] = {}
    for i, post in enumerate(posts):
        for key in sentence_keys(post.text):
            where.setdefault(key, []).append(i)
    return sorted((k, v) for k, v in where.items() if len(v) > 1)


# -- visuals ------------------------------------------------------------------------------

def visual_subject(visual: str) -> str:
    """A visual's direction, normalised: its first sentence (what the photo or clip shows);
    the sentences after it are the designer's notes."""
    first = SENTENCE_SPLIT.split((visual or "").strip(), 1)[0]
    return _norm(first)


#: a visual's direction that is a photo or a clip (a card, slides or type are laid out)
_SHOT = re.compile(r"(?i)\b(?:photos?|photograph\w*|shots?|clips?|videos?|footage|film\w*|"
                   r"pictures?|images?|reels?|close-ups?|flat lay|selfies?)\b")
_MOVING = re.compile(r"(?i)\b(?:clips?|videos?|footage|film\w*|reels?)\b")

#: another shot of a subject a post of the calendar showed already, in turn
_OTHER_SHOTS = ("a close crop of one detail of it, nothing else in the frame",
                "a wider frame that shows where it is used, the subject smaller in it",
                "the moment after: it in someone's hands, or in use",
                "from another angle, in other light (not the same photo)")
_OTHER_TAKES = ("filmed again from another angle, in other light",
                "a shorter cut, its first few seconds only",
                "filmed again somewhere else, with the same idea")
#: ... and a card or slides laid out again
_OTHER_LAYOUTS = ("the same words on a card of another layout and colour",
                  "the words on a photo of the real thing instead of a plain card",
                  "the key words alone, large, on a plain ground")


def distinct_visual(post: CalendarPost, earlier: Iterable[CalendarPost]) -> str:
    """``post``'s visual, or, when an earlier post's visual has its direction (the first
    sentence, ONCE_WORDS words or more), one of its own: a photo or a clip another shot of
    the same subject, named after that post ("Another shot of the subject of the 4 January
    Instagram post: a close crop of one detail of it…"); a card or slides laid out again,
    when the rest of the visual (its words) is the same too (a card's layout note with other
    words on it is a designer's note). The designer's notes after the direction are kept;
    each later post of that subject another shot."""
    visual = post.visual or ""
    subject = visual_subject(visual)
    if len(subject.split()) < ONCE_WORDS:
        return visual
    earlier = list(earlier)
    same = [p for p in earlier if visual_subject(p.visual) == subject]
    first_sentence = SENTENCE_SPLIT.split(visual.strip(), 1)[0]
    rest = SENTENCE_SPLIT.split(visual.strip(), 1)[1:]
    notes = rest[0] if rest else ""
    shot = bool(_SHOT.search(first_sentence))
    if not shot:  # (a layout said again with other words on it is the designer's note)
        same = [p for p in same if _norm(p.visual) == _norm(visual)]
    if not same:
        return visual
    first = same[0]
    taken = {visual_subject(p.visual) for p in earlier}
    day = f"{first.date.day} {first.date.strftime('%B')}"
    where = {"youtube": "YouTube", "linkedin": "LinkedIn", "tiktok": "TikTok",
             "x": "X"}.get(first.platform, first.platform.title())
    if shot:
        ways = _OTHER_TAKES if _MOVING.search(first_sentence) else _OTHER_SHOTS
        lead = f"Another shot of the subject of the {day} {where} post"
    else:
        ways, lead = _OTHER_LAYOUTS, f"Not the {day} {where} post's design"
        # (what is on the card, without the layout said again)
        words = first_sentence.split(": ", 1)[1] if ": " in first_sentence else first_sentence
        notes = "On it: " + words.rstrip(". ") + (". " + notes if notes else "")
    for n in range(len(ways)):
        line = f"{lead}: {ways[(len(same) - 1 + n) % len(ways)]}."
        if _norm(line) not in taken:
            return f"{line} {notes}".strip()
    return visual


# -- one post said twice -------------------------------------------------------------------

def main_line(text: str) -> str:
    """A caption's main line: its first sentence (its opener), normalised."""
    first = SENTENCE_SPLIT.split((text or "").strip(), 1)[0]
    return _norm(first)


def _content(line: str) -> set[str]:
    return {w for w in line.split() if w not in _SMALL}


def same_main_line(post: CalendarPost, earlier: Iterable[CalendarPost],
                   names: Iterable[str] = ()) -> CalendarPost | None:
    """The earlier post that ``post`` says again: posted the same day (any platform) or on its
    platform within MAIN_LINE_DAYS, with the same main line, or one of mostly the same words
    ("Today at 4pm: open house at our workshop." / "Open house at our workshop, today at
    4pm."). None when there is none. A dated moment's ``names`` (a launch's goods, an event's
    title) are left out of both main lines: each platform's post of a launch day, and a
    teaser before it, names the launch, in an opener of its own (blind read 25: three platforms
    posted other things on a launch's day, their launch posts turned down as the first)."""
    mine = main_line(post.text)
    words = _content(mine)
    if not mine:
        return None
    name_words = [w for w in (_content(_norm(n)) for n in names) if len(w) >= 2]
    for other in earlier:
        apart = abs((post.date - other.date).days)
        if not (apart == 0 or other.platform == post.platform and apart < MAIN_LINE_DAYS):
            continue
        theirs = main_line(other.text)
        if name_words:
            them = _content(theirs)
            # (a name counts as said in a line that has most of its words: "a new sample box
            # with 18 label materials" names "a sample box with 18 label materials")
            named = [w for w in name_words if len(w & words) >= MAIN_LINE_OVERLAP * len(w)
                     and len(w & them) >= MAIN_LINE_OVERLAP * len(w)]
            if named:
                rest_mine, rest_them = set(words), set(them)
                for w in named:
                    rest_mine -= w
                    rest_them -= w
                if rest_mine == rest_them:
                    return other
                if len(rest_mine) >= 2 and len(rest_them) >= 2 and len(
                        rest_mine & rest_them) / len(rest_mine | rest_them) >= MAIN_LINE_OVERLAP:
                    return other
                continue
        if theirs == mine:
            return other
        them = _content(theirs)
        if len(words) >= 2 and len(them) >= 2 and \
                len(words & them) / len(words | them) >= MAIN_LINE_OVERLAP:
            return other
    return None


def what_it_is_spent(platform: str, told: Iterable[CalendarPost], day=None,
                     weeks: int = 4) -> bool:
    """Whether what the business is may not be told again on ``platform`` (on ``day``): the
    posts in ``told`` (those that told it) include one there, or WHAT_POSTS of them. A plan
    longer than four weeks has as much again for each four weeks more, and a platform may
    hear it again WHAT_DAYS on (a follower who missed a month needs it first)."""
    told = list(told)
    cap = WHAT_POSTS * max(1, -(-weeks // 4))
    return len(told) >= cap or any(
        p.platform == platform and (day is None or abs((day - p.date).days) < WHAT_DAYS)
        for p in told)
