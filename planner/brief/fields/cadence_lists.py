"""How often, said as numbers beside platforms with the unit said once or not at all:
"ig 3x, tt 3x, pinterest 1x a week", "linkedin 2, facebook 2, instagram 1" (a week is meant),
and a list of platforms then a list of numbers in the same order: "ig and yt, 3 and 1",
"fb + ig, 4 and 5 per week", "platforms: instagram, linkedin, youtube. cadence: 2 / 2 / 1";
and each number before its platform: "3 on ig, 2 on fb", "4 posts on tiktok and 1 on yt"."""

from __future__ import annotations

import re

from planner.brief.fields.channels import CHAIN_GAP
from planner.brief.reading import BriefReader, Entity
from planner.brief.vocabulary import NUMBER_WORDS

_N = r"(?:\d{1,2}|one|two|three|four|five|six|seven|once|twice|thrice)"
#: a number beside a platform, and what may follow it: "3x", "2 posts", "1"
_PLATFORM_N = re.compile(rf"(?i:^\s*[:=-]?\s*(?P<paren>\(\s*)?(?:(?:maybe|about|around|roughly|like|say)\s+)?(?:x\s*)?(?P<n>{_N})(?:\s*(?:x|times?|tims?|posts?)\b|x(?=\W|$))?"
                         r"(?P<unit>\s*(?:(?:a|per|each|every)\s+(?:week|wk)\b|/\s*(?:week|wk|w)\b|weekly\b|pw\b|"
                         r"(?:a|per|each|every)\s+day\b|/\s*day\b|daily\b))?"
                         r"(?(paren)\s*\))"  # "instagram (3), tiktok (2)"
                         r"(?=\s*(?:[,;/|\n]|and\b|&|\+|\.|$|\(|[a-z]+\s+\d|[-–—]\s)))")
#: a number that is no cadence: a time, a price, a share, a date
_NOT_CADENCE = re.compile(r"(?i:^\s*(?:%|am\b|pm\b|:\d|[.,]\d|st\b|nd\b|rd\b|th\b|months?\b|years?\b|hours?\b|"
                          r"mins?\b|minutes?\b|k\b|followers?\b))")
#: between a list of platforms and its numbers
_LIST_GAP = re.compile(r"(?i:\s*[,:.\-]?\s*(?:(?:cadence|frequency|posting|posts?|how\s+often|"
                       r"per\s+week|a\s+week)\s*[:=\-]?\s*)?(?:(?:about|around|roughly|maybe|say)\s+)?)")
_NUMBERS = rf"(?P<nums>{_N}(?:\s*(?:,|/|and|&|\+|\|)\s*{_N})+)"
_LIST_TAIL = re.compile(rf"(?i:^{_NUMBERS}(?:\s*(?:x|times|posts?))?(?P<unit>\s*(?:(?:a|per|each|every)\s+"
                        r"(?:week|wk)\b|/\s*(?:week|wk|w)\b|weekly\b|(?:a|per|each|every)\s+day\b|daily\b))?"
                        r"(?![\d%:]|\s*(?:%|am\b|pm\b|off\b|years?\b|yrs?\b|months?\b|hours?\b|k\b|"
                        r"followers?\b|people\b|kids\b)))")


