"""Hostile input, round two (issue 12): the attacks that already held in the audit, each a named
case so none regresses — Jinja sandbox escapes, skops and npz payloads, zip paths leaving the
archive and oversized members, HTML and calendar-line injection through a caption, and
byte-identical output across hash seed, time zone and locale — and the catalogue of every
attack the issue names, held to a named case somewhere in the hostile suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from planner.errors import PlannerError
from tests.test_hostile_limits import (  # noqa: F401 - guard: the autouse limits
    attacks,
    guard,
    no_builtin_templates,
    one_line,
    plan_with,
    posts,
    skipped_with_warning,
    template_folder,
)

ROOT = Path(__file__).resolve().parent.parent

# ---- Jinja: the sandbox stops every escape -----------------------------------------------------

#: (case, template body, words of the warning); PWNED is replaced by a path that must never appear
ESCAPES = (
    ("sandbox-str-class-mro", "{{ ''.__class__.__mro__ }}", "unsafe"),
    ("sandbox-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}", "unsafe"),
    ("sandbox-cycler-globals", "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}",
     "unsafe"),
    ("sandbox-joiner-globals", "{{ joiner.__init__.__globals__ }}", "unsafe"),
    ("sandbox-namespace-globals", "{{ namespace.__init__.__globals__.os }}", "unsafe"),
    ("sandbox-lipsum-globals-os", "{{ lipsum.__globals__['os'].system('touch PWNED') }}", "unsafe"),
    ("sandbox-function-code", "{{ lipsum.__code__ }}", "unsafe"),
    ("sandbox-template-reference-context", "{{ self._TemplateReference__context }}", "unsafe"),
    ("sandbox-context-to-os",
     "{{ self._TemplateReference__context.cycler.__init__.__globals__.os }}", "unsafe"),
    ("sandbox-attr-filter", "{{ ''|attr('__class__')|attr('__mro__') }}", "no attribute"),
    ("sandbox-subscript-dunder", "{{ ''['__class__'] }}", "unsafe"),
    ("sandbox-str-format-attribute", "{{ '{0.__class__.__mro__}'.format(product) }}", "unsafe"),
    ("sandbox-format-filter-dunder", "{{ '%s'|format(product.__class__) }}", "unsafe"),
    ("sandbox-loop-dunder", "{% for x in [1] %}{{ loop.__class__ }}{% endfor %}", "unsafe"),
    ("sandbox-bound-method-globals", "{{ product.upper.__globals__ }}", "no attribute"),
    ("sandbox-name-os", "{{ os.system('touch PWNED') }}", "'os' is undefined"),
    ("sandbox-name-config", "{{ config.items() }}", "'config' is undefined"),
    ("sandbox-mutate-dict", "{% set d = {} %}{{ d.update(a=1) }}", "unsafe"),
    ("sandbox-mutate-list", "{% set l = [] %}{{ l.append(1) }}", "unsafe"),
    ("sandbox-include-outside", "{% include '../../secret.j2' %}", "render failed"),
    ("sandbox-include-absolute", "{% include '/etc/passwd' %}", "render failed"),
    ("sandbox-import-outside", "{% import '../../secret.j2' as s %}{{ s }}", "render failed"),
    ("sandbox-from-import-absolute", "{% from '/etc/passwd' import x %}{{ x }}", "render failed"),
    ("sandbox-extends-outside", "{% extends '../../secret.j2' %}", "render failed"),
    ("sandbox-include-sibling", "{% include 'loyalty/good.j2' %}", "render failed"),
)


@attacks("case,body,words", *ESCAPES)
def test_sandbox_escape_is_stopped(case, body, words, run, tmp_path, no_builtin_templates):
    (tmp_path / "secret.j2").write_text("SECRET LINE")
    pwned = tmp_path / "pwned"
    r = plan_with(run, tmp_path, template_folder(tmp_path, body.replace("PWNED", str(pwned))))
    skipped_with_warning(r, words)
    assert "SECRET" not in r.out and "<module" not in r.out and "posix" not in r.out
    assert not pwned.exists()


# ---- skops and npz: no untrusted type is loaded, no payload ever runs --------------------------

class _Payload:
    """Unpickling it would run a command (what a pickle payload does)."""

    def __init__(self, cmd: str) -> None:
        self.cmd = cmd

    def __reduce__(self):
        return (os.system, (self.cmd,))


def _forged_meta(model: Path, compiled: Path | None = None) -> Path:
    """Metadata that describes ``model`` (and ``compiled``) exactly, its own hash forged to match:
    only the type checks stand between the files and the loader."""
    from planner.stage.files import file_sha256, metadata_sha256
    from planner.stage.nlpfiles import nlp_record

    meta = {"id": "forged", "sha256": file_sha256(model), "temperature": 1.0,
            "compiled_sha256": file_sha256(compiled) if compiled else "", "nlp_sha256": nlp_record()}
    meta["metadata_sha256"] = metadata_sha256(meta)
    model.with_suffix(".json").write_text(json.dumps(meta))
    return model


def _skops_dump(obj):
    def make(path: Path, pwned: Path) -> None:
        import skops.io as sio

        sio.dump(obj(pwned), path)
    return make


def _function_transformer(func, **kw):
    from sklearn.preprocessing import FunctionTransformer

    return lambda pwned: FunctionTransformer(func=func, kw_args={k: v.replace("PWNED", str(pwned))
                                                                 for k, v in kw.items()})


def _methodcaller(pwned: Path):
    import operator

    return {"x": operator.methodcaller("system", f"touch {pwned}")}


def _pipeline_eval(pwned: Path):
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    return Pipeline([("f", FunctionTransformer(func=eval))])


def _forged_schema(path: Path, pwned: Path) -> None:
    schema = {"__class__": "system", "__module__": "os", "__loader__": "ObjectNode",
              "content": {"command": f"touch {pwned}"}, "protocol": 2, "_skops_version": "0.16.0"}
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("schema.json", json.dumps(schema))


SKOPS = (
    ("skops-os-system", _skops_dump(_function_transformer(os.system, command="touch PWNED")),
     "untrusted types (posix.system"),
    ("skops-builtins-eval", _skops_dump(_pipeline_eval), "untrusted types (builtins.eval"),
    ("skops-methodcaller", _skops_dump(_methodcaller), "untrusted types (operator.methodcaller"),
    ("skops-forged-schema", _forged_schema, "refusing to load it"),
)


@attacks("case,make,words", *SKOPS)
def test_skops_payload_never_runs(case, make, words, run, tmp_path, posts):
    pwned = tmp_path / "pwned"
    model = tmp_path / "evil.skops"
    make(model, pwned)
    _forged_meta(model)
    for command in ("classify", "report"):
        one_line(run(command, posts, "--model", model), "evil.skops", words)
    assert not pwned.exists()


@attacks("case,payload", ("npz-pickle-payload", "reduce"), ("npz-object-array", "object"))
def test_compiled_copy_is_never_unpickled(case, payload, run, tmp_path, posts):
    import shutil

    import numpy as np

    from planner.resources import models_dir

    pwned = tmp_path / "pwned"
    model = tmp_path / "m.skops"
    shutil.copy(models_dir() / "stage_model.skops", model)
    value = _Payload(f"touch {pwned}") if payload == "reduce" else object()
    np.savez(model.with_suffix(".npz"), terms=np.array([value], dtype=object))
    _forged_meta(model, model.with_suffix(".npz"))
    one_line(run("classify", posts, "--model", model), "m.npz", "refusing")
    assert not pwned.exists()


@attacks("case,data", ("skops-not-a-zip", b"\x80\x04not a zip at all"),
         ("skops-empty-file", b""))
def test_a_model_file_that_is_no_skops_file(case, data, run, tmp_path, posts):
    model = tmp_path / "junk.skops"
    model.write_bytes(data)
    one_line(run("classify", posts, "--model", model), "junk.skops", "not a skops file")


# ---- zip: names leaving the archive, members too large ----------------------------------------

TWEETS = 'window.YTD.tweets.part0 = [{"tweet": {"full_text": "escaped"}}]'


@attacks("case,name", ("zip-member-dotdot", "../data/tweets.js"),
         ("zip-member-dotdot-inside", "data/../../data/tweets.js"),
         ("zip-member-absolute", "/abs/data/tweets.js"),
         ("zip-member-drive-letter", "C:/data/tweets.js"),
         ("zip-member-backslash-dotdot", "..\\data\\tweets.js"),
         ("zip-member-macosx", "__MACOSX/data/tweets.js"),
         ("zip-member-hidden", "data/.tweets.js"))
def test_zip_member_leaving_the_archive_is_never_read(case, name, run, tmp_path):
    from planner.io import load_posts

    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(name, TWEETS)
    before = sorted(p.name for p in tmp_path.parent.iterdir())
    with pytest.raises(PlannerError, match=r"no posts export found in .*evil\.zip"):
        load_posts([archive])
    one_line(run("classify", archive), "evil.zip", "no posts export found")
    assert sorted(p.name for p in tmp_path.parent.iterdir()) == before  # nothing extracted
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evil.zip"]


@attacks("case,limit", ("zip-member-too-large", "MAX_MEMBER_BYTES"),
         ("zip-one-member-bomb", "BOMB_MIN_BYTES"))
def test_zip_member_over_its_limit(case, limit, run, tmp_path, monkeypatch):
    from planner.io import archive

    monkeypatch.setattr(archive, limit, 64 * 1024)  # so a bounded member passes it
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", "window.YTD.tweets.part0 = [" + " " * (1 << 20) + "]")
    words = "archive member is too large" if limit == "MAX_MEMBER_BYTES" else "zip bomb"
    one_line(run("classify", path), "big.zip:data/tweets.js", words)


# ---- captions that carry markup: escaped where they are written --------------------------------

HTML_CAPTIONS = (
    ("html-caption-script", "<script>alert(1)</script>", "<script>"),
    ("html-caption-attribute", "x' onmouseover='alert(1)' '", "' onmouseover"),
    ("html-caption-img", '"><img src=x onerror=alert(1)>', "<img"),
)


@attacks("case,caption,raw", *HTML_CAPTIONS)
def test_html_in_a_caption_is_escaped_in_the_html_report(case, caption, raw, run, tmp_path,
                                                         monkeypatch):
    import csv
    import html

    monkeypatch.setattr("planner.planning.report.REVIEW_BELOW", 1.01)  # every post listed
    path = tmp_path / "posts.csv"
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text"])
        w.writerow([caption, caption])  # the id is printed too
        w.writerow(["2", "Use code GLOW15 for 15% off today only"])
    r = run("report", path, "--format", "html")
    assert r.code == 0, r.err
    assert raw not in r.out
    assert f"<td>{html.escape(caption)}</td><td>" in r.out  # the id, escaped
    assert f"<td>{html.escape(caption)}</td></tr>" in r.out  # the caption, escaped


@pytest.mark.slow
@attacks("case,fmt", ("ics-caption-line-injection", "ics"), ("csv-caption-row-injection", "csv"))
def test_a_caption_cannot_add_events_or_rows(case, fmt, run, tmp_path, demo_brief):
    import csv
    import io

    import tomli_w

    cal = tmp_path / "cal.toml"
    assert run("plan", "--brief", demo_brief, "--start", "2027-01-04", "-o", cal).code == 0
    data = tomllib.loads(cal.read_text())
    n = len(data["posts"])
    data["posts"][0]["text"] = ("hi\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil\r\n"
                                'END:VEVENT\n"evil","row",\n')
    cal.write_text(tomli_w.dumps(data))
    r = run("export", cal, "--to", fmt)
    assert r.code == 0, r.err
    if fmt == "ics":
        lines = r.out.splitlines()  # the caption's lines stay inside one escaped value
        assert lines.count("BEGIN:VEVENT") == n and not any(ln.startswith("SUMMARY:evil")
                                                             for ln in lines)
        assert "\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:evil" in r.out
    else:
        rows = list(csv.reader(io.StringIO(r.out)))
        assert len(rows) == n + 1 and not any(row[:2] == ["evil", "row"] for row in rows)


# ---- byte-identical output across hash seed, time zone and locale -------------------------------

DRIVER = """
import contextlib, io, sys
from planner.cli import main
demo, out = sys.argv[1], sys.argv[2]
for name, args in (("plan", ["plan", "--brief", demo + "/brief.toml", "--start", "2027-01-04"]),
                   ("classify", ["classify", demo + "/posts.csv", "--format", "csv"]),
                   ("report", ["report", demo + "/posts.csv", "--format", "html"])):
    sys.argv = ["planner", *args]
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            main()
        except SystemExit as exc:
            assert not exc.code, exc.code
    with open(f"{out}/{name}.out", "w", encoding="utf-8") as fh:
        fh.write(buf.getvalue())
