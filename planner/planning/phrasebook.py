"""Each voice's phrasebook, applied to a post once it is written (:mod:`planner.planning.tone`
reads the voice from the brief's ``tone``).

The templates choose the facts and most of the words; this module makes the voice audible
across the whole post, in our own words only. A customer's quoted words, web addresses,
hashtags, @handles, codes and the brief's own facts (``keep``) are never touched:

- ``formal``: no contractions ("we'll" -> "we will"), no fragment as a sentence ("Nearly
  over.", "It's today.", "Try this."), no "now" pressing an imperative ("Use X now" ->
  "Please use X"), no hype frames, courteous wording ("Got a question?" -> "Do you have a
  question?"). Emoji and exclamation marks go with the plain style (:func:`voice.apply_style`).
- ``direct``: no hype or teaser frames ("The X difference:", "See for yourself:", "There's
  an easy way to find out.", "Not to brag, but:", "game-changer"): plain statements.
- ``warm``: no pressure ("Last call:" -> "A last reminder:", "Book now:" -> "Book here:",
  "Hurry", "Don't miss it").
- ``playful`` and excited (not B2B): the lead line and the call to action end in an
  exclamation mark, and the lead line carries one emoji that fits the post where the
  platform takes emoji.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: spans never reworded: a quotation, a web address, a hashtag, a handle, a code in capitals
_FIXED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|https?://\S+|www\.\S+|[#@][\w.]+|"
                    r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,}\b")
_MARK = re.compile("\ue000(\\d+)\ue001")


def _mask(text: str, keep: Iterable[str]) -> tuple[str, list[str]]:
    """The text with its fixed spans (and the brief's ``keep`` strings) swapped for marks."""
    spans: list[str] = []

    def hide(m: re.Match) -> str:
        spans.append(m.group(0))
        return f"\ue000{len(spans) - 1}\ue001"

    for fact in sorted({k for k in keep if len(k) >= 4}, key=len, reverse=True):
        if fact in text:
            text = re.sub(re.escape(fact), hide, text)
    text = _FIXED.sub(lambda m: m.group(0) if "\ue000" in m.group(0) else hide(m), text)
    return text, spans


def _unmask(text: str, spans: list[str]) -> str:
    """The text with its spans back. A span holds no mark of ours, so one pass would do; a
    few are allowed, bounded, and a mark that is no span of ours (a private-use character
    typed into a brief) stays as it is, never an endless loop or an IndexError."""
    def back(m: re.Match) -> str:
        i = int(m.group(1))
        return spans[i] if i < len(spans) else m.group(0)

    for _ in range(3):
        if not _MARK.search(text):
            break
        text = _MARK.sub(back, text)
    return text


def _sub_all(text: str, table: list[tuple[re.Pattern, str]]) -> str:
    for pattern, said in table:
        text = pattern.sub(said, text)
    return text


def _r(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.M)


# ---- formal ------------------------------------------------------------------------------

_APOS = "['’]"
#: contractions written out, longest and most particular first
_WRITE_OUT: list[tuple[re.Pattern, str]] = [
    (_r(rf"(?i)\b(it|that|there|here|what|who|he|she){_APOS}s (been|got|had)\b"), r"\1 has \2"),
    (_r(rf"(?i)\b(we|you|they|i){_APOS}d been\b"), r"\1 had been"),
    (_r(rf"\b([Ll])et{_APOS}s\b"), r"\1et us"),
    (_r(rf"\b([Cc])an{_APOS}t\b"), r"\1annot"),
    (_r(rf"\b([Ww])on{_APOS}t\b"), r"\1ill not"),
    (_r(rf"\b([Ss])han{_APOS}t\b"), r"\1hall not"),
    (_r(rf"\b([Aa])in{_APOS}t\b"), r"\1re not"),
    (_r(rf"(?i)\b(do|does|did|is|are|was|were|has|have|had|would|should|could|need|must)n{_APOS}t\b"),
     r"\1 not"),
    (_r(rf"(?i)\b(it|that|there|here|what|who|he|she|where|how){_APOS}s\b"), r"\1 is"),
    (_r(rf"(?i)\b(I){_APOS}m\b"), r"\1 am"),
    (_r(rf"(?i)\b(you|we|they){_APOS}re\b"), r"\1 are"),
    (_r(rf"(?i)\b(I|you|we|they|who){_APOS}ve\b"), r"\1 have"),
    (_r(rf"(?i)\b(I|you|we|they|it|that|who|there|he|she){_APOS}ll\b"), r"\1 will"),
    (_r(rf"(?i)\b(I|you|we|they|it|that|who|he|she){_APOS}d\b"), r"\1 would"),
]
#: fragments and casual lines a formal voice says in full sentences, or not at all ("")
_FORMAL_LINES: list[tuple[re.Pattern, str]] = [
    # (no "This …" with nothing before it to point to: read 23 "This is scheduled for today.")
    (_r(r"(?i)^(?:It is|It's) today\.\s*"), "A reminder for today. "),
    (_r(r"(?i)(^|(?<=[.!?]\s))Quick one, because time(?:'s| is) nearly up\.\s*"), r"\1The offer closes soon. "),
    (_r(r"(?i)(^|(?<=[.!?]\s))Nearly over\.\s*"), r"\1The offer closes soon. "),
    (_r(r"(?i)(^|(?<=[.!?]\s))(?:Last call|Last chance)\.\s*"), r"\1This is a final reminder. "),
    (_r(r"(?m)^Last call: "), "A final reminder: "),
    (_r(r"(?m)^Last chance: "), "A reminder: "),
    (_r(r"(?m)^Heads up: "), "Please note: "),
    (_r(r"(?m)^Quick one: "), ""),
    (_r(r"(?m)^We can finally say it: "), ""),
    (_r(r"(?m)^And overall: "), "Overall: "),
    (_r(r"(?m)^Nearly over: "), "Closing soon: "),
    (_r(r"(?m)^Not to brag, but: "), ""),
    (_r(r"\bGot (an?|any|one|another) "), r"Do you have \1 "),
    (_r(r"\bSend them our way\b"), "Introduce them to us"),
    # a review asked for courteously, not "Over to you, good or bad"
    (_r(r"(?m)^Over to you,? good or bad\.?$"), "We welcome all feedback, positive or critical."),
    (_r(r"(?m)^Good or bad, tell us below\.?$"), "Please share your view below, whether positive or critical."),
    (_r(r"(?m)^What we(?:'re| are) after is your honest view\b"), "We would value your honest view"),
    (_r(r"(?m)^Wondering what you actually get once you ([^?\n]{1,80})\? Here it is\."),
     r"What you receive once you \1:"),
    (_r(r"\bsend them our way\b"), "refer them to us"),
    (_r(r"\b[Hh]ey\b,?\s*"), ""),
    (_r(r"\bThanks\b"), "Thank you"),
    (_r(r"\bthanks\b(?! to)"), "thank you"),
    (_r(r"\bwhen it lands\b"), "when it launches"),
    (_r(r"\bsuper (?=\w)"), ""),
    (_r(r"\bloads of\b"), "many"),
    (_r(r"\bcheck out\b"), "see"),
    (_r(r"\bCheck out\b"), "See"),
    (_r(r"(?m)^Use (\ue000\d+\ue001) now\b"), r"Please use \1"),
    (_r(r"(?m)^(Vote|Register|Book|Order|Enrol|Join|Sign up|Shop|Download|Apply) now:"),
     r"\1 here:"),
    (_r(r"(?m)^(Vote|Register|Book|Order|Enrol|Join|Sign up|Shop|Download|Apply) now\."),
     lambda m: f"Please {m.group(1).lower()}."),
    # "Questions about it? Ask below." -> "If you have questions about it, please ask below."
    (_r(r"(?m)^(?:Got |Have |Do you have )?(?P<still>Still )?(?:have )?(?P<q>(?:[Aa]n?|[Aa]ny|[Aa]nother|[Mm]ore) "
        r"questions?|[Qq]uestions?)(?P<about> [^?\n]{1,50})?\? (?P<ask>Ask|Message|Tell|Reply|"
        r"Comment|Send|Contact|Leave|Drop|Email|Call)\b"),
     lambda m: f"If you {'still ' if m['still'] else ''}have {_some(m['q'])}{m['about'] or ''}, "
               f"please {m['ask'].lower()}"),
    # "Message us." is curt: a formal ask of two or three words says please
    (_r(r"(?m)^(Ask|Message|Tell|Reply|Comment|Vote|Share|Follow|Send|Save|Register|Contact|"
        r"Subscribe|Watch|Visit|Tag|Forward|Answer)\b(?=(?: [\w-]+){0,2}[.!]?$)"),
     lambda m: "Please " + m.group(1).lower()),
]

def _some(question: str) -> str:
    """"Questions" -> "questions", "A question" -> "a question", "Question" -> "a question"."""
    question = question.lower()
    return "a question" if question == "question" else question


# ---- direct ------------------------------------------------------------------------------

#: hype and teaser frames a dry, blunt voice never uses
_DIRECT_LINES: list[tuple[re.Pattern, str]] = [
    (_r(r"(?m)^The [^\n:]{1,40} difference: "), ""),
    (_r(r"(?m)^Our difference: "), ""),
    (_r(r"(?m)^Not to brag, but: "), ""),
    (_r(r"(?m)^What sets [^\n?:]{1,40} apart[?:] "), ""),
    (_r(r"(?m)^See for yourself: "), "More: "),
    (_r(r"(?m)^Follow us for the real version of things$"), "Follow us"),
    (_r(r"(?i)\s*There(?:'s| is) an easy way to find out\."), ""),
    (_r(r"(?i)\b(?:a |an )?(?:total |real |absolute )?game[- ]changer\b"), "useful"),
    (_r(r"(?i)\b(?:you'll|you will) love (?:it|them|this)\b[.!]?\s*"), ""),
    (_r(r"(?i)(^|(?<=[.!?]\s))(?:Trust us|Honestly|Seriously|Believe us)[,.!]\s*(\w?)"),
     lambda m: m.group(1) + m.group(2).upper()),
    (_r(r"(?m)^(?:Big news|Exciting news)[.!:]\s*"), ""),
    (_r(r"(?m)^We can finally say it: "), ""),
]

# ---- warm --------------------------------------------------------------------------------

#: pressure a warm, gentle voice leaves out
_WARM_LINES: list[tuple[re.Pattern, str]] = [
    (_r(r"(?m)^Last call: "), "A last reminder: "),
    (_r(r"(?m)^Last chance: "), "A gentle reminder: "),
    (_r(r"(?m)^Heads up: "), "Just so you know: "),
    (_r(r"(?m)^Quick one: "), ""),
    (_r(r"\b(?:Last call|Last chance)\b"), "A last reminder"),
    (_r(r"\b(?:last call|last chance)\b"), "a last reminder"),
    (_r(r"(?m)^Nearly over: "), "Closing soon: "),
    (_r(r"(?i)(^|(?<=[.!?]\s))(?:Last call|Last chance)\.\s*"), r"\1A last reminder. "),
    (_r(r"(?i)(^|(?<=[.!?]\s))Nearly over\.\s*"), r"\1It closes soon. "),
    (_r(r"(?i)(^|(?<=[.!?]\s))Quick one, because time(?:'s| is) nearly up\.\s*"), r"\1It closes soon. "),
    (_r(r"(?i)(^|(?<=[.!?]\s))(?:Hurry|Don't miss (?:out|it)|Don't wait)[.!]\s*(\w?)"),
     lambda m: m.group(1) + m.group(2).upper()),
    (_r(r"(?i),? (?:so )?don't miss (?:out|it)\b"), ""),
    (_r(r"(?m)^Use (\ue000\d+\ue001) now\b"), r"Use \1"),
    (_r(r"(?m)^(Register|Book|Order|Enrol|Join|Sign up|Shop|Download|Apply|Start) now:"),
     r"\1 here:"),
]

#: ... and what a brief that asks for no pressure ("gentle, no pressure") never hears, in
#: any voice: a deadline pressed, hype, an exclamation mark of ours (blind read 28)
_CALM_LINES: list[tuple[re.Pattern, str]] = [
    (_r(r"\bbefore it ends\b"), "while it runs"),
    (_r(r"\bbefore it's gone\b"), "while it runs"),
    (_r(r"(?m)^It's giveaway time\b[^,.]*,\s*and\s+"), ""),
    (_r(r"(?m)^Giveaway time: "), "A small gift: "),
    (_r(r"(?i)\b(?:act|book|order|shop|sign up|register) fast\b"), lambda m: m.group(0).split()[0]),
    (_r(r"(?i)(^|(?<=[.!?]\s))(?:Don't wait|Hurry(?: up)?|Quick)[.!,]\s*(\w?)"),
     lambda m: m.group(1) + m.group(2).upper()),
    (_r(r"(?i),? (?:so )?don't (?:miss (?:out|it)|wait)\b"), ""),
    (_r(r"(?<=\w)!+"), "."),
]

def _our_thing(m: re.Match) -> str:
    goods = m.group(1)
    head = goods.split(" and ")[0].split()[-1] if goods.split() else ""
    many = " and " in goods or (head.endswith("s") and not head.endswith("ss"))
    return f"{goods[:1].upper()}{goods[1:]} {'are' if many else 'is'} our thing."


#: shop talk a brief that asks to sound like a friend, not a shop, never hears (read 28:
#: "We sell calabash gourds.", "Shop with Mates del Cerro:", "Shop now")
_UNSHOP_LINES: list[tuple[re.Pattern, object]] = [
    (_r(r"(?m)^Shop with the code: "), "Grab yours with the code: "),
    (_r(r"(?m)^Shop with (?:us|me|\ue000\d+\ue001|[A-Z][^:\n]*): "), "Pick yours: "),
    (_r(r"(?m)^Shop now: "), "Go on, have a look: "),
    (_r(r"(?m)^Shop here: "), "Find yours here: "),
    (_r(r"(?m)^Shop: "), "Have a look: "),
    (_r(r"\bwhen you shop\b"), "at checkout"),
    (_r(r"\bbefore you shop\b"), "before you pick one"),
    (_r(r"(?m)^Here's the deal from [^:\n]+:"), "Here's the deal:"),
]
#: ... said of the whole line, the brief's words in it kept as they are: only moved
_WE_SELL = _r(r"(?m)^(?:We|I) sell ([a-z][^.\n:!?]*)\.$")

def unshopped(sentence: str, tone: str) -> str:
    """What the business is, said without shop talk where the tone asks to sound like a
    friend, not a shop ("We sell calabash gourds." -> "Calabash gourds are our thing.")."""
    from planner.planning.tone import says_not_a_shop

    return _WE_SELL.sub(_our_thing, sentence) if says_not_a_shop(tone) else sentence


def unshop_post(text: str, cta: str, tone: str, keep: tuple[str, ...] = ()) -> tuple[str, str]:
    """A whole post and its ask without shop talk, where the tone asks for it."""
    from planner.planning.tone import says_not_a_shop

    if not says_not_a_shop(tone):
        return text, cta
    say = _say_tables((_UNSHOP_LINES,))
    said = _WE_SELL.sub(_our_thing, _lines_in_voice(text, keep, say))
    said_cta = _lines_in_voice(cta, keep, say) if cta else cta
    return said, said_cta


# ---- excited ------------------------------------------------------------------------------

#: an emoji that fits what the post is about, first match wins; else one of the cheers
_EMOJI_FOR = [
    # an offer that has closed is thanked for, one closing is counted down: never a party
    # popper on "Our offer has closed" or "Last call" (blind read 25: 🎉 nine times)
    (re.compile(r"(?i)\bwinners?\b"), "🎉"),
    (re.compile(r"(?i)\b(?:has|have|is|are|now) (?:closed|over|ended)\b"), "💛"),
    (re.compile(r"(?i)\b(?:ends?(?! at \d)|ending|last (?:call|chance|day|orders)|tomorrow|closes|closing|"
                r"final (?:day|hours|reminder)|nearly (?:over|gone))\b"), "⏳"),
    (re.compile(r"(?i)% off|\b\w*\d\w* off\b|\bcode\b|\bgiveaway\b|\bwin(?:ning)?\b"), "🎉"),
    # an invitation to come or tune in: a date to keep, never a flexed arm
    (re.compile(r"(?i)\b(?:live|evening|morning|afternoon|tour|open day|open evening|workshop|"
                r"tasting\w*|session|class|meet-?up|webinar|register|invited|calendar|diary|"
                r"save the date|see you|starts at|starting at|\d{1,2}(?::\d\d)?\s?[ap]m)\b"), "📅"),
    (re.compile(r"(?i)\b(?:today|launch\w*|out now|now booking|arriving)\b"), "🥳"),
    (re.compile(r"(?i)\btips?\b|\btry this\b"), "💡"),
    (re.compile(r"(?i)\bthank\w*\b"), "💛"),
    (re.compile(r"(?i)\b(?:history|how we started|how it (?:all )?started|began|founded|story)\b"), "📖"),
]
#: a cheer that fits any post (no 💪: strength is a gym's word, not an invitation's)
_CHEERS = ("🙌", "⭐", "✨")
_ANY_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")
#: platforms whose posts take an emoji in the lead line
_EMOJI_PLATFORMS = {"instagram", "facebook", "tiktok", "threads", "x", "pinterest", "youtube"}
_SENTENCE_END = re.compile(r"(?<=[^.\s])\.(?=\s|$)")


def _exclaim_first(line: str, spans: list[str]) -> str:
    """The line's first sentence ending in "!" where it is our own statement: most of it in
    our words (not the brief's problem or event told whole), not a label with a colon."""
    m = _SENTENCE_END.search(line)
    if not m:
        return line
    sentence = line[:m.start()]
    ours = _MARK.sub("", sentence)
    if ":" in sentence or len(sentence.split()) < 2 \
            or len(ours.strip()) * 2 < len(_unmask(sentence, spans).strip()):
        return line
    return sentence + "!" + line[m.end():]


def _excited(body: str, platform: str, spans: list[str], exclaim: bool = True,
             bare: bool = False) -> str:
    lines = body.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return body
    if exclaim:
        lines[first] = _exclaim_first(lines[first], spans)
    if platform in _EMOJI_PLATFORMS and not _ANY_EMOJI.search(body):
        plain = _unmask(body, spans)
        # what the lead line is about first: a post that opens on its last call and
        # mentions a code further down counts down, it does not cheer
        lead = _unmask(lines[first], spans)
        emoji = next((e for p, e in _EMOJI_FOR if p.search(lead)),
                     next((e for p, e in _EMOJI_FOR if p.search(plain)),
                          _CHEERS[sum(map(ord, plain)) % len(_CHEERS)]))
        head = lines[first]
        m = re.search(r"[!?](?=\s|$)", head)
        if m and "\ue000" not in head[:m.end()]:
            lines[first] = head[:m.end()] + " " + emoji + head[m.end():]
        elif not head.rstrip().endswith(("\ue001", ":")):
            lines[first] = head.rstrip() + " " + emoji
        elif bare:
            # a post with no sign of its voice whose lead line ends on the brief's own words:
            # the emoji follows the first line that ends a sentence, never a link or a label
            # (blind read 27: "Cancel anytime in your account." alone, for a bubbly brand)
            # (... never a question a buyer asks: "Do you hold our money? 🙌" cheered a
            # worry, blind read 32)
            for i in range(first, len(lines)):
                if _ends_sentence(lines[i], spans) \
                        and not _unmask(lines[i], spans).rstrip().endswith("?"):
                    lines[i] = lines[i].rstrip() + " " + emoji
                    break
    return "\n".join(lines)


def _voiced(text: str) -> bool:
    """Whether a post already carries a sign of a lively voice: an exclamation mark or an
    emoji."""
    return "!" in text or bool(_ANY_EMOJI.search(text))


def _ends_sentence(line: str, spans: list[str]) -> bool:
    """Whether a line (masked) ends a sentence an emoji may follow: a full stop, "!" or "?",
    ours or the end of a brief's fact, never a link, a tag or a label's colon."""
    said = _unmask(line, spans).rstrip()
    if not said or re.search(r"(?:https?://|www\.)\S+$|[#@][\w.]+$", said):
        return False
    return said.endswith((".", "!", "?"))


def _exclaim_ask(cta: str) -> str:
    """A call to action said with energy: "Tag a friend below!"; an ask ending in a link or
    a question is left as it is."""
    stripped = cta.rstrip()
    if not stripped or ":" in stripped or stripped.endswith(("?", "!", "\ue001")):
        return cta
    return stripped.rstrip(".") + "!"


# ---- the whole post ------------------------------------------------------------------------


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"(?m)^[ \t]+(?=\S)", "", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return re.sub(r"(?<=\S)  +", " ", text).strip()


def _lines_in_voice(text: str, keep: tuple[str, ...], say) -> str:
    """Each line of ``text`` said by ``say`` on its masked words; a line that changed starts
    with a capital (a fact whose lead-in went, "carers swap…" -> "Carers swap…"); a line
    that is left empty goes."""
    out: list[str] = []
    for line in text.split("\n"):
        masked, spans = _mask(line, keep)
        said = _unmask(say(masked), spans)
        if said != line:
            said = said.strip()
            if not said:
                continue
            said = said[:1].upper() + said[1:]
        out.append(said)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out))


