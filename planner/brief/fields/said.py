"""Facts for posts told in passing, in the seller's own words: a customer's words in quotation
marks ('a couple last year said "we forgot you were even there"'), a question people ask with
its answer ("lots of parents ask if their kid needs to swim already, answer is no"), the
problem it solves, what sets it apart, and a line of prices.

The first four are read before the clause-bound fields, so none becomes the audience
("couple last year said"), the product or the description; prices are read after them, from
clauses nothing else read."""

from __future__ import annotations

import re

from planner.brief.reading import BriefReader
from planner.brief.segments import clip, strip_end
from planner.domain.facts import Faq, Quote

# ---- a customer's words -------------------------------------------------------------------

#: who said it, a saying verb, then the words in quotation marks
_QUOTED = re.compile(
    r"(?i:(?P<by>\b(?:an?|one|our|my|this|that)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+|(?-i:[A-Z][\w'-]+"
    r"(?:\s+[A-Z][\w'-]+)?))"
    r"(?P<when>\s+(?:last|this)\s+(?:year|month|week|summer|winter|spring|autumn|fall)|\s+recently|"
    r"\s+yesterday|\s+once)?"
    r"\s+(?:said|says|told\s+(?:us|me)|wrote|messaged(?:\s+(?:us|me))?|texted(?:\s+(?:us|me))?|"
    r"left\s+(?:us\s+|me\s+)?a\s+review(?:\s+saying)?|emailed(?:\s+(?:us|me))?|posted)"
    r"(?:\s+(?:that|this))?\s*[:,-]?\s*"
    r"[\"“](?P<q>[^\"”]{6,300})[\"”])")
#: who said it, when only a kind of person ("a couple", "one mum"): said as "a …"
_KIND_OF_PERSON = re.compile(r"(?i:^(?:an?|one|our|my|this|that)\s+)")
#: when they said it, after who ("a dad last christmas"): not part of who
_WHEN_SAID = re.compile(r"(?i:\s+(?:(?:last|this|at|over|in|on)\s+[\w']+|recently|yesterday|once|today)$)")
#: words that never open a customer's description ("the … said")
_NOT_A_CUSTOMER = {"i", "we", "it", "they", "he", "she", "you", "everyone", "someone", "nobody"}


def extract_quote(reader: BriefReader) -> None:
    """A customer's words in quotation marks, with who said them, are a quote for posts
    (``facts.quotes``): 'a couple last year said "we forgot you were even there"'."""
    for m in _QUOTED.finditer(reader.text):
        if reader.is_claimed(m.start("q"), m.end("q")):
            continue
        by = _WHEN_SAID.sub("", " ".join(m.group("by").split()))
        if not by or by.split()[0].lower() in _NOT_A_CUSTOMER:
            continue
        if _KIND_OF_PERSON.match(by):
            # "one mum", "a couple", "our first client": a kind of customer, said "a mum"
            rest = by[_KIND_OF_PERSON.match(by).end():]
            among = re.match(r"(?i:of\s+(?:my|our|the)\s+)(?P<who>[\w'-]+?)s?$", rest)
            if among:  # "one of my regulars": one of them, said "a regular"
                rest = among.group("who")
            if rest.split()[0].lower() in ("of", "customer", "client", "buyer", "user", "student",
                                           "guest", "patient", "member"):
                by = ""  # "a customer" adds nothing to the words: the card says whose they are
            else:
                by = ("an " if rest[:1].lower() in "aeiou" else "a ") + rest
        words = strip_end(m.group("q").strip())
        if len(words.split()) < 3:
            continue
        reader.claim(m.start(), m.end())
        reader.add(m.start(), "fact", ("quotes", Quote(clip(words[:1].upper() + words[1:], 300), clip(by, 60))))


# ---- a question people ask, and its answer ----------------------------------------------

