"""How the brand speaks and where it points: tone of voice, branded hashtag, referral
reward and the shop's own URL."""

from __future__ import annotations

import re

from planner.brief.reading import BriefReader
from planner.brief.replies import NO_HASHTAG, NO_REFERRAL
from planner.brief.segments import MAX_PHRASE, Segment, clean_phrase, clip, strip_end
from planner.brief.vocabulary import SOCIAL_DOMAINS

_REFERRAL_PATTERNS = [
    re.compile(r"(?i:\b(?:referrals?|refer[- ]a[- ]friend)(?:\s+(?:reward|bonus|program(?:me)?|"
               r"scheme|perk|offer|deal|incentive))?\s*(?::|=|-|\bis\b|\bwill\s+be\b|\bgives(?:\s+you)?\b|"
               r"\bgets(?:\s+you)?\b|\bearns?(?:\s+you)?\b)\s*)"),
    re.compile(r"(?i:\b(?:friends|customers|people|anyone|everyone|those|buyers|fans|members|"
               r"clients|you|shoppers|someone|whoever)\s+(?:who|that)\s+refers?(?:\s+(?:a\s+friend|"
               r"friends|someone|others|people|a\s+buddy))?\s+(?:will\s+)?(?:get|gets|receive|"
               r"receives|earn|earns|win|wins|are\s+rewarded\s+with|score|scores)\s+)"),
    re.compile(r"(?i:\brefer\s+(?:a|your|one)?\s*(?:friend|friends|buddy|pal)\s*(?:and|,|&|to)?\s*"
               r"(?:(?:you|they|we)(?:'ll)?\s+)?(?:both\s+)?(?:get|gets|receive|earn|score|save|win)\s+)"),
    re.compile(r"(?i:\b(?:we\s+(?:give|offer)|you\s+get|they\s+get|customers\s+get|give|"
               r"referrers\s+get)\s+)(?=.+?\b(?:for|per)\s+(?:every|each)\s+(?:friend|referral|"
               r"person|new\s+customer)\b)"),
    re.compile(r"(?i:^)(?=(?:an?|one)\s+.+?\b(?:for|per)\s+(?:every|each)\s+(?:friend|referral)\b)"),
]
#: words that say how a brand sounds
TONE_WORDS = (r"(?:playful|friendly|warm|professional|casual|fun|funny|witty|luxurious|luxe|calm|bold|"
              r"cheeky|minimal|elegant|cozy|cosy|upbeat|chill|formal|informal|quirky|sassy|sincere|"
              r"honest|relaxed|energetic|inspiring|educational|light|light-hearted|lighthearted|"
              r"approachable|authoritative|conversational|confident|caring|gentle|serious|expert|"
              r"knowledgeable|supportive|encouraging|empathetic|reassuring|trustworthy|polished|"
              r"sophisticated|premium|edgy|whimsical|chatty|punchy|direct|straightforward|"
              r"no-nonsense|down[- ]to[- ]earth|human|personal|positive|motivational|inspirational|"
              r"clean|simple|classy|cute|sweet|dry|irreverent|earnest|laid-back|laidback|helpful|"
              r"respectful|corporate|technical|factual|thoughtful|soothing|cheerful|bubbly|"
              r"heartfelt|humble|welcoming|inclusive|nerdy|geeky|sarcastic|tongue-in-cheek|wholesome|"
              r"kind|soft|grounded|moody|dreamy|refined|silly|goofy|nostalgic|earthy|genuine|"
              r"authentic|lively|passionate|trusted|classic|bright)")
