"""A planned post made again the way the seller asked: softer, shorter, more casual, more
formal, or closer to their own words.

Each request is a real change to the rendered post, never a relabelled copy: the slot's
fitting templates are rendered (with the template variables the request sets, through
``Planner.overrides``) and the one that moves furthest the asked way is kept, and only
when it does move that way. Otherwise the request fails with one line saying why.

- ``softer`` ("less salesy"): the candidate with the least selling in it — no code or
  discount pushed, fewer buy-now words and exclamation marks, a soft tactic before a
  hard one (flash sale, countdown, discount code);
- ``shorter``: the compact wording of the same template (the one short-caption platforms
  get), else the longest other post that is at least a tenth shorter;
- ``casual``: the lively voice (templates' ``playful`` wording, emoji kept) with
  everyday contractions ("we are" -> "we're");
- ``formal``: the plain voice (no emoji, no exclamation marks) without contractions;
  shorter, casual and formal keep the post's tactic when one of its wordings will do (a
  flash sale stays a flash sale), and a post that tells the offer's code still does;
- ``mine`` ("sound more like me"): the candidate that carries most of the seller's own
  sentences from the brief (description, story, tips, what sets it apart, problems).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from collections.abc import Callable

from planner.domain.brief import Brief
from planner.domain.calendar import Calendar, CalendarPost
from planner.domain.moments import moment_near
from planner.domain.platforms import Platform, load_platforms
from planner.domain.vocabularies import VARIATIONS
from planner.errors import PlannerError
from planner.planning.plan import Planner
from planner.planning.render import TemplateLibrary
from planner.planning.slots import Slot
from planner.planning.storyline import retail_moments
from planner.planning.facts_said import brief_details

#: the variations, and the words a seller would use for each (docs/reference.md)
HOWS = VARIATIONS

#: the variations that keep the post's tactic when they can (only its length or its voice
#: changes) and its offer always
SAME_JOB = ("shorter", "casual", "formal")
#: template variables each variation sets over the brief's
_OVERRIDES: dict[str, dict[str, object]] = {
    "shorter": {"short": True},
    # a softer post leaves the offer's line to the posts that are about it
    "softer": {"no_offer_line": True},
    "casual": {"style": "playful", "playful": True, "plain": False,
               "voice": "playful", "formal": False, "direct": False},
    "formal": {"style": "plain", "plain": True, "playful": False,
               "voice": "formal", "formal": True, "direct": False},
}
#: how many of the slot's templates are rendered and compared
CANDIDATES = 16
#: how far a casual, formal or own-words variant must move: two contractions, emoji or
#: informal words; or two more of the seller's word trigrams (a phrase of theirs)
MIN_GAIN = 2

_HARD = {"flash sale": 4, "urgency and scarcity": 4, "discount code": 3,
         "follower-exclusive deal": 3, "influencer promo code": 3, "shop now CTA": 1,
         "native shopping": 1, "amazon listing traffic": 1, "free shipping": 1}
_PUSH = re.compile(r"(?i)\b(now|today|hurry|quick|last (?:day|chance|call)|ends?|ending|final|"
                   r"don'?t miss|limited|grab|buy|shop|order|deal|sale|save|discount|code|"
                   r"price|checkout|cart|before it'?s gone|nudge)\b")
_PERCENT = re.compile(r"\d+\s?%|[£$€]\s?\d")

#: everyday contractions: (formal, casual)
_CONTRACTIONS = [("we are", "we're"), ("it is", "it's"), ("do not", "don't"),
                 ("you are", "you're"), ("you will", "you'll"), ("that is", "that's"),
                 ("cannot", "can't"), ("will not", "won't"), ("does not", "doesn't"),
                 ("is not", "isn't"), ("are not", "aren't"), ("let us", "let's"),
                 ("I am", "I'm"), ("we will", "we'll"), ("there is", "there's"),
                 ("here is", "here's"), ("what is", "what's"), ("they are", "they're"),
                 ("did not", "didn't"), ("have not", "haven't")]
_INFORMAL = re.compile(r"(?i)\b(hey|folks|honestly|pretty|super|totally|yep|okay|ok|lol|tbh|"
                       r"go, go|nudged|fingers|fire away|go on|drop (?:me|us) a|ever booked|"
                       r"a first)\b")
#: a formal marker: an ask said with "please"
_PLEASE = re.compile(r"(?i)\bplease\b")
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")
#: a quoted span: customers' words are never reworded
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def salesiness(post: CalendarPost, brief: Brief) -> float:
    """How hard a post sells: the offer's code and discount, buy-now words, exclamation
    marks and a hard-sell tactic."""
    text = post.full_text()
    score = float(_HARD.get(post.tactic, 0))
    if brief.offer is not None and brief.offer.mark and brief.offer.mark.lower() in text.lower():
        score += 3
    if _PERCENT.search(text) or (brief.offer is not None and brief.offer.discount
                                 and brief.offer.discount.lower() in text.lower()):
        score += 2
    score += len(_PUSH.findall(text)) * 0.5 + text.count("!") * 0.5
    return score


def casualness(text: str) -> float:
    """How casual a caption sounds: contractions, emoji, exclamation marks and everyday
    words, less the formal phrases a contraction would replace."""
    lowered = text.lower()
    score = sum(lowered.count(c.lower()) for _, c in _CONTRACTIONS)
    score -= sum(len(re.findall(r"\b" + re.escape(f.lower()) + r"\b", lowered))
                 for f, _ in _CONTRACTIONS)
    return score + len(_EMOJI.findall(text)) + text.count("!") + len(_INFORMAL.findall(text)) \
        - len(_PLEASE.findall(text))


def _reword(text: str, pairs: list[tuple[str, str]]) -> str:
    """Swap each ``(a, b)`` of ``pairs`` for whole words, outside quoted spans, keeping a
    capital at the start."""
    def swap(chunk: str) -> str:
        for a, b in pairs:
            chunk = re.sub(r"\b" + re.escape(a) + r"\b", b, chunk)
            if a[:1].islower():
                chunk = re.sub(r"\b" + re.escape(a[:1].upper() + a[1:]) + r"\b",
                               b[:1].upper() + b[1:], chunk)
        return chunk

    out, last = [], 0
    for m in _QUOTED.finditer(text):
        out += [swap(text[last:m.start()]), m.group(0)]
        last = m.end()
    return "".join(out + [swap(text[last:])])


def contract(text: str) -> str:
    """Everyday contractions: "we are" -> "we're" (quotes left as the customer said them)."""
    return _reword(text, _CONTRACTIONS)


def expand(text: str) -> str:
    """The contractions written out: "we're" -> "we are"."""
    return _reword(text, [(b, a) for a, b in _CONTRACTIONS if a != "I am"] + [("I'm", "I am")])


def seller_words(brief: Brief) -> set[tuple[str, ...]]:
    """The seller's own sentences from the brief, as word trigrams."""
    facts = brief.facts
    said = [*brief_details(brief), brief.description, *facts.story,
            *facts.tips, *facts.differentiators, *facts.problems,
            *(f.answer for f in facts.faqs)]
    grams: set[tuple[str, ...]] = set()
    for sentence in said:
        words = re.findall(r"[a-z0-9']+", sentence.lower())
        grams.update(zip(words, words[1:], words[2:], strict=False))
    return grams


