"""Free shipping as the brief states it, said in a post's own sentence: "And shipping is
free on orders over $50.", "delivery" where "postage" is not the everyday word.
"""

from __future__ import annotations

import re

from planner.domain.brief import Brief
from planner.planning.wording import FREE_SHIP_RE

_FREE_SAID = re.compile(r"(?i)^\s*(?:(?:free|complimentary) (?:shipping|delivery|postage)(?: is)?|"
                        r"(?:shipping|delivery|postage) (?:is|'s) (?:always |also )?free|"
                        r"ships? (?:for )?free)\s*[:,-]?\s*")


_CONDITION = re.compile(r"(?i)^(?:on|over|above|for|within|in|to|across|when|if|with|anywhere|"
                        r"everywhere|throughout|worldwide|nationwide|from|at|inside|all|"
                        r"only|until|till|before|after|\(|—|-)\b")


def shipping_terms(free_shipping: bool | str) -> str:
    """The conditions of free shipping as a phrase that follows "shipping is free" ("on
    orders over $50"), without the words that already say it is free; empty when the brief
    states none, or states its shipping as a sentence of its own (see shipping_said)."""
    if not isinstance(free_shipping, str):
        return ""
    rest = _FREE_SAID.sub("", free_shipping, count=1).strip()
    if shipping_said(free_shipping):
        return ""
    return rest


def shipping_said(free_shipping: bool | str) -> str:
    """The brief's shipping statement when it is a sentence of its own ("free tracked
    shipping on bodies, and free on lenses over $150"): composing it after "shipping is
    free" would say free twice."""
    if not isinstance(free_shipping, str):
        return ""
    rest = _FREE_SAID.sub("", free_shipping, count=1).strip()
    if not rest or _CONDITION.match(rest):
        return ""
    said = free_shipping.strip().rstrip(".")
    if not re.search(r"(?i)\bfree\b", said):
        return ""
    if not re.search(r"(?i)\b(shipping|delivery|postage|ships?|shipped|delivered)\b", said):
        # "always free within Germany" says what is free only beside its noun
        said = "shipping is " + said
    return said


#: countries where "postage" is the everyday word for sending a parcel; elsewhere a
#: template's "postage" reads as foreign and becomes "delivery"
POSTAGE_COUNTRIES = {"GB", "UK", "IE", "AU", "NZ"}


def ships_free(lead: str, free_shipping: bool | str, country: str = "") -> str:
    """A template's "shipping is free" sentence, finished with the brief's conditions: "And
    shipping is free on orders over $50."; or, when the brief states its shipping as a
    sentence, the lead's opening words and that sentence instead of the lead's own claim."""
    if country.upper() not in POSTAGE_COUNTRIES:
        lead = re.sub(r"\b([Pp])ostage\b", lambda m: "Delivery" if m[1] == "P" else "delivery", lead)
    terms, said = shipping_terms(free_shipping), shipping_said(free_shipping)
    if terms and re.match(r"(?:to|in|within|around)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*(?:,|\s+and\s)",
                          terms):
        # free delivery to a few suburbs is a van's round, never "Shipping is free to
        # Brunswick, Coburg and Northcote" (read 40's tuning set)
        lead = re.sub(r"\b(?:[Ss]hipping|[Pp]ostage)\b",
                      lambda m: "Delivery" if m[0][0].isupper() else "delivery", lead)
        lead = re.sub(r"\b[Ss]hip(?:s|ped)?\b", "deliver", lead)
    if terms and lead.endswith(" too") and terms.startswith("to "):
        return f"{lead[:-4]} {terms} too."  # (never "free too to Brunswick", read 40's tuning set)
    if terms:
        return f"{lead} {terms}."
    if not said:
        return f"{lead}."
    m = FREE_SHIP_RE.search(lead)
    prefix = lead[:m.start()].strip() if m else ""
    if prefix and prefix[-1] not in ",:?.!" and prefix.lower() not in ("and", "also", "plus"):
        prefix = ""
    opening = not prefix or prefix[-1] in ":?.!"
    said = (said[:1].upper() if opening else said[:1].lower()) + said[1:]
    return f"{prefix} {said}.".strip()


