"""The template library: finding templates, reading their metadata, rendering captions.

One renderer for every template, built-in or an agency's own. All rendering runs in
Jinja2's immutable sandbox with undefined names as errors, and brief values are
passed as data, so a brief containing ``{{ }}`` renders literally and a template
cannot reach Python internals. Every render is bounded in steps, size and time, and
template files are read only from the templates folder (:mod:`planner.planning.sandbox`,
:mod:`planner.planning.template_files`).
"""

from __future__ import annotations

import hashlib
import random
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from planner.domain.facts import SHOP_FEATURES
from planner.domain.funnel import STAGES
from planner.domain.vocabularies import KINDS
from planner.domain.vocabularies import POST_FORMATS as FORMATS
from planner.errors import PlannerError
from planner.planning.critic import PLATFORM_ASK_RES
from planner.planning.sandbox import MAX_OUTPUT, BoundedEnvironment, RenderLimit, budget
from planner.planning.template_files import TemplateFileError, read_template_file
from planner.planning.conditions import with_condition
from planner.planning.openers import in_register
from planner.planning.puns import pun_leads
from planner.planning.repeats import _cta_key
from planner.planning.phrasebook import keep_of, line_in_voice, post_in_voice
from planner.planning.tone import cta_fits, cta_in_voice, says_not_a_shop
from planner.resources import templates_dir
from planner.planning.wording import cased, title_mid_sentence

META_RE = re.compile(r"\A\{#-?\s*meta\s*\n(.*?)\n\s*-?#\}", re.DOTALL)
#: What a template can need before it is picked: brief fields, offer states and the
#: brief's facts (planner/domain/facts.py); ``events`` and ``launch`` mean one still ahead,
#: ``event_today`` and ``launch_day`` one on the post's day, ``launch_eve`` a launch one to three
#: days after it (its reminder), ``launch_after`` a launch one to seven days before the post
#: (its follow-up), ``offer_over`` an offer just closed,
#: ``giveaway_over`` a giveaway whose entries just closed (its winner post).
NEEDS = ("offer", "code", "no_code", "offer_ends", "offer_ending", "offer_over", "giveaway", "giveaway_over",
         "free_shipping", "parcel",
         "details2", "a_fact", "goods_fact", "criteria3", "poll2", "poll3", "marketplace",
         "customer_perk", "referral_reward", "hashtag", "audience", "description", "amazon", "url",
         "problems", "differentiators", "story", "tips", "quotes", "reviews", "faqs", "launch",
         "launch_day", "launch_eve", "launch_after", "creators", "ambassadors", "events", "event_today", "community",
         # how the goods are used, and a gift occasion ahead (planning/offering.py)
         "use_mode", "in_use", "kept", "setup", "own_way", "gift_occasion",
         # a business that sells to businesses (the brief's b2b = true), one that runs ads
         "b2b", "ads",
         # a brief of a product line and nothing else (planning/sparse.py `is_sparse`)
         "sparse",
         # one feature the description lists, the post's subject (planning/sparse.py
         # `description_features`): written only into a slot nothing else fits
         "features",
         # one group the audience names, spoken to by name (planning/sparse.py
         # `audience_groups`): written only into a slot nothing else fits
         "groups",
         *SHOP_FEATURES)


@dataclass
class Template:
    """One template: its id (``stage/slug``), metadata and Jinja source."""

    id: str
    stage: str
    tactic: str
    formats: list[str]
    platforms: list[str]
    needs: list[str]
    metrics: list[str]
    ctas: list[str]
    visual: str
    body: str
    path: Path
    body_line: int
    user: bool = False
    disclosure: bool = False
    repost: bool = False
    review_request: bool = False
    #: a fact-light template (what the business is, how to start): picked only when no
    #: template with a fact of the brief fits, and once a fortnight a platform
    last_resort: bool = False
    #: what the brief sells for the template to fit: a physical product, digital, a service
    kinds: list[str] = field(default_factory=lambda: list(KINDS))
    #: a Jinja expression for the post's title (Pinterest and YouTube posts need one)
    title: str = ""
    compiled: Any = field(default=None, repr=False)

    def suits(self, platform: str) -> bool:
        return "*" in self.platforms or platform in self.platforms