_QUALIFIER_WORDS = r"(?:a\s+bit|a\s+little|slightly|very|quite|super|really|fairly|more)"
_TONE_PATTERNS = [
    re.compile(r"(?i:\b(?:(?:our|my|the|brand)\s+)?(?:tone(?:\s+of\s+voice)?|brand\s+voice|voice)\s*"
               r"(?::|=|-|\bis\b|\bshould\s+be\b)\s*)"),
    re.compile(r"(?i:\b(?:keep|make)\s+(?:it|the\s+posts|posts|everything|the\s+captions|them)\s+"
               r"(?:(?:sound|feel|read)\s+)?)"
               rf"(?=(?i:(?:{_QUALIFIER_WORDS}\s+){{0,2}}{TONE_WORDS})\b)"),
    # "keep the tone warm and encouraging"
    re.compile(r"(?i:\b(?:keep|make)\s+(?:the\s+|our\s+|my\s+)?(?:tone|voice|vibe|captions|posts)\s+"
               r"(?:(?:sound|feel|read)\s+)?)"
               rf"(?=(?i:(?:{_QUALIFIER_WORDS}\s+)?{TONE_WORDS})\b)"),
    # "can the posts sound friendly", "we'd like our captions to be fun and upbeat"
    re.compile(r"(?i:\b(?:the\s+|our\s+|my\s+)?(?:posts?|captions?|content|copy|writing|brand)\s+"
               r"(?:to\s+|should\s+|can\s+|could\s+|must\s+|will\s+|to\s+always\s+)?"
               r"(?:sound|feel|read|be|come\s+across(?:\s+as)?)\s+)"
               rf"(?=(?i:(?:{_QUALIFIER_WORDS}\s+)?{TONE_WORDS})\b)"),
    # "we want to sound chill", "i'd like to come across as warm": how the seller wants to sound
    re.compile(r"(?i:\b(?:want|wanna|like|love|hope|aim|need|trying|try|going)\s+(?:for\s+(?:it|us|them)\s+)?"
               r"(?:to\s+)?(?:sound|come\s+across(?:\s+as)?|feel)\s+)"
               rf"(?=(?i:(?:{_QUALIFIER_WORDS}\s+){{0,2}}{TONE_WORDS})\b)"),
    # "tone formal pls": the word straight after "tone"
    re.compile(rf"(?i:\b(?:tone(?:\s+of\s+voice)?|voice)\s+)(?=(?i:{TONE_WORDS})\b)"),
]
_QUALIFIER = r"(?:(?:a\s+(?:bit|little|touch)(?:\s+more)?|slightly|very|quite|super|really|fairly|more)\s+)"
#: "a friendly but professional tone", "formal tone please": the words before "tone"
_TONE_BEFORE = re.compile(
    rf"(?i:\b(?P<v>{TONE_WORDS}(?:(?:\s*,\s*|\s+(?:and|but|&|yet|or|with\s+a)\s+|\s+){_QUALIFIER}?"
    rf"{TONE_WORDS})*)\s+(?:tone(?:\s+of\s+voice)?|voice|vibe|vibes|feel|style\s+of\s+writing)\b)")
_HASHTAG_EXPLICIT = re.compile(r"(?i:\bhashtag\s*(?:is|:|=|-)?\s*)#?(?P<v>[A-Za-z_]\w{1,60})\b")
_URL = re.compile(r"(?i:(?<![@\w.])(?:https?://[^\s,;]+|www\.[^\s,;]+|[a-z0-9][a-z0-9-]{1,62}"
                  r"\.(?:(?:com|co|org|net|gov|edu|ac)\.[a-z]{2}|com|co|shop|store|net|org|io|uk|de|fr|ca|au|eu|us|me|art|design|ie|nl|studio|dev|"
                  r"app|online|site|info|biz|no|se|dk|es|it|nz|ai|xyz|club|ch|at|be)(?![a-z0-9])"
                  r"(?:/[^\s,;]*)?)(?![\w.]*@))")


def extract_referral(reader: BriefReader, segment: Segment) -> None:
    """"referral: a free candle for every friend who orders", "friends who refer get $10"."""
    if reader.declines_the_question():
        return
    for pattern in _REFERRAL_PATTERNS:
        m = pattern.search(segment.text)
        if not m:
            continue
        raw = segment.text[m.end():m.end() + MAX_PHRASE]
        value = strip_end(raw)
        if not re.search(r"[A-Za-z0-9$£€]", value) or value.lower().split()[0] in ("is", "the", "and"):
            continue
        if NO_REFERRAL.search(segment.text):
            return
        value = clip(value, 300)
        start = segment.start + m.end() + (len(raw) - len(raw.lstrip()))
        reader.claim(segment.start + m.start(), segment.end)
        reader.add(start, "referral_reward", value, end=segment.end)
        return


