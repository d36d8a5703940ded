"""Where a post sends people, when the link it would use is not the place for it.

Two rules a manager checks before scheduling:

- goods launched by a business that sells a service or an app (a barbershop's beard oil,
  a salon's own leave-in) are not booked: the launch says where to get them (in the shop,
  by message), never "see it for yourself" under the booking page's link;
- while a giveaway's rules page holds a platform's bio link, the other posts there that say
  "link in bio" mean the shop: the bio is a list of links with both, and the notes say so.
"""

from __future__ import annotations

import datetime as dt
import re

from planner.domain.brief import Brief

#: goods a launch line names: things made, bottled, printed or worn, that are handed over
_GOODS = re.compile(
    r"(?i)\b(?:oils?|balms?|creams?|crème|lotions?|leave-in|wax|pomade|shampoos?|conditioners?|"
    r"serums?|sprays?|soaps?|scrubs?|candles?|mugs?|tees?|t-shirts?|shirts?|hoodies?|caps?|"
    r"totes?|tote bags?|bottles?|jars?|kits?|merch|gift cards?|gift vouchers?|vouchers?|"
    r"sauces?|coffee beans|blends?|prints?|posters?|stickers?|journals?|notebooks?|planners?|"
    r"bars?|tins?|sachets?)\b|"
    r"\b(?:made (?:for us|by us|by hand|in|with)|bottled|hand-?made|our own (?!class|course|service))")
#: where a service is had on its own premises: people come in, and can ask there
_PREMISES = re.compile(
    r"(?i)\b(?:shop|salon|studio|barber(?:ía|ia|shop)?|clinic|gym|café|cafe|spa|parlou?r|"
    r"bakery|taproom|gallery|store|counter|boutique|atelier|chair)\b")


def launch_is_goods(brief: Brief) -> bool:
    """Whether the brief's launch is goods from a business that sells a service or an app:
    its posts say where to get it, not how to book."""
    launch = brief.facts.launch
    if launch is None or brief.kind == "product":
        return False
    return bool(_GOODS.search(launch.what))


def comes_in(brief: Brief) -> bool:
    """Whether customers come to the business's own place (a salon, a shop, a studio)."""
    said = " ".join([brief.product, brief.brand, brief.description,
                     *(e.place for e in brief.facts.events if e.place), *brief.sells_on])
    return bool(_PREMISES.search(said))


def goods_ctas(brief: Brief, fmt: str) -> list[str]:
    """Calls to action for goods a service business launches: ask for them where the
    service is had, or by message; a story's viewers reply to it."""
    if fmt == "story":
        return ["Want one? Reply to this story", "Questions about it? Reply to this story"]
    if comes_in(brief):
        return ["Ask for it next time you're in", "Next time you're in, ask us for it",
                "Ask for it at the counter", "Come in and ask for one"]
    return ["Want one? Send us a message", "Send us a message to get yours",
            "Ask us about it: send us a message"]


#: the part of a free-shipping line that is its threshold ("on orders over 45$", "over $35
#: CAD", "for orders of €50+")
_THRESHOLD = re.compile(
    r"(?i)(?:\b(?:on|for|with)\s+)?(?:(?:all\s+)?(?:orders?|purchases?|baskets?|carts?|spend)\s+)?"
    r"\b(?:over|above|of|from|at least|more than)\s+(?:[$£€¥₹]|[A-Z]{1,2}\$)?\s?\d[\d.,]*\s?"
    r"(?:[$£€¥₹]|zł|kr|CAD|USD|EUR|GBP|AUD|NZD|CHF)?\+?")
_SHIP_SAID = re.compile(
    r"(?i)\b(?:free (?:shipping|delivery|postage)|ships? (?:for )?free|shipping'?s on us|"
    r"(?:shipping|delivery|postage) (?:is|'s) (?:always |also |still )?(?:free|on us))")


def threshold(free_shipping: bool | str) -> str:
    """The brief's free-shipping threshold as a phrase ("on orders over 45$"), or ""."""
    if not isinstance(free_shipping, str):
        return ""
    found = _THRESHOLD.search(free_shipping)
    if not found:
        return ""
    phrase = found.group(0).strip()
    return phrase if re.match(r"(?i)(?:on|for|with)\b", phrase) else "on orders " + phrase \
        if not re.match(r"(?i)(?:orders?|purchases?|baskets?|carts?|spend|all)\b", phrase) \
        else "on " + phrase


def with_threshold(text: str, free_shipping: bool | str) -> str:
    """A post that says shipping is free says above what: a sentence of free shipping
    without the brief's threshold ("Free shipping is Québec only for now.", from an FAQ's
    answer) gets it, in brackets before its end, so the claim does not grow."""
    limit = threshold(free_shipping)
    if not limit:
        return text
    number = re.search(r"\d[\d.,]*", limit)
    said = _SHIP_SAID.search(text)
    if not said or not number or number.group(0).rstrip(".,") in text:
        return text
    end = re.compile(r"[.!?](?=\s|$)|\n|$").search(text, said.end())
    at = end.start() if end else len(text)
    return f"{text[:at].rstrip()} ({limit}){text[at:]}"
