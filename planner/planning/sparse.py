"""What a brief with few facts can still say honestly, and what it must not ask.

A sparse brief (a product line, a kind, the platforms) still tells what the business is:
"We offer mobile bike servicing in Bristol.", "Verbling Nights is an evening course in
conversational Portuguese." That sentence is the fact the fact-light templates (meta
``last_resort = true``) are built on, and the line a post adds to say what the business
sells when the description gives none.

A brief that gives no sign of existing customers (no reviews, quotes, community,
ambassadors, perk for customers, referral reward, and no past posts given to the plan)
gets no asks to customers: no "tell us what you think", no tag-and-share, no reviews
asked for.
"""

from __future__ import annotations

import re

from planner.domain.brief import Brief
from planner.planning.wording import is_solo

#: a name, then what it is: "Pocket Greek - an online course in…", "Lumen: a meditation app"
_NAMED = re.compile(r"^(?P<name>[^,:;()–—-]{2,60}?)\s*(?:\s[-–—]\s|:\s|,\s)(?P<what>(?:an?|the)\s.+)$",
                    re.IGNORECASE)
#: words a product line opens with that are a list, not a name ("handmade, small-batch…")
_NOT_A_NAME = {"handmade", "hand-made", "small", "organic", "local", "fresh", "custom"}


def _is_plural_or_mass(head: str, kind: str) -> bool:
    """Whether the product's head noun reads without "a": plural goods ("mugs"), or the
    work of a service ("repair", "cleaning", "lessons")."""
    word = head.lower().split()[-1] if head.split() else ""
    if kind == "service":
        return True
    return word.endswith("s") and not word.endswith("ss") or word.endswith("ing")


def _head(product: str) -> str:
    """The product's noun phrase before "for", "in", "with" and a comma."""
    return re.split(r"\s(?:for|with|in|from|by|to|of|on|at)\s|[,(/;]", product)[0].strip()


def what_it_is(brief: Brief) -> str:
    """What the business is, said from the product line alone, as a sentence of ours;
    empty when there is no product line. Nothing is added the line does not say."""
    product = " ".join(brief.product.split()).rstrip(".")
    if not product:
        return ""
    m = _NAMED.match(product)
    if m and m.group("name").split()[0].lower() not in _NOT_A_NAME \
            and m.group("name")[:1].isupper():
        what = m.group("what")
        return f"{m.group('name').strip()} is {what[:1].lower()}{what[1:]}."
    we = "I" if is_solo(brief) else "We"
    if brief.brand and brief.brand.lower() not in product.lower() and not is_solo(brief):
        subject, verb_s = brief.brand, "s"
    else:
        subject, verb_s = we, ""
    body = product[:1].lower() + product[1:] if not product.split()[0].isupper() \
        and not (len(product) > 1 and product[1:2].isupper()) else product
    if brief.product[:1].isupper() and brief.product.split()[0][1:].islower() \
            and brief.product.split()[0].lower() not in _NOT_A_NAME and len(brief.product.split()) > 1 \
            and brief.product.split()[0].lower() not in ("hand", "mobile", "online"):
        body = product  # a name of its own ("Lakeside pottery classes") keeps its capital
    if not _is_plural_or_mass(_head(product), brief.kind) \
            and not re.match(r"(?i)(?:an?|the|our|my)\s", body):
        body = ("an " if body[:1].lower() in "aeiou" else "a ") + body
    if brief.kind == "service":
        verb = "offer"
    elif brief.kind == "digital":
        verb = "make"
    else:
        verb = "sell"
    if verb_s:
        verb += "s"
    return f"{subject} {verb} {body}."


def _body(brief: Brief) -> str:
    """The object of :func:`what_it_is`'s sentence ("oyster mushroom grow kits", "a tote")."""
    first = what_it_is(brief).rstrip(".")
    for verb in ("offers ", "offer ", "makes ", "make ", "sells ", "sell "):
        at = first.find(" " + verb)
        if at >= 0:
            return first[at + 1 + len(verb):]
    return ""


def what_it_is_variants(brief: Brief) -> list[str]:
    """What the business is, in a few wordings of ours: the first as :func:`what_it_is`, the
    others for a calendar that says it again, so no post repeats another's sentence."""
    first = what_it_is(brief)
    if not first:
        return []
    product = " ".join(brief.product.split()).rstrip(".")
    m = _NAMED.match(product)
    if m and m.group("name").split()[0].lower() not in _NOT_A_NAME \
            and m.group("name")[:1].isupper():
        name, what = m.group("name").strip(), m.group("what")
        what = what[:1].lower() + what[1:]
        return [first, f"{name}, in short: {what}.", f"A reminder of what {name} is: {what}."]
    body = _body(brief)
    if not body:
        return [first]
    noun = re.sub(r"(?i)^(?:an?|the)\s", "", body)
    solo = is_solo(brief)
    we, our = ("I", "my") if solo else ("we", "our")
    if brief.kind == "service":
        second = f"In short: {body}, that's what {we} do."
        third = f"What {we} offer, in a line: {body}."
    elif brief.kind == "digital":
        second = f"In short: {body}, that's what {we} make."
        third = f"What {we} make, in a line: {body}."
    else:
        second = f"In short: {body}, that's what {we} sell."
        third = f"What {we} sell, in a line: {body}."
    if brief.brand and not solo and brief.brand.lower() not in body.lower():
        third = f"{brief.brand}, in a line: {noun}."
    return [first, second, third]


#: what tells that a business already has customers to ask
CUSTOMER_SIGNS = ("reviews", "quotes", "community", "ambassadors")


def has_customers(brief: Brief) -> bool:
    """Whether the brief gives a sign of existing customers: reviews, customers' quotes, a
    community, ambassadors, a perk for existing customers or a referral reward."""
    facts = brief.facts
    return bool(any(getattr(facts, name) for name in CUSTOMER_SIGNS)
                or brief.customer_perk or brief.referral_reward)

