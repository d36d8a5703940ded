"""Hostile input, round two (issue 12): runaway templates, model files that must fail closed,
values that overflow, `plan --update` past its limits, half-written models.

Each case reproduces its attack through the CLI (the in-process ``run``) and checks the
answer: a warning naming the template, or one line naming the file and key with exit 1,
never "internal error". A guard stops any case that regresses with a failure (an alarm
after a minute, a CPU-time limit, an address-space limit) rather than a hang or
gigabytes of memory.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import tomllib
from pathlib import Path

import pytest

BRIEF = ('product = "Speckled mugs"\nbrand = "Kiln & Co"\nplatforms = ["instagram"]\n'
         'posts_per_week = 2\nweeks = 1\nstart = 2027-01-04\n')
#: a user template that always renders (user templates skip the critic)
GOOD = ('{#- meta\ntactic = "product spotlight"\nformats = ["reel", "carousel", "static", "story"]\n'
        'ctas = ["Follow along"]\nvisual = "A mug on a shelf"\n-#}\n'
        "Fresh from the kiln: {{ product }}. {{ cta }}\n")
META = ('{#- meta\ntactic = "storytelling"\nformats = ["reel", "carousel", "static", "story"]\n'
        'ctas = ["Follow along"]\nvisual = "A mug"\n-#}\n')


class Runaway(Exception):
    """A case ran for a minute: the limit it tests has regressed."""


def attack(name: str):
    """Name a single-case test after the attack it reproduces (its id in the suite)."""
    return pytest.mark.parametrize("case", [name])


def attacks(names: str, *rows: tuple):
    """Parametrize ``names`` (the first is ``case``) by ``rows``, each named by its case."""
    return pytest.mark.parametrize(names, [pytest.param(*row, id=row[0]) for row in rows])


@pytest.fixture(autouse=True)
def guard():
    """Fail a regressed case instead of hanging or eating the machine's memory: an alarm
    after a minute (a wait in Python or in a system call), a CPU-time limit four minutes past
    what the session has used (a C-level computation the alarm cannot interrupt: the
    kernel ends the run with SIGXCPU) and an address-space limit 768 MB over the present."""
    def alarm(_signum, _frame):
        raise Runaway("still running after 60 s")

    old_handler = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(60)
    limits = {r: resource.getrlimit(r) for r in (resource.RLIMIT_AS, resource.RLIMIT_CPU)}
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # (four minutes of CPU past the session's, not one: the limit is the whole process's, and
    # on a loaded machine the threads other tests left behind (Textual's, the classify pool's)
    # once used the minute up while a case waited for the CPU: SIGXCPU ended the whole run)
    cpu = int(usage.ru_utime + usage.ru_stime) + 240
    with open("/proc/self/statm") as fh:
        memory = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE") + 768 * 1024 * 1024
    for r, cap in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_CPU, cpu)):
        soft, hard = limits[r]
        if soft == resource.RLIM_INFINITY or soft > cap:
            resource.setrlimit(r, (cap, hard))
    try:
        yield
    finally:
        for r, limit in limits.items():
            resource.setrlimit(r, limit)
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old_handler)


def no_internal_error(r) -> None:
    assert "internal error" not in r.err and "Traceback" not in r.err, r.err


def one_line(r, *words: str) -> str:
    """The run failed with exit 1 and one ``planner:`` line holding every word of ``words``."""
    no_internal_error(r)
    assert r.code == 1, (r.code, r.err)
    lines = [ln for ln in r.err.splitlines() if ln.startswith("planner:")]
    assert len(lines) == 1, r.err
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


# ---- runaway templates ----------------------------------------------------------------------

@pytest.fixture
def no_builtin_templates(tmp_path, monkeypatch):
    """Plan from the case's templates alone, so the hostile one is sure to be tried."""
    empty = tmp_path / "builtin"
    empty.mkdir()
    monkeypatch.setattr("planner.planning.render.templates_dir", lambda: empty)


def template_folder(tmp_path: Path, evil: str | None = None) -> Path:
    """A templates folder: one good loyalty template and ``evil`` as awareness/evil.j2 (tried
    first by every awareness slot, and by every other slot before the good one)."""
    root = tmp_path / "agency"
    (root / "awareness").mkdir(parents=True)
    (root / "loyalty").mkdir()
    (root / "loyalty" / "good.j2").write_text(GOOD)
    if evil is not None:
        (root / "awareness" / "evil.j2").write_text(META + evil)
    return root


