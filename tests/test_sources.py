"""Posts read from where they really are: platform archives, folders, zips and scheduler CSVs."""

import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from planner.errors import PlannerError
from planner.io import archive as archives
from planner.io import load_posts, parse_posts
from planner.io.dates import iso_date
from planner.io.mojibake import fix_mojibake
from planner.io.records import platform_id

EXPORTS = Path(__file__).resolve().parent / "fixtures" / "exports"
X_ARCHIVE = EXPORTS / "x_archive"


def zip_folder(folder: Path, target: Path, prefix: str = "") -> Path:
    """Zip a fixture folder in the test (no binary fixtures in the repository)."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, prefix + path.relative_to(folder).as_posix())
    return target


# --------------------------------------------------------------------------- X / Twitter


def test_x_archive_folder():
    posts = load_posts([X_ARCHIVE])
    # tweets.js (part 0) before tweets-part1.js; like.js is not the account's posts
    assert [p.id for p in posts] == ["1050118621198921728", "1050200000000000001",
                                     "1050300000000000002", "900000000000000003"]
    first = posts[0]
    assert first.platform == "x" and first.date == "2018-10-10"
    # HTML entities decoded, t.co expanded
    assert first.text == ("Our soy candles are back in stock & 15% off this week. "
                          "Order now: https://glowcandles.example/shop")
    assert first.source == str(X_ARCHIVE / "data" / "tweets.js")
    assert [p.extra["kind"] for p in posts] == ["post", "retweet", "reply", "post"]
    assert posts[3].source.endswith("tweets-part1.js") and posts[3].date == "2017-08-21"
    assert not any("liked" in p.text for p in posts)


def test_x_tweets_js_file_itself():
    posts = load_posts([X_ARCHIVE / "data" / "tweets.js"])
    assert len(posts) == 3 and posts[1].extra["kind"] == "retweet"


def test_x_archive_zipped(tmp_path):
    archive = zip_folder(X_ARCHIVE, tmp_path / "archive.zip")
    posts = load_posts([archive])
    assert len(posts) == 4
    assert posts[0].source == f"{archive}:data/tweets.js"
    assert posts[3].source == f"{archive}:data/tweets-part1.js"
    assert posts[0].date == "2018-10-10" and posts[0].platform == "x"


def test_zip_detected_by_content_and_nested_top_folder(tmp_path):
    archive = zip_folder(X_ARCHIVE, tmp_path / "download.bin", prefix="twitter-2024-01-01/")
    posts = load_posts([archive])
    assert posts[0].source == f"{archive}:twitter-2024-01-01/data/tweets.js"


def test_malformed_tweets_js_names_file_and_line(tmp_path):
    data = tmp_path / "archive" / "data"
    data.mkdir(parents=True)
    (data / "tweets.js").write_text('window.YTD.tweets.part0 = [\n  {"tweet": {"full_text": "a"}},\n  {oops}\n]\n')
    with pytest.raises(PlannerError, match=r"tweets\.js: line 3: not valid JSON"):
        load_posts([tmp_path / "archive"])


def test_tweets_js_bad_items(tmp_path):
    p = tmp_path / "tweets.js"
    p.write_text('window.YTD.tweets.part0 = [{"tweet": {"full_text": "ok"}}, 7]')
    with pytest.raises(PlannerError, match=r"tweets\.js: item 2: expected an object"):
        load_posts([p])
    p.write_text('window.YTD.tweets.part0 = [{"tweet": {"id_str": "1"}}]')
    with pytest.raises(PlannerError, match=r"item 1: the tweet has no full_text"):
        load_posts([p])
    p.write_text('var tweets = []')
    with pytest.raises(PlannerError, match=r"tweets\.js: not an X/Twitter archive data file"):
        load_posts([p])


# --------------------------------------------------------------------------- Instagram / Facebook


def test_instagram_current_layout_repairs_mojibake_and_skips_uncaptioned():
    posts = load_posts([EXPORTS / "instagram_new"])
    assert [p.text for p in posts] == [
        "Autumn drop is live \U0001F342 Link in bio to shop",        # caption from the media title
        "Behind the scenes at the studio \u2014 pouring day in the caf\u00e9",  # top-level title
    ]
    assert [p.date for p in posts] == ["2023-10-01", "2023-10-11"]
    assert {p.platform for p in posts} == {"instagram"}
    assert posts[0].source.endswith("your_instagram_activity/content/posts_1.json")


def test_instagram_older_layout_keeps_correct_text():
    posts = load_posts([EXPORTS / "instagram_old"])
    assert posts[0].text == "Cr\u00e8me br\u00fbl\u00e9e is back \u2728 Which scent should we bring back next?"
    assert posts[1].text == "Thank you for 10k! \U0001F56F\ufe0f"
    assert posts[0].date == "2020-09-13"


def test_instagram_posts_file_itself_and_zip(tmp_path):
    single = load_posts([EXPORTS / "instagram_new" / "your_instagram_activity" / "content" / "posts_1.json"])
    assert len(single) == 2
    archive = zip_folder(EXPORTS / "instagram_new", tmp_path / "instagram.zip")
    zipped = load_posts([archive])
    assert [p.text for p in zipped] == [p.text for p in single]
    assert zipped[0].source == f"{archive}:your_instagram_activity/content/posts_1.json"


def test_facebook_mojibake_and_emoji():
    posts = load_posts([EXPORTS / "facebook"])
    assert [p.text for p in posts] == [
        "Our caf\u00e9 pop-up is open this weekend \U0001F60D Come smell the new range!",
        "Thank you to every customer who left a review \u2014 we read them all.",
    ]
    assert [p.date for p in posts] == ["2023-11-14", "2023-12-01"]
    assert posts[0].platform == "facebook"
    assert posts[0].extra["link"] == "https://glowcandles.example/popup"


def test_facebook_older_file_name(tmp_path):
    folder = tmp_path / "facebook-jane" / "posts"
    folder.mkdir(parents=True)
    (folder / "your_posts_1.json").write_text(json.dumps(
        [{"timestamp": 1600000000, "data": [{"post": "Hello \u00c3\u00bcber fans"}]}]))
    [post] = load_posts([tmp_path / "facebook-jane"])
    assert post.text == "Hello \u00fcber fans" and post.date == "2020-09-13"


def test_meta_shaped_json_with_text_fields_stays_a_plain_file(tmp_path):
    p = tmp_path / "p.json"
    p.write_text(json.dumps([{"text": "plain", "media": [], "date": "2026-01-02"}]))
    [post] = load_posts([p])
    assert post.text == "plain" and post.date == "2026-01-02" and post.platform == ""


def test_broken_instagram_file_in_export_is_named(tmp_path):
    content = tmp_path / "ig" / "content"
    content.mkdir(parents=True)
    (content / "posts_1.json").write_text('[{"media": [}')
    with pytest.raises(PlannerError, match=r"posts_1\.json: line 1: not valid JSON"):
        load_posts([tmp_path / "ig"])
    (content / "posts_1.json").write_text('{"something": "else"}')
    with pytest.raises(PlannerError, match=r"posts_1\.json: not an Instagram or Facebook posts export"):
        load_posts([tmp_path / "ig"])


@pytest.mark.parametrize("broken, fixed", [
    ("caf\u00c3\u00a9", "caf\u00e9"),
    ("\u00f0\u009f\u0098\u008d", "\U0001F60D"),
    ("na\u00c3\u00afve r\u00c3\u00a9sum\u00c3\u00a9 \u00e2\u0080\u0094 ok", "na\u00efve r\u00e9sum\u00e9 \u2014 ok"),
])
def test_fix_mojibake_repairs(broken, fixed):
    assert fix_mojibake(broken) == fixed


@pytest.mark.parametrize("correct", [
    "", "plain ascii", "caf\u00e9", "na\u00efve r\u00e9sum\u00e9", "\U0001F60D love it",
    "caf\u00e9 \U0001F60D", "\u00c3", "\u00a3 5 and \u00bd price", "Stra\u00dfe \u00c3",
])
def test_fix_mojibake_never_corrupts_correct_text(correct):
    assert fix_mojibake(correct) == correct


# --------------------------------------------------------------------------- LinkedIn and schedulers


def test_linkedin_shares_csv_with_embedded_newlines():
    posts = load_posts([EXPORTS / "linkedin" / "Shares.csv"])
    assert len(posts) == 2  # the reshare without a comment is skipped
    assert posts[0].text == 'We\'re hiring!\nJoin Glow & Co as our first "Head of Scent".\nApply below.'
    assert posts[0].date == "2024-03-05" and posts[0].platform == "linkedin"
    assert posts[0].extra["shared_url"] == "https://glowcandles.example/jobs"
    assert posts[1].text.endswith("1) talk to customers\n2) ship small")
    assert load_posts([EXPORTS / "linkedin"])[0].text == posts[0].text


def test_sprout_social_post_performance():
    posts = load_posts([EXPORTS / "schedulers" / "sprout_post_performance.csv"])
    assert [(p.id, p.platform, p.date) for p in posts] == [
        ("17890000000000001", "instagram", "2024-03-15"),
        ("1769000000000000000", "x", "2024-03-18"),
        ("7170000000000000009", "linkedin", "2024-03-21"),  # the Facebook row has no text
    ]
    assert posts[0].text == "New collection drop: three autumn scents. Link in bio!"
    assert posts[0].extra["export"] == "sprout"


def test_buffer_export():
    posts = load_posts([EXPORTS / "schedulers" / "buffer_posts.csv"])
    assert [(p.platform, p.date) for p in posts] == [
        ("x", "2024-04-02"), ("linkedin", "2024-04-03"), ("instagram", "2024-04-05")]
    assert posts[1].text == "Gift guide: candles for every kind of friend\n(thread)"


def test_hootsuite_report_with_title_rows():
    posts = load_posts([EXPORTS / "schedulers" / "hootsuite_post_performance.csv"])
    assert [(p.platform, p.date) for p in posts] == [
        ("facebook", "2024-03-01"), ("instagram", "2024-03-02"), ("x", "2024-03-04"),
        ("linkedin", "2024-03-05")]  # the "Total" row is not a post
    assert posts[0].id == "111_333" and posts[0].text == "Spring launch: our lightest scent yet"


def test_scheduler_header_variants_from_the_brief(tmp_path):
    hoot = tmp_path / "hoot.csv"
    hoot.write_text("Date,Social Network,Message\n15/03/2024 10:00,Twitter,Spring is here\n"
                    "02/04/2024 09:00,Facebook Page,Second post\n")
    posts = load_posts([hoot])
    assert [(p.platform, p.date) for p in posts] == [("x", "2024-03-15"), ("facebook", "2024-04-02")]
    sprout = tmp_path / "sprout.csv"
    sprout.write_text("Date,Network,Profile,Message\n2024-05-01,LinkedIn Company Page,Glow,Hello\n")
    [post] = load_posts([sprout])
    assert (post.platform, post.date, post.extra["export"]) == ("linkedin", "2024-05-01", "sprout")


def test_planner_own_bulk_exports_read_back(tmp_path):
    sprout = tmp_path / "sprout-bulk.csv"
    sprout.write_text('date,time_24hr,message_text\r\n12/07/2026,10:30,"Two lines,\r\nwith a comma"\r\n')
    [post] = load_posts([sprout])
    assert post.text == "Two lines,\nwith a comma" and post.date == "2026-12-07"
    hoot = tmp_path / "hootsuite-bulk.csv"
    hoot.write_text('12/07/2026 10:30,"First message",\r\n12/09/2026 18:00,Second,https://x.example\r\n')
    posts = load_posts([hoot])
    assert [(p.text, p.date) for p in posts] == [("First message", "2026-12-07"),
                                                 ("Second", "2026-12-09")]
    assert posts[1].extra["link"] == "https://x.example"


def test_folder_of_scheduler_exports():
    posts = load_posts([EXPORTS / "schedulers"])
    assert {p.extra["export"] for p in posts} == {"buffer", "hootsuite", "sprout"}
    assert len(posts) == 3 + 4 + 3


def test_generic_csv_is_read_exactly_as_before(tmp_path):
    p = tmp_path / "p.csv"
    p.write_text("id,text,date,platform,network,profile\n7,hello,01/02/2026,Twitter,X,me\n")
    [post] = load_posts([p])
    assert (post.id, post.text, post.date, post.platform) == ("7", "hello", "01/02/2026", "twitter")
    assert post.extra == {"network": "X", "profile": "me"}
    with pytest.raises(PlannerError, match=r"bad\.csv: line 1: no text column"):
        bad = tmp_path / "bad.csv"
        bad.write_text("foo,bar,baz\n1,2,3\n")
        load_posts([bad])


def test_stdin_csv_export_is_recognised():
    text = (EXPORTS / "schedulers" / "buffer_posts.csv").read_text()
    posts = load_posts(["-"], input_format="csv", stdin=io.StringIO(text))
    assert posts[0].platform == "x" and posts[0].source == "<stdin>"
    assert parse_posts(text, "csv", "b.csv")[2].date == "2024-04-05"


# --------------------------------------------------------------------------- values


@pytest.mark.parametrize("raw, iso", [
    ("Wed Oct 10 20:19:24 +0000 2018", "2018-10-10"),
    ("Mon Jan 01 23:30:00 -0500 2024", "2024-01-02"),   # converted to UTC
    (1696150800, "2023-10-01"),
    ("1696150800000", "2023-10-01"),
    ("2024-04-02T08:00:00Z", "2024-04-02"),
    ("2024-03-05 14:22:11", "2024-03-05"),
    ("03/15/2024 10:05 am", "2024-03-15"),
    ("15/03/2024", "2024-03-15"),
    ("Apr 5, 2024 6:15 PM", "2024-04-05"),
    ("5 September 2024", "2024-09-05"),
    ("not a date", ""),
    ("13/13/2024", ""),
    ("", ""),
])
def test_iso_date(raw, iso):
    assert iso_date(raw) == iso


def test_iso_date_day_first():
    assert iso_date("01/02/2024") == "2024-01-02"
    assert iso_date("01/02/2024", day_first=True) == "2024-02-01"


@pytest.mark.parametrize("raw, pid", [
    ("Twitter", "x"), ("X (Twitter)", "x"), ("x", "x"), ("LinkedIn Company Page", "linkedin"),
    ("Instagram Business", "instagram"), ("Facebook Page", "facebook"), ("TikTok", "tiktok"),
    ("YouTube", "youtube"), ("Threads", "threads"), ("Pinterest", "pinterest"), ("", ""),
    ("Mastodon", "mastodon"),
])
def test_platform_id(raw, pid):
    assert platform_id(raw) == pid


# --------------------------------------------------------------------------- errors and safety


def test_zip_that_is_not_a_zip(tmp_path):
    p = tmp_path / "archive.zip"
    p.write_text("this is not a zip")
    with pytest.raises(PlannerError, match=r"archive\.zip: not a zip file"):
        load_posts([p])


def test_folder_without_export(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "generic.csv").write_text("text\nhello\n")
    with pytest.raises(PlannerError, match=r"no posts export found in .* \(looked for data/tweets\.js"):
        load_posts([tmp_path])


def test_zip_without_export(tmp_path):
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("photo.txt", "nothing here")
    with pytest.raises(PlannerError, match=r"no posts export found in .*photos\.zip"):
        load_posts([archive])


def test_missing_folder(tmp_path):
    with pytest.raises(PlannerError, match="no such file or folder"):
        load_posts([tmp_path / "nope"])
    with pytest.raises(PlannerError, match="no such file"):
        load_posts([tmp_path / "nope.csv"])


def test_zip_members_outside_the_archive_are_ignored(tmp_path):
    archive = tmp_path / "evil.zip"
    body = 'window.YTD.tweets.part0 = [{"tweet": {"full_text": "escaped"}}]'
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../data/tweets.js", body)
        zf.writestr("/abs/data/tweets.js", body)
        zf.writestr("__MACOSX/data/tweets.js", body)
    with pytest.raises(PlannerError, match="no posts export found"):
        load_posts([archive])
    assert not (tmp_path.parent / "data").exists()


def test_zip_bomb_is_refused(tmp_path):
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("data/tweets.js", b"window.YTD.tweets.part0 = [" + b" " * (51 * 1024 * 1024) + b"]")
    with pytest.raises(PlannerError, match=r"bomb\.zip:data/tweets\.js: refused: looks like a zip bomb"):
        load_posts([archive])


def test_oversized_zip_member_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(archives, "MAX_MEMBER_BYTES", 1000)
    archive = tmp_path / "big.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("data/tweets.js", "window.YTD.tweets.part0 = [" + " " * 2000 + "]")
    with pytest.raises(PlannerError, match=r"big\.zip:data/tweets\.js: archive member is too large"):
        load_posts([archive])


def test_zip_is_read_in_memory_not_extracted(tmp_path, monkeypatch):
    archive = zip_folder(X_ARCHIVE, tmp_path / "archive.zip")

    def no_extract(*args, **kwargs):
        raise AssertionError("extracted to disk")

    monkeypatch.setattr(zipfile.ZipFile, "extract", no_extract)
    monkeypatch.setattr(zipfile.ZipFile, "extractall", no_extract)
    assert len(load_posts([archive])) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.zip"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_folder_scan_never_follows_links_outside(tmp_path):
    outside = tmp_path / "outside"
    (outside / "data").mkdir(parents=True)
    (outside / "data" / "tweets.js").write_text('window.YTD.tweets.part0 = [{"tweet": {"full_text": "secret"}}]')
    export = tmp_path / "export"
    (export / "data").mkdir(parents=True)
    (export / "data" / "tweets.js").symlink_to(outside / "data" / "tweets.js")
    (export / "linked").symlink_to(outside, target_is_directory=True)
    with pytest.raises(PlannerError, match="no posts export found"):
        load_posts([export])


def test_classify_an_archive_end_to_end(run, tmp_path):
    r = run("classify", X_ARCHIVE, "--format", "json")
    assert r.code == 0, r.err
    rows = json.loads(r.out)
    assert [row["id"] for row in rows][:1] == ["1050118621198921728"] and len(rows) == 4
    archive = zip_folder(X_ARCHIVE, tmp_path / "archive.zip")
    assert run("classify", archive).code == 0
    bad = tmp_path / "bad.zip"
    bad.write_text("nope")
    r = run("classify", bad)
    assert r.code == 1 and "bad.zip: not a zip file" in r.err and "Traceback" not in r.err
