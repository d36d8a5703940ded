"""What is sold, finer than the brief's ``kind``: a course is no app, a printable pattern is
neither, and reviews kept on Google are not read at the shop's link."""

from __future__ import annotations

import re

from planner.domain.brief import Brief

#: words that say what kind of digital thing it is, by kind; the earliest in the product
#: line decides ("an app for Spanish lessons" is an app, "Spanish lessons online" a course)
_DIGITAL_WORDS = (
    ("course", r"courses?|class(?:es)?|programmes?|programs?|masterclass(?:es)?|lessons?|"
               r"bootcamps?|academy|cohorts?|tutorials?|school|training|curriculum|workshops?"),
    ("app", r"apps?|software|platform|saas|plugins?|extensions?|dashboard|api|tool|tools|"
            r"system|crm|widget"),
    ("download", r"templates?|e-?books?|patterns?|printables?|presets?|fonts?|pdfs?|"
                 r"planners?|worksheets?|luts?|sample packs?|stock photos?|downloads?"),
    ("membership", r"membership|memberships|community|club|subscription box"),
)
_DIGITAL_RE = re.compile("|".join(f"(?P<{name}>\\b(?:{words})\\b)" for name, words in _DIGITAL_WORDS),
                         re.IGNORECASE)
#: what each is called in a question about finding "things like ours"
DIGITAL_NOUNS = {"course": "courses", "app": "apps", "download": "downloads",
                 "membership": "memberships"}


_REVIEW_SITES = re.compile(
    r"(?i)\b(google|trustpilot|yelp|tripadvisor|facebook|amazon|etsy|ebay|feefo|reviews\.io|"
    r"judge\.me|checkatrade|houzz|g2|capterra|app store|google play|treatwell|fresha|airbnb|"
    r"booking\.com|product hunt|notonthehighstreet|bol\.com|zalando|mercado libre|shopee)\b")


def reviews_site(reviews: str, url: str) -> str:
    """The review site the brief's standing is on ("4.9 stars from 62 Google reviews" ->
    "Google"), unless the brief's link leads there; empty when the reviews are its own."""
    m = _REVIEW_SITES.search(reviews or "")
    if not m or m.group(1).lower().split()[0].split(".")[0] in (url or "").lower():
        return ""
    name = m.group(1)
    return name if any(c.isupper() for c in name) else name.title()


def digital_is(brief: Brief) -> str:
    """"course", "app", "download" or "membership" for a digital brief, by the first word of
    its product line (then its description) that says so, "course" when it is enrolled in;
    empty when the brief is not digital or does not say."""
    if brief.kind != "digital":
        return ""
    if brief.facts.action == "enrol":
        return "course"
    for text in (brief.product, brief.description):
        m = _DIGITAL_RE.search(text or "")
        if m:
            return next(name for name, value in m.groupdict().items() if value)
    return ""