def own_words(text: str, grams: set[tuple[str, ...]]) -> int:
    """How many of the seller's word trigrams a caption carries."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    return sum(g in grams for g in zip(words, words[1:], words[2:], strict=False))


def _candidates(planner: Planner, slot: Slot, index: int, stages: list[str]) -> list[CalendarPost]:
    """The posts the slot's fitting templates render, best-ranked template first."""
    plat = planner.platforms[slot.platform]
    moment = moment_near(slot.date, planner.moments)
    picks, _picked = planner.picks(slot)
    out: list[CalendarPost] = []
    for stage in stages:
        for template in planner.candidates(slot, stage)[:CANDIDATES]:
            post = planner.write(template, slot, stage, index, plat, moment, picks,
                                 planner.carried(template))
            if post is not None:
                out.append(post)
    return out


def vary_post(cal: Calendar, index: int, brief: Brief, library: TemplateLibrary, how: str, *,
              platforms: dict[str, Platform] | None = None) -> CalendarPost:
    """Post ``index`` of ``cal`` made again the ``how`` way (one of :data:`HOWS`); a
    :class:`PlannerError` saying why when no fitting post moves that way."""
    if how not in HOWS:
        raise PlannerError(f"unknown variation {how!r} (known: {', '.join(HOWS)})")
    platforms = platforms or load_platforms()
    old = cal.posts[index]
    if old.platform not in platforms:
        raise PlannerError(f"no platform facts for {old.platform!r}")
    grams = seller_words(brief)
    if how == "mine" and not grams:
        raise PlannerError("I only know how you talk from what you tell me: tell me how you "
                           "started, a tip you'd give or what makes yours different, and "
                           "posts will carry your words.")
    moments = retail_moments(old.date, old.date + dt.timedelta(days=7), brief.country)
    planner = Planner(brief, library, platforms, cal.seed, moments)
    planner.overrides = dict(_OVERRIDES.get(how, {}))
    for i, post in enumerate(cal.posts):
        if i != index:
            planner.note_existing(post)
    slot = Slot(old.date, old.time, old.platform, old.stage)
    # a post can soften by leaving the sale to another post: consideration as a last resort
    stages = [old.stage] + (["consideration"] if how == "softer" and old.stage == "conversion"
                            else [])
    found = _candidates(planner, slot, index, stages)
    if how == "casual":
        for post in found:
            post.text = contract(post.text)
    elif how == "formal":
        for post in found:
            post.text = expand(post.text)
    found = [p for p in found if p.text != old.text]
    code = brief.offer.mark.lower() if brief.offer is not None and brief.offer.mark else ""
    if how == "softer" and code:
        # less salesy leaves the code to the posts about the offer
        found = [p for p in found if code not in p.full_text().lower()]
    new = None
    if how in SAME_JOB:
        # a shorter or re-voiced flash sale is still the flash sale; failing that, another
        # post of the stage, and one that still tells the offer when this one did
        new = _choose(how, old, [p for p in found if p.tactic == old.tactic], brief, grams)
        if code and code in old.full_text().lower():
            found = [p for p in found if code in p.full_text().lower()]
    new = new or _choose(how, old, found, brief, grams) or _reworded(how, old, brief)
    if new is None:
        raise PlannerError(_NOT_FOUND[how].format(n=index + 1, stage=old.stage,
                                                  chars=len(old.full_text())))
    new.notes, new.sequence, new.extra = old.notes, old.sequence, dict(old.extra)
    return new


