"""Rule checks on any calendar, generated or hand-edited (docs/funnel.md, docs/platforms.md).

Each finding names the post and the rule, so a reviewer can fix it in the TOML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.domain.brief import Brief
from planner.domain.calendar import Calendar, CalendarPost
from planner.domain.moments import commemorative_between
from planner.domain.platforms import (
    DISCLOSURE_TAGS,
    HASHTAG_RE,
    LINK_RE,
    Platform,
    load_platforms,
)
from planner.planning.critic import (
    FREE_SHIP_RE,
    REPOST_TACTICS,
    STRAY_NONE,
    calendar_findings,
    post_findings,
    repetition_findings,
    retold_facts,
    told_again,
    without_brief_words,
)
from planner.planning.overtold import overtold_findings
from planner.planning.wording import short_name
from planner.text.rules import PROMO_CODE

CODE_RE = re.compile(r"\b(?i:code|coupon|promo)[:\s]+([A-Z0-9][A-Z0-9_-]{2,})\b")
#: a code-shaped word anywhere in a caption (the one promo-code shape of text/rules.py)
BARE_CODE_RE = re.compile(rf"\b({PROMO_CODE})\b")
PERCENT_RE = re.compile(r"\b(\d{1,3})\s?%|\b(\d{1,3}) percent\b", re.IGNORECASE)
PRICE_RE = re.compile(r"[$£€]\s?\d[\d,.]*")
DEADLINE_RE = re.compile(
    r"\b(ends? (?:tonight|today|tomorrow|soon|on|at|this|sunday|monday|friday|midnight)|"
    r"today only|last chance|final (?:hours|day)|until (?:midnight|\w+ \d{1,2})|"
    r"expires?|hours? left|days? left|deadline)\b", re.IGNORECASE)
STOCK_RE = re.compile(
    r"\b(low stock|only \d+ left|few left|almost gone|selling (?:out|fast)|sold out|"
    r"limited stock|last (?:few|units)|while (?:stocks|supplies) last)\b", re.IGNORECASE)
REVIEW_RE = re.compile(r"\b(review|rate us|rating)\b", re.IGNORECASE)
REVIEW_ASK_RE = re.compile(
    r"\b(leave|write|post|drop|share|add)\b[^.!?\n]{0,40}\b(review|rating)\b|\brate us\b|"
    r"\breview us\b", re.IGNORECASE)
INCENTIVE_RE = re.compile(
    r"\b(discount|% off|free (?:gift|product|sample|\w+)|gift card|refund|coupon|code|"
    r"entry|entries|enters? you|enter to win|chance to win|giveaway|prize|draw|reward|rewarded|"
    r"in exchange|we'?ll send you|send you a|get a free)\b", re.IGNORECASE)
GATING_RE = re.compile(r"\b(not happy|unhappy|didn'?t love|not satisfied)\b[^.!\n]{0,60}"
                       r"(message|dm|email|contact|tell) us", re.IGNORECASE)
BROKEN_RE = re.compile(r"\S  +\S|\s[,.;:!?](?:\s|$)|" + STRAY_NONE + r"|\bundefined\b|:\s*·|\(\s*\)")
DATE_CLAIM_RE = re.compile(
    r"\b(?:ends?|until|till|through|expires?|by)\s+(?:\w+day,?\s+)?"
    r"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)",
    re.IGNORECASE)
POSITIVE_ONLY_RE = re.compile(
    r"\b(5[- ]star|five[- ]star|positive review|good review|glowing review|"
    r"only if you (?:love|liked?)|if you love(?:d)? (?:it|us)[^.!?\n]{0,30}review)\b", re.IGNORECASE)
DISCLOSURE_RE = re.compile(r"(#ad\b|#sponsored\b|paid partnership|sponsored\b|\bad\s*[|:·-])",
                           re.IGNORECASE)
MARKER_RE = re.compile(r"(#ad\b|#sponsored\b|paid partnership)", re.IGNORECASE)
CREATOR_TACTICS = {"micro-influencer collaboration", "influencer review", "influencer promo code"}
REPOST_RE = re.compile(r"\b(repost(?:ed|ing)?|regram|shared by|photo by|📸)", re.IGNORECASE)
CREDIT_RE = re.compile(r"(@\w+|📸|\bphoto by\b|\bcredit\b|\bby (?:one of )?our customers?\b|"
                       r"\bshared by\b|\bcustomer\b|(?:^|[”\"])\s*[—–]\s*\w)", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class Finding:
    post: int          # 1-based index in the calendar
    rule: str
    message: str
    date: str = ""
    platform: str = ""

    def line(self, source: str = "") -> str:
        if self.post == 0:
            where = "calendar"
        else:
            where = f"post {self.post}" + (f" ({self.date} {self.platform})" if self.date else "")
        prefix = f"{source}: " if source else ""
        return f"{prefix}{where}: {self.rule}: {self.message}"


#: words that say an offer is over: naming it then is no promotion
OFFER_OVER_RE = re.compile(r"(?i)\b(?:has (?:now )?(?:closed|ended)|is (?:now )?over|the end of our)\b")


def lint_calendar(cal: Calendar, brief: Brief | None, *,
                  platforms: dict[str, Platform] | None = None) -> list[Finding]:
    platforms = platforms or load_platforms()
    findings: list[Finding] = []
    holidays = commemorative_between(cal.start, cal.end, brief.country if brief else "")
    told, retold = told_again(brief), retold_facts(brief)
    for i, post in enumerate(cal.posts, start=1):
        problems = lint_post(post, brief, platforms, cal)
        problems += post_findings(post, brief, holidays)
        problems += repetition_findings(post, cal.posts[:i - 1], told, retold)
        for rule, message in problems:
            findings.append(Finding(i, rule, message, post.date.isoformat(), post.platform))
    # what the calendar as a whole tells over and over (planning/overtold.py), for a brief
    # that asks for no repeats (``no_repeats = true``)
    weeks = max(1, -(-((cal.end - cal.start).days + 1) // 7)) if cal.start and cal.end else 4
    strict = brief is not None and brief.facts.no_repeats
    for i, rule, message in overtold_findings(cal.posts, brief, weeks) if strict else ():
        post = cal.posts[i - 1]
        findings.append(Finding(i, rule, message, post.date.isoformat(), post.platform))
    findings.sort(key=lambda f: f.post)
    findings += [Finding(0, rule, message) for rule, message in calendar_findings(cal, brief)]
    return findings


def lint_post(post: CalendarPost, brief: Brief | None, platforms: dict[str, Platform],
              cal: Calendar | None = None) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    text = post.text
    full = post.full_text()
    #: the caption with the brief's own values masked: only the template's words are judged
    own_words = _without_brief_values(text, brief)
    plat = platforms.get(post.platform)
    if plat is None:
        out.append(("unknown-platform", f"{post.platform!r} is not a known platform"))
    else:
        n = plat.length(full)
        if n > plat.caption_limit:
            out.append(("caption-limit", f"caption is {n} characters as {plat.id} counts them; "
                                         f"the limit is {plat.caption_limit}"))
        tags = {t.lower() for t in post.hashtags} | {t.lower() for t in HASHTAG_RE.findall(text)}
        tags -= DISCLOSURE_TAGS
        if len(tags) > plat.max_hashtags:
            out.append(("hashtag-limit", f"{len(tags)} hashtags; {plat.id} allows at most "
                                         f"{plat.max_hashtags}"))
        urls = LINK_RE.findall(own_words)
        if urls and not plat.links_clickable:
            out.append(("link-not-clickable", f"links are not clickable on {plat.id}; "
                                              f"say \"{plat.link_hint}\" instead"))
        if plat.max_links is not None and len(urls) > plat.max_links:
            out.append(("link-limit", f"{len(urls)} links; {plat.id} allows {plat.max_links}"))
    if cal is not None and not (cal.start <= post.date <= cal.end):
        out.append(("outside-range", f"dated {post.date} but the calendar runs "
                                     f"{cal.start} to {cal.end}"))
    if not text.strip():
        out.append(("empty-caption", "the caption is empty"))
    elif BROKEN_RE.search(own_words):
        bad = BROKEN_RE.search(own_words).group(0)
        out.append(("broken-copy", f"caption has a gap or a stray value ({bad!r}): a brief field "
                                   "was empty or missing"))
    out += _offer_rules(post, brief)
    out += _review_rules(text)
    first_line = text.strip().splitlines()[0] if text.strip() else ""
    if post.tactic in CREATOR_TACTICS and not DISCLOSURE_RE.search(first_line):
        out.append(("disclosure", "a creator collaboration must open with #ad or "
                                  "\"Paid partnership\" in its first line"))
    elif MARKER_RE.search(text) and not DISCLOSURE_RE.search(first_line):
        out.append(("disclosure", "the #ad disclosure must be in the first line, not buried"))
    if post.tactic in REPOST_TACTICS or REPOST_RE.search(text):
        # the publisher asks first: the visual or the notes say so (a caption that talks
        # about permission reads as an internal note to the followers)
        if "permission" not in f"{text}\n{post.visual}\n{post.notes}".lower():
            out.append(("repost-permission", "a repost of customer content must note that "
                                             "its author's permission is needed, in the "
                                             "visual or the notes"))
        if not CREDIT_RE.search(text):
            out.append(("repost-credit", "a repost of customer content must credit its author"))
    return out


def _offer_rules(post: CalendarPost, brief: Brief | None) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    text = post.text
    offer = brief.offer if brief else None
    known_code = (offer.code.upper() if offer and offer.code else "")
    allowed = " ".join(filter(None, [
        offer.discount if offer else "", brief.referral_reward if brief else "",
        brief.customer_perk if brief else "", brief.description if brief else "",
        brief.product if brief else "",
        brief.free_shipping if brief and isinstance(brief.free_shipping, str) else "",
        *(_fact_texts(brief) if brief else ())])).lower()
    codes = {m.group(1).upper() for m in CODE_RE.finditer(text)}
    codes |= {m.group(1) for m in BARE_CODE_RE.finditer(text)}
    perk_codes = {c.upper() for c in re.findall(r"\b[A-Z0-9]{4,}\b", " ".join(
        filter(None, [brief.customer_perk if brief else "", brief.referral_reward if brief else ""])))}
    for code in sorted(codes):
        if code != known_code and code not in perk_codes and code.lower() not in allowed:
            out.append(("invented-offer", f"code {code} is not in the brief"))
    for m in PERCENT_RE.finditer(text):
        pct = (m.group(1) or m.group(2)) + "%"
        if pct not in allowed.replace(" %", "%") and f"{m.group(1) or m.group(2)} percent" not in allowed:
            out.append(("invented-offer", f"discount {pct} is not in the brief"))
    for m in PRICE_RE.finditer(text):
        if m.group(0).rstrip(".,").replace(" ", "").lower() not in allowed.replace(" ", ""):
            out.append(("invented-offer", f"price {m.group(0)} is not in the brief"))
    # the brief's own facts ("VAT returns filed at 11pm on the deadline") are not claims
    own = without_brief_words(text, brief) if brief else text
    if DEADLINE_RE.search(own) and not (offer and offer.ends) and not (brief and brief.giveaway_ends):
        out.append(("invented-deadline", f"deadline claim \"{DEADLINE_RE.search(own).group(0)}\" "
                                         "but the brief's offer has no end date"))
    if offer and offer.ends and (codes & {known_code} or (offer.discount and offer.discount.lower()
                                                           in text.lower())):
        # a thank-you may name the offer it thanks for ("Our GLOW15 offer has closed")
        over = post.date > offer.ends and OFFER_OVER_RE.search(text)
        if not over and (post.date > offer.ends or (offer.starts and post.date < offer.starts)):
            out.append(("offer-outside-window", f"promotes the offer on {post.date}, outside its "
                                                f"window (ends {offer.ends})"))
    if FREE_SHIP_RE.search(text) and not (brief and brief.free_shipping):
        out.append(("invented-offer", "free shipping is not in the brief"))
    ends = [d for d in (offer.ends if offer else None, brief.giveaway_ends if brief else None) if d]
    for m in DATE_CLAIM_RE.finditer(own):
        if not any(_same_day(m.group(1), d) for d in ends):
            out.append(("invented-deadline", f"deadline \"{m.group(0)}\" is not the brief's offer "
                                             "or giveaway end"))
    if STOCK_RE.search(own):
        out.append(("stock-claim", f"stock claim \"{STOCK_RE.search(own).group(0)}\" is not "
                                   "backed by the brief"))
    return out


def _fact_texts(brief: Brief) -> list[str]:
    """Every fact the brief states in words: a figure in one of them is the seller's own."""
    f = brief.facts
    return [*f.problems, *f.differentiators, *f.story, *f.tips, f.reviews,
            *(q.text for q in f.quotes), *(x.answer for x in f.faqs), *(x.question for x in f.faqs),
            f.launch.what if f.launch else "", *(e.title for e in f.events), f.ambassadors,
            f.community, brief.giveaway]


