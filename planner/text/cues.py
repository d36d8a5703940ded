"""The stage cues: the one reader of ``planner/data/cues.toml``, and the reply cue.

A cue is a phrase or token pattern that points to a funnel stage (docs/labelling.md).
Both cue matchers, spaCy's (:mod:`planner.stage.reference`) and the compiled one
(:mod:`planner.stage.compiled.cue_rules`), are built from the plain records read here,
so they cannot read the file differently.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from planner.resources import data_dir
from planner.text.rules import is_mention

#: The cue of a post that opens with an @mention: it answers someone, so it is a reply.
REPLY_START = "reply_start"
#: The stage a reply points to.
REPLY_STAGE = "loyalty"


@dataclass(frozen=True)
class CueRule:
    """One cue of ``cues.toml``: its name, the stage it points to, its phrases (matched
    case-insensitively on token text) and its spaCy Matcher token patterns."""

    name: str
    stage: str
    phrases: tuple[str, ...]
    #: each pattern is a list of token specs (one dict per token), as spaCy's Matcher takes them
    patterns: tuple[list[dict], ...]


def cues_path() -> Path:
    return data_dir() / "cues.toml"


def read_cues(path: Path | None = None) -> list[CueRule]:
    """The cues of ``cues.toml`` (or ``path``), in file order."""
    with open(path or cues_path(), "rb") as fh:
        spec = tomllib.load(fh)
    return [CueRule(name, rule["stage"], tuple(rule.get("phrases", ())),
                    tuple(rule.get("patterns", ())))
            for name, rule in spec.items()]


def cue_stages(cues: list[CueRule]) -> dict[str, str]:
    """Each cue's stage by name, the reply cue's included."""
    stages = {cue.name: cue.stage for cue in cues}
    stages[REPLY_START] = REPLY_STAGE
    return stages


def opens_reply(first_token: str) -> bool:
    """Whether a post whose first token is ``first_token`` is a reply (it opens with an @mention)."""
    return is_mention(first_token)