@dataclass
class Rendered:
    text: str
    cta: str
    visual: str
    title: str = ""


_TERMINAL = set(".!?…。！？‼⁉⁈｡")
_CLOSERS = "\"'”’)]」』»"
_EMOTICON = re.compile(r"[:;=]-?[)(DPp]$")


def sentence(value: Any) -> str:
    """The brief's words as a sentence: a full stop unless they already end one (in any
    script), or end in an emoji, a symbol or an emoticon; a trailing comma, semicolon or
    colon gives way to it."""
    import unicodedata

    text = str(value).rstrip()
    core = text.rstrip(_CLOSERS)
    if not core or _EMOTICON.search(text):
        return text
    last = core[-1]
    if last in _TERMINAL or unicodedata.category(last) in ("So", "Sk", "Mn", "Me", "Cf"):
        return text
    return text.rstrip(",;:").rstrip() + "."


def capitalised(value: Any) -> str:
    """The value with its first letter upper-case, for a brief's words opening a sentence."""
    text = str(value)
    return text[:1].upper() + text[1:]


#: words that say how or when a business began
_STARTED = re.compile(r"(?i)\b(?:start(?:ed|ing)|found(?:ed|ing)|began|begun|set up|opened|"
                      r"launched|since (?:\d{4}|then)|from scratch|first (?:shop|stall|van|order))\b")


def _environment() -> BoundedEnvironment:
    env = BoundedEnvironment(
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,
    )
    env.add_filter("sentence", sentence)
    env.add_filter("cap", capitalised)
    from planner.planning.facts_said import is_terms, problem_question, problem_statement

    env.add_filter("terms", is_terms)  # a term of sale, no line for a photo's frame
    # a story line that says how the business began ("started X in 2019", "since 2016"): a
    # coda saying so again is filler (blind read 22: "… That was the beginning of our business.")
    env.add_filter("tells_start", lambda value: bool(_STARTED.search(str(value))))
    # a problem typed as a phrase, asked as a real question ("Tired of kites that tear…?")
    env.add_filter("asked", lambda value, formal=False, turn=0:
                   problem_question(str(value), bool(formal), int(turn)))
    # a long tip's first sentence, whole or cut where a clause of its own begins
    env.add_filter("headline", headline)
    # ... and a problem about the people who have it, said as a statement ("People with
    # diabetes can't feel a small cut until it's infected")
    env.add_filter("stated", lambda value: problem_statement(str(value)))
    return env


#: words that start a clause of its own inside a tip's sentence: a headline may end before
_CLAUSE_START = re.compile(r"\s(?:so|because|and|but|before|until|which|unless|or|as|then|"
                           r"while|since|otherwise)\s")


def headline(text: str, limit: int = 100) -> str:
    """A tip's first sentence for a title (blind read 25: "For beer bottles that go into ice
    water", the clause before its comma): whole when it fits in ``limit``, else cut before
    the last clause of its own that makes it fit, keeping a main clause after any opening
    "For …," / "If …,"; "" when no such cut fits."""
    first = re.split(r"(?<=[.!?])\s", " ".join(str(text).split()), maxsplit=1)[0].rstrip(".!")
    if len(first) <= limit:
        return first
    comma = first.find(", ")
    opening = re.match(r"(?i)(?:for|if|when|before|after|while|once|because|as|until|unless|"
                       r"since|to|with|in|on)\b", first)
    # (after an opening "For …," the cut keeps some of the main clause)
    least = comma + 12 if opening and comma > 0 else 15
    cuts = [m.start() for m in _CLAUSE_START.finditer(first) if least <= m.start() <= limit]
    return first[:cuts[-1]].rstrip(",;") if cuts else ""


class TemplateError(PlannerError):
    """A template that cannot be parsed or rendered; names its file and line."""


class TemplateLimitError(TemplateError):
    """A render stopped by a limit (steps, size, time): the template is not tried again."""

    def __init__(self, reason: str, *, source: str | Path) -> None:
        super().__init__(reason, source=source)
        self.reason = reason


#: how the warning of a template a limit stopped begins (after its file and line)
STOPPED = "render stopped:"