#: "lots of parents ask if …, answer is …", "people always ask whether …? the answer: …"
_ASKED = re.compile(
    r"(?i:\b(?:(?:lots|a\s+lot)\s+of\s+|most\s+|many\s+|loads\s+of\s+|so\s+many\s+)?"
    r"(?:people|parents|customers|clients|buyers|couples|mums|moms|dads|folks|students|"
    r"patients|guests|users|owners|brides|everyone|everybody)\s+"
    r"(?:always\s+|often\s+|usually\s+|keep\s+|tend\s+to\s+)?ask(?:s|ing)?\s+(?:me\s+|us\s+)?"
    r"(?P<q>(?:if|whether)\s+[^.?!;]{5,200}?)\s*[?,.;:-]+\s*(?:and\s+)?(?:the\s+|my\s+|our\s+)?"
    r"(?:short\s+)?answer(?:\s+is|:)\s*(?P<a>[^.!?\n]{2,300}))")
#: an indirect question made direct: "if their kid needs to …" → "Does my kid need to …?"
_SOMEONES = re.compile(r"(?i:^(?:if|whether)\s+(?:their|your|my|the|a)\s+(?P<n>[\w'-]+)\s+(?P<v>[a-z]+?)s\s+(?P<r>.+)$)")
_PERSON_MODAL = re.compile(r"(?i:^(?:if|whether)\s+(?:they|you|i|we)\s+(?P<v>can|need\s+to|have\s+to|should)\s+(?P<r>.+)$)")
_MODAL_ASKED = {"can": "Can I", "need to": "Do I need to", "have to": "Do I have to", "should": "Should I"}
_IT_IS = re.compile(r"(?i:^(?:if|whether)\s+(?:it|that|this)(?:'s|\s+is)\s+(?P<r>.+)$)")
_YOU_DO = re.compile(r"(?i:^(?:if|whether)\s+(?:you|we)\s+(?P<v>do|ship|deliver|offer|sell|take|accept|make|have|work)"
                     r"\s+(?P<r>.+)$)")


def _direct(question: str) -> str | None:
    """The question as the customer asks it, or None when its form is not one we know."""
    said = strip_end(" ".join(question.split()))
    if m := _SOMEONES.match(said):
        return f"Does my {m.group('n')} {m.group('v')} {m.group('r')}?"
    if m := _PERSON_MODAL.match(said):
        return f"{_MODAL_ASKED[' '.join(m.group('v').lower().split())]} {m.group('r')}?"
    if m := _IT_IS.match(said):
        return f"Is it {m.group('r')}?"
    if m := _YOU_DO.match(said):
        return f"Do you {m.group('v').lower()} {m.group('r')}?"
    return None


def extract_asked(reader: BriefReader) -> None:
    """A question people ask, told with its answer, is a question for posts
    (``facts.faqs``): "lots of parents ask if their kid needs to put their face in the water
    already, answer is no we start from zero"."""
    for m in _ASKED.finditer(reader.text):
        if reader.is_claimed(m.start(), m.end()):
            continue
        question = _direct(m.group("q"))
        answer = strip_end(m.group("a").strip())
        if question is None or len(answer.split()) < 1:
            continue
        answer = re.sub(r"(?i:^(?:no|yes|nope|yep)\b)\s*,?\s*(?=\w)", lambda y: y.group().strip(" ,") + ", ", answer)
        reader.claim(m.start(), m.end())
        reader.add(m.start(), "fact", ("faqs", Faq(clip(question, 200), clip(answer[:1].upper() + answer[1:], 300))))


# ---- the problem it solves ----------------------------------------------------------------

#: "the biggest problem people have is …", "the main thing is freelancers missing deductions"
_PROBLEM = re.compile(
    r"(?i:\b(?:the|their|our\s+clients'?|my\s+clients'?|a)\s+(?:main|biggest|big|real|number\s+one|#1|most\s+common|"
    r"usual|common)\s+(?:problem|issue|pain(?:\s+point)?|headache|struggle|worry|frustration|"
    r"complaint|thing)s?(?:\s+(?:(?:my|our|the|most)\s+)?(?:people|they|clients|customers|buyers|parents|owners|[a-z]+s)\s+"
    r"(?:have|face|get|hit|run\s+into|struggle\s+with|tell\s+me|tell\s+us))?\s+(?:is|are|=|:)\s+"
    r"(?P<p>[^.!?;\n]{8,200}?)(?=\s*(?:[.!?;\n]|,\s*(?:and\s+|so\s+|but\s+)?(?:i|we|i'm|we're|im)\b|$)))")