#: the teasers a formal voice says plainly too
_FORMAL_TEASERS: list[tuple[re.Pattern, str]] = [
    (_r(r"(?m)^See for yourself: "), "Further details: "),
    (_r(r"(?i)\s*There is an easy way to find out\."), ""),
]
_TABLES = {"formal": (_FORMAL_LINES, _WRITE_OUT, _DIRECT_LINES[:4], _FORMAL_TEASERS),
           "direct": (_DIRECT_LINES,),
           "warm": (_WARM_LINES,)}


def _say_tables(tables):
    def say(masked: str) -> str:
        for table in tables:
            masked = _sub_all(masked, table)
        return masked
    return say


def _say(voice: str):
    tables = _TABLES.get(voice, ())

    def say(masked: str) -> str:
        for table in tables:
            masked = _sub_all(masked, table)
        return masked
    return say


#: a lead-in of one or two words of ours standing as a sentence: "Coming up.", "Try this."
_FRAGMENT_LEAD = re.compile(r"^(?!Please\b|Thank\b)[A-Z][\w'’-]*(?: [\w'’-]+)?\.\s+(?=\S)")


def _no_fragment_lead(body: str, keep: tuple[str, ...]) -> str:
    """A formal post without a fragment for its first sentence: the fact that follows
    opens it ("Coming up.\n\nSpring colour Q&A…" -> "Spring colour Q&A…")."""
    masked, spans = _mask(body, keep)
    cut = _FRAGMENT_LEAD.sub("", masked, count=1)
    if cut == masked:
        return body
    said = _unmask(cut, spans)
    return said[:1].upper() + said[1:]