def _without_brief_values(text: str, brief: Brief | None) -> str:
    """The caption with the brief's own words masked: odd spacing there is the seller's, not a gap."""
    if brief is None:
        return text
    values = [brief.product, short_name(brief), brief.brand, brief.description, brief.audience,
              brief.referral_reward,
              brief.customer_perk, brief.giveaway,
              brief.free_shipping if isinstance(brief.free_shipping, str) else ""]
    for v in sorted(filter(None, values), key=len, reverse=True):
        text = text.replace(v, "X").replace(v[:1].upper() + v[1:], "X")
    return text


def _same_day(phrase: str, day) -> bool:
    words = phrase.replace(".", "").replace(",", "").split()
    num = next((w for w in words if w.isdigit()), "")
    month = next((w for w in words if not w.isdigit()), "")
    return num.isdigit() and int(num) == day.day and day.strftime("%B").lower().startswith(
        month.lower()[:3])


def _review_rules(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if not REVIEW_ASK_RE.search(text):
        return out
    for sentence in re.split(r"(?<=[.!?\n])\s+", text):
        if not REVIEW_RE.search(sentence):
            continue
        if INCENTIVE_RE.search(sentence):
            out.append(("review-incentive", "a review request must not offer anything in return "
                                            f"(\"{sentence.strip()[:60]}\")"))
            break
    if GATING_RE.search(text):
        out.append(("review-not-neutral", "a review request must go to every buyer: steering "
                                          "unhappy customers away from reviews is review gating"))
    if POSITIVE_ONLY_RE.search(text):
        out.append(("review-not-neutral", "a review request must be neutral, not ask for "
                                          "positive or 5-star reviews"))
    return out