#: what a problem told with "the main thing" must say: something going wrong
_WRONG = re.compile(r"(?i:\b(?:missing|miss|losing|lose|lost|getting|get\s+hit|paying|pay\s+too|wasting|waste|"
                    r"forgetting|forget|struggling|struggle|stuck|late|behind|overwhelmed|confused|"
                    r"not\s+\w+ing|can'?t|cannot|don'?t|doesn'?t|never|too\s+\w+|without)\b)")


def extract_problem(reader: BriefReader) -> None:
    """The problem the business solves, said as such, is a problem for posts
    (``facts.problems``): "the main thing is freelancers missing deductions and getting hit
    with a big bill in april" ("the main thing" only when it says what goes wrong)."""
    for m in _PROBLEM.finditer(reader.text):
        problem = strip_end(" ".join(m.group("p").split()))
        if reader.is_claimed(m.start("p"), m.end("p")) or len(problem.split()) < 2:
            continue
        if re.search(r"(?i:\bthing)s?\b", m.group()[:m.start("p") - m.start()]) and not _WRONG.search(problem):
            continue  # "the main thing is quality": what matters to the seller, no problem
        reader.claim(m.start(), m.end("p"))
        reader.add(m.start(), "fact", ("problems", [clip(problem, 200)]))


# ---- prices -------------------------------------------------------------------------------

#: an amount of money: "£30", "$150", "4.99€", "140 euros", "KES 300"
MONEY = re.compile(r"(?i:[$£€¥₹₦₱₩₺₽₫₴₪]\s?\d[\d,]*(?:\.\d{1,2})?|\b(?:kes|ksh|usd|eur|gbp|inr|rs|r|aed|sar|qar|"
                   r"chf|sgd|aud|nzd|cad|myr|thb|mxn|brl|idr|egp)\s?\d[\d,]*(?:\.\d{1,2})?|"
                   r"\b\d[\d,]*(?:\.\d{1,2})?\s?(?:€|£|\$|eur\b|euros?\b|usd\b|dollars?\b|gbp\b|pounds?\b|"
                   r"quid\b|kr\b|zł|zl\b|kes\b|ksh\b|rand\b|inr\b|bob\b|shillings?\b|naira\b|cedis?\b|rupees?\b|pesos?\b|"
                   # (chat test 37: "plans start at 899 AED a week" was no price)
                   r"aed\b|dirhams?\b|sar\b|riyals?\b|qar\b|chf\b|francs?\b|sgd\b|aud\b|nzd\b|cad\b|myr\b|"
                   r"ringgit\b|thb\b|baht\b|mxn\b|brl\b|reais\b|lira\b|tl\b|php\b|idr\b|rupiah\b|egp\b|mad\b))")
#: words of an offer or a delivery term, which other readers take
_NOT_A_PRICE = re.compile(r"(?i:\b(?:off|discount|sale|code|promo|coupon|deal|save|free|shipping|delivery|"
                          r"postage|over|budget|spend|revenue|turnover|made|earned?|raised?)\b|%)")


def extract_price_line(reader: BriefReader) -> None:
    """A clause nothing else read that gives what things cost is kept as a line of the
    description (posts tell a price from it): "gel mani is £30, biab £38", "usually $150 to
    $400", "premium is €4.99 a month for unlimited matches"."""
    for segment in reader.segments:
        text = segment.text.strip()
        if not MONEY.search(text) or text.endswith("?") or len(text) > 200:
            continue
        if any(segment.start <= f.start < segment.end or f.start < segment.start < f.end
               for f in reader.findings) or reader.is_claimed(segment.start, segment.end) \
                or reader.entities_in(segment) or reader.has_code_in(segment):
            _price_clause_beside(reader, segment)
            continue
        if _NOT_A_PRICE.search(text):
            continue
        words = re.findall(r"[^\W\d_]{2,}", text)
        if not words:
            continue  # "$30": a number alone says nothing of what it buys
        value = strip_end(text)
        reader.claim(segment.start, segment.end)
        reader.add(segment.start, "description", clip(value[:1].upper() + value[1:], 300), mode="append")