def stopped_warnings(warnings: list[str]) -> list[str]:
    """The warnings of ``warnings`` that say a render limit stopped a template."""
    return [w for w in warnings if f": {STOPPED} " in w]


def parse_template(path: Path, template_id: str, env: jinja2.Environment, *, user: bool,
                   root: Path | None = None) -> Template:
    """Read one template file (under ``root``, its templates folder), validating its
    metadata and compiling its body."""
    try:
        source = read_template_file(path, root or path.parent.parent)
    except TemplateFileError as exc:
        raise TemplateError(str(exc), source=path) from None
    m = META_RE.match(source)
    if not m:
        raise TemplateError("line 1: missing the {#- meta … -#} header", source=path)
    try:
        meta = tomllib.loads(m.group(1))
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"bad metadata TOML ({exc})", source=path) from None
    stage = template_id.split("/", 1)[0]
    if stage not in STAGES:
        raise TemplateError(f"template folder {stage!r} is not a stage", source=path)

    def req(key: str, kind: type) -> Any:
        if key not in meta:
            raise TemplateError(f"metadata key {key!r} is missing", source=path)
        if not isinstance(meta[key], kind):
            raise TemplateError(f"metadata key {key!r} has the wrong type", source=path)
        return meta[key]

    tactic = req("tactic", str)
    formats = req("formats", list)
    ctas = req("ctas", list)
    visual = req("visual", str)
    for f in formats:
        if f not in FORMATS:
            raise TemplateError(f"unknown format {f!r} in metadata", source=path)
    needs = list(meta.get("needs", []))
    for n in needs:
        if n not in NEEDS:
            raise TemplateError(f"unknown need {n!r} in metadata (known: {', '.join(NEEDS)})",
                                source=path)
    kinds = list(meta.get("kinds", KINDS))
    for k in kinds:
        if k not in KINDS:
            raise TemplateError(f"unknown kind {k!r} in metadata (known: {', '.join(KINDS)})",
                                source=path)
    title = meta.get("title", "")
    if not isinstance(title, str):
        raise TemplateError("metadata key 'title' has the wrong type", source=path)
    if not ctas or not all(isinstance(c, str) for c in ctas):
        raise TemplateError("metadata key 'ctas' needs at least one string", source=path)
    body = source[m.end():]
    body_line = source[:m.end()].count("\n") + 1
    try:
        compiled = env.from_string("\n" * (body_line - 1) + body)
        cta_compiled = [env.from_string(c) for c in ctas]
        visual_compiled = env.from_string(visual)
        title_compiled = env.from_string(title) if title else None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"line {exc.lineno}: {exc.message}", source=path) from None
    except (RecursionError, MemoryError, SyntaxError):  # (((…))) nested thousands deep
        raise TemplateError("nested too deeply to compile", source=path) from None
    from planner.domain.funnel import stage_metrics

    return Template(
        id=template_id, stage=stage, tactic=tactic, formats=list(formats),
        platforms=list(meta.get("platforms", ["*"])), needs=needs,
        metrics=list(meta.get("metrics") or stage_metrics(stage)), ctas=list(ctas),
        visual=visual, body=body, path=path, body_line=body_line, user=user,
        disclosure=bool(meta.get("disclosure", False)), repost=bool(meta.get("repost", False)),
        review_request=bool(meta.get("review_request", False)), kinds=kinds,
        last_resort=bool(meta.get("last_resort", False)),
        title=title, compiled=(compiled, cta_compiled, visual_compiled, title_compiled),
    )


def _shared_words(line: str, said: tuple[str, ...], n: int = 6) -> int:
    """How many runs of ``n`` words of ``line`` the texts ``said`` have (case and punctuation
    aside): how near ``line`` comes to words said before."""
    def runs(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"[\w$€£%'’-]+", text.lower())
        return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}

    mine = runs(line)
    heard = set().union(*(runs(t) for t in said)) if said else set()
    return len(mine & heard)


