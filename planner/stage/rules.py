"""The labelling rules layer: docs/labelling.md's decision order as high-precision keyword
rules, put in front of the stage model.

Each rule is a regular expression for one signal of docs/labelling.md (a review or
share ask, a follow-to-enter giveaway, a support reply, a buy call or a text-to-shortcode,
specs or a webinar). A post is given the stage of the first rule group that fires, in the
decision order (advocacy, then the one awareness rule, loyalty, conversion, consideration);
the model decides the rest, and all other awareness. Chosen by leave-one-source-out on the real development set
(benchmarks/real_posts.py): rules in front of the model beat the model alone and a
combination learnt from the rules (see models/MODEL_CARD.md).

The layer works on probabilities, so both classifier paths (compiled and spaCy +
scikit-learn) go through the same function (:meth:`RuleLayer.apply`):

* the model's probabilities are first prior-corrected: each stage's probability is
  multiplied by the model's ``prior_weights`` (advocacy is rarer in real brand posts than
  in the balanced training mix) and renormalised;
* where a rule fires, the post's probabilities become ``weight`` on the rule's stage
  plus ``1 - weight`` times the model's: with ``weight`` over 0.5 the rule's stage wins,
  and the model still says how sure it was.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

from planner.domain.funnel import STAGES
from planner.errors import PlannerError
from planner.stage.rulesearch import lazy, lowered_search, lowers_plainly, plain_char, plain_scan

__all__ = ["ORDER", "RULES", "TRIGGERS", "MAX_RULE_CHARS", "WORDS", "RuleLayer", "compiled_rules",
           "fingerprint", "lowers_plainly", "plain_char", "rule_hits", "rule_stage"]

#: the order rule groups are tried in (docs/labelling.md). Awareness, the stage of posts
#: where no other question is answered yes, has one rule, tie-breaker 4's giveaway entered by
#: following, liking or tagging: it is tried right after advocacy (whose photo-posting
#: giveaways go first), so a giveaway's small print ('contacted by DM', 'entries close at
#: midnight') does not make it loyalty or conversion
ORDER = ("advocacy", "awareness", "loyalty", "conversion", "consideration")

#: a giveaway, and its entry by a follow, a like, a tag, a comment or a retweet (within 600
#: characters of each other, in either order)
_GIVEAWAY = (r"(giveaway|give away|giving away|competition|contest|(chance|enter) to win|up for grabs|prize draw"
             r"|win (a|an|the|this|one|our|\d))")
_ENTRY = (r"(follow (us|@\w+|our|both|all|the)|like (this|the|our) (post|photo|video|tweet)"
          r"|(tag|mention) (a|your|\d|one|two|three|some|the) (\w+ )?(friends?|mates?|bestie|person|people|someone)"
          r"|tag (below|them|someone)|(comment|tell us) below|in the comments|retweet)")

#: after 'sign up': to be kept informed or for news is no purchase (docs/labelling.md: newsletter
#: sign-ups are labelled by what they contain)
_NOT_TO_BE_INFORMED = (r"(?! to (be |get |stay |keep )?(kept )?(informed|updated|notified|posted|in the loop)\b"
                       r"| for (updates|news|alerts|email updates|(our|the) newsletter)\b)")

#: (name, stage, pattern); matched case-insensitively unless the pattern says ``(?-i:...)``
RULES: tuple[tuple[str, str, str], ...] = (
    # 1. advocacy: an existing customer or supporter is asked to bring in others or speak up
    ("review_ask", "advocacy",
     r"\b(leave|write|post|drop|give)\s+(us\s+)?an?\s+(\w+\s+)?review|\breview us\b|\brate us\b"),
    ("referral", "advocacy",
     r"\brefer(ral|ring)?\b.{0,30}\bfriends?\b|\b(invite|tell|encourage|challenge|get) (a |your )?"
     r"(friends?|family|loved ones)( and family)? (to|about)\b|\bchallenge a friend\b"),
    ("tag_us", "advocacy", r"\btag us\b|\b(tag|mention) @\w+ (in|on|with)\b"),
    ("share_ask", "advocacy",
     r"\bplease (share|retweet|rt)\b|\b(like|comment|retweet|rt),? (and|&|or) share\b"
     r"|(?<!excited to )(?<!happy to )(?<!proud to )(?<!pleased to )(?<!thrilled to )(?<!delighted to )"
     r"(?<!glad to )\bshare (this|these|our|the) (\w+ )?(post|posts|video|story|stories|message|images?|blog"
     r"|vision|petition|challenges?|actions?|news)\b"
     r"|\bshare (it |this |these )?with (your |anyone |all )?(friends|family|followers|network"
     r"|loved ones|colleagues|anyone|everyone)\b"
     r"|\bshare (your|their) (own )?(story|stories|experiences?|photos?|pics?|moments?|tips|journey)\b"
     r"|(?<!helping )(?<!for )\bspread(ing)? the word\b|\bmake your voice heard\b|\badvocate with us\b"),
    ("ugc_ask", "advocacy",
     r"\bshow us (your|how|where)\b|\bsend us (your )?(pics|photos|videos)\b"
     r"|\bpost (a|your) (photo|pic|video|selfie)\b|\bget featured\b"
     r"|\b(share|post|upload)\b[^.!?\n]{0,40}\byour\b[^.!?\n]{0,30}\b(videos?|photos?|pics?|selfies?)\b"),
    ("ambassador", "advocacy",  # recruiting them; a luxury house's celebrity face is no ask
     r"(?<!house )(?<!global )\bambassadors?\b|\baffiliate program"),
    ("public_action", "advocacy",
     r"\btweet ?(storm|@\w+|#\w+)|\b(tag|tagging) (@\w+|us)\b.{0,40}\b(and|using|with) #\w+"),
    # awareness (docs/labelling.md tie-breaker 4): a giveaway entered by following, liking or tagging
    ("follow_giveaway", "awareness",
     rf"\b{_GIVEAWAY}\b(?=[\s\S]{{0,600}}?\b{_ENTRY}\b)|\b{_ENTRY}\b(?=[\s\S]{{0,600}}?\b{_GIVEAWAY}\b)"),
    # 2. loyalty: written for existing customers, members or subscribers
    ("reply_support", "loyalty",
     r"^\W*@\w+\b.{0,80}\b(sorry|help|dm|please|thanks|thank you|we'?d|we'?re|let us know"
     r"|could you|can you|hi|hello|hey)\b"),
    ("dm_us", "loyalty", r"\b(dm|direct message|private message)( us| me)?\b"
     r"|\bsend us an? (dm|email|message|note)\b"),
    ("apology", "loyalty",
     r"\bsorry (to hear|for|about|you)\b|\bwe('re| are) (so |very |really )?sorry\b|\bapologi[sz]e"),
    ("here_to_help", "loyalty",
     r"\b(we'?re|we are|happy|glad) (here |happy |glad )?to (help|assist)\b|\breach out to (us|our)\b"),
    ("thanks_customer", "loyalty",
     r"\bthanks? (you )?for (reaching out|contacting|your (order|purchase|support|patience"
     r"|feedback|custom|loyalty))"),
    ("your_account", "loyalty",
     r"(?<!open )(?<!opening )(?<!create )(?<!complete )\byour (order|account|subscription|purchase|delivery|membership|booking|bill|statement"
     r"|warranty|(user'?s )?manual|device|(\w+ )?settings)\b"),
    ("troubleshoot", "loyalty",
     r"\btroubleshoot|\b(restart|reinstall|reboot|clear (the |your )?cache|log out and)\b"),
    ("members", "loyalty",
     r"\bmembers?[- ]only\b|\bearly access\b|\bloyalty (points|program|card)\b|\bvalued customer\b"
     r"|\bdear (customer|subscriber|member|voucher holder)\b|\b(rewards?|loyalty) members\b"),
    ("feedback", "loyalty",  # asked for, not a survey cited as evidence ('a 2022 survey found')
     r"\bfeedback\b|(?<!\d{4} )(?<![-/])\bsurvey\b(?!,? (of|conducted|by|found|finds|shows|showed|says|said"
     r"|data|results)\b|, \w+, \d{4})"),
    ("thanks_all", "loyalty", r"\bthank you to (all|everyone|our)\b"),
    ("footer", "loyalty", r"\bunsubscribe\b|\ball rights reserved\b"),
    ("replacement_part", "loyalty", r"\breplacement parts?\b"),
    # 3. conversion: pushes a purchase now (for a cause: a donation, pledge or sign-up)
    ("buy_call", "conversion",
     r"(?<!how to )\b(shop|buy|order|book|subscribe|enrol+|register|sign up|donate|claim|grab|get|reserve"
     r"|pre-?order) (it |yours |now|today|here|online|your (seat|spot|tickets?|copy|place))"),
    ("buy_now", "conversion",
     r"\b(shop|buy|order) now\b|\bavailable now\b|\bon sale\b|\bin stores? (now|today)\b"),
    ("discount", "conversion",
     r"\b\d+\s?% off\b|\bhalf price\b|\b(promo|discount|coupon|voucher) code\b|\buse code\b"
     r"|\bcode (?-i:[A-Z0-9]{4,})\b|\bsale\b|\bfree (shipping|delivery|trial)\b"
     r"|\bbuy (one|two|\d+),? get\b"),
    ("urgency", "conversion",
     r"\b(limited time|ends (today|tonight|soon|sunday|midnight)|last chance|while stocks? last"
     r"|today only|only \d+ left|hurry)\b"),
    ("sms_keyword", "conversion",
     r"(?-i:\b([Tt]xt|[Tt]ext|[Rr]eply|[Ss]end|TXT|TEXT|REPLY|SEND) [A-Z0-9]{2,}\b)"),
    ("sms_shortcode", "conversion", r"\b(txt|text|reply|send|sms)\b.{0,25}\bto \d{4,6}\b"),
    ("premium_number", "conversion", r"\bcall\b.{0,30}\b0\d{9,10}\b|\b09\d{8,9}\b"),
    ("prize", "conversion",
     r"\b(you('ve| have)|u have|u've) (won|been (selected|awarded|chosen))\b"
     r"|\b(win|won)\b.{0,40}\b(prize|cash|£|\$)|\bto claim\b|\bprize\b"),
    ("donate", "conversion",
     r"\bdonate\b|\bmake a (donation|gift)\b|\bsign (the|our) (petition|pledge)\b"),
    ("signup", "conversion", r"\b(sign up|register|enrol+)\b(?! ?ed)" + _NOT_TO_BE_INFORMED + r"|\bjoin (now|today)\b"),
    ("tickets", "conversion", r"\btickets?\b"),
    ("price", "conversion",
     r"\b(only|just|from|for|at)\s[£$€]\s?\d|[£$€]\s?\d+(\.\d\d)?\s?(/|per|a|each)\s?"
     r"(mo|month|wk|week|year|yr|person|night)\b|\d+p\b/?(msg|min|txt|pm)?"),
    ("shop_link", "conversion",
     r"\b(tap|click|hit) (the )?(link|here)\b.{0,30}\b(shop|buy|order|book)\b"
     r"|\bshop (all|our|my|the|now|online)\b|\b(back|now) in stock\b"
     r"|\bavailable (on|at) (amazon|etsy|\w+\.com)|\bout now\b|\bnow online\b|\bget (yours|your (hands on|\w+\b(?! on\b)))"
     r"|\b(get|shop|steal|buy) (the|her|his|their|this) look\b"
     r"|\bfind yours\b|\bsave your (spot|seat|place)\b|\bto (book|order)\b,? (email|call|dm|visit|click)"),
    ("try_programme", "conversion",
     r"\b(try|join|take|start|subscribe to) (one of )?our (free )?(\d+[- ]day )?(\w+ )?"
     r"(challenges?|program(me)?|trial|course)\b|\bsign[- ]up" + _NOT_TO_BE_INFORMED + r" (for|to|here|now|today)\b"
     r"|\bdonations? (can|to|are)\b|\bby donating\b|\bsupport (the effort|us) (at|by|here|today)\b"),
    ("near_you", "conversion",
     r"\bnear you\b|\bat (a|your) (local )?\w+ (store|restaurant|location)\b"),
    # 4. consideration: helps someone who knows the brand decide
    ("specs", "consideration",
     r"\bmade (of|with|from|in)\b|\bdimensions?\b|\bmeasures?\b|\bmaterials?\b|\bcompatible with\b"
     r"|\b\d+(\.\d+)?\s?(\"|”|inch(es)?|cm|mm|oz|lbs?|ml|kg|ft)\b|\b(batteries|battery)\b"
     r"|\bages? \d+\s?(\+|and up)"),
    ("product_feature", "consideration",
     r"\b(features?|includes?|included|durable|waterproof|lightweight|high[- ]quality|premium quality"
     r"|easy to (use|clean|install|assemble|carry)|perfect (for|gift)|ideal for|great for"
     r"|suitable for|designed (for|to))\b"),
    ("how_it_works", "consideration",
     r"\bhow (it|to) (works?|use)\b|\btutorial\b|\bdemo\b|\bfaq\b|\bcompare|\bcomparison\b"
     r"|\bspecs?\b|\bunboxing\b|\bingredients?\b|\bbehind the scenes\b"),
    ("proof", "consideration", r"\breviews\b|\brated\b|\b\d stars?\b|\btestimonials?\b|\b5-star\b"),
    ("webinar", "consideration", r"\bwebinar|\bworkshop\b|\bask us anything\b|\bq ?& ?a\b"),
)

#: When each rule is worth searching for (the regular expressions are slow; the words of a
#: post, its runs of a-z once lower-cased, are found once). A rule is searched for when one
#: of its triggers holds: "a b ~s | c d" holds when the post has the word a or b or the
#: substring s, and (after "|") the word c or d. Every match of a rule satisfies a trigger
#: (tests/test_stage_rules.py holds them to the unfiltered search).
TRIGGERS: dict[str, tuple[str, ...]] = {
    "review_ask": ('review', 'rate | us',),
    "referral": (
        'refer referral referring | friend friends',
        'friend friends family loved | invite tell encourage challenge get',
    ),
    "tag_us": ('tag mention',),
    "share_ask": (
        'share',
        'please | retweet rt',
        'spread spreading | word',
        'voice | heard',
        'advocate | us',
    ),
    "ugc_ask": ('show send | us', 'post | photo pic video selfie', 'featured | get',
                'share post upload | video videos photo photos pic pics selfie selfies'),
    "ambassador": ('ambassador ambassadors affiliate',),
    "public_action": ('tweet tweetstorm tag tagging',),
    "follow_giveaway": (
        'giveaway give giving competition contest win grabs draw | follow like tag mention comment comments below retweet',
    ),
    "reply_support": ('~@',),
    "dm_us": ('dm', 'direct private | message', 'send | dm email message note',),
    "apology": ('sorry ~apologi',),
    "here_to_help": ('help assist | to', 'reach | out',),
    "thanks_customer": ('thanks thank | for',),
    "your_account": (
        'your | order account subscription purchase delivery membership booking bill statement warranty manual device settings',
    ),
    "troubleshoot": ('restart reinstall reboot cache ~troubleshoot', 'log | out',),
    "members": (
        'member members | only',
        'early | access',
        'loyalty',
        'valued | customer',
        'dear | customer subscriber member voucher',
        'reward rewards | members',
    ),
    "feedback": ('feedback survey',),
    "thanks_all": ('thank | to',),
    "footer": ('unsubscribe', 'reserved | rights',),
    "replacement_part": ('replacement',),
    "buy_call": (
        'shop buy order book subscribe register sign donate claim grab get reserve pre preorder ~enrol | it yours now today here online your',
    ),
    "buy_now": ('shop buy order available | now', 'sale | on', 'store stores | in',),
    "discount": (
        'half | price',
        'code sale',
        'free | shipping delivery trial',
        'buy | get',
        '~% | off',
    ),
    "urgency": (
        'limited | time',
        'ends | today tonight soon sunday midnight',
        'last | chance',
        'while | stock stocks',
        'today | only',
        'only | left',
        'hurry',
    ),
    "sms_keyword": ('txt text reply send',),
    "sms_shortcode": ('txt text reply send sms | to',),
    "premium_number": ('call ~09',),
    "prize": ('won been win claim prize',),
    "donate": ('donate', 'donation gift | make', 'sign | petition pledge',),
    "signup": ('sign | up', 'register ~enrol', 'join | now today',),
    "tickets": ('ticket tickets',),
    "price": ('~£ ~$ ~€ ~0p ~1p ~2p ~3p ~4p ~5p ~6p ~7p ~8p ~9p',),
    "shop_link": (
        'tap click hit | shop buy order book',
        'shop | all our my the now online',
        'stock | back now',
        'available | on at',
        'out now | now online',
        'get | yours your',
        'get shop steal buy | look',
        'find | yours',
        'save | your',
        'book order | email call dm visit click',
    ),
    "try_programme": (
        'try join take start subscribe | our',
        'sign | up',
        'donation donations | can to are',
        'donating | by',
        'support | effort us',
    ),
    "near_you": ('near | you', 'store restaurant location | at',),
    "specs": (
        'made | of with from in',
        'dimension dimensions measure measures material materials compatible inch inches cm mm oz lb lbs ml kg ft batteries battery age ages ~" ~”',
    ),
    "product_feature": (
        'feature features include includes included durable waterproof lightweight suitable designed',
        'high premium | quality',
        'easy | use clean install assemble carry',
        'perfect | for gift',
        'ideal great | for',
    ),
    "how_it_works": (
        'how | works work use',
        'tutorial demo faq comparison spec specs unboxing ingredient ingredients behind ~compare',
    ),
    "proof": ('reviews rated star stars testimonial testimonials',),
    "webinar": ('workshop ~webinar', 'anything | ask', 'q | a',),
}

#: the characters of a post the rules read (a longer post is cut at this length)
MAX_RULE_CHARS = _MAX_CHARS = 10_000

#: the words of a lower-cased post, as the triggers read them: its runs of a-z
WORDS = _WORDS = re.compile(r"[a-z]+").findall


#: a parsed trigger: (words, substrings, words one of which must also be there, or None)
Trigger = tuple[frozenset[str], tuple[str, ...], frozenset[str] | None]


def _trigger(spec: str) -> Trigger:
    first, _bar, then = spec.partition("|")
    parts = first.split()
    return (frozenset(p for p in parts if not p.startswith("~")),
            tuple(p[1:] for p in parts if p.startswith("~")),
            frozenset(then.split()) if then.strip() else None)


def _ignoring_case(pattern: str):
    """The pattern's case-insensitive search (compiled on first use)."""
    return lazy(lambda: re.compile(pattern, re.IGNORECASE).search)