#: "i charge £35 an hour": a price said as what the seller charges, one clause of several
_CHARGE = re.compile(r"(?i:^(?:(?:i|we)\s+(?:charge|ask|bill)|(?:it'?s|its|it\s+is|prices?\s+(?:is|are|start\s+at)|"
                     r"(?:they|[a-z]+s)\s+(?:are|cost|start\s+at))|[a-z]+(?:\s+[a-z]+)?\s+(?:is|costs?|starts?\s+at))\s)")


def _price_clause_beside(reader: BriefReader, segment) -> None:
    """A price said whole in its own clause beside an offer another reader took ("i charge
    £35 an hour and first lesson is free"): that clause alone is a line of the description."""
    for m in re.finditer(r"(?:^|\s+and\s+)(?P<c>.+?)(?=\s+and\s+|$)", segment.text):
        start, end = segment.start + m.start("c"), segment.start + m.end("c")
        clause = m.group("c").strip()
        if not MONEY.search(clause) or not _CHARGE.match(clause) or _NOT_A_PRICE.search(clause) \
                or reader.is_claimed(start, end) or any(start <= f.start < end for f in reader.findings):
            continue
        value = strip_end(clause)
        reader.claim(start, end)
        reader.add(start, "description", clip(value[:1].upper() + value[1:], 300), mode="append")
        return


# ---- what sets it apart -------------------------------------------------------------------

#: "whats different is i come to you…", "what makes us different: …", "the difference is …"
_DIFFERENT = re.compile(
    r"(?i:\b(?:what'?s\s+different(?:\s+about\s+(?:us|me|mine|ours|it|them))?|what\s+makes\s+(?:us|me|mine|ours|it|them)\s+"
    r"(?:different|special|stand\s+out)|the\s+difference|what\s+sets\s+(?:us|me|it|them)\s+apart|"
    r"our\s+(?:difference|edge|usp)|my\s+(?:difference|edge|usp))\s*(?:is|:|=|-)\s*(?:that\s+)?"
    r"(?P<d>[^.!?\n]{6,300}))")


def extract_difference(reader: BriefReader) -> None:
    """What sets the business apart, said as such, is a difference for posts
    (``facts.differentiators``): "whats different is i come to you with a proper salon set
    up so u dont need to find a babysitter"."""
    for m in _DIFFERENT.finditer(reader.text):
        if reader.is_claimed(m.start("d"), m.end("d")):
            continue
        value = strip_end(" ".join(m.group("d").split()))
        if len(value.split()) < 3:
            continue
        reader.claim(m.start(), m.end("d"))
        reader.add(m.start(), "fact", ("differentiators", [clip(value[:1].upper() + value[1:], 300)]))


#: a sentence that tells how the business began: a start and its year, or a family member who
#: started it
_STORY_SAID = re.compile(
    r"(?i:\b(?:started|founded|began|opened|set\s+up|took\s+over|inherited)\b.{0,60}"
    r"\b(?:19|20)\d\d\b|\b(?:in|since)\s+(?:19|20)\d\d\b.{0,60}\b(?:started|founded|began|opened)\b"
    r"|\b(?:grand(?:ad|pa|father|ma|mother)|my\s+(?:mum|mom|dad|father|mother|parents))\b.{0,40}"
    r"\b(?:started|founded|began|built|opened|kept|taught|set\s+up)\b)")



#: words of a sentence that says what is sold or where, more than how it began
_SOLD_TOO = re.compile(r"(?i:\b(?:sell|sells|selling|make|making|post|posting|offer|offering|"
                       r"code|off|shipping|delivery|etsy|amazon|shopify|instagram|insta|ig|"
                       r"tiktok|facebook|fb|pinterest|linkedin|youtube|threads)\b|%|[$£€])")