def post_in_voice(text: str, cta: str, voice: str, *, excited: bool = False, b2b: bool = False,
                  platform: str = "", keep: Iterable[str] = (), emoji: bool = False,
                  calm: bool = False, unshop: bool = False) -> tuple[str, str]:
    """The post's text and its call to action said in the voice. ``keep`` are the brief's
    own words (facts, names), never reworded; an excited voice is never used for B2B; a tone
    that asks for emoji (``emoji``, :func:`planner.planning.tone.says_emoji`) puts one that
    fits on the lead line, without the excited voice's exclamation marks."""
    excited = excited and not b2b and voice == "playful" and not calm
    emoji = emoji and not b2b and voice in ("playful", "warm")
    keep = tuple(keep)
    body, tail = text, ""
    if cta and text.endswith(cta):
        body, tail = text[:-len(cta)], cta
    gap = body[len(body.rstrip()):]
    body = body.rstrip()
    said_cta = cta
    if voice in _TABLES:
        body = _lines_in_voice(body, keep, _say(voice)) if body else body
        if voice == "formal" and body:
            body = _no_fragment_lead(body, keep)
        said_cta = _lines_in_voice(cta, keep, _say(voice)) if cta else cta
    elif excited:
        if cta:
            masked, spans = _mask(cta, keep)
            said_cta = _unmask(_exclaim_ask(masked), spans)
        if body:
            masked, spans = _mask(body, keep)
            body = _unmask(_excited(masked, platform, spans,
                                    bare=not _voiced(body + "\n" + (said_cta or ""))), spans)
    elif emoji and body:
        masked, spans = _mask(body, keep)
        body = _unmask(_excited(masked, platform, spans, exclaim=False,
                                bare=not _voiced(body + "\n" + (cta or ""))), spans)
    said_cta = said_cta or cta
    if unshop:
        # a brief that asks to sound like a friend, not a shop: no shop talk in any voice
        unshop_say = _say_tables((_UNSHOP_LINES,))
        body = _WE_SELL.sub(_our_thing, _lines_in_voice(body, keep, unshop_say)) if body else body
        said_cta = (_lines_in_voice(said_cta, keep, unshop_say) if said_cta else said_cta) or cta
    if calm:
        # a gentle, no-pressure brief: no deadline pressed, no hype, in every voice
        calm_say = _say_tables((_WARM_LINES, _CALM_LINES))
        body = _lines_in_voice(body, keep, calm_say) if body else body
        said_cta = (_lines_in_voice(said_cta, keep, calm_say) if said_cta else said_cta) or cta
    if tail:
        return (body + gap + said_cta if body else said_cta), said_cta
    return body + gap, said_cta


def line_in_voice(text: str, voice: str, keep: Iterable[str] = ()) -> str:
    """One line (a title) in the voice: contractions and fragments only, no energy."""
    if voice not in _TABLES or not text:
        return text
    return _lines_in_voice(text, tuple(keep), _say(voice)) or text


def keep_of(context: dict) -> tuple[str, ...]:
    """The brief's own words in a template's context: every string a brief fact puts there
    (nested in lists and dicts), not our template words."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            if len(value) >= 4:
                out.append(value)
        elif isinstance(value, dict):  # an offer's own "Act" is our word too
            for k, v in value.items():
                if k not in _OUR_WORDS:
                    walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    for key, value in context.items():
        if key not in _OUR_WORDS and not callable(value):
            walk(value)
    return tuple(out)


#: context keys that hold our own words, which the phrasebook may reword
_OUR_WORDS = frozenset({
    "verb", "Verb", "Act", "purchase", "buyer", "buyers", "after", "style", "voice", "go",
    "link_hint", "a_real", "verb_brand", "Verb_brand", "kind", "platform", "format", "stage",
    "moment", "cta", "digital_is", "digital_noun", "invite", "perk_place", "store", "part",
    "title_lead", "pick", "register", "said_before", "said_ctas", "said_here",
})