def _compile():
    """The rules in decision order, with their triggers, and an index from each trigger word
    and substring to the rules it may start."""
    if set(TRIGGERS) != {name for name, _s, _p in RULES}:
        raise RuntimeError("every rule needs its triggers, and only rules have them")
    rules = []
    for stage in ORDER:
        for name, s, pattern in RULES:
            if s == stage:
                rules.append((name, stage, _ignoring_case(pattern),
                              lowered_search(pattern), plain_scan(pattern),
                              tuple(_trigger(t) for t in TRIGGERS[name])))
    by_word: dict[str, set[int]] = {}
    by_sub: dict[str, set[int]] = {}
    for i, (_name, _stage, _pattern, _fast, _scan, triggers) in enumerate(rules):
        for keys, subs, _then in triggers:
            for k in keys:
                by_word.setdefault(k, set()).add(i)
            for s in subs:
                by_sub.setdefault(s, set()).add(i)
    return rules, by_word, tuple(by_sub.items()), frozenset(by_word)


def _triggered(triggers: tuple[Trigger, ...], words: set[str], lower: str) -> bool:
    for keys, subs, then in triggers:
        if (not words.isdisjoint(keys) or any(s in lower for s in subs)) \
                and (then is None or not words.isdisjoint(then)):
            return True
    return False