#: where goods are handed over in person: a stall, a market, a counter, a van
_IN_PERSON = re.compile(r"(?i)\b(?:markets?|stalls?|farmers'? markets?|market stalls?|food trucks?|"
                        r"food vans?|pop-?ups?|fairs?|craft fairs?|in person|at our (?:shop|bakery|"
                        r"counter|taproom|cafe|café|stand|van)|car boot|street food|farm ?(?:shops?|stands?|gate)|"
                        r"roadside stands?|cellar door|hofladen|bauernmarkt|wochenmarkt|marché|"
                        r"mercado|tianguis|mercato)\b|"
                        # (a shop of its own at a place: "our shop on Causewayside", never "our
                        # shop on Etsy")
                        r"\b(?:our|the)\s+(?:\w+\s+)?(?:shop|store|bookshop|bakery|caf[eé]|deli|"
                        r"taproom|studio|workshop|showroom)\s+(?:on|in|at)\s+(?!(?:etsy|amazon|ebay|"
                        r"shopify|instagram|facebook|tiktok|allegro|takealot|shopee|lazada|creema|"
                        r"elo7|bol|zalando|the web|the internet|our website|line)\b)\w")
#: where goods are ordered and sent: a shop online, a marketplace, a website
_ONLINE = re.compile(r"(?i)\b(?:online|website|web shop|webshop|shopify|etsy|amazon|ebay|"
                     r"ships?|shipping|delivery|delivered|deliver|post(?:ed|age)|nationwide|"
                     r"order (?:online|from)|mail)\b")


def sold_in_person_only(brief: Brief) -> bool:
    """Whether the goods are only ever handed over in person (a market stall, a food van):
    no parcel, no unboxing, nothing "arrives". Read from where the brief sells, or, when it
    names no shop and no link, from how it says what it sells ("dumplings at weekend
    markets")."""
    said = " ".join((brief.product, brief.description))
    if brief.kind != "product" or brief.url or _ONLINE.search(said):
        return False
    if brief.sells_on:
        return all(_IN_PERSON.search(p) for p in brief.sells_on)
    return bool(_IN_PERSON.search(said))


def shop_place(brief: Brief) -> str:
    """Where a shop sold from in person is, as the brief says it ("our shop on
    Causewayside"), when that is the only place it sells; "" otherwise."""
    if not sold_in_person_only(brief):
        return ""
    place = next((p for p in brief.sells_on if _IN_PERSON.search(p)), "")
    return place if re.match(r"(?i)(?:our|the)\s", place) else ""


def ships(brief: Brief) -> bool:
    """Whether what the brief sells travels by post: goods, not handed over at a stall."""
    return brief.kind == "product" and not sold_in_person_only(brief)


def sent_as_parcel(brief: Brief) -> bool:
    """Whether the brief says its goods are sent, so a post may open a parcel of them: a
    shop online or a marketplace, a shipping offer, or words such as "delivered"
    (blind read 24: an unboxing of bicycle frames "built to your height and measured by
    hand" in an Accra workshop, where the brief said nothing of sending anything)."""
    if not ships(brief):
        return False
    said = " ".join((brief.product, brief.description))
    return bool(brief.url or brief.sells_on or brief.free_shipping or _ONLINE.search(said))


#: how an offer post says the brief's free shipping, in turn (ships_free finishes each with
#: the brief's threshold and area): our own sentence, never the brief's words pasted
OFFER_SHIPPING_LEADS = ("And shipping is free", "Postage is free too", "Shipping is on us",
                        "Free shipping still applies", "Plus, shipping is free",
                        "As always, shipping is free", "Shipping costs nothing")


def offer_shipping_line(brief: Brief, told: int, said: str = "") -> str:
    """The sentence an offer post that states the code adds for the brief's free shipping
    ("And shipping is free on orders over $40 within New Zealand."), the ``told``-th wording
    in turn, the next one not in ``said`` (what the calendar said so far); empty when the
    brief gives no free shipping (it is never claimed) or every wording was said."""
    if not brief.free_shipping or not ships(brief):
        return ""
    if not shipping_terms(brief.free_shipping) and shipping_said(brief.free_shipping):
        # (a sentence of the brief's own follows "And", once)
        line = ships_free(OFFER_SHIPPING_LEADS[0], brief.free_shipping, brief.country)
        return "" if line in said else line
    n = len(OFFER_SHIPPING_LEADS)
    for k in range(n):
        line = ships_free(OFFER_SHIPPING_LEADS[(told + k) % n], brief.free_shipping, brief.country)
        if line not in said:
            return line
    return ""
