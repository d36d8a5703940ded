"""What a post repeats from the posts before it: a caption, an opener, a sentence, a call
to action, a hashtag set. A follower reads an account's month as one; an agency's reviewer
reads the whole calendar at once, across platforms."""

from __future__ import annotations

import re
from collections.abc import Iterable

from planner.domain.calendar import CalendarPost

_WORD = re.compile(r"[a-z0-9']+")
#: where one sentence (or line) of a caption ends and the next begins
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
_SMALL = {"the", "a", "an", "and", "or", "to", "of", "in", "on", "for", "with", "it", "is", "you",
          "your", "we", "our", "us", "this", "that", "be", "are", "if", "at", "how", "what", "it's"}


#: the templates of an offer's last days, said on every platform in them
LAST_DAYS = frozenset({"conversion/flash-sale", "conversion/offer-ends-soon",
                       "conversion/offer-last-days"})


def repetition_findings(post: CalendarPost, earlier: Iterable[CalendarPost],
                        told: Iterable[str] = (), retold: Iterable[str] = ()) -> list[tuple[str, str]]:
    """What ``post`` repeats from posts before it: its opener, a sentence, its hashtag set.
    Only posts within five weeks count: a follower notices a line used again this month, not
    one from two months ago, and a twelve-week plan needs room to reuse its best lines.
    ``told`` holds the brief's words that every post about them must say again (an offer's
    terms, its code): a sentence is a repeat for what it says around them, and a link is
    never a sentence. ``retold`` holds the brief's facts that another platform may hear again
    a fortnight or more later (a tip from a video retold on a Pin)."""
    earlier = list(earlier)
    told = [t for t in told if t]
    retold = [t for t in retold if t]
    out: list[tuple[str, str]] = []
    same = next((o for o in earlier if o.text.strip() == post.text.strip()), None)
    if same is not None:  # a whole caption again is noticed however far apart
        out.append(("near-duplicate", f"the same caption as the {same.date} {same.platform} post"))
    earlier = [o for o in earlier if abs((post.date - o.date).days) <= REPEAT_WINDOW_DAYS]
    opener = _opener(post.text)
    tags = tuple(sorted(t.lower() for t in post.hashtags))
    same_platform = [o for o in earlier if o.platform == post.platform][-2:]
    for other in earlier:
        apart = abs((post.date - other.date).days)
        # one template on one platform within the five weeks, with the same title or
        # visual or most of the same words, reads as the same post
        if other.template == post.template and other.platform == post.platform and (
                post.visual == other.visual
                # (an announcement's reminder says its facts again, with a visual of its own)
                or not _ANNOUNCES.search(post.template) and _similar(post.text, other.text, told)
                # (... but a live's reminder the day before is titled by the live's name too)
                or bool(post.title) and post.title == other.title
                and not (post.tactic in LIVE_TACTICS and 0 < apart <= 7)):
            out.append(("near-duplicate", f"the same {post.tactic} post as on {other.date}, "
                                          f"on {post.platform} again"))
        # ... and on another platform within the week (read 10: one offer card on Facebook,
        # then on Instagram three days later); the same day it is one announcement, cross-posted
        elif (other.template == post.template and 0 < apart <= 7
              # (a live or a launch is told to each platform's followers in its week)
              and post.tactic not in LIVE_TACTICS and not _ANNOUNCES.search(post.template)
              # (... and an offer's last days are told to each platform's followers: read
              # 39's and 40's lint called a last-day story on Facebook the Instagram one's)
              and post.template not in LAST_DAYS
              and (post.visual == other.visual or _similar(post.text, other.text))):
            out.append(("near-duplicate", f"the same {post.tactic} post as the {other.date} "
                                          f"{other.platform} one"))
        if (post.title and post.title.lower() == other.title.lower()
                and (post.platform == other.platform
                     and not (post.tactic in LIVE_TACTICS and other.tactic in LIVE_TACTICS
                              and 0 < apart <= 7 and post.platform != "pinterest")
                     # the same post on two platforms in a fortnight; a live's own title
                     # is its name, the same wherever it is announced
                     or apart < SAME_TEMPLATE_DAYS and post.template == other.template
                     and post.tactic not in LIVE_TACTICS and not _ANNOUNCES.search(post.template)
                     )) and not any(
                r == "repeated-title" for r, _ in out):
            out.append(("repeated-title", f"the title \"{post.title[:60]}\" is the "
                                          f"{other.date} {other.platform} post's too"))
        # (a Pin is met alone, in search, not in a feed: there only the same words count)
        same_platform_cta = post.platform == other.platform and (
            _cta_key(post.cta) == _cta_key(other.cta) and apart < CTA_DAYS
            and post.platform != "pinterest" or post.cta == other.cta and apart < SAME_TEMPLATE_DAYS
            # the same words again on one platform in the calendar's weeks read as a stock
            # sign-off (blind read 19): another of the pool's asks comes first
            or post.cta.strip().lower() == other.cta.strip().lower() and post.platform != "pinterest")
        # an invitation to ask in the comments reads as the calendar's sign-off when it closes
        # posts on every platform each week; the same words again within three weeks anywhere
        # are noticed by anyone who follows two of the accounts
        any_platform_cta = (_asks_below(post.cta) and _asks_below(other.cta) and apart < ASK_DAYS
                            or post.cta == other.cta and apart < CTA_DAYS
                            and not LINK_CTA_RE.search(post.cta))
        if (post.cta and (same_platform_cta or any_platform_cta)
                and not any(r == "repeated-cta" for r, _ in out)):
            out.append(("repeated-cta", f"ends with the call to action of the {other.date} "
                                        f"post (\"{post.cta[:50]}\")"))
        # (a giveaway, a live or a launch is announced to each platform's followers: the
        # same announcement on another platform is a cross-post, its words the moment's own)
        if other.platform != post.platform and other.template == post.template \
                and _ANNOUNCES.search(post.template):
            continue
        if opener and (opener == _opener(other.text) or _lead(post.text)
                       and _lead(post.text) == _lead(other.text)):
            out.append(("repeated-opener", f"opens like the {other.date} {other.platform} post "
                                           f"(\"{opener[:60]}\")"))
            opener = ""
        same = other.platform == post.platform
        kept = told + retold if not same and apart >= SAME_TEMPLATE_DAYS else told
        # (a fortnight on, one platform's followers may hear a fact again in a sentence of
        # the post's own ("What sets us apart: X" after "Look for this: X"), never the
        # same sentence)
        shared = ((_sentences(post.text, True, kept) if same else _sentences(post.text, told=kept))
                  & _sentences(other.text, same, kept))
        if same and apart >= SAME_TEMPLATE_DAYS and retold:
            # (what follows a lead-in's colon counts, but for the brief's fact itself)
            shared = (_sentences(post.text, told=kept) & _sentences(other.text, told=kept)) | (
                _sentences(post.text, True, kept + retold)
                & _sentences(other.text, True, kept + retold))
        if shared and not any(r == "repeated-sentence" for r, _ in out):
            out.append(("repeated-sentence", f"repeats \"{sorted(shared)[0][:60]}\" from the "
                                             f"{other.date} {other.platform} post"))
    if len(tags) >= 2 and len(same_platform) == 2 and all(
            tags == tuple(sorted(t.lower() for t in o.hashtags)) for o in same_platform):
        out.append(("repeated-hashtags", f"the hashtag set {' '.join(post.hashtags)} is on the "
                                         f"last two {post.platform} posts too"))
    return out


