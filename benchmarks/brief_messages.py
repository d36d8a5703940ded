"""How well the chat reads what sellers type: per-field precision and recall over a
labelled set of seller messages (benchmarks/brief_messages/messages.jsonl).

Each item is one message or a sequence of messages sent to a fresh chat session through
``ChatSession.respond`` (the chat's own entry point, questions and all), and the brief
after the last message is compared with the fields the item says it should set. A field
the item does not name should stay empty. Per field:

- a true positive is a value set and equal to the expected one;
- a false positive is a value set where none was expected, or a wrong value;
- a false negative is an expected value not set, or set wrong.

Items carry a ``split``: "tuning" (the parser may be tuned on it) or "heldout" (never
looked at while tuning). The "m" items were written with the parser in view; their old
held-out items were tuned on once they had been scored. The "h" items (h001-h150) were
written on 2026-12-03 by someone who had read only the user docs, never the parser: they
first scored 0.80/0.82 (product), 0.94/0.78 (brand), 0.97/0.92 (platforms), 0.96/0.90
(cadence) and 0.89/0.89 (offer) precision/recall over all 150; h001-h075 then became
tuning items and h076-h150 stay held out (``--data`` scores another file of the same
form). A second blind set (h301-h450, another writer) followed; h301-h375 are tuning items
since 2026-12-03 and h376-h450 stay held out. ``--misses`` lists the misses of tuning items
only. The script reports; it never asserts.

The product is read by the rules and checked by the learned product reader
(``planner/brief/ranker.py``, trained on the tuning items only by
``models/brief_product/build.py``); ``--rules-only`` scores the rules alone and
``--model-alone`` the learned reader deciding alone. Scored once at commit 7bb7a0d, product
precision/recall: tuning (5-fold cross-validation grouped by item, ``build.py --cv``) rules
0.995/0.992, rules + model 0.995/0.992, model alone 0.958/0.815; held-out (225 items) rules
0.505/0.465, rules + model 0.502/0.475, model alone 0.500/0.382 (h601-h750: 0.41/0.38,
0.41/0.39, 0.46/0.34). The learned reader keeps what the rules get right and does not reach
new writers either (README, "h601"). A fourth blind set (g001-g150) first scored 0.49/0.46 on
product, 0.89/0.73 brand, 0.97/0.97 platforms, 0.84/0.82 cadence, 0.26/0.26 offer (README),
and 0.51/0.48, 0.90/0.78, 0.97/0.97, 0.91/0.90, 0.32/0.32 at commit 21ef5f8; having been
scored and reported, g001-g150 became tuning items on 2026-12-03. The held-out split is now
h076-h150, h376-h450, h601-h750 and k001-k150 (375 items): the k items, a fifth writer's, were
scored once at 21ef5f8 and after the g tuning (README, "k001"). A sixth writer's 150 items
(p001-p150, written on 2026-12-04 from the user docs only, with towns in 46 countries,
non-English messages and two- and three-message corrections) joined the held-out split
after one scoring at 102e9fa, repeated unchanged after the issue-14 corrections
(833dfdb): product 0.805/0.741, brand 0.941/0.828, platforms 0.910/0.892, cadence
0.824/0.801, offer 0.630/0.630, country 0.978/0.811 (README, "p001"). Having been scored
and looked at, p001-p150 became tuning items on 2026-12-04 (1,487 tuning items); the
held-out split was again h076-h150, h376-h450, h601-h750 and k001-k150 (375 items) until a
seventh writer's 150 items (q001-q150, written on 2026-12-04 from the user docs only: 69
countries, 25 non-English items, local marketplaces, corrections, hedges, kinds of post
added up) joined it (525 items). They were scored before and after the p tuning, never
looked at item by item (README, "q001"). Having been scored and reported, q001-q150 became
tuning items on 2026-12-04, and an eighth writer's 150 items (w001-w150, from the user docs
only, scored at d4e5cae and after the q tuning) took their place in the held-out split
(README, "w001").

On 2026-12-04 (issue 14: corrections a weekly user types, and classes of product and brand
misreads found in the tuning misses) tuning product went from 0.896/0.888 to 0.904/0.896 and
brand from 0.975/0.947 to 0.980/0.956; held-out product (0.632/0.594), brand (0.926/0.798),
offer (0.750/0.750) and country (0.779/0.813) did not move, platforms went from 0.936/0.936 to
0.942/0.942 and cadence from 0.867/0.815 to 0.876/0.824 (README, "Issue 14, 2026-12-04
(later)").

Products and discounts are compared with allowances (``product_matches``,
``discount_matches``; ``--strict`` turns them off), added on 2026-12-03 when the "g" items
became tuning items: a product may differ from a labelled one by an article ("a Notion
template bundle"), "&"/"+" for "and", a hyphen, a plural "s", a list ending with or without
"and", one leading describing word
more than the label ("handmade soy candles" for "soy candles", never one less) or a closing "for <whom>" ("an AI meeting notes tool
for law firms" / "AI meeting notes tool"), and keeps two words or more; an amount off is
compared by its amount, as the earlier writers labelled it ("15% off first order": "15% off").
With the reader of commit 21ef5f8 they moved held-out (225 items) product from 0.512/0.484
to 0.595/0.562 and offer from 0.545/0.545 to 0.636/0.636 (tuning, 1,337 items: product
0.861/0.847 to 0.882/0.868, offer 0.925/0.920 to 0.960/0.954). The brief does not keep a
discount's condition ("first order"): posts say "15% off", a gap the amount comparison
does not count.

The kind "product" is the brief's default: it counts as set only when the chat knows it
(the dialogue's ``kind_from``: said, or guessed from the product). The "h" items name it
whenever the product makes it obvious; the older "m" and "t" items name a kind only when it
is not "product", so for them a known "product" is not scored (``unscored``).

    python benchmarks/brief_messages.py [--misses] [--field product] [--rules-only | --model-alone]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "brief_messages" / "messages.jsonl"
#: the day the messages were "typed" (a Monday): "until Dec 14" is 2026-12-14; an item may
#: name its own ("today": h301-h375 were written on 2026-12-03, "til the 14th" is Dec 14)
TODAY = dt.date(2026, 11, 2)
FIELDS = ["product", "brand", "platforms", "cadence", "offer", "sells_on", "kind", "audience",
          "tone", "url", "hashtag", "referral_reward", "free_shipping", "country"]
#: the fields the issue sets a 0.95 bar for
KEY_FIELDS = ["product", "brand", "platforms", "cadence", "offer"]


def load(path: Path = DATA) -> list[dict]:
    """The labelled items, one JSON object a line."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ---- what the brief says ----------------------------------------------------------------