def plan_with(run, tmp_path, root: Path):
    brief = tmp_path / "brief.toml"
    brief.write_text(BRIEF + "[target]\nawareness = 1\nconsideration = 0\nconversion = 0\n"
                     "loyalty = 0\nadvocacy = 0\n")
    return run("plan", "--brief", brief, "--templates", root)


def skipped_with_warning(r, *words: str) -> None:
    """The plan went ahead without the template, and said why once, naming it."""
    no_internal_error(r)
    assert r.code == 0, r.err
    cal = tomllib.loads(r.out)
    assert cal["posts"] and all(p["template"] == "loyalty/good" for p in cal["posts"])
    warnings = [ln for ln in r.err.splitlines() if "evil.j2" in ln]
    assert len(warnings) == 1, r.err
    assert warnings[0].startswith("warning: ")
    for w in words:
        assert w in warnings[0], warnings[0]


RUNAWAY = {
    "template-nested-range": ("{% for i in range(99999) %}{% for j in range(99999) %}x"
                              "{% endfor %}{% endfor %}", "range() of 99,999 items"),
    "template-nested-loops": ("{% for i in range(9999) %}{% for j in range(9999) %}x"
                              "{% endfor %}{% endfor %}", "steps"),
    "template-range-huge": "{{ range(10**9)|list|length }}",
    "template-power": "{{ 9**(9**9) }}",
    "template-lipsum": "{{ lipsum(n=2e6) }}",
    "template-lipsum-int": "{{ lipsum(n=2000000) }}",
    "template-string-repeat": "{{ 'a' * (6*10**8) }}",
    "template-self-recursive-macro": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "template-doubling-concat": ("{% set ns = namespace(s='ab') %}{% for i in range(64) %}"
                                 "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}"),
    "template-join-multiplies": "{{ range(10000)|join('x' * 90000) }}",
    "template-format-width": "{{ '%0999999999d'|format(1) }}",
    "template-method-width": "{{ 'a'.center(10**9) }}",
    "template-writes-in-a-loop": "{% for i in range(10000) %}{{ 'y' * 90000 }}{% endfor %}",
}


@pytest.mark.parametrize("case", sorted(RUNAWAY))
def test_runaway_template_is_skipped_with_a_warning(case, run, tmp_path, no_builtin_templates):
    source, *words = (RUNAWAY[case],) if isinstance(RUNAWAY[case], str) else RUNAWAY[case]
    r = plan_with(run, tmp_path, template_folder(tmp_path, source))
    skipped_with_warning(r, "render stopped", "template skipped", *words)


def _link_dev_zero(evil: Path) -> None:
    evil.symlink_to("/dev/zero")


def _fifo(evil: Path) -> None:
    os.mkfifo(evil)  # nobody ever writes to it: reading it would wait forever


def _link_out(evil: Path) -> None:
    secret = evil.parent.parent.parent / "secret.txt"
    secret.write_text(META + "the agency's secret")
    evil.symlink_to(secret)


def _huge(evil: Path) -> None:
    with open(evil, "wb") as fh:  # sparse: a gigabyte that takes no disk
        fh.truncate(1 << 30)


TEMPLATE_FILES = {
    "template-symlink-dev-zero": (_link_dev_zero, "outside the templates folder"),
    "template-fifo": (_fifo, "not a regular file"),
    "template-symlink-outside": (_link_out, "outside the templates folder"),
    "template-file-too-large": (_huge, "too large"),
}


@pytest.mark.parametrize("case", sorted(TEMPLATE_FILES))
def test_template_file_that_is_no_template_is_skipped(case, run, tmp_path, no_builtin_templates):
    make, words = TEMPLATE_FILES[case]
    root = template_folder(tmp_path)
    make(root / "awareness" / "evil.j2")
    skipped_with_warning(plan_with(run, tmp_path, root), words)


def test_a_link_inside_the_templates_folder_is_read(run, tmp_path, no_builtin_templates):
    root = template_folder(tmp_path)
    (root / "awareness" / "evil.j2").symlink_to(root / "loyalty" / "good.j2")
    r = plan_with(run, tmp_path, root)
    assert r.code == 0 and "evil.j2" not in r.err, r.err
    assert any(p["template"] == "awareness/evil" for p in tomllib.loads(r.out)["posts"])