#: templates that announce a live, a launch or a giveaway: each platform's followers hear of it
_ANNOUNCES = re.compile(r"/(?:launch|live|customer-live|follow-giveaway|giveaway-winner)")
#: tactics that announce a live, titled by the live's own name on every platform
LIVE_TACTICS = {"live Q&A", "customer live Q&A", "tutorial or webinar"}
#: repeats further apart than this go unnoticed (a month's calendar is read as one)
REPEAT_WINDOW_DAYS = 35
#: one template on one platform twice within this many days, with the same title, visual
#: or most of the same words, reads as the same post
SAME_TEMPLATE_DAYS = 14


#: one call to action (by its first words: "Follow X for more", "Book now") once in three
#: weeks on a platform: a follower reads the same sign-off again
CTA_DAYS = 21


#: one invitation to ask or comment below in a week, whatever the platform
ASK_DAYS = 7
ASK_BELOW_RE = re.compile(r"(?i)\b(?:ask|questions?|comment|tell us|leave|reply|share)\b[^:]*?"
                          r"\b(?:below|in the comments)\b|\btell us here\W*$")

#: a call to action that hands over a link or a sticker: the same words are the way in, and
#: repeat by design ("Shop now: link in bio", "Save this Pin for later")
LINK_CTA_RE = re.compile(r"(?i):\s*\S|\blink\b|\bsticker\b|\bpin\b")