_RULES, _BY_WORD, _BY_SUB, _KEYS = _compile()


def compiled_rules() -> list[tuple[str, str, object, object, tuple[Trigger, ...]]]:
    """The rules in the decision order as ``rule_stage`` searches them: (name, stage, the
    search of a post's text, ``scan(text, lower)`` for a post that :func:`lowers_plainly`,
    true exactly when that search finds a match (or None), the parsed triggers)."""
    return [(name, stage, search, scan, triggers)
            for name, stage, search, _fast, scan, triggers in _RULES]


def fingerprint() -> str:
    """The SHA-256 of the rules (names, stages, patterns, triggers, order): recorded in a
    model's metadata."""
    h = hashlib.sha256()
    for part in (*ORDER, *(f"{n}\t{s}\t{p}\t{TRIGGERS[n]}"
                           for n, s, p in RULES)):
        h.update(part.encode("utf-8") + b"\n")
    return h.hexdigest()


def _fired(text: str, first_only: bool):
    """(name, stage, match) of the rules that fire on ``text``, in the decision order."""
    text = text[:_MAX_CHARS]
    lower = text.lower()
    words = set(_WORDS(lower))
    candidates: set[int] = set()
    for w in words & _KEYS:
        candidates |= _BY_WORD[w]
    for sub, rules in _BY_SUB:
        if sub in lower:
            candidates |= rules
    plain = lowers_plainly(text) if candidates else False
    for i in sorted(candidates):
        name, stage, search, fast, scan, triggers = _RULES[i]
        if not _triggered(triggers, words, lower):
            continue
        if first_only and plain and scan is not None:
            m = scan(text, lower)  # only whether there is a match
        elif plain and fast is not None:
            m = fast(lower)
        else:
            m = search(text)
        if m is not None:
            yield name, stage, m
            if first_only:
                return