def predicted(session, replies: list[str]) -> dict:
    """The brief's fields as the benchmark compares them (None: not set)."""
    brief = session.brief
    dialogue = session.dialogue
    said_cadence = any(re.search(r"posts per week: |cadence: ", r) for r in replies)
    if brief.cadence:
        cadence = dict(brief.cadence)
    elif brief.posts_per_week != 5 or said_cadence:
        cadence = brief.posts_per_week
    else:
        cadence = None
    platforms_said = dialogue is not None and dialogue.platforms_said
    # "product" is the brief's default kind: it counts as set when the chat knows it (said,
    # or guessed from the product: candles are goods), not when it is only the default
    kind_known = dialogue is not None and bool(getattr(dialogue, "kind_from", ""))
    offer = None
    if brief.offer is not None:
        offer = {k: v for k, v in (("code", brief.offer.code), ("discount", brief.offer.discount),
                                   ("starts", brief.offer.starts.isoformat() if brief.offer.starts else ""),
                                   ("ends", brief.offer.ends.isoformat() if brief.offer.ends else ""))
                 if v}
        offer = offer or None
    return {
        "product": brief.product or None,
        "brand": brief.brand or None,
        "platforms": list(brief.platforms) if (brief.platforms != ["instagram"] or platforms_said) else None,
        "cadence": cadence,
        "offer": offer,
        "sells_on": list(brief.sells_on) or None,
        "kind": brief.kind if brief.kind != "product" or kind_known else None,
        "audience": brief.audience or None,
        "tone": brief.tone or None,
        "url": brief.url or None,
        "hashtag": brief.hashtag or None,
        "referral_reward": brief.referral_reward or None,
        "free_shipping": (brief.free_shipping if isinstance(brief.free_shipping, str)
                          else ("yes" if brief.free_shipping else None)),
        "country": brief.country or None,
    }


# ---- comparing ----------------------------------------------------------------------------

def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", str(text)).lower()
    text = re.sub(r"\s+", " ", text).strip(" .,!;:-")
    return text


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w'+-]+", norm(text)))


def _alternatives(expected) -> list[str]:
    return expected if isinstance(expected, list) else [expected]


#: words a product phrase may begin with that say nothing about what it is
_ARTICLES = re.compile(r"^(?:a|an|the|our|my|some)\s+")
#: words that join or bound phrases: a leading word more or less is never one of them
_JOINERS = {"and", "or", "of", "for", "with", "in", "on", "al", "de", "la", "the", "a", "an"}
#: a verb left on the front of a reading is a reading cut too long ("resell jordans and dunks")
_VERBS = {"sell", "resell", "make", "do", "offer", "run", "build", "provide", "selling", "making",
          "offering", "doing", "running", "building", "providing", "import", "export", "ship"}