def _once(title: str, name: str, item: str = "") -> str:
    """"Flat lay from Cedar plant stands" once the product also stands in for the brand:
    a second mention of the name, with the word that joins it, is dropped, and so is the
    product said again in passing right after it ("Cedar plant stands plant stands")."""
    if item and name:
        title = re.sub(r"(?i)(" + re.escape(name) + r")\s+(?:our\s+)?" + re.escape(item) + r"\b",
                       r"\1", title)
    if not name or title.lower().count(name.lower()) < 2:
        return title
    first = title.lower().index(name.lower()) + len(name)
    joined = re.compile(r"(?i)\s*(?:\b(?:from|by|at|with|of)\s+|\s[:|·-]\s*|^[:|·-]?\s*)"
                        + re.escape(name) + r"\b")
    rest, n = joined.subn("", title[first:], count=1)
    if not n:  # "what makes Cedar plant stands different": the name again reads as "it"
        rest = re.sub(r"(?i)\b" + re.escape(name) + r"\b", "it", rest, count=1)
    return (title[:first] + rest).strip(" :|·-")


def _subscribe(text: str) -> str:
    """YouTube's word: "Follow us for more" -> "Subscribe for more", "Follow Kiln & Co" ->
    "Subscribe to Kiln & Co"."""
    text = re.sub(r"\bFollow (?:us|me)\b", "Subscribe", text)
    text = re.sub(r"\bfollow (?:us|me)\b", "subscribe", text)
    return re.sub(r"\b([Ff])ollow (?=[A-Z@])",
                  lambda m: ("S" if m.group(1) == "F" else "s") + "ubscribe to ", text)


#: platforms whose answers under a post are replies, not comments
REPLY_PLATFORMS = ("x", "threads")


def replies_not_comments(text: str) -> str:
    """X's and Threads' word for what people write under a post: "Say hello in the comments"
    -> "Say hello in the replies", "Comment below" -> "Reply below" (blind read 19)."""
    text = re.sub(r"\b(in|to|from|under) the comments\b", r"\1 the replies", text)
    text = re.sub(r"\b([Ii]n|[Tt]o|[Ff]rom) (our|your|my) comments\b", r"\1 \2 replies", text)
    text = re.sub(r"\bComments below\b", "Replies below", text)
    text = re.sub(r"\bcomments below\b", "replies below", text)
    return re.sub(r"\b([Cc])omment (?=below\b|here\b|with\b|and\b|now\b|[.!]|$)",
                  lambda m: ("R" if m.group(1) == "C" else "r") + "eply ", text)


def _no_second_name(visual: str, name: str) -> str:
    """A visual note where the product stands in for a brand it doesn't have: "a photo of the
    bowls from Hand-turned bowls" loses its "from Hand-turned bowls", "no Bowls logo" its name."""
    if not name:
        return visual
    said = re.escape(name)
    visual = re.sub(r"(?i)\b(no|a small|small)\s+" + said + r"\s+(logo|wordmark|name)\b",
                    r"\1 \2", visual)
    if visual.lower().count(name.lower()) < 2:
        # "a real photo from Hand-turned bowls": the product is not a place photos come from
        of_it = "of the " + name[:1].lower() + name[1:]
        return re.sub(r"\b(?:from|by)\s+" + said + r"\b", lambda _: of_it, visual)
    first = visual.lower().index(name.lower()) + len(name)
    rest = re.sub(r"(?i)\s+(?:from|by|at)\s+" + said + r"\b", "", visual[first:])
    return visual[:first] + rest


_MOVING = re.compile(r"(?i)\b(?:clip|video|footage|seconds?|film(?:ed)?|filming|reel|short|"
                     r"walk-through|timelapse|time-lapse|screen recording|live)\b")