#: a perk only customers who come back get: "Returning customers get free engraving on every order",
#: "regulars get a free coffee with every cake", "existing clients get 10% off with code BACK10"
_PERK = re.compile(
    r"(?i:(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))\s*(?:our\s+|my\s+|all\s+)?(?:(?:returning|existing|repeat|loyal|regular)\s+"
    r"(?:customers|clients|buyers|shoppers|students|members|patients|guests)|regulars)\s+"
    r"(?:always\s+|also\s+)?(?:get|gets|receive|enjoy|can\s+get|will\s+get)\s+"
    r"(?P<perk>[^.!?\n;]{4,200}?))(?=\s*(?:[.!?\n;]|$))")


def extract_customer_perk(reader: BriefReader) -> None:
    """A perk said as what returning customers get ("Returning customers get free initials
    stamping on every order") is ``customer_perk``, never the offer: read before the offer,
    so its discount or code is not the offer's."""
    for m in _PERK.finditer(reader.text):
        if reader.is_claimed(m.start("perk"), m.end("perk")):
            continue
        perk = strip_end(" ".join(m.group("perk").split()))
        if len(perk.split()) < 2:
            continue
        reader.claim(m.start(), m.end("perk"))
        reader.add(m.start("perk"), "customer_perk", clip(perk, 300))
        return


#: where a tone said as a list ends: "calm, minimal and honest", "professional but human"
_TONE_CUT = re.compile(
    r"[;!?()\[\]\"]|\.(?:\s|$)|\s+-\s+|:"
    r"|,?\s+(?:and\s+|but\s+)?(?=(?i:we|i|our|my|us|they|it'?s|post\w*|sell\w*|code|use|offer\w*|ends?|"
    r"plus|also|based|target\w*|audience|hashtag|referral|brand|product|customers|no)\b)"
    r"|\s+(?i:on|through|via|because|since|so|until|till|starting|for)\b")


def extract_tone(reader: BriefReader, segment: Segment) -> None:
    """"our tone is playful and warm", "keep it friendly", "brand voice is calm, minimal and
    honest", "keep it professional but human" (a list of words, to its clause's end)."""
    sentence_end = max(s.end for s in reader.segments if s.sentence == segment.sentence)
    for pattern in _TONE_PATTERNS:
        m = pattern.search(segment.text)
        if not m:
            continue
        said = reader.text[segment.start + m.end():min(sentence_end, segment.start + m.end() + MAX_PHRASE)]
        value, lead, end = clean_phrase(said, _TONE_CUT, {"is", "a", "the"}, 10, 200)
        article = re.match(r"(?i:\s*a\s+(?=(?:bit|little|touch)\b))", said)
        if value and article and lead == article.end():  # "a bit more playful" keeps its "a"
            value, lead = said[article.end() - len(article.group().lstrip()):end].strip(), len(said) - len(said.lstrip())
        if value:
            start = segment.start + m.end()
            reader.claim(segment.start + m.start(), start + end)
            reader.add(start + lead, "tone", value)
            return
    # the words before "tone" may run over a clause ("friendly but professional tone")
    sentence_start = min(s.start for s in reader.segments if s.sentence == segment.sentence)
    for m in _TONE_BEFORE.finditer(reader.text, sentence_start, segment.end):
        if segment.start < m.end() <= segment.end and not reader.is_claimed(m.start(), m.end()):
            reader.claim(m.start(), m.end())
            reader.add(m.start("v"), "tone", m.group("v"))
            return


def extract_hashtag(reader: BriefReader) -> None:
    """"our hashtag is #GlowAtHome", "branded hashtag: GlowAtHome", else the first #tag said."""
    m = _HASHTAG_EXPLICIT.search(reader.text)
    if (m and m.group("v").lower() not in ("is", "the", "a", "for", "and", "we", "our", "yet")
            and not NO_HASHTAG.search(reader.text[max(0, m.start() - 25):m.end()])):
        reader.add(m.start(), "hashtag", "#" + m.group("v"))
        return
    for entity in reader.entities:
        if entity.label == "HASHTAG" and not reader.is_claimed(entity.start, entity.end):
            reader.add(entity.start, "hashtag", entity.text[:100])
            return


def extract_url(reader: BriefReader) -> None:
    """The first web address that is not a social profile or a marketplace."""
    for m in _URL.finditer(reader.text):
        url = m.group().rstrip(".,;:!?)\"'")
        low = url.lower()
        if any(domain in low for domain in SOCIAL_DOMAINS) or reader.is_claimed(m.start(), m.end()):
            continue
        reader.add(m.start(), "url", url[:500])
        return