def _product_words(text: str) -> list[str]:
    """A product phrase as compared: lower case, no leading article, "&" and "+" read as
    "and", hyphens as spaces, each word without a plural "s"."""
    text = _ARTICLES.sub("", norm(text))
    text = re.sub(r"\s*[&+]\s*", " and ", text).replace("-", " ")
    words = re.findall(r"[\w']+", text)
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]


def _without_for(words: list[str]) -> list[str]:
    """The phrase without a closing "for <whom>" ("app for restaurants": "app")."""
    if "for" in words[1:]:
        return words[:len(words) - 1 - words[::-1].index("for")]
    return words


def product_matches(expected: str, got: str, strict: bool = False) -> bool:
    """Whether ``got`` names the product ``expected`` names. Strict: equal but for case,
    spaces and end punctuation. Otherwise also equal but for an article ("a Notion template
    bundle"), "&"/"+" for "and", a hyphen for a space, a plural "s", a list's last item with or
    without "and" ("cakes, cupcakes, cookies"); one leading describing
    word more than the label, never less ("handmade soy candles" for "soy candles", not "meal
    plans" for "vegan meal plans"); a closing "for <whom>" more or less ("an AI meeting notes tool for law firms" / "AI meeting notes tool"). What is left
    must keep two words or more, so "beans" is never "specialty coffee beans"."""
    if norm(expected) == norm(got):
        return True
    if strict:
        return False
    a, b = _product_words(expected), _product_words(got)
    if "," in expected + got:  # a list: "gel manicures, nail art, extensions" / "…, nail art and extensions"
        a, b = [w for w in a if w != "and"], [w for w in b if w != "and"]
    if a == b:
        return True
    for x, y in ((a, b), (_without_for(a), b), (a, _without_for(b)), (_without_for(a), _without_for(b))):
        if x == y and len(x) >= 2:
            return True
        # the reading may say one describing word more than the label, never one less:
        # "handmade soy candles" for "soy candles", not "meal plans" for "vegan meal plans"
        if (len(y) == len(x) + 1 and len(x) >= 2 and y[1:] == x
                and y[0] not in _JOINERS and y[0] not in _VERBS):
            return True
    return False


_AMOUNT_OFF = re.compile(r"^((?:[$£€¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:%|percent|[$£€¥]|dollars|pounds|euros))\s+off)\b")


def discount_matches(expected: str, got: str, strict: bool = False) -> bool:
    """Whether two discounts agree. Strict: equal. Otherwise an amount off ("15% off",
    "$20 off") is compared by its amount: the writers of the "m", "t", "h" (to h510) and
    "v" items labelled "15% off first order" as "15% off", the "g" and h601-h750 writers as
    "15% off first order", and the brief keeps the amount (the goods are its product); a
    currency symbol after the amount is the same amount as one before it ("10€ off", "€10 off")."""
    if norm(expected) == norm(got):
        return True
    if strict:
        return False
    a, b = _AMOUNT_OFF.match(norm(expected)), _AMOUNT_OFF.match(norm(got))
    return bool(a and b and _amount(a.group(1)) == _amount(b.group(1)))


def _amount(off: str) -> str:
    """An amount off as compared: no spaces, a currency symbol before the number ("10€ off"
    and "€10 off" are one amount)."""
    off = off.replace(" ", "")
    m = re.fullmatch(r"(\d[\d.,]*)([$£€¥])off", off)
    return f"{m.group(2)}{m.group(1)}off" if m else off


#: --strict: compare products and discounts as written, without the allowances above
STRICT = False


def matches(field: str, expected, got) -> bool:
    """Whether ``got`` is an acceptable value for ``expected``."""
    if field == "product":
        return any(product_matches(alt, got, STRICT) for alt in _alternatives(expected))
    if field in ("brand", "kind", "hashtag", "country", "free_shipping"):
        return any(norm(alt) == norm(got) for alt in _alternatives(expected))
    if field in ("audience", "tone", "referral_reward"):
        for alt in _alternatives(expected):
            a, b = _words(alt), _words(got)
            if norm(alt) == norm(got) or (a and len(a & b) / len(a | b) >= 0.6):
                return True
        return False
    if field in ("platforms", "sells_on"):
        return set(expected) == set(got)
    if field == "url":
        def bare(u: str) -> str:
            return re.sub(r"^(?:https?://)?(?:www\.)?", "", u.lower()).rstrip("/")
        return bare(expected) == bare(got)
    if field == "offer":
        # a start date counts where the labeller wrote one (items before h301 never did)
        keys = (set(expected) | set(got)) - ({"starts"} - set(expected))
        return all(discount_matches(expected.get(k, ""), got.get(k, ""), STRICT) if k == "discount"
                   else norm(expected.get(k, "")) == norm(got.get(k, "")) for k in keys)
    if field == "cadence" and isinstance(expected, int) and isinstance(got, dict):
        return sum(got.values()) == expected  # a total stands for posts split by platform
    return expected == got