def as_moving(visual: str, fmt: str, platform: str = "") -> str:
    """A reel, short or video is briefed as one: a still's brief ("a clean card…, nothing
    else on the image") becomes a few seconds of it, text on screen; a YouTube video (not a
    Short) is a landscape video of a minute or two, never "a vertical clip of 7 seconds"."""
    long_form = fmt == "video" and platform == "youtube"
    if fmt not in ("reel", "short", "video") or not visual:
        return visual
    if _MOVING.search(visual):
        if long_form:
            # a Short's framing said of a video ("a vertical 30-second clip"): its own instead
            return re.sub(r"(?i)\ba vertical (?:\d+[- ]second )?(?:clip|video|short)"
                          r"(?: of \d+ to \d+ seconds)?", "A landscape video of a minute or two",
                          visual)
        return visual
    still = re.sub(r"(?i)[;,.]?\s*nothing else on the image", "", visual).rstrip(". ")
    if still.split()[0] in ("A", "An", "The", "One", "Two", "Three", "Four", "Our"):
        still = still[:1].lower() + still[1:]
    # the clip's own words go with what it shows, before the notes to whoever makes it
    # (blind read 24: "… no stock or 'selling out' claims, each line of text on screen in turn")
    m = _NOTE_START.search(still)
    head, notes = (still[:m.start()], " " + still[m.end() - 1:]) if m else (still, "")
    notes = notes.rstrip(". ")
    if long_form:
        return f"A landscape video of a minute or two: {head}, each point on screen in turn" \
            + ("." + notes if notes else "")
    return f"A vertical clip of 7 to 10 seconds: {head}, each line of text on screen in turn" \
        + ("." + notes if notes else "")


#: where a still's description ends and its notes begin: a full stop, then a capital
_NOTE_START = re.compile(r"(?<![A-Z][a-z])(?<!\b[A-Z])\.\s+[A-Z]")


def plural_item(item: str) -> bool:
    """Whether the goods are named in the plural ("cloth nappies", "wall clocks"), not as a
    mass or a single thing ("glass", "a job in progress")."""
    last = (item.split() or [""])[-1].lower()
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def agreeing(visual: str, item: str) -> str:
    """A visual of goods named in the plural says "them", not "it", of them: "nothing staged
    around them", "shown on the cloth nappies themselves" (blind read 24: "on the cloth
    nappies itself", "one clear photo of the restored vintage wall clocks … nothing staged
    around it")."""
    if not item or not plural_item(item) or f"the {item.lower()}" not in visual.lower():
        return visual
    said = re.escape(item)
    visual = re.sub(r"(?i)\b(" + said + r")\s+itself\b", r"\1 themselves", visual)
    return re.sub(r"\bstaged around it\b", "staged around them", visual)


_SLIDES = re.compile(r"(?i)\b(?:slides?|carousel|frames|cards|photos|images|pictures|grid|posts|"
                     r"one (?:point|step|tip) (?:per|a|each))\b")


def as_carousel(visual: str, fmt: str) -> str:
    """A carousel is briefed as slides: a visual that describes one photo ("One clear photo
    of the work, from above") becomes the first slide of three, the next a closer detail of
    the same and the last a card with the caption's first line (blind read 20: "labelled a
    carousel but describes one photo")."""
    if fmt != "carousel" or not visual or _SLIDES.search(visual):
        return visual
    still = re.sub(r"(?i)[;,.]?\s*nothing else on the image", "", visual.strip()).rstrip(". ")
    if still.split()[0] in ("A", "An", "The", "One", "Two", "Three", "Four", "Our"):
        still = still[:1].lower() + still[1:]
    return (f"A 3-slide carousel: {still}; then a closer detail of the same; then a plain card "
            f"with the caption's first line")


