from planner.domain.funnel import STAGES, default_target, framework, normalise_target
from planner.planning.coverage import compute_coverage, plan_quota


def test_default_target_sums_to_one():
    t = default_target()
    assert abs(sum(t.values()) - 1) < 1e-9
    assert t["awareness"] == 0.30 and t["advocacy"] == 0.10


def test_gaps_are_starved_stages_most_starved_first():
    stages = ["awareness"] * 6 + ["consideration"] * 3 + ["conversion"] * 1
    cov = compute_coverage(stages, default_target())
    assert cov.posts == 10
    assert cov.gaps == ["loyalty", "advocacy", "conversion"]
    assert cov.shares["awareness"] == 0.6


def test_quota_sums_to_slots_and_feeds_the_gaps():
    cov = compute_coverage(["awareness"] * 20 + ["conversion"] * 10, default_target())
    quota = plan_quota(cov, default_target(), 20)
    assert sum(quota.values()) == 20
    assert quota["awareness"] == 0
    assert quota["loyalty"] > 0 and quota["advocacy"] > 0
    # existing + planned moves every gap toward its target
    for s in cov.gaps:
        assert (cov.counts[s] + quota[s]) / 50 > cov.shares[s]


def test_quota_without_posts_follows_target():
    quota = plan_quota(None, default_target(), 20)
    assert quota == {"awareness": 6, "consideration": 5, "conversion": 4, "loyalty": 3, "advocacy": 2}


def test_empty_coverage():
    cov = compute_coverage([], default_target())
    assert cov.posts == 0 and set(cov.gaps) == set(STAGES)


def test_frameworks_map_every_stage():
    for name in ("three-stage", "micromoments"):
        fw = framework(name)
        covered = {s for stages in fw.mapping.values() for s in stages}
        assert covered == set(STAGES), name
    assert framework("three-stage").name_of("consideration") == "discovery"


def test_normalise_target_rescales():
    t = normalise_target({"awareness": 3, "consideration": 1, "conversion": 1, "loyalty": 0,
                          "advocacy": 0})
    assert abs(t["awareness"] - 0.6) < 1e-9