def run(items: list[dict]) -> list[tuple[dict, dict, list[str]]]:
    """Each item through a fresh chat session: (item, predicted fields, replies)."""
    from planner.chat.session import ChatSession

    out = []
    for item in items:
        session = ChatSession()
        session.today = dt.date.fromisoformat(item["today"]) if item.get("today") else TODAY
        replies = [session.respond(message).text for message in item["messages"]]
        out.append((item, predicted(session, replies), replies))
    return out


#: items written before the "h" set name a kind only when it is not "product" (then the
#: brief's default, never said): for them a "product" the chat knows is neither right nor wrong
KIND_UNNAMED_WHEN_PRODUCT = ("m", "t")


def unscored(item: dict, field: str, value) -> bool:
    """Whether ``value`` is left out of the count: "product" for an item that, by its
    labelling, leaves the default kind unnamed."""
    return (field == "kind" and value == "product" and item["expect"].get("kind") is None
            and item["id"].startswith(KIND_UNNAMED_WHEN_PRODUCT))


def score(results, split: str) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "n": 0})
    for item, got, _replies in results:
        if item["split"] != split:
            continue
        for field in FIELDS:
            expected = item["expect"].get(field)
            value = got[field]
            if unscored(item, field, value):
                value = None
            c = counts[field]
            if expected is not None:
                c["n"] += 1
            if expected is None and value is None:
                continue
            if expected is None:
                c["fp"] += 1
            elif value is None:
                c["fn"] += 1
            elif matches(field, expected, value):
                c["tp"] += 1
            else:
                c["fp"] += 1
                c["fn"] += 1
    return counts


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def table(counts: dict[str, dict[str, int]], title: str, items: int) -> str:
    lines = [f"{title} ({items} items)", f"  {'field':<16}{'precision':>10}{'recall':>8}"
             f"{'expected':>10}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for field in FIELDS:
        c = counts[field]
        mark = " *" if field in KEY_FIELDS else ""
        lines.append(f"  {field:<16}{_ratio(c['tp'], c['tp'] + c['fp']):>10}"
                     f"{_ratio(c['tp'], c['tp'] + c['fn']):>8}{c['n']:>10}{c['tp']:>5}"
                     f"{c['fp']:>5}{c['fn']:>5}{mark}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true",
                        help="list the misses of every tuning item (never a held-out one's)")
    parser.add_argument("--field", help="only list misses of this field")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--rules-only", action="store_true",
                        help="read with the hand-written rules alone, the learned product reader off")
    parser.add_argument("--model-alone", action="store_true",
                        help="the learned product reader decides the product alone (for comparison)")
    parser.add_argument("--strict", action="store_true",
                        help="compare products and discounts as written (no allowance for articles, "
                             "plurals, a leading describing word, a closing 'for …', a discount's goods)")
    args = parser.parse_args(argv)
    global STRICT
    STRICT = args.strict
    if args.rules_only:
        os.environ["PLANNER_BRIEF_RULES_ONLY"] = "1"
    # the chat autosaves after every change: keep it away from the user's own files
    os.environ["PLANNER_HOME"] = tempfile.mkdtemp(prefix="planner-bench-")
    items = load(args.data)
    if args.model_alone:
        from planner.brief import ranker

        with ranker.use(ranker.alone()):
            results = run(items)
    else:
        results = run(items)
    print("reader: " + ("the rules alone (--rules-only)" if args.rules_only else
                        "the learned product reader alone for the product (--model-alone)"
                        if args.model_alone else
                        "the rules + the learned product reader (models/brief_product)"))
    for split in ("tuning", "heldout"):
        n = sum(item["split"] == split for item in items)
        if n or split == "tuning":
            print(table(score(results, split), f"{split}", n))
            print()
    print("* fields held to 0.95 precision and recall on the held-out split")
    if args.misses:
        print("\nMisses (every tuning item):")
        for item, got, replies in results:
            if item["split"] != "tuning":
                continue
            for field in FIELDS:
                if args.field and field != args.field:
                    continue
                expected, value = item["expect"].get(field), got[field]
                if unscored(item, field, value):
                    value = None
                if expected is None and value is None:
                    continue
                if expected is not None and value is not None and matches(field, expected, value):
                    continue
                print(f"  {item['id']} {field}: expected {expected!r}, got {value!r}")
                print(f"      {' ⏎ '.join(item['messages'])[:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
