"""A Pin is evergreen and found by search (blind read 20).

People meet a Pin months after it was posted, through a search: it says no "today", no
"as they stand today", no "Out today", no "New here? Hello."; its description never
repeats its title word for word; and it opens on a keyword line that says what it is (the
product, and for whom when the brief says so in a few words).
"""

from __future__ import annotations

import re
from typing import Any

#: time-bound wordings said as the evergreen ones
_TIMELESS = (
    (re.compile(r"(?i),?\s+as (?:they|it|things) stands? today\b"), ""),
    (re.compile(r"(?i)^(?:out today|starting today|available from today|today's the day|"
                r"new today|just out)\s*[:,!.—–-]\s*"), ""),
    (re.compile(r"(?i)^from today,?\s+you can\b"), "You can"),
)
#: a sentence that only holds on the day it is posted, or greets a new follower
_DATED = re.compile(r"(?i)\b(?:today|tonight|this (?:week|weekend|morning|evening)|right now|"
                    r"new here|just found (?:us|this)|followed lately)\b")
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(]?[A-Z0-9])")
_WORDS = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


def _timeless(sentence: str) -> str:
    for pattern, said in _TIMELESS:
        sentence = pattern.sub(said, sentence)
    sentence = sentence.strip()
    if sentence[:1].islower():
        sentence = sentence[:1].upper() + sentence[1:]
    return "" if _DATED.search(sentence) else sentence


def keyword_line(ctx: dict[str, Any]) -> str:
    """What it is (and for whom, when the product line says it): "Printable maths games
    for kids."."""
    product = " ".join(str(ctx.get("product") or "").split()).rstrip(".")
    if not product:
        return ""
    # (the audience as typed is never pasted: lint's pasted-audience; the product line
    # says for whom when it names them, "… for kids")
    return product[:1].upper() + product[1:] + "."


def _names_it(line: str, ctx: dict[str, Any]) -> bool:
    """Whether ``line`` already says what is sold: the product's head noun or the brand."""
    said = set(_words(line))
    product = _words(re.split(r"\s(?:for|with|in|from|by|to|of|on|at)\s|[,(/;]",
                              str(ctx.get("product") or ""))[0])
    head = product[-1] if product else ""
    if head and (head in said or head.rstrip("s") in said or head + "s" in said):
        return True
    brand = str(ctx.get("brand") or "") if ctx.get("has_brand", True) else ""
    return bool(brand) and brand.lower() in line.lower()


#: the longest Pin title
TITLE_MAX = 100


def searched_title(title: str, ctx: dict[str, Any]) -> str:
    """A Pin's title that says what is sold, for search: one that names only the brand or
    an offer ("Code PRIMABOX at Malga Club: €15 off your first box", "Eat from the mildest
    to the strongest") gets the product after a bar ("… | Monthly cheese box"), the brand
    left off it (blind read 25: three Pins no one searching for cheese would find)."""
    if not title:
        return title
    product = " ".join(str(ctx.get("product") or "").split()).rstrip(".")
    brand = str(ctx.get("brand") or "") if ctx.get("has_brand", True) else ""
    if brand and product.lower().startswith(brand.lower() + " "):
        product = product[len(brand):].strip()
    head = _words(re.split(r"\s(?:for|with|in|from|by|to|of|on|at)\s|[,(/;]", product)[0])
    said = set(_words(title))
    # (the goods' last two words, "cheese box": "your first box" alone finds no cheese)
    if not head or all(w in said or w.rstrip("s") in said or w + "s" in said
                       for w in head[-2:]):
        return title
    longer = f"{title} | {product[:1].upper()}{product[1:]}"
    return longer if len(longer) <= TITLE_MAX else title


def evergreen_pin(text: str, title: str, cta: str, ctx: dict[str, Any]) -> tuple[str, str]:
    """A Pin's description and title: its dated sentences said timelessly or dropped, and
    a keyword line first when its first line does not say what is sold (and no earlier post
    said that line, or the title says what is sold); a description that
    says its title word for word keeps the fact, and the title becomes the keyword line
    (what it is, found by search). ``cta`` (the text's last line) is kept as it is."""
    body = text[:-len(cta)] if cta and text.endswith(cta) else text
    sep = body[len(body.rstrip("\n")):] or "\n\n"  # (the call to action's own spacing)
    body = body.rstrip("\n")
    lines: list[str] = []
    for line in body.split("\n"):
        if not line.strip():
            lines.append("")
            continue
        kept = [s for s in (_timeless(s) for s in _SENTENCES.split(line.strip())) if s]
        lines.append(" ".join(kept) if kept else None)  # type: ignore[arg-type]
    lines = [line for line in lines if line is not None]
    named = _words(title)
    key = keyword_line(ctx)
    said = {" ".join(_words(s)) for line in lines if line for s in _SENTENCES.split(line)}
    if named and " ".join(named) in said and key:
        # (the keyword line leads the fact's own words, so each Pin's title says what it
        # tells: the bare keyword line on every Pin of a fact was one title said again and
        # again, and the Pin of a tip or a customer's words was refused for it)
        bare = key.rstrip(".")
        own = title.strip().rstrip(".")
        title = bare
        # (a service's tip is led by the business's name: its service line before a tip
        # reads as a label on it, blind read 36, "Baby and toddler sleep consultations: keep
        # the last hour before bed dim and quiet")
        brand = str(ctx.get("brand") or "") if ctx.get("has_brand", True) else ""
        lead = brand if brand and ctx.get("kind") == "service" else bare
        # (a long one, to its first clause: "Whetstones: soak the coarse side first")
        for said_own in (own, own.split(", ")[0].split("; ")[0]):
            led = f"{lead}: {said_own[:1].lower() if said_own[1:2].islower() else said_own[:1]}" \
                f"{said_own[1:]}"
            # (never a second colon: "Cut and colour appointments: code SPRING20: 20% off")
            if len(led) <= TITLE_MAX and len(said_own) >= 15 and ":" not in said_own \
                    and not own.lower().startswith(lead.lower()):
                title = led
                break
        title = searched_title(title, ctx)
    else:
        title = searched_title(title, ctx)
        content = [line for line in lines if line]
        # (a keyword line an earlier post said already is left off a Pin whose title says
        # what is sold: the same line atop every Pin was one sentence said again, and the
        # bare "Eco-printed silk scarves." over an unboxing read as a field pasted in, blind
        # read 38)
        # (... but a Pin whose first line another post said already keeps it, so the two
        # open apart: a launch day's Pin and post, "A new charcoal-roasted winter oolong.")
        first_said = bool(content) and any(content[0].rstrip(".").lower() in str(p).lower()
                                           for p in ctx.get("said_before") or ())
        if key and (not content or not _names_it(content[0], ctx)) \
                and _words(key) != named and (first_said or not _names_it(title, ctx)):
            lines = [key, ""] + lines
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    if cta and text.endswith(cta):
        out = (out + sep + cta) if out else cta
    return out, title