@attack("all-templates-fail")
def test_all_templates_fail(case, run, tmp_path, no_builtin_templates):
    root = tmp_path / "agency"
    (root / "awareness").mkdir(parents=True)
    (root / "awareness" / "broken.j2").write_text(META + "{{ no_such_name }}\n")
    (root / "loyalty").mkdir()
    (root / "loyalty" / "runaway.j2").write_text(META + "{{ 9 ** (9 ** 9) }}\n")
    r = plan_with(run, tmp_path, root)
    one_line(r, "no post could be rendered", "broken.j2", "no_such_name")
    assert not r.out


@attack("template-runaway-in-batch")
def test_batch_names_the_client_of_a_runaway_template(case, run, tmp_path, no_builtin_templates):
    clients = tmp_path / "clients"
    for name in ("calm", "evil"):
        (clients / name).mkdir(parents=True)
        (clients / name / "brief.toml").write_text(BRIEF)
    calm = template_folder(clients / "calm")
    calm.rename(clients / "calm" / "templates")
    evil = template_folder(clients / "evil", RUNAWAY["template-nested-range"][0])
    evil.rename(clients / "evil" / "templates")
    r = run("batch", clients, "--jobs", "1")
    no_internal_error(r)
    assert r.code == 0, r.err
    assert "2 of 2 clients ok" in r.err
    [line] = [ln for ln in r.err.splitlines() if "evil.j2" in ln]
    assert line.startswith("planner: evil: warning: ") and "render stopped" in line, line


# ---- values that overflow or nest too deeply ------------------------------------------------

@attack("start-year-9999")
def test_start_in_year_9999(case, run, tmp_path):
    brief = tmp_path / "brief.toml"
    brief.write_text(BRIEF)
    one_line(run("plan", "--brief", brief, "--start", "9999-12-31"), "--start", "9999-12-31")
    brief.write_text(BRIEF.replace("start = 2027-01-04", "start = 9999-12-27"))
    one_line(run("plan", "--brief", brief), "brief.toml", "'start'", "9999-12-27")


@attacks("case,value", ("target-nan", "nan"), ("target-inf", "inf"), ("target-huge", "1e308"),
         ("target-negative", "-1"))
def test_target_share_that_is_no_share(case, value, run, tmp_path):
    brief = tmp_path / "brief.toml"
    brief.write_text(BRIEF + f"[target]\nawareness = {value}\nconsideration = 1e308\n")
    one_line(run("plan", "--brief", brief), "brief.toml", "target.awareness")


@attacks("case,nest", ("toml-deep-nesting", "array"), ("toml-deep-nesting-tables", "table"))
def test_toml_nested_100k_deep(case, nest, run, tmp_path):
    deep = ("a = " + "[" * 100_000 + "]" * 100_000 if nest == "array"
            else "a = " + "{b = " * 100_000 + "1" + "}" * 100_000)
    brief = tmp_path / "brief.toml"
    brief.write_text(BRIEF + deep + "\n")
    one_line(run("plan", "--brief", brief), "brief.toml", "nested too deeply")
    platforms = tmp_path / "platforms.toml"
    platforms.write_text(deep + "\n")
    brief.write_text(BRIEF)
    one_line(run("plan", "--brief", brief, "--platforms", platforms), "platforms.toml", "nested")
    cal = tmp_path / "cal.toml"
    cal.write_text(deep + "\n")
    one_line(run("lint", cal), "cal.toml", "nested too deeply")


@attacks(
    "case,table,key",
    ("platforms-caption-limit-huge", "caption_limit = 1e400", "instagram.caption_limit"),
    ("platforms-caption-limit-negative", "caption_limit = -5", "instagram.caption_limit"),
    ("platforms-caption-limit-nan", "caption_limit = nan", "instagram.caption_limit"),
    ("platforms-formats-empty", "formats = []", "instagram.formats"),
    ("platforms-formats-unknown", 'formats = ["hologram"]', "instagram.formats"),
    ("platforms-hashtags-huge", "max_hashtags = 1e9", "instagram.max_hashtags"),
    ("platforms-times-not-a-table", "times = 5", "instagram.times"),
)
def test_platform_facts_out_of_range(case, table, key, run, tmp_path):
    brief = tmp_path / "brief.toml"
    brief.write_text(BRIEF)
    platforms = tmp_path / "platforms.toml"
    platforms.write_text(f"[instagram]\n{table}\n")
    one_line(run("plan", "--brief", brief, "--platforms", platforms), "platforms.toml", key)
    one_line(run("lint", "--platforms", platforms, _calendar(run, tmp_path)), "platforms.toml", key)