#: a sentence's end inside a paragraph
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def _reworded(how: str, old: CalendarPost, brief: Brief) -> CalendarPost | None:
    """The post itself reworded the ``how`` way when no other wording fits the slot (chat
    test 37: every "shorter", "less salesy" and "more casual" of seven was refused): shorter
    by its sentences that are neither its first, its call to action nor the offer's; more
    casual by everyday contractions; more formal with them written out and no emoji or
    exclamation marks. None when that changes nothing worth a change."""
    if how == "shorter":
        keep = [m.lower() for m in ((brief.offer.mark, brief.offer.discount)
                                    if brief.offer is not None else ()) if m]
        cta = old.cta.strip()
        paragraphs = [p for p in old.text.split("\n\n") if p.strip()]
        first = True
        out: list[str] = []
        for paragraph in paragraphs:
            if cta and cta in paragraph or _QUOTED.search(paragraph):
                out.append(paragraph)  # (the ask, and a customer's words, as they are)
                continue
            lines = []
            for line in paragraph.split("\n"):
                said = []
                for sentence in _SENTENCE_END.split(line):
                    if first or any(k in sentence.lower() for k in keep):
                        said.append(sentence)
                        first = False
                if said:
                    lines.append(" ".join(said))
            if lines:
                out.append("\n".join(lines))
        text = "\n\n".join(out)
        new = replace(old, text=text, hashtags=old.hashtags[:1])
        return new if len(new.full_text()) <= len(old.full_text()) * 0.9 else None
    if how == "casual":
        text = _reword(contract(old.text), _CASUAL_LINES)
        text, cta = _ask_reworded(text, _reword(old.cta, _CASUAL_LINES), casual=True)
        if casualness(text) <= casualness(old.text):
            # (nothing of ours to say more casually: the opening line said with a lift)
            first, sep, rest = text.partition("\n")
            if first.endswith(".") and first != cta and not first.endswith("..."):
                text = first[:-1] + "!" + sep + rest
        return replace(old, text=text, cta=cta) if casualness(text) > casualness(old.text) else None
    if how == "softer":
        # (chat test 38: a conversion post with no offer to take out was refused): its ask
        # said without pressing, "whenever it suits you"
        text = _reword(old.text, _SOFTER_LINES)
        cta = _reword(old.cta, _SOFTER_LINES)
        return replace(old, text=text, cta=cta) if text != old.text else None
    if how == "formal":
        text = _EMOJI.sub("", expand(old.text)).replace("!", ".")
        text = re.sub(r"[ \t]+\n", "\n", re.sub(r" {2,}", " ", text)).strip()
        plain = [(b, a) for a, b in _CASUAL_LINES]
        text = _reword(text, plain)
        text, cta = _ask_reworded(text, _reword(old.cta.replace("!", "."), plain), casual=False)
        return replace(old, text=text, cta=cta) \
            if text != old.text and casualness(text) < casualness(old.text) else None
    if how == "mine":
        return _with_own_sentence(old, brief)
    return None