def extract_story(reader: BriefReader) -> None:
    """A sentence that tells how the business began ("my grandad started with 6 hives in 1978
    and now we have 120") is its story (``facts.story``), whole, whatever the chat asked
    (chat test 37 stored it as the description, or nowhere)."""
    for m in re.finditer(r"[^.!?\n]+[.!?]?", reader.text):
        sentence = " ".join(m.group().split()).strip()
        if len(sentence.split()) < 5 or not _STORY_SAID.search(sentence) \
                or reader.is_claimed(m.start(), m.end()) or _SOLD_TOO.search(sentence) \
                or any(m.start() <= e.start < m.end() for e in reader.entities):
            continue  # (what is sold, where or how often, said in it: read as such)
        # (from the clause the story starts in: "brand is Medena Hiša, its family run, my
        # grandad started …" is the grandad's part, never the brand's)
        at = _STORY_SAID.search(sentence).start()
        cut = sentence.rfind(", ", 0, at)
        sentence = sentence[cut + 2:] if cut >= 0 else sentence
        if len(sentence.split()) < 5:
            continue
        sentence = sentence if sentence.endswith((".", "!")) else sentence.rstrip("?") + "."
        # (not claimed: a name in it is still the brand, "Founded in 2019 by two sisters in
        # Bristol, Twig & Thistle makes …")
        reader.add(m.start(), "fact", ("story", [clip(sentence[:1].upper() + sentence[1:], 300)]))


# ---- a tip, and a question written as such --------------------------------------------------

#: "Tip: always buy enough skeins for the whole project.", "Top tip - pump your tyres weekly!"
_TIP = re.compile(r"(?i:(?:^|(?<=[.!?\n])\s*)(?:(?:top|pro|quick|my|our|one|a)\s+)?tip\s*(?::|\s-|–)\s*"
                  r"(?P<t>[^\n.!?]{8,300}[.!]?))")


def extract_tip(reader: BriefReader) -> None:
    """A sentence the seller gives as a tip ("Tip: put a quarter of every payment aside the
    day it lands.") is a tip for posts (``facts.tips``), whole."""
    for m in _TIP.finditer(reader.text):
        if reader.is_claimed(m.start("t"), m.end("t")):
            continue
        tip = " ".join(m.group("t").split()).rstrip()
        if len(tip.split()) < 4:
            continue
        tip = tip if tip.endswith((".", "!")) else tip + "."
        reader.claim(m.start(), m.end())
        reader.add(m.start(), "fact", ("tips", [clip(tip[:1].upper() + tip[1:], 300)]))


#: who asks a question the seller hears often: "lots of people", "customers always"
_ASKERS = (r"\b(?:(?:lots|a\s+lot)\s+of\s+|most\s+|many\s+)?(?:people|parents|customers|clients|"
           r"buyers|couples|folks|students|patients|guests|users|owners|everyone|everybody)\s+"
           r"(?:always\s+|often\s+|usually\s+|keep\s+|tend\s+to\s+)?")
#: a question asked directly, then its answer: "Common question: do I need to water them? No,
#: we visit every fortnight.", "People always ask do I need my own car - no, you learn in ours"
_QUESTION_SAID = re.compile(
    r"(?i:(?:\b(?:a\s+|the\s+)?(?:common|frequent|popular|usual|top|big|first|most\s+asked)\s+question"
    r"(?:\s+(?:is|we\s+get|i\s+get))?\s*(?::|\s-|–|,)\s*"
    r"|" + _ASKERS + r"ask(?:s)?\s*(?:me\s+|us\s+)?:?\s*)"
    r"(?P<q>(?:do|does|can|is|are|will|how|what|should|did|why|when|where|which|who)\s+[^?.!\n]{3,200}?)"
    r"\s*(?:\?|\s-\s|–)\s*(?P<a>(?:no|yes|nope|yep|not|nah|you|we|our|it|they|absolutely|of\s+course|"
    r"never|always|only|just|about|around)\b[^.!?\n]{1,300}))")