def _calendar(run, tmp_path) -> Path:
    brief = tmp_path / "plain-brief.toml"
    brief.write_text(BRIEF)
    cal = tmp_path / "plain.toml"
    r = run("plan", "--brief", brief, "-o", cal)
    assert r.code == 0, r.err
    return cal


@attack("calendar-date-out-of-range")
def test_calendar_dates_out_of_range(case, run, tmp_path):
    cal = _calendar(run, tmp_path)
    text = cal.read_text()
    cal.write_text(text.replace("end = 2027-01-10", "end = 9999-12-31", 1))
    one_line(run("plan", "--update", cal), "plain.toml", "calendar.end", "9999-12-31")
    cal.write_text(text.replace("date = 2027-01-0", "date = 0001-01-0", 1))
    one_line(run("lint", cal), "plain.toml", "posts[1].date")


# ---- model files that must fail closed -----------------------------------------------------

def quick_result(seed_words: str = "plain"):
    """A fitted stage model in a second (no spaCy, no cross-validation): another model."""
    from planner.stage.train import TrainResult, make_pipeline

    rows = [("shop now code off", "conversion"), ("thanks for your order", "loyalty"),
            ("refer a friend reward", "advocacy"), ("how it is made inside", "consideration"),
            (f"happy monday {seed_words} coffee", "awareness")]
    texts = [f"{t} {t} {i}" for i in range(4) for t, _ in rows]
    stages = [s for _ in range(4) for _, s in rows]
    pipe = make_pipeline(5.0)
    pipe.fit(texts, stages)
    return TrainResult(pipe, {"C": 5.0, "temperature": 1.0, "posts": len(texts)}, {})


def shipped_copy(tmp_path: Path) -> Path:
    import shutil

    from planner.resources import models_dir

    src = models_dir() / "stage_model.skops"
    dst = tmp_path / "m.skops"
    for suffix in (".skops", ".json", ".npz"):
        shutil.copy(src.with_suffix(suffix), dst.with_suffix(suffix))
    return dst


@pytest.fixture
def posts(tmp_path) -> Path:
    p = tmp_path / "posts.csv"
    p.write_text("text\nUse code GLOW15 for 15% off today only\nThanks for your order!\n")
    return p


@attack("model-missing-sidecar")
def test_model_without_its_metadata_is_refused(case, run, tmp_path, posts):
    from planner.stage.train import save_model

    model = shipped_copy(tmp_path)
    other, _ = save_model(quick_result(), tmp_path / "other.skops")
    model.with_suffix(".json").unlink()
    other.replace(model)  # another model's skops file where the shipped one was
    one_line(run("classify", posts, "--model", model), "m.skops", "m.json", "missing")
    one_line(run("report", posts, "--model", model), "m.json", "missing")


@attack("model-swapped-skops")
def test_another_models_skops_file_is_refused(case, run, tmp_path, posts):
    from planner.stage.train import save_model

    model = shipped_copy(tmp_path)
    other, _ = save_model(quick_result(), tmp_path / "other.skops")
    other.replace(model)
    one_line(run("classify", posts, "--model", model), "m.skops", "recorded hash")


@attack("model-temperature-edited")
def test_an_edited_temperature_is_refused(case, run, tmp_path, posts):
    model = shipped_copy(tmp_path)
    meta = model.with_suffix(".json")
    text = meta.read_text()
    shipped = f'"temperature": {json.loads(text)["temperature"]}'
    assert shipped in text
    meta.write_text(text.replace(shipped, '"temperature": 9.75'))
    one_line(run("classify", posts, "--model", model), "m.json", "metadata_sha256")


@pytest.mark.parametrize("case", ["model-compiled-copy-missing", "model-compiled-copy-swapped"])
def test_the_compiled_copy_is_required_and_checked(case, run, tmp_path, posts):
    from planner.stage.train import save_model

    model = shipped_copy(tmp_path)
    if case.endswith("missing"):
        model.with_suffix(".npz").unlink()
        one_line(run("classify", posts, "--model", model), "m.npz", "missing")
    else:
        other, _ = save_model(quick_result(), tmp_path / "other.skops")
        other.with_suffix(".npz").replace(model.with_suffix(".npz"))
        one_line(run("classify", posts, "--model", model), "m.npz", "recorded hash")


@attack("model-json-deep-nesting")
def test_model_metadata_nested_100k_deep(case, run, tmp_path, posts):
    model = shipped_copy(tmp_path)
    model.with_suffix(".json").write_text("[" * 100_000 + "]" * 100_000)
    one_line(run("classify", posts, "--model", model), "m.json", "nested too deeply")