#: our stock lines in a plain wording and an everyday one (formal, casual): a post with no
#: contraction to make still changes voice (chat test 38: "more casual pls" of "Want to
#: book an EDT lesson? Questions first are welcome too. Send me a message." was refused)
_CASUAL_LINES = [("Questions first are welcome too", "Got a question first? Fire away"),
                 ("Or would this be your first time", "Or would this be a first"),
                 ("Send me a message", "Drop me a message"),
                 ("Send us a message", "Drop us a message"),
                 ("Reply and let us know", "Let us know"),
                 ("Reply and let me know", "Let me know"),
                 ("Tell us in the comments", "Tell us in the comments, go on"),
                 ("Tell me in the comments", "Tell me in the comments, go on"),
                 ("Have you booked", "Ever booked")]
#: a selling line and the same said without pressing (salesy, soft)
_SOFTER_LINES = [("Want to book", "Thinking about"), ("Book now", "Book whenever it suits you"),
                 ("Book today", "Book whenever it suits you"),
                 ("Shop now", "Have a look whenever it suits you"),
                 ("Order now", "Order whenever it suits you"),
                 ("Send me a message", "Send me a message whenever it suits you"),
                 ("Send us a message", "Send us a message whenever it suits you"),
                 ("Don't miss out", "No rush"), ("Last chance", "Still time"),
                 ("Hurry", "No rush")]
#: the imperative verbs a call to action opens with, asked with "Please" in a formal voice
_ASKS = re.compile(r"^(?P<verb>Send|Tell|Let|Reply|Book|Message|Call|Ask|Share|Follow|Visit|"
                   r"Order|Shop|Sign|Join|Come|Get|Drop|Comment|Leave|Save|Tag|Find|Take|Start)\b")


def _ask_reworded(text: str, cta: str, *, casual: bool) -> tuple[str, str]:
    """The post's call to action in the asked voice: "Please send us a message." in a formal
    one, "Send us a message!" in a casual one; the text as it is when its ask is not its
    last line or is no imperative."""
    ask = cta.strip()
    if not ask or not text.rstrip().endswith(ask):
        return text, cta
    if casual:
        said = re.sub(r"^Please\s+(\w)", lambda m: m.group(1).upper(), ask)
        if said.endswith(".") and _ASKS.match(said):
            said = said[:-1] + "!"
    else:
        m = _ASKS.match(ask)
        said = f"Please {ask[:1].lower()}{ask[1:]}" if m and not ask.startswith("Please") else ask
        said = said if said.endswith((".", "?", ":")) or re.search(r"https?://\S+$|: \S+$", said) \
            else said + "."
    head = text.rstrip()[:len(text.rstrip()) - len(ask)]
    return head + said + text[len(text.rstrip()):], said


