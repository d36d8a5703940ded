"""Stage coverage of classified posts against a target mix, and the gaps it reveals."""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.domain.funnel import STAGES

#: A stage is a gap when its share falls below this fraction of its target share.
GAP_RATIO = 0.6


@dataclass
class Coverage:
    posts: int
    counts: dict[str, int]
    shares: dict[str, float]
    target: dict[str, float]
    gaps: list[str] = field(default_factory=list)

    def deficit(self, stage: str) -> float:
        """How far below target a stage is (0 when at or above target)."""
        return max(0.0, self.target[stage] - self.shares[stage])


def compute_coverage(stages: list[str], target: dict[str, float]) -> Coverage:
    """Share of posts per stage; gaps are stages well under target, most starved first."""
    counts = {s: 0 for s in STAGES}
    for s in stages:
        counts[s] += 1
    return coverage_of_counts(counts, target)


def coverage_of_counts(counts: dict[str, int], target: dict[str, float]) -> Coverage:
    """:func:`compute_coverage` from the number of posts of each stage."""
    counts = {s: counts.get(s, 0) for s in STAGES}
    n = sum(counts.values())
    shares = {s: (counts[s] / n if n else 0.0) for s in STAGES}
    gaps = [s for s in STAGES if target[s] > 0 and shares[s] < GAP_RATIO * target[s]]
    gaps.sort(key=lambda s: (-(target[s] - shares[s]) / target[s], STAGES.index(s)))
    return Coverage(posts=n, counts=counts, shares=shares, target=dict(target), gaps=gaps)


def plan_quota(coverage: Coverage | None, target: dict[str, float], slots: int) -> dict[str, int]:
    """How many of ``slots`` new posts each stage gets so existing + new approach the target.

    Without existing posts the quota is the target mix itself. With them, each stage
    gets what it needs to reach its target share of (existing + new), clipped at zero,
    and the remaining slots follow the target. Rounding uses largest remainders so the
    quotas always sum to ``slots``.
    """
    if slots <= 0:
        return {s: 0 for s in STAGES}
    if coverage is None or coverage.posts == 0:
        want = {s: target[s] * slots for s in STAGES}
    else:
        total = coverage.posts + slots
        need = {s: max(0.0, target[s] * total - coverage.counts[s]) for s in STAGES}
        need_sum = sum(need.values())
        if need_sum <= 0:
            want = {s: target[s] * slots for s in STAGES}
        else:
            want = {s: need[s] * slots / need_sum for s in STAGES}
    floor = {s: int(want[s]) for s in STAGES}
    left = slots - sum(floor.values())
    order = sorted(STAGES, key=lambda s: (-(want[s] - floor[s]), -target[s], STAGES.index(s)))
    for s in order[:left]:
        floor[s] += 1
    return floor


def with_posts(coverage: Coverage | None, stages: list[str], target: dict[str, float]) -> Coverage:
    """The coverage of the seller's posts (if any) with the stages of posts kept in the plan
    added: what a re-plan still has to fill."""
    if coverage is not None:
        counts = dict(coverage.counts)
        for stage in stages:
            counts[stage] += 1
        stages = [s for s in STAGES for _ in range(counts[s])]
    return compute_coverage(stages, target)