# ---- half-written models --------------------------------------------------------------------

class Killed(BaseException):
    """Stands for a kill -9 at one point of a save (BaseException: nothing catches it)."""


def crash_at(patch, name: str, after: int = 0) -> None:
    """Make ``planner.stage.modelset``'s ``name`` (a module function, or one of ``os``)
    die on its call number ``after + 1`` (``patch``: a ``monkeypatch.context()``)."""
    import planner.stage.modelset as modelset

    target = modelset if hasattr(modelset, name) else modelset.os
    real = getattr(target, name)
    calls = []

    def dying(*args, **kwargs):
        calls.append(args)
        if len(calls) > after:
            raise Killed(name)
        return real(*args, **kwargs)

    patch.setattr(target, name, dying)


@attacks("case,point,after",
         ("train-killed-midway", "_write_new", 1),  # the new skops written, its npz not
         ("train-killed-before-the-swap", "replace", 0))  # all three written, not in use yet
def test_a_killed_train_leaves_the_previous_model_working(case, point, after, run, tmp_path,
                                                          posts, monkeypatch):
    from planner.stage.files import user_model_path
    from planner.stage.model import load_model
    from planner.stage.train import save_model

    first, meta = save_model(quick_result(), None)
    assert first == user_model_path() and load_model().id == meta["id"]
    with monkeypatch.context() as patch, pytest.raises(Killed):
        crash_at(patch, point, after)
        save_model(quick_result("other words"), None)
    assert load_model().id == meta["id"]  # the previous model, whole
    r = run("classify", posts)
    assert r.code == 0, r.err
    _, newer = save_model(quick_result("other words"), None)  # and the next train works
    assert newer["id"] != meta["id"] and load_model().id == newer["id"]
    versions = sorted(p.name for p in (user_model_path().parent.parent / "models").iterdir())
    assert len(versions) == 2, versions  # the unfinished write's folder is gone


@attack("train-killed-writing-to-a-path")
def test_a_killed_train_never_leaves_a_mixture_at_its_output(case, run, tmp_path, posts,
                                                             monkeypatch):
    from planner.stage.train import save_model

    out, _ = save_model(quick_result(), tmp_path / "m.skops")
    assert run("classify", posts, "--model", out).code == 0
    with monkeypatch.context() as patch, pytest.raises(Killed):
        crash_at(patch, "write_atomic", 1)  # the new skops in place, the old npz beside it
        save_model(quick_result("other words"), out, force=True)
    one_line(run("classify", posts, "--model", out), "m.json", "missing")


@attack("train-concurrent")
def test_a_second_train_says_so_in_one_line(case, run, tmp_path):
    import subprocess
    import sys

    from planner.stage.files import user_model_path
    from planner.stage.modelset import lock_path

    lock = lock_path(user_model_path())
    lock.parent.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys, time\nfh = open(sys.argv[1], 'a')\n"
         "fcntl.flock(fh, fcntl.LOCK_EX)\nprint('locked', flush=True)\ntime.sleep(60)\n",
         str(lock)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        labels = tmp_path / "labels.csv"
        labels.write_text("text,stage\n" + "shop now,conversion\n" * 30)
        r = run("train", labels, "--no-corpus")
        one_line(r, "another `planner train`", "stage_model")
        assert not user_model_path().exists()
    finally:
        holder.kill()
        holder.wait()


# ---- plan --update within the limits of plan -----------------------------------------------

@attack("update-far-future")
def test_update_of_a_calendar_ending_in_2400(case, run, tmp_path):
    cal = _calendar(run, tmp_path)
    cal.write_text(cal.read_text().replace("end = 2027-01-10", "end = 2400-12-31", 1))
    one_line(run("plan", "--update", cal), "plain.toml", "calendar.end", "52 weeks")
    r = run("plan", "--update", cal, "--weeks", "2", "-o", tmp_path / "two.toml")
    assert r.code == 0, r.err  # --weeks plans fewer, as the line says


@attacks("case,posts,share", ("coverage-posts-huge", "1000000000000", "0.5"),
         ("coverage-share-nan", "100", "nan"))
def test_update_with_a_coverage_of_a_trillion_posts(case, posts, share, run, tmp_path):
    cal = _calendar(run, tmp_path)
    cal.write_text(cal.read_text() + f"\n[coverage]\nposts = {posts}\nawareness = {share}\n")
    key = "coverage.posts" if share == "0.5" else "coverage.awareness"
    one_line(run("plan", "--update", cal), "plain.toml", key)