def _with_own_sentence(old: CalendarPost, brief: Brief) -> CalendarPost | None:
    """The post with one more of the seller's own sentences, as they wrote it, before its
    call to action (chat test 38: "make it sound more like me" of a poll was refused): the
    first of their story, tips, differences and description lines that the post does not
    carry. None when the post carries them all."""
    from planner.planning.context import line_before_cta
    from planner.planning.facts_said import difference_sentence, mend

    facts = brief.facts
    said = [*facts.story, *facts.tips,
            *(difference_sentence(d, brief.product, brief.kind) for d in facts.differentiators),
            *brief_details(brief)]
    low = old.text.lower()
    for sentence in said:
        line = mend(" ".join(sentence.split())).strip()
        if not line or line.rstrip(".").lower() in low:
            continue
        line = line[:1].upper() + line[1:]
        line = line if line.endswith((".", "!", "?")) else line + "."
        text = line_before_cta(old.text, old.cta, line)
        if text != old.text:
            return replace(old, text=text)
    return None


_NOT_FOUND = {
    "softer": "post {n} is already as soft as {stage} posts get here",
    "shorter": "post {n} is already as short as its wordings go ({chars} characters)",
    "casual": "no wording of post {n} is more casual than it is now",
    "formal": "no wording of post {n} is more formal than it is now",
    "mine": "no wording of post {n} carries more of your own words than it does now",
}


def _choose(how: str, old: CalendarPost, found: list[CalendarPost], brief: Brief,
            grams: set[tuple[str, ...]]) -> CalendarPost | None:
    """The candidate that moves furthest the ``how`` way from ``old``, or None."""
    pick: Callable[[CalendarPost], float]
    if how == "shorter":
        limit = len(old.full_text()) * 0.9
        shorter = [p for p in found if len(p.full_text()) <= limit]
        # the same template's compact wording says the same thing; then the same tactic
        return max(shorter, key=lambda p: (p.template == old.template, p.tactic == old.tactic,
                                           len(p.full_text())), default=None)
    if how == "softer":
        base = salesiness(old, brief)
        better = [p for p in found if salesiness(p, brief) < base]
        code = brief.offer.mark.lower() if brief.offer is not None and brief.offer.mark else ""
        # a post without the code first (the code is the hardest sell); then the same
        # stage; then the least selling
        return min(better, key=lambda p: (bool(code) and code in p.full_text().lower(),
                                          p.stage != old.stage, salesiness(p, brief)),
                   default=None)
    if how == "mine":
        base = own_words(old.full_text(), grams)
        pick = lambda p: own_words(p.full_text(), grams)  # noqa: E731
        # a phrase of theirs at least, not a stray three words in common
        better = [p for p in found if pick(p) >= base + MIN_GAIN]
        return max(better, key=pick, default=None)
    sign = 1 if how == "casual" else -1
    base = sign * casualness(old.text)
    better = [p for p in found if sign * casualness(p.text) >= base + MIN_GAIN]
    # a change of voice, not of message: the same template first, then the same tactic
    return max(better, key=lambda p: (p.template == old.template, p.tactic == old.tactic,
                                      sign * casualness(p.text)), default=None)


def regenerate_post(cal: Calendar, index: int, brief: Brief, library: TemplateLibrary, *,
                    variant: int, platforms: dict[str, Platform] | None = None) -> CalendarPost:
    """A new draft for one post: same slot and stage, another template or wording."""
    platforms = platforms or load_platforms()
    old = cal.posts[index]
    if old.platform not in platforms:
        raise PlannerError(f"no platform facts for {old.platform!r}")
    moments = retail_moments(old.date, old.date + dt.timedelta(days=7), brief.country)
    planner = Planner(brief, library, platforms, cal.seed * 1000 + variant, moments)
    for i, post in enumerate(cal.posts):
        if i != index:
            planner.note_existing(post)
    planner.used[old.template] = planner.used.get(old.template, 0) + 100
    slot = Slot(old.date, old.time, old.platform, old.stage)
    new = planner.fill(slot, index)
    if new is None:
        raise PlannerError(f"no other template fits post {index + 1}")
    new.notes, new.sequence, new.extra = old.notes, old.sequence, dict(old.extra)
    return new
