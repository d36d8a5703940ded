"""classify and report in bounded memory: a plain CSV is read as a stream, decoded as the whole
file would be, and classified a window of posts at a time, with the same output as all at once
(the memory figures themselves: benchmarks/memory.py)."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from tests.test_hostile_limits import attack


@attack("large-csv-streamed")
def test_large_csv_is_streamed_not_read_whole(case, tmp_path, monkeypatch):
    """large-csv: a plain CSV is parsed from a stream, never held as one text."""
    from planner.io import load, source

    def whole(self):
        raise AssertionError(f"{self.label} was read whole")

    monkeypatch.setattr(source.Source, "text", whole)
    p = tmp_path / "posts.csv"
    p.write_text("text,platform\n" + "".join(f"post {i},x\n" for i in range(25_000)), encoding="cp1252")
    chunks = list(load.iter_post_chunks([p], size=10_000))
    assert [len(c) for c in chunks] == [10_000, 10_000, 5_000]


@pytest.mark.parametrize("encoding,text", [("utf-8-sig", "caf\u00e9 \u2603"), ("utf-16", "caf\u00e9 \u2603"),
                                           ("cp1252", "caf\u00e9 \u2014 cr\u00e8me"),
                                           ("latin-1", "caf\u00e9 \u0081")])
def test_streamed_csv_decodes_as_the_whole_file_would(tmp_path, encoding, text):
    from planner.fileio import decode_bytes
    from planner.io import load_posts, parse_posts

    data = ("text\n" + "x,\n" * 100_000 + f"{text}\n").encode(encoding)
    p = tmp_path / "posts.csv"
    p.write_bytes(data)
    expected = parse_posts(decode_bytes(data), "csv", str(p))
    assert [q.text for q in load_posts([p])] == [q.text for q in expected]
    assert load_posts([p])[-1].text == text


def test_quoted_fields_spanning_lines_still_read(tmp_path):
    from planner.io import load_posts

    path = tmp_path / "posts.csv"
    path.write_text('text\n"line one\nline ""two"", with comma"\nplain\n"last, closed"')
    assert [p.text for p in load_posts([path])] == ['line one\nline "two", with comma', "plain",
                                                    "last, closed"]


def _classified(run, *args):
    r = run(*args)
    assert r.code == 0, r.err
    return r.out


@pytest.mark.parametrize("fmt", ["csv", "json", "table",
                                 pytest.param("csv-explain", marks=pytest.mark.slow)])
def test_classify_in_windows_prints_what_one_window_prints(run, tmp_path, monkeypatch, fmt):
    """large-input: classify reads a long input twice and classifies it a window at a time
    (the first while the input is first read); the output is the same as classifying it at once."""
    from planner import workflow

    n = 10 if "explain" in fmt else 60
    posts = tmp_path / "posts.csv"
    posts.write_text("text,id\n" + "".join(f"shop now {i} while stocks last,{'x' * (i % 30)}{i}\n"
                                           for i in range(n)))
    args = ["classify", posts, "--format", fmt.split("-")[0], *(["--explain"] if "explain" in fmt else [])]
    whole = _classified(run, *args)
    sizes = []
    real, real_parts = workflow._classify_window, workflow._windows_in_parts

    def window(first, chunks, model):
        posts, probs = real(first, chunks, model)
        sizes.append(len(posts))
        return posts, probs

    def window_in_parts(chunks, parts, stream):  # classified while the input was first read
        sizes.append(sum(map(len, chunks)))
        yield from real_parts(chunks, parts, stream)

    monkeypatch.setattr(workflow, "WINDOW", 7)
    monkeypatch.setattr(workflow, "_classify_window", window)
    monkeypatch.setattr(workflow, "_windows_in_parts", window_in_parts)
    monkeypatch.setattr(workflow, "_PIECE", 3)
    assert _classified(run, *args) == whole
    assert len(sizes) >= 2 and max(sizes) <= 7
    if fmt == "json":
        assert len(json.loads(whole)) == n


def test_the_first_window_is_classified_while_the_rest_is_read(run, tmp_path, monkeypatch):
    """classify sends the first window's posts to the model as they are read, before the
    rest of the input has been read and checked; the output comes after all of it."""
    from planner import workflow
    from planner.io import load

    events = []
    read, feed = load.PostsInput.chunks, workflow._first_window

    def chunks(self, size=10_000):
        for chunk in read(self, size):
            events.append(("read", chunk[0].text))
            yield chunk

    def first_window(chunks, window):
        for texts in feed(chunks, window):
            events.append(("classify", texts[0]))
            yield texts

    monkeypatch.setattr(load.PostsInput, "chunks", chunks)
    monkeypatch.setattr(workflow, "_first_window", first_window)
    monkeypatch.setattr(workflow, "WINDOW", 10)
    posts = tmp_path / "posts.csv"
    posts.write_text("text\n" + "".join(f"thanks for your order {i}\n" for i in range(35)))
    r = run("classify", posts, "--format", "csv")
    assert r.code == 0, r.err
    assert len(list(csv.reader(io.StringIO(r.out)))) == 36
    first_read = [i for i, (kind, _) in enumerate(events) if kind == "read"]
    classified = [text for kind, text in events if kind == "classify"]
    assert classified == ["thanks for your order 0"]  # one chunk of 10: the first window
    assert events.index(("classify", "thanks for your order 0")) < first_read[3]  # before row 30 was read
    assert [text for kind, text in events if kind == "read"][4:] == [
        f"thanks for your order {i}" for i in (0, 10, 20, 30)]  # read again: the rest's windows


def test_classify_reads_a_rest_of_one_window_once(run, tmp_path, monkeypatch):
    """A rest that fits in one more window is kept as it is read, not read a second time;
    the output is what one window at once prints."""
    from planner import workflow
    from planner.io import load

    posts = tmp_path / "posts.csv"
    posts.write_text("text\n" + "".join(f"thanks for your order {i}\n" for i in range(18)))
    whole = run("classify", posts, "--format", "csv")
    reads = []
    read = load.PostsInput.chunks

    def chunks(self, size=10_000):
        reads.append(size)
        yield from read(self, size)

    monkeypatch.setattr(load.PostsInput, "chunks", chunks)
    monkeypatch.setattr(workflow, "WINDOW", 10)
    r = run("classify", posts, "--format", "csv")
    assert r.code == 0, r.err
    assert reads == [10]  # one reading: a window of 10, then a rest of 8 kept
    assert r.out == whole.out


def test_classify_pauses_the_cycle_collector_while_it_runs(run, tmp_path, monkeypatch):
    """classify reads, classifies and writes with the cycle collector paused (each
    collection would walk every cached token and post), and leaves it as it was."""
    import gc

    from planner.io import load

    seen = []
    read = load.PostsInput.chunks

    def chunks(self, size=10_000):
        for chunk in read(self, size):
            seen.append(gc.isenabled())
            yield chunk

    monkeypatch.setattr(load.PostsInput, "chunks", chunks)
    posts = tmp_path / "posts.csv"
    posts.write_text("text\n" + "".join(f"thanks for your order {i}\n" for i in range(5)))
    assert gc.isenabled()
    r = run("classify", posts, "--format", "csv")
    assert r.code == 0, r.err
    assert seen == [False]
    assert gc.isenabled()


def test_classify_reads_stdin_twice_from_its_copy(run, monkeypatch):
    from planner import workflow

    monkeypatch.setattr(workflow, "WINDOW", 10)
    text = "text\n" + "".join(f"thanks for your order {i}\n" for i in range(45))
    r = run("classify", "-", "--input-format", "csv", "--format", "csv", stdin=text)
    assert r.code == 0, r.err
    rows = list(csv.reader(io.StringIO(r.out)))
    assert len(rows) == 46 and rows[-1][-1] == "thanks for your order 44"


def test_report_in_windows_is_the_report_at_once(run, tmp_path, monkeypatch):
    from planner import workflow

    posts = tmp_path / "posts.csv"
    posts.write_text("text,date,platform\n" + "".join(
        f"post {i} shop now,2026-0{1 + i % 3}-1{i % 9},{('x', 'instagram', '')[i % 3]}\n" for i in range(80)))
    whole = _classified(run, "report", posts, "--format", "json")
    monkeypatch.setattr(workflow, "WINDOW", 9)
    assert _classified(run, "report", posts, "--format", "json") == whole
    assert json.loads(whole)["posts"] == 80


@attack("zip-member-streamed")
def test_zip_member_is_inflated_a_block_at_a_time(case, tmp_path, monkeypatch):
    """zip-streamed: a member is never read in one call of its full size."""
    from planner.io import load_posts

    reads = []
    original = zipfile.ZipExtFile.read

    def read(self, n=-1):
        reads.append(n)
        return original(self, n)

    monkeypatch.setattr(zipfile.ZipExtFile, "read", read)
    archive = tmp_path / "x.zip"
    text = "window.YTD.tweets.part0 = " + json.dumps(
        [{"tweet": {"full_text": f"post {i} " + "word " * 100}} for i in range(5000)])
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", text)
    assert len(load_posts([archive])) == 5000
    assert reads and all(0 < n <= 1024 * 1024 + 1 for n in reads)


def _with_workers(monkeypatch, made):
    """Small sizes, so a short input goes to forked worker processes; returns ``made``, the
    list of worker pools made (the ``worker_pools`` fixture)."""
    from planner import workflow
    from planner.stage import backend
    from planner.stage.compiled import pool

    monkeypatch.setattr(workflow, "WINDOW", 40)
    monkeypatch.setattr(workflow, "_chunk_size", lambda: 15)
    monkeypatch.setattr(workflow, "_PIECE", 7)
    monkeypatch.setattr(backend, "PARALLEL_MIN", 15)
    monkeypatch.setattr(pool, "PARALLEL_MIN", 15)
    monkeypatch.setattr(pool, "CHUNK", 9)
    monkeypatch.setattr(pool, "WARM", 4)
    return made


@pytest.mark.parametrize("n", [70, 130])  # a kept rest of one window; a rest read again
@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_classify_through_workers_a_part_at_a_time_prints_what_one_process_prints(
        run, tmp_path, monkeypatch, worker_pools, fmt, n):
    """With worker processes, each window written a part at a time as the parts come back,
    and the rest handed to the workers before the first window is written, classify prints
    byte for byte what classifying everything in one process prints."""
    posts = tmp_path / "posts.csv"
    posts.write_text("text,id\n" + "".join(
        f"{['Shop now', 'thanks for your order', '@ana loved it', 'tag a friend'][i % 4]} #{i},"
        f"{'p' * (i % 11)}{i}\n" for i in range(n)))
    whole = _classified(run, "classify", posts, "--format", fmt)
    made = _with_workers(monkeypatch, worker_pools)
    assert _classified(run, "classify", posts, "--format", fmt) == whole
    assert len(made) == 1  # the workers were used, one set for every window


def test_the_kept_rest_goes_to_the_workers_before_the_first_window_is_written(
        run, tmp_path, monkeypatch, worker_pools):
    """The rest of the input (kept, one window) is handed to the workers before the first
    window's rows are written, so they classify it while the main process writes."""
    from concurrent.futures import process

    from planner.planning import classify_output

    events = []
    real_submit = process.ProcessPoolExecutor.submit

    def recorded_submit(self, fn, texts, *args, **kwargs):
        events.append(("submit", texts[0]))
        return real_submit(self, fn, texts, *args, **kwargs)

    rows = classify_output.csv_rows

    def recorded_rows(posts, probs, classes):
        events.append(("write", posts[0].text))
        return rows(posts, probs, classes)

    monkeypatch.setattr(process.ProcessPoolExecutor, "submit", recorded_submit)
    made = _with_workers(monkeypatch, worker_pools)
    monkeypatch.setattr(classify_output, "csv_rows", recorded_rows)
    posts = tmp_path / "posts.csv"
    posts.write_text("text\n" + "".join(f"thanks for your order {i}\n" for i in range(70)))
    r = run("classify", posts, "--format", "csv")
    assert r.code == 0, r.err
    assert len(made) == 1
    first_write = events.index(("write", "thanks for your order 0"))
    # the first window is the first three chunks of 15 (45 posts, past the window of 40);
    # posts 45-69 are the rest: submitted before anything was written
    assert ("submit", "thanks for your order 45") in events[:first_write]
    assert len(list(csv.reader(io.StringIO(r.out)))) == 71