def _asks_below(cta: str) -> bool:
    return bool(cta and ASK_BELOW_RE.search(cta))


def _cta_key(cta: str) -> str:
    return " ".join(_WORD.findall(cta.split(":")[0].lower())[:3])


def _similar(a: str, b: str, told: Iterable[str] = ()) -> bool:
    """Two captions that share most of their words, though no sentence is the same (the
    brief's words every post about them says again, ``told``, left out)."""
    for words in told:
        a, b = a.replace(words, " "), b.replace(words, " ")
    wa = {w for w in _WORD.findall(a.lower()) if w not in _SMALL}
    wb = {w for w in _WORD.findall(b.lower()) if w not in _SMALL}
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.4


def _lead(text: str) -> str:
    """A first sentence's lead-in before a colon ("A familiar one:", "In short:"), a stock
    phrase readers notice on its second use whatever follows it; empty when there is none."""
    first = text.strip().split("\n", 1)[0]
    head, colon, _ = first.partition(":")
    words = _WORD.findall(head.lower())
    return " ".join(words) if colon and 1 <= len(words) <= 5 and "http" not in head else ""


def _opener(text: str) -> str:
    first = SENTENCE_SPLIT.split(text.strip(), 1)[0] if text.strip() else ""
    return " ".join(_WORD.findall(first.lower()))


#: a link in a caption
URL = re.compile(r"https?://\S+|www\.\S+")


def _sentences(text: str, pieces: bool = False, told: Iterable[str] = ()) -> set[str]:
    """The post's sentences of six words or more, normalised, for spotting repeats; with
    ``pieces``, what follows a lead-in's colon counts as a sentence too ("What sets us
    apart: X" and "Look for this: X" tell the same X to one platform's followers)."""
    out = set()
    text = URL.sub(" ", text)
    for words in told:
        text = re.sub(re.escape(words), " ", text, flags=re.IGNORECASE)
    for s in SENTENCE_SPLIT.split(text):
        for piece in (s, *s.split(": ")[1:2 if pieces else 1]):
            words = _WORD.findall(piece.lower())
            if len(words) >= 6:
                out.add(" ".join(words))
    return out


def stale_sentences(post: CalendarPost, earlier: Iterable[CalendarPost]) -> set[str]:
    """The sentences of ``post`` (normalised) that its own platform's followers read a
    fortnight or more ago, inside the repeat window, and that no post of the last fortnight
    said: a fact may be told there again in a sentence of the post's own ("In case you
    missed it: …"), never the same sentence."""
    mine = _sentences(post.text)
    stale, recent = set(), set()
    for other in earlier:
        apart = abs((post.date - other.date).days)
        if apart > REPEAT_WINDOW_DAYS:
            continue
        said = _sentences(other.text, other.platform == post.platform) & mine
        if other.platform == post.platform and apart >= SAME_TEMPLATE_DAYS:
            stale |= said
        else:
            recent |= said
    return stale - recent


def normalised(sentence: str) -> str:
    """A sentence as `_sentences` compares it."""
    return " ".join(_WORD.findall(sentence.lower()))