#: a question people ask, said as "if" or "whether", then its answer: "lots of people ask if
#: the silver tarnishes, answer is yes a little but a polishing cloth comes with every order"
_IF_ASKED = re.compile(
    r"(?i:" + _ASKERS + r"ask(?:s|ed)?\s+(?:me\s+|us\s+)?"
    r"(?:if|whether)\s+(?P<s>(?:the\s+|my\s+|our\s+|your\s+|their\s+|a\s+|an\s+)?[\w'’-]+"
    r"(?:\s+[\w'’-]+)??)\s+(?P<v>(?![\w'’-]*ing\b)[a-z'’]+)(?P<r>(?:\s+[^,.;!?\n]{1,120}?)?)\s*"
    r"(?:,|;|\.|\s-|–)\s*(?:and\s+)?(?:the\s+)?(?:answer|short\s+answer)(?:'s|\s+is)?\s*:?\s*"
    r"(?P<a>[^.!?\n]{2,300}))")
_AUXILIARIES = {"is", "are", "was", "were", "can", "will", "does", "do", "has", "have", "should",
                "could", "would", "may"}


def _if_question(subject: str, verb: str, rest: str) -> str:
    """"the silver", "tarnishes", "" -> "Does the silver tarnish?"; "it", "is", "waterproof"
    -> "Is it waterproof?"; "they", "ship", "abroad" -> "Do they ship abroad?"."""
    low = verb.lower()
    if low in _AUXILIARIES:
        return f"{low.capitalize()} {subject}{rest}?"
    many = subject.lower() in ("i", "you", "we", "they") or (
        subject.split()[-1].lower().endswith("s") and not subject.split()[-1].lower().endswith("ss"))
    if re.search(r"(?:sh|ch|x|ss|z|o)es$", low):
        base = verb[:-2]
    elif low.endswith("ies"):
        base = verb[:-3] + "y"
    elif low.endswith("s") and not low.endswith("ss"):
        base = verb[:-1]
    else:
        base = verb
    return f"{'Do' if many else 'Does'} {subject} {base}{rest}?"


def extract_question(reader: BriefReader) -> None:
    """A question people ask, written as the question, and its answer said next, is a
    question for posts (``facts.faqs``): "Common question: do I need to water them? No, our
    technicians visit every fortnight." → "Do I need to water them?" / "No, our technicians
    visit every fortnight."."""
    for m in _QUESTION_SAID.finditer(reader.text):
        if reader.is_claimed(m.start(), m.end()):
            continue
        question = " ".join(m.group("q").split()).rstrip(" ,")
        answer = strip_end(" ".join(m.group("a").split()))
        if len(question.split()) < 3 or not answer:
            continue
        answer = re.sub(r"(?i:^(?:no|yes|nope|yep|nah)\b)\s*,?\s*(?=\w)", lambda y: y.group().strip(" ,") + ", ", answer)
        question = re.sub(r"\bi\b", "I", question)
        reader.claim(m.start(), m.end())
        reader.add(m.start(), "fact", ("faqs", Faq(clip(question[:1].upper() + question[1:] + "?", 200),
                                                   clip(answer[:1].upper() + answer[1:] + ".", 300))))
    for m in _IF_ASKED.finditer(reader.text):
        if reader.is_claimed(m.start(), m.end()):
            continue
        subject = re.sub(r"\bi\b", "I", " ".join(m.group("s").split()))
        question = _if_question(subject, m.group("v"), " ".join(m.group("r").split()).rstrip(" ,")
                                and " " + " ".join(m.group("r").split()).rstrip(" ,"))
        answer = strip_end(" ".join(m.group("a").split()))
        if not answer:
            continue
        answer = re.sub(r"(?i:^(?:no|yes|nope|yep|nah)\b)\s*,?\s*(?=\w)", lambda y: y.group().strip(" ,") + ", ", answer)
        reader.claim(m.start(), m.end())
        reader.add(m.start(), "fact", ("faqs", Faq(clip(question, 200),
                                                   clip(answer[:1].upper() + answer[1:] + ".", 300))))