class TemplateLibrary:
    """Built-in templates, overlaid by any user folders (same id replaces)."""

    def __init__(self, user_dirs: list[str | Path] | None = None, *, builtin: bool = True) -> None:
        self.env = _environment()
        self.templates: dict[str, Template] = {}
        #: problems with user templates: reported and skipped, never fatal
        self.warnings: list[str] = []
        #: every template error so far, parsing and rendering, first first
        self.errors: list[str] = []
        #: templates a render limit stopped (id -> why): not rendered again
        self.stopped: dict[str, str] = {}
        if builtin:
            self._load_dir(templates_dir(), user=False)
        for d in user_dirs or []:
            p = Path(d)
            if not p.is_dir():
                raise PlannerError("templates folder does not exist", source=p)
            self._load_dir(p, user=True)

    def _load_dir(self, root: Path, *, user: bool) -> None:
        for path in sorted(root.glob("*/*.j2")):
            template_id = f"{path.parent.name}/{path.stem}"
            try:
                self.templates[template_id] = parse_template(path, template_id, self.env, user=user,
                                                             root=root)
            except TemplateError as exc:
                if not user:
                    raise
                self.warnings.append(str(exc))
                self.errors.append(str(exc))

    def for_stage(self, stage: str) -> list[Template]:
        """The stage's templates, but those a render limit has stopped."""
        return [t for t in self.templates.values() if t.stage == stage and t.id not in self.stopped]

    def get(self, template_id: str) -> Template:
        try:
            return self.templates[template_id]
        except KeyError:
            raise PlannerError(f"no template {template_id!r}") from None

    def render(self, template: Template, context: dict[str, Any], key: str) -> Rendered:
        """Render caption, CTA and visual; ``key`` seeds the template's ``pick`` choices.

        A render is bounded (:mod:`planner.planning.sandbox`); a template a limit stopped
        once is not rendered again: the same TemplateLimitError comes back at once.
        """
        why = self.stopped.get(template.id)
        if why is not None:
            raise TemplateLimitError(why, source=template.path)
        try:
            return self._render(template, context, key)
        except TemplateError as exc:
            self.errors.append(str(exc))
            if isinstance(exc, TemplateLimitError):
                self.stopped[template.id] = exc.reason
            raise

    def _render(self, template: Template, context: dict[str, Any], key: str) -> Rendered:
        rng = random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))

        def pick(*options: Any) -> Any:
            if not options:
                return ""
            return options[rng.randrange(len(options))]

        body, cta_list, visual_t, title_t = template.compiled
        ctx = dict(context)
        ctx["pick"] = pick
        if ctx.get("offer_told") and isinstance(ctx.get("offer"), dict):
            # the platform's followers were told what the offer is on: its later posts say the
            # discount alone ("15% off with code X"), never the product line after it again
            ctx["offer"] = ctx["offer"] | {"on_goods": "", "named": True}
        try:
            with budget():
                voice = str(ctx.get("voice", "warm"))
                if voice in ("formal", "direct"):
                    # a formal or direct voice picks among the asks already said its way
                    cta = _in_voice(cta_list, ctx, voice, rng)
                else:
                    first = rng.randrange(len(cta_list))
                    cta = clean(cta_list[first].render(ctx))
                said_ctas = {_cta_key(c) for c in ctx.get("said_ctas", ()) if c} \
                    if "event_today" in template.needs else set()
                if _cta_key(cta) in said_ctas:
                    # a day's reminder of an event asks in words of its own: each platform's
                    # post that day and its announcement asked already (blind read 27: an
                    # open morning's Instagram post turned down for "See you then.")
                    fresh = [o for o in (clean(cta_list[k].render(ctx))
                                         for k in range(len(cta_list)))
                             if _cta_key(o) not in said_ctas]
                    cta = fresh[0] if fresh else cta
                wrong = PLATFORM_ASK_RES.get(str(ctx.get("platform", "")))
                if wrong is not None and wrong.search(cta):
                    # people save a Pin and tap through, they don't come back to comment or
                    # write; a YouTube channel takes no messages
                    others = [o for o in (clean(c.render(ctx)) for c in cta_list)
                              if not wrong.search(o)]
                    if others:
                        cta = others[rng.randrange(len(others))]
                cta = cta_in_voice(cta, voice)
                event = ctx.get("event") or {}
                if event.get("stream"):
                    from planner.planning.links import stream_cta

                    cta = stream_cta(cta, str(event.get("platform") or ctx.get("platform", "")),
                                     tuple(ctx.get("said_ctas", ())) + tuple(ctx.get("said_before", ())))
                ctx["cta"] = cta
                saids = tuple(ctx.get("referral_frames") or ())
                if len(saids) > 1 and ctx.get("said_before") and \
                        any(_shared_words(w, tuple(ctx["said_before"])) for w in saids):
                    # the referral reward in the wording the calendar said least: a second
                    # telling in another frame, never the first's words again (read 28)
                    told = tuple(ctx.get("said_before", ()))
                    fresh = min(saids, key=lambda w: (_shared_words(w, told), saids.index(w)))
                    ctx = {**ctx, "referral_said": fresh, "referral_saids": (fresh,)}
                price = str(ctx.get("launch_price") or "").rstrip(".").lower()
                if price and any(price[1:] in t.lower() for t in ctx.get("said_before", ())):
                    # a launch's price is the range's price line, said once: never a second
                    # time in a launch post's "Like the rest of the range, …" (read 28)
                    ctx = {**ctx, "launch_price": ""}
                text = clean(body.render(ctx))
                # the register's own opener and closer, none said before in the calendar
                text, cta = in_register(
                    text, cta, str(ctx.get("register", "")),
                    brand=str(ctx.get("brand", "")) if ctx.get("has_brand", True) else "",
                    said=ctx.get("said_before", ()), said_ctas=ctx.get("said_ctas", ()),
                    key=key, b2b=bool(ctx.get("b2b")), asks_review=template.review_request,
                    tip=str(ctx.get("tip") or "") if template.tactic == "educational tip" else "",
                    platform=str(ctx.get("platform", "")), verb="" if {"offer_ending", "offer_ends"} & set(template.needs)
                    else str(ctx.get("verb", "")),
                    short=bool(ctx.get("short")) or ctx.get("platform") == "x",
                    puns=pun_leads(str(ctx.get("tone") or ""), str(ctx.get("product") or ""),
                                   str(ctx.get("description") or "")))
                offer = ctx.get("offer") or {}
                if offer.get("condition") and offer.get("code") and "offer_over" not in template.needs and \
                        str(offer["code"]).lower() in text.lower():
                    # who or when the offer is for, said wherever the offer is given
                    text = with_condition(text, cta, str(offer["condition"]), str(offer["code"]),
                                          str(offer.get("discount", "")), tuple(ctx.get("said_before", ())),
                                          ctx.get("said_here"))
                # with no brand, captions speak as "us", but a title or a note to the
                # manager needs a name: the product's
                named = ctx if ctx.get("has_brand", True) else \
                    {**ctx, "brand": ctx.get("maker") or ctx.get("Product", "")}
                visual = clean(visual_t.render(named))
                title = clean(title_t.render(named)) if title_t is not None else ""
                item = str(ctx.get("item", ""))
                if ctx.get("listed") and ctx.get("has_brand") and item and \
                        title.lower().startswith(item.lower() + ":"):
                    # "Tent pitches: when are you open?" for a campsite that lists pitches,
                    # tents and lodges: the title names the business, not its first item
                    title = str(ctx["brand"]) + title[len(item):]
                if named is not ctx:
                    title = _once(title, named["brand"], str(ctx.get("item", "")))
                    if named["brand"] == ctx.get("Product"):
                        # (a name of its own, "Pen-y-Bryn forge", is a place photos come from)
                        visual = _no_second_name(visual, named["brand"])
                elif ctx.get("has_brand"):
                    # "Vos Radios: 3 tips from Vos Radios" says the name once
                    title = _once(title, str(ctx.get("brand", "")))
                visual = as_moving(visual, str(ctx.get("format", "")), str(ctx.get("platform", "")))
                visual = as_carousel(visual, str(ctx.get("format", "")))
                visual = agreeing(visual, item)
                if len(text) > MAX_OUTPUT:
                    raise RenderLimit(f"the caption is over {MAX_OUTPUT:,} characters")
        except RenderLimit as exc:
            line = _error_line(exc)
            where = f"line {line}: " if line else ""
            raise TemplateLimitError(f"{where}{STOPPED} {exc.message}; template skipped",
                                     source=template.path) from None
        except RecursionError:
            raise TemplateLimitError(f"{STOPPED} calls nested too deeply; template skipped",
                                     source=template.path) from None
        except MemoryError:
            raise TemplateLimitError(f"{STOPPED} out of memory; template skipped",
                                     source=template.path) from None
        except jinja2.TemplateError as exc:
            line = _error_line(exc)
            where = f"line {line}: " if line else ""
            raise TemplateError(f"{where}{exc.message or type(exc).__name__}",
                                source=template.path) from None
        except (TypeError, ValueError, AttributeError, LookupError, ArithmeticError) as exc:
            raise TemplateError(f"render failed ({type(exc).__name__}: {exc})"[:300],
                                source=template.path) from None
        style = context.get("style", "")
        if style:
            from planner.planning.voice import apply_style

            text, cta, title = (apply_style(v, style) for v in (text, cta, title))
        # the voice audible in every line of our own words (planning/phrasebook.py)
        said = str(context.get("voice", ""))
        keep = keep_of(context)
        text, cta = post_in_voice(text, cta, said, excited=bool(context.get("excited")),
                                  b2b=bool(context.get("b2b")),
                                  platform=str(context.get("platform", "")), keep=keep,
                                  emoji=bool(context.get("emoji")), calm=bool(context.get("calm")),
                                  unshop=says_not_a_shop(str(context.get("tone") or "")))
        title = line_in_voice(title, said, keep)
        if context.get("platform") == "youtube":
            # a channel is subscribed to, not followed
            text, cta = (_subscribe(v) for v in (text, cta))
        elif context.get("platform") in REPLY_PLATFORMS:
            text, cta = (replies_not_comments(v) for v in (text, cta))
        if context.get("solo"):
            # one maker speaks as "I", as the brief's own sentences do
            from planner.planning.voice import first_person_singular

            text, cta, title, visual = (first_person_singular(v) for v in (text, cta, title, visual))
        if context.get("digital_is") == "app" and context.get("has_brand"):
            # an app is named by its brand, then "our app", never its product line pasted
            from planner.planning.wording import by_brand

            brand, item = str(context.get("brand", "")), str(context.get("item", ""))
            product = str(context.get("product", ""))
            text, visual = (by_brand(v, item, brand, product) for v in (text, visual))
        # the brief's days, months and names as they are printed ("order by Thursday", "on
        # Etsy", "ships from Halifax"), a spaced hyphen as a dash (planning/wording.py)
        names = tuple(context.get("names", ()))
        quotes = tuple(context.get("quoted", ()))
        text, cta, title, visual = (cased(v, names, quotes) for v in (text, cta, title, visual))
        event = context.get("event") or {}
        if isinstance(event, dict) and event.get("title"):
            # the event's name mid-sentence as a sentence carries it (planning/wording.py)
            text = title_mid_sentence(text, str(event["title"]))
        if context.get("platform") == "pinterest":
            # a Pin is found by search, months on (planning/pins.py)
            from planner.planning.pins import evergreen_pin

            text, title = evergreen_pin(text, title, cta, context)
        return Rendered(text=text, cta=cta, visual=visual, title=title)