sys.argv = ["planner", "export", f"{out}/plan.out", "--to", "ics", "-o", f"{out}/cal.ics"]
try:
    main()
except SystemExit as exc:
    assert not exc.code, exc.code
"""

BASE_ENV = {"PYTHONHASHSEED": "123", "TZ": "UTC", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}


def _outputs(tmp: Path, env: dict[str, str]) -> dict[str, bytes]:
    tmp.mkdir(parents=True, exist_ok=True)
    full = {**os.environ, **BASE_ENV, **env, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", DRIVER, str(ROOT / "planner" / "data" / "demo"),
                           str(tmp)], env=full, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return {p.name: p.read_bytes() for p in sorted(tmp.iterdir())}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> dict[str, bytes]:
    out = _outputs(tmp_path_factory.mktemp("baseline"), {})
    assert set(out) == {"plan.out", "classify.out", "report.out", "cal.ics"}
    assert all(out.values())
    return out


@pytest.mark.slow
@attacks("case,env",
         ("hashseed-0", {"PYTHONHASHSEED": "0"}), ("hashseed-1", {"PYTHONHASHSEED": "1"}),
         ("hashseed-random", {"PYTHONHASHSEED": "random"}),
         ("tz-kiritimati", {"TZ": "Pacific/Kiritimati"}), ("tz-los-angeles", {"TZ": "America/Los_Angeles"}),
         ("locale-c", {"LC_ALL": "C", "LANG": "C"}), ("locale-posix", {"LC_ALL": "POSIX", "LANG": "POSIX"}),
         ("locale-not-installed", {"LC_ALL": "tr_TR.UTF-8", "LANG": "tr_TR.UTF-8"}))
def test_output_is_byte_identical(case, env, tmp_path, baseline):
    assert _outputs(tmp_path / "out", env) == baseline


# ---- the catalogue: every attack of the issue is a named case ----------------------------------

#: issue 12's attacks, by the item that names them ("held": those the audit found holding),
#: each the id of a case somewhere in the hostile suite
CATALOGUE = {
    "1. zip bombs in many members": ["zip-bomb-many-members", "zip-total", "zip-too-many-entries",
                                     "zip-member-streamed"],
    "2. runaway agency templates": [
        "template-nested-range", "template-nested-loops", "template-power", "template-lipsum",
        "template-lipsum-int", "template-string-repeat", "template-symlink-dev-zero",
        "template-fifo", "template-symlink-outside", "template-file-too-large",
        "template-runaway-in-batch", "template-doubling-concat", "template-join-multiplies",
        "template-format-width", "template-method-width", "template-writes-in-a-loop"],
    "3. model files that fail open": [
        "model-missing-sidecar", "model-swapped-skops", "model-temperature-edited",
        "model-compiled-copy-missing", "model-compiled-copy-swapped", "nlp-rules-edited",
        "nlp-rules-appended", "nlp-rules-missing", "nlp-tokenizer-tampered",
        "nlp-lemma-table-missing", "nlp-config-tampered", "nlp-file-added",
        "nlp-rules-link-outside", "nlp-rules-fifo", "nlp-record-missing", "nlp-record-edited",
        "nlp-tampered-before-train"],
    "4. batch reads files outside a client's folder": [
        "batch-symlink-escape-posts-file", "batch-symlink-escape-posts-folder",
        "batch-symlink-escape-file-in-posts-folder", "batch-symlink-escape-templates",
        "batch-symlink-escape-platforms", "batch-symlink-escape-brief",
        "batch-symlink-escape-client-folder", "batch-symlink-escape-output"],
    "5. pipes, FIFOs and devices": [
        "pipe-head", "pipe-head-csv", "fifo-no-writer-classify", "fifo-no-writer-report",
        "fifo-no-writer-plan-brief", "fifo-no-writer-lint", "dev-zero", "dev-zero-link",
        "dev-zero-as-brief", "stdin-cap", "file-size-lies", "socket-input", "large-csv-streamed",
        "export-folder-total", "export-folder-file-grows", "batch-posts-total"],
    "6. a stray quote swallows rows": ["stray-quote", "stray-quote-classify", "stray-quote-report",
                                       "stray-quote-stdin", "stray-quote-export-csv"],
    "7. internal error instead of a line naming the key": [
        "start-year-9999", "target-nan", "target-inf", "target-huge", "target-negative",
        "toml-deep-nesting", "toml-deep-nesting-tables", "model-json-deep-nesting",
        "template-range-huge", "template-self-recursive-macro", "stdout-dev-full-plan",
        "stdout-dev-full-classify-csv", "stdout-dev-full-classify-table", "stdout-dev-full-help",
        "stdout-dev-full-plan-help", "stdout-dev-full-version", "stdout-write-error",
        "platforms-caption-limit-huge", "platforms-caption-limit-negative",
        "platforms-caption-limit-nan", "platforms-formats-empty", "platforms-formats-unknown",
        "platforms-hashtags-huge", "platforms-times-not-a-table", "calendar-date-out-of-range"],
    "8. half-written models": ["train-killed-midway", "train-killed-before-the-swap",
                               "train-killed-writing-to-a-path", "train-concurrent"],
    "9. plan --update escapes the limits": ["update-far-future", "coverage-posts-huge",
                                            "coverage-share-nan"],
    "10. writing over what isn't a file": ["write-over-device", "write-over-fifo-and-socket",
                                           "write-over-directory", "dangling-symlink",
                                           "output-link-loop"],
    "11. workers": ["batch-worker-dies", "batch-ctrl-c", "batch-worker-stopped-temp", "stale-temp",
                    "all-templates-fail"],
    "held: Jinja's sandbox stopped every escape": [case for case, *_ in ESCAPES],
    "held: skops refused every untrusted type, no payload ran": [
        *(case for case, *_ in SKOPS), "npz-pickle-payload", "npz-object-array", "skops-not-a-zip",
        "skops-empty-file"],
    "held: kill -9 never left a partial file": ["kill9-before-the-write", "kill9-before-the-fsync",
                                                "kill9-before-the-rename"],
    "held: zip path traversal and member size refused": [
        "zip-member-dotdot", "zip-member-dotdot-inside", "zip-member-absolute",
        "zip-member-drive-letter", "zip-member-backslash-dotdot", "zip-member-macosx",
        "zip-member-hidden", "zip-member-too-large", "zip-one-member-bomb"],
    "held: HTML was escaped": [case for case, *_ in HTML_CAPTIONS] + ["ics-caption-line-injection",
                                                                      "csv-caption-row-injection"],
    "held: byte-identical across hash seed, time zone and locale": [
        "hashseed-0", "hashseed-1", "hashseed-random", "tz-kiritimati", "tz-los-angeles",
        "locale-c", "locale-posix", "locale-not-installed"],
}

SUITE = ["test_hostile.py", "test_hostile_io.py", "test_hostile_limits.py", "test_hostile_files.py",
         "test_hostile_output.py", "test_hostile_held.py", "test_streaming.py", "test_workers.py"]


@pytest.fixture(scope="module")
def suite_ids() -> set[str]:
    """The ids of every parametrised case of the hostile suite, as pytest collects them."""
    proc = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-o", "addopts=",
                           "-p", "no:cacheprovider", *(str(ROOT / "tests" / f) for f in SUITE)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr
    return {line.rsplit("[", 1)[1][:-1] for line in proc.stdout.splitlines()
            if "::" in line and line.endswith("]")}


@pytest.mark.slow
def test_every_attack_of_the_issue_is_a_named_case(suite_ids):
    named = [case for cases in CATALOGUE.values() for case in cases]
    assert len(named) == len(set(named))
    missing = {item: [c for c in cases if c not in suite_ids] for item, cases in CATALOGUE.items()}
    assert not any(missing.values()), {k: v for k, v in missing.items() if v}
    assert len(named) >= 75  # every attack of the audit, at least