def rule_stage(text: str) -> str | None:
    """The stage of the first rule group that fires on ``text`` in the decision order, or None."""
    for _name, stage, _m in _fired(text, True):
        return stage
    return None


def rule_hits(text: str) -> list[tuple[str, str, str]]:
    """(rule name, stage, matched text) of every rule that fires on ``text`` (explanations)."""
    return [(name, stage, text[m.start():m.end()]) for name, stage, m in _fired(text, False)]


@dataclass(frozen=True)
class RuleLayer:
    """The rules and prior correction a model applies on top of its probabilities."""

    #: the probability mass a firing rule puts on its stage (over 0.5, so the rule decides)
    weight: float
    #: per stage (STAGES order), what the model's probabilities are multiplied by
    prior_weights: tuple[float, ...]

    @classmethod
    def from_meta(cls, meta: dict, source=None) -> RuleLayer | None:
        """The layer a model's metadata describes (``rules``), None for a model without one;
        a layer trained with other rules than these is refused (train the model again)."""
        spec = meta.get("rules")
        if spec is None:
            return None
        try:
            weight = float(spec["weight"])
            prior = tuple(float(spec["prior_weights"][s]) for s in STAGES)
            same = spec["fingerprint"] == fingerprint()
        except (TypeError, KeyError, ValueError):
            raise PlannerError("model metadata has an unreadable rules section; refusing the model",
                               source=source) from None
        if not 0.5 < weight <= 1.0 or not all(0.0 < p <= 10.0 for p in prior):
            raise PlannerError("model metadata's rules weight or prior weights are out of range; "
                               "refusing the model", source=source)
        if not same:
            raise PlannerError("model was trained with other labelling rules than this planner's "
                               "(planner/stage/rules.py); train it again", source=source)
        return cls(weight, prior)

    def to_meta(self) -> dict:
        return {"weight": self.weight, "fingerprint": fingerprint(),
                "prior_weights": dict(zip(STAGES, self.prior_weights))}

    def apply(self, probs: np.ndarray, classes: list[str], texts: list[str],
              stages: list[str | None] | None = None) -> np.ndarray:
        """``probs`` (a row per text, columns in ``classes`` order) prior-corrected, then
        overridden by the rules where one fires. ``stages`` are the texts' ``rule_stage``
        when the caller has them already (the compiled path finds them a batch at a time).
        Returns a new array."""
        prior = np.array([self.prior_weights[STAGES.index(c)] for c in classes])
        out = probs * prior
        out /= np.clip(out.sum(axis=1, keepdims=True), 1e-300, None)
        if stages is None:
            stages = [rule_stage(text) for text in texts]
        for i, stage in enumerate(stages):
            if stage is not None:
                row = out[i] * (1.0 - self.weight)
                row[classes.index(stage)] += self.weight
                out[i] = row
        return out