def _in_voice(cta_list: list[Any], ctx: dict[str, Any], voice: str, rng: random.Random) -> str:
    """One of the template's calls to action, said in the voice, among those that then fit it
    (:func:`planner.planning.tone.cta_fits`) when any do: "Book when you're ready: link in
    bio" stays a direct voice's choice as "Book now: link in bio"."""
    said = [cta_in_voice(clean(c.render(ctx)), voice) for c in cta_list]
    fitting = [c for c in said if cta_fits(c, voice)] or said
    return fitting[rng.randrange(len(fitting))]


def _error_line(exc: BaseException) -> int | None:
    lineno = getattr(exc, "lineno", None)
    if lineno:
        return lineno
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


_BLANKS = re.compile(r"\n{3,}")
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


def clean(text: str) -> str:
    """Tidy the template's whitespace: no indentation, no trailing spaces, no blank-line runs.

    Only whitespace at line ends and between lines changes, a doubled full stop where a
    brief value ending in one meets the template's ("Co.."), and the comma that closes a
    quoted name set off by one (", ‘…’, on Thursday"), so brief values inside a line are
    otherwise rendered exactly as written.
    """
    lines = [ln.strip() for ln in text.strip().splitlines()]
    # a brief value ending in a full stop ("Prairie Hide Co.") before the template's own
    lines = [_DOUBLE_STOP.sub(".", ln) for ln in lines]
    # a name set off by a comma is closed by one ("our webinar, ‘What the DPDP Act means…’,
    # on Thursday"), never run into the date after it (read 41's tuning set)
    lines = [_OPEN_APPOSITION.sub(r"\1,", ln) for ln in lines]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


_OPEN_APPOSITION = re.compile(r"(,\s‘[^’\n]{3,160}’)(?=\s(?:on|at|from|this|tomorrow|today|tonight|"
                              r"next|in|here|via)\b)")
