"""The funnel's stages, the default target mix and the other vocabularies (docs/funnel.md)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from planner.errors import PlannerError
from planner.resources import data_dir

STAGES: tuple[str, ...] = ("awareness", "consideration", "conversion", "loyalty", "advocacy")


@dataclass(frozen=True)
class Framework:
    """A stage vocabulary users may think in, mapped onto the five stages."""

    name: str
    stages: tuple[str, ...]
    #: framework stage -> the five-stage ids it covers
    mapping: dict[str, tuple[str, ...]]

    def name_of(self, stage: str) -> str:
        """The framework's name for one of the five stages."""
        for own, covered in self.mapping.items():
            if stage in covered:
                return own
        return stage


@lru_cache(maxsize=1)
def _funnel_data() -> dict:
    import tomllib

    with open(data_dir() / "funnel.toml", "rb") as fh:
        return tomllib.load(fh)


def default_target() -> dict[str, float]:
    """The default share of posts each stage should get (sums to 1)."""
    return {s: float(_funnel_data()["target"][s]) for s in STAGES}


def stage_metrics(stage: str) -> list[str]:
    """What to watch for posts of a stage."""
    return list(_funnel_data()["stage"][stage]["metrics"])


def stage_title(stage: str) -> str:
    return str(_funnel_data()["stage"][stage]["title"])


def framework(name: str) -> Framework:
    """Look up a stage vocabulary by name (``five-stage``, ``three-stage``, ``micromoments``)."""
    frameworks = _funnel_data()["frameworks"]
    if name not in frameworks:
        known = ", ".join(sorted(frameworks))
        raise PlannerError(f"unknown funnel {name!r} (known: {known})")
    raw = frameworks[name]
    return Framework(
        name=name,
        stages=tuple(raw["stages"]),
        mapping={k: tuple(v) for k, v in raw["map"].items()},
    )


def framework_names() -> list[str]:
    return sorted(_funnel_data()["frameworks"])


#: the largest share a target may give one stage (shares are relative weights)
MAX_SHARE = 1_000_000


def normalise_target(raw: dict, *, source: str = "target") -> dict[str, float]:
    """Validate a user's target mix: known stages, non-negative numbers, rescaled to sum 1."""
    target = default_target()
    for key, value in raw.items():
        if key not in STAGES:
            raise PlannerError(f"unknown stage {key!r} in [{source}] (stages: {', '.join(STAGES)})")
        # NaN fails the comparison too; shares are weights (0.4, 40 or 2 all work), so an
        # upper bound keeps their sum finite
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not 0 <= value <= MAX_SHARE:
            raise PlannerError(f"key '{source}.{key}': must be a number from 0 to {MAX_SHARE:,}, "
                               f"not {value!r}")
        target[key] = float(value)
    total = sum(target.values())
    if total <= 0:
        raise PlannerError(f"[{source}] shares sum to zero")
    return {s: target[s] / total for s in STAGES}


def parse_stage(value: str, *, source: str = "stage") -> str:
    """Accept a stage id in any case, or a name from another vocabulary that maps to one stage."""
    v = value.strip().lower()
    if v in STAGES:
        return v
    aliases = {"discovery": "awareness", "engagement": "consideration", "decision": "conversion",
               "purchase": "conversion", "support": "loyalty", "retention": "loyalty"}
    if v in aliases:
        return aliases[v]
    raise PlannerError(f"unknown stage {value!r} in {source} (stages: {', '.join(STAGES)})")