def _value(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _per_week(n: int, unit: str | None) -> int:
    return n * 7 if unit and re.search(r"(?i:day|daily)", unit) else n


def _chains(reader: BriefReader, platforms: list[Entity]) -> list[list[Entity]]:
    """Runs of platforms named one after another ("ig and yt", "instagram, linkedin, youtube")."""
    chains: list[list[Entity]] = []
    for platform in platforms:
        if chains and CHAIN_GAP.fullmatch(reader.text[chains[-1][-1].end:platform.start]):
            chains[-1].append(platform)
        else:
            chains.append([platform])
    return chains


def respectively(reader: BriefReader, platforms: list[Entity]) -> dict[str, int] | None:
    """"ig and yt, 3 and 1": as many numbers as platforms, in the same order."""
    text = reader.text
    for chain in _chains(reader, platforms):
        ids = list(dict.fromkeys(p.id for p in chain))
        if len(ids) < 2 or len(ids) != len(chain):
            continue
        gap = _LIST_GAP.match(text, chain[-1].end)
        m = _LIST_TAIL.match(text[gap.end():]) if gap else None
        if m is None:
            continue
        numbers = [_value(w) for w in re.findall(rf"(?i:{_N})", m.group("nums"))]
        if len(numbers) != len(ids) or any(not n for n in numbers):
            continue
        reader.claim(gap.end(), gap.end() + m.end())
        return {pid: min(_per_week(n, m.group("unit")), 21) for pid, n in zip(ids, numbers)}
    return None


def interleaved(reader: BriefReader, chosen: list[tuple[int, int, int]], assigned: dict[int, list[str]],
                platforms: list[Entity]) -> None:
    """"insta whenever we're parked, like every day, tiktok less, maybe 2x a week": in a
    sentence that names platforms and cadences by turns, each platform gets the cadence after
    it (only where nothing closer bound them)."""
    sentences: dict[int, list[tuple[int, str, int]]] = {}
    for platform in platforms:
        segment = reader.segment_at(platform.start)
        if segment is not None:
            sentences.setdefault(segment.sentence, []).append((platform.start, "p", -1))
    for i, (start, _end, _value) in enumerate(chosen):
        segment = reader.segment_at(start)
        if segment is not None and segment.sentence in sentences:
            sentences[segment.sentence].append((start, "c", i))
    by_start = {p.start: p for p in platforms}
    for items in sentences.values():
        items.sort()
        kinds = "".join(kind for _pos, kind, _i in items)
        if len(items) < 4 or kinds != "pc" * (len(items) // 2):
            continue
        pairs = [(by_start[items[k][0]], items[k + 1][2]) for k in range(0, len(items), 2)]
        if len({p.id for p, _i in pairs}) != len(pairs) or all(assigned[i] == [p.id] for p, i in pairs):
            continue
        if any(assigned[i] and assigned[i] != [p.id] for p, i in pairs):
            continue  # a cadence already bound to another platform
        for platform, i in pairs:
            assigned[i] = [platform.id]


#: "Insta + Pinterest, 2 each": one number for every platform of the list before it
_EACH_TAIL = re.compile(rf"(?i:^\s*[,:-]?\s*(?:(?:about|around|like|maybe|just|prob(?:ably)?)\s+)?(?P<n>{_N})\s*"
                        r"(?:x|times|posts?)?\s*(?:(?:a|per)\s+(?:week|wk)\s+)?(?:each|apiece|on\s+each|for\s+each)\b)")


def each_after_list(reader: BriefReader, platforms: list[Entity]) -> dict[str, int] | None:
    """"Insta + Pinterest, 2 each": a list of platforms, then one number for each."""
    for chain in _chains(reader, platforms):
        ids = list(dict.fromkeys(p.id for p in chain))
        if len(ids) < 2:
            continue
        m = _EACH_TAIL.match(reader.text[chain[-1].end:chain[-1].end + 50])
        n = _value(m.group("n")) if m else None
        if n and not reader.is_claimed(chain[-1].end, chain[-1].end + m.end()):
            reader.claim(chain[-1].end, chain[-1].end + m.end())
            return {pid: min(n, 21) for pid in ids}
    return None


def numbers_beside(reader: BriefReader, platforms: list[Entity]) -> dict[str, int] | None:
    """"ig 3x, tt 3x, pinterest 1x a week", "linkedin 2, facebook 2, instagram 1": two or
    more platforms each with a number right after it, the unit said once or not at all."""
    pairs: dict[str, int] = {}
    spans: list[tuple[int, int]] = []
    units = []
    for platform in platforms:
        after = reader.text[platform.end:platform.end + 40]
        m = _PLATFORM_N.match(after)
        if m is None or _NOT_CADENCE.match(after[m.end("n"):]) or platform.id in pairs:
            continue
        n = _value(m.group("n"))
        if not n:
            continue
        pairs[platform.id] = n
        units.append(m.group("unit"))
        spans.append((platform.end, platform.end + m.end()))
    if len(pairs) < 2 or any(reader.is_claimed(a, b) for a, b in spans):
        return None
    for (a, b) in spans:
        reader.claim(a, b)
    return {pid: min(_per_week(n, unit), 21) for (pid, n), unit in zip(pairs.items(), units)}


#: what may come before a list that starts with a number: "maybe 3 pinterest 2 insta"
_NUMBER_FIRST_LEAD = re.compile(r"(?i:^\s*(?:(?:maybe|about|around|like|prob(?:ably)?|roughly|and|so|ok|"
                                r"um+|uh+)[\s,]+)*$)")
_N_THEN = re.compile(rf"(?i:(?P<n>\b{_N})\s*(?:x|times|posts?)?\s*$)")


def numbers_before(reader: BriefReader, platforms: list[Entity]) -> dict[str, int] | None:
    """"3 ig, 2 fb", "maybe 3 pinterest 2 insta": a message that starts with a number, each
    platform after its own number (a week is meant)."""
    text = reader.text
    if len(platforms) < 2:
        return None
    pairs: dict[str, int] = {}
    previous_end = 0
    for i, platform in enumerate(platforms):
        m = _N_THEN.search(text[previous_end:platform.start])
        if m is None:
            return None
        lead = text[previous_end:previous_end + m.start()]
        if i == 0 and not _NUMBER_FIRST_LEAD.match(lead):
            return None
        if i > 0 and not re.fullmatch(r"(?i:[\s,;/&+]*(?:and\s+)?)", lead):
            return None
        n = _value(m.group("n"))
        if not n or platform.id in pairs:
            return None
        pairs[platform.id] = min(n, 21)
        previous_end = platform.end
    if not re.fullmatch(r"(?i:[\s,.!?]*(?:(?:a|per|each|every)\s+(?:week|wk)|weekly|pw)?[\s,.!?]*"
                        r"(?:(?:right|ok|thanks|pls|please)\??[\s.!]*)?)", text[previous_end:]):
        return None
    return pairs


#: a number right before "on <platform>": "3 on ig", "2x on fb", "4 posts for tiktok"
_N_ON = re.compile(rf"(?i:(?<![\w$£€¥.,/%-])(?P<n>{_N})(?:\s*(?:x|times|posts?|reels?|videos?))?\s+"
                   r"(?:(?:a|per)\s+(?:week|wk)\s+)?(?:on|for|to)\s+(?:the\s+|my\s+|our\s+)?$)")
#: between one "N on <platform>" and the next: ", ", " and ", " + ", "; "
_PAIR_GAP = re.compile(r"(?i:\s*(?:[,;/&+]|\band\b|\bplus\b)?\s*(?:(?:and|then|maybe|also)\s+)*)")
#: what may follow the last pair: the unit, once ("3 on ig, 2 on fb each week")
_PAIR_UNIT = re.compile(r"(?i:^\s*,?\s*(?P<u>(?:a|per|each|every)\s+(?:week|wk)\b|weekly\b|/\s*(?:week|wk|w)\b|"
                        r"(?:a|per|each|every)\s+day\b|daily\b)?)")


def paired_counts(reader: BriefReader, platforms: list[Entity]) -> dict[str, int] | None:
    """"3 on ig, 2 on fb", "twice on LinkedIn + once on X": two or more platforms each after
    its own number, one after the other; the unit said once after them, or a week meant. A
    price is never a count ("2 for $30")."""
    text = reader.text
    pairs: dict[str, int] = {}
    spans: list[tuple[int, int]] = []
    previous_end: int | None = None
    unit_end = None
    for platform in platforms:
        m = _N_ON.search(text[max(0, platform.start - 40):platform.start])
        if m is None or platform.id in pairs:
            if len(pairs) >= 2:
                break
            pairs, spans, previous_end = {}, [], None
            continue
        start = platform.start - (len(text[max(0, platform.start - 40):platform.start]) - m.start())
        if previous_end is not None and not _PAIR_GAP.fullmatch(text[previous_end:start]):
            if len(pairs) >= 2:
                break
            pairs, spans = {}, []
        n = _value(m.group("n"))
        if not n or reader.is_claimed(start, platform.start):
            pairs, spans, previous_end = {}, [], None
            continue
        pairs[platform.id] = n
        spans.append((start, platform.end))
        previous_end = platform.end
    if len(pairs) < 2:
        return None
    unit = _PAIR_UNIT.match(text[spans[-1][1]:spans[-1][1] + 20])
    for a, b in spans:
        reader.claim(a, b)
    if unit and unit.group("u"):
        reader.claim(spans[-1][1], spans[-1][1] + unit.end())
    said = unit.group("u") if unit else None
    return {pid: min(_per_week(n, said), 21) for pid, n in pairs.items()}
