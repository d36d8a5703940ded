"""Assemble the real-post development set (models/real/posts.csv) from pinned public sources.

Stdlib only; nothing in the planner package or its tests imports this file.

Each source is one file of a public GitHub repository at a pinned commit (see
models/data/SOURCES.md). The script reads it from a fetched mirror (a bare git
directory: `git show COMMIT:PATH`) or, with --from DIR, from DIR/<source key>/<file
name>; it checks the file's SHA-256, extracts the brand-written texts, cleans them,
drops duplicates across all sources, samples each source with a fixed seed and
writes posts.csv.

Texts are written only with --with-text, and then only for sources whose licence
allows redistribution; the committed posts.csv carries ids and SHA-256s (see
SOURCES.md for why), and models/real/restore.py rebuilds the texts.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import html
import io
import json
import os
import random
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

SEED = 20261203
CAP = 500  # posts per source at most (about 20% of the set)
MIN_CHARS = 20
NEAR_DUP_JACCARD = 0.8
HERE = Path(__file__).resolve().parent
DEFAULT_MIRRORS = Path(os.environ.get("PLANNER_MIRRORS", "/work/.mirror"))
DEFAULT_OUT = HERE / "posts.csv"
COLUMNS = ["id", "source", "text", "sha256", "platform", "kind"]

Record = tuple[str, str]  # (original id, raw text)


class SourceError(Exception):
    """A source file is missing or is not the pinned one."""


@dataclass(frozen=True)
class Source:
    key: str
    repo: str
    commit: str
    path: str
    licence: str
    redistributable: bool
    platform: str
    kind: str
    extract: Callable[[bytes], Iterator[Record]]
    mask_mentions: bool = False  # replies to private customers: @handle -> @user

    @property
    def mirror_name(self) -> str:
        return self.repo.replace("/", "+")


# --- extractors: bytes of the pinned file -> (id, text) of brand-written posts ---

def _csv_rows(data: bytes, **kw) -> Iterator[dict]:
    yield from csv.DictReader(io.StringIO(data.decode("utf-8-sig")), **kw)


def ext_ibm_cdp(data: bytes) -> Iterator[Record]:
    """Agent (brand) turns of the IBM Twitter customer-care conversations."""
    for conv in json.loads(data):
        company = conv["dialogHeader"]["company"]
        for turn in conv["dialogContent"]:
            if turn.get("agent") == company:
                yield turn["tweet_ID"], turn["message"]
        url_turn = conv["agentURL"]
        yield url_turn["tweet_ID"], url_turn["url_utterance"]


def ext_yum(data: bytes) -> Iterator[Record]:
    """@yumbrands' own tweets; rows that are other accounts' quoted or retweeted tweets are skipped."""
    for row in _csv_rows(data):
        if row["username"].lower() != "yumbrands":
            continue
        if row["is_retweeted_tweet"] == "True" or row["is_quoted_tweet"] == "True":
            continue
        yield row["tweet_id"], row["text"]


def ext_mdid(data: bytes) -> Iterator[Record]:
    """Instagram posts whose annotated intent is 'promote' (MDID, Kruk et al. 2019)."""
    for post in json.loads(data):
        if post.get("intent") == "promote":
            yield post["id"], post["orig_caption"]


_BULLET_PREFIX = "Make sure this fits by entering your model number."


def ext_amazon(data: bytes) -> Iterator[Record]:
    """Amazon listings: the first three 'About this item' bullets the seller wrote."""
    for row in _csv_rows(data):
        bullets = [b.strip() for b in row["About Product"].split("|")]
        bullets = [b for b in bullets if b and b != _BULLET_PREFIX]
        if bullets:
            yield row["Uniq Id"], " ".join(bullets[:3])


def ext_etsy(data: bytes) -> Iterator[Record]:
    """Etsy listings (title and description) as returned by the Etsy API, embedded in a JS module."""
    text = data.decode("utf-8")
    start, end = text.index("JSON.parse("), text.rindex(")")
    pieces = re.findall(r"'((?:[^'\\]|\\.)*)'", text[start:end])
    js_escapes = {"n": "\n", "t": "\t", "r": "\r"}
    body = re.sub(r"\\(.)", lambda m: js_escapes.get(m.group(1), m.group(1)), "".join(pieces))
    for item in json.loads(body):
        if item.get("title"):  # a removed listing has no text
            yield str(item["listing_id"]), f"{item['title']}\n{item.get('description', '')}"


def ext_sms(data: bytes) -> Iterator[Record]:
    """Messages labelled spam (unsolicited commercial SMS) of the UCI SMS Spam Collection; id = line number."""
    for n, line in enumerate(data.decode("utf-8").splitlines(), start=1):
        label, _, text = line.partition("\t")
        if label == "spam":
            yield str(n), text


def ext_genv_email(data: bytes) -> Iterator[Record]:
    """Text blocks of Million Dollar Vegan / GenV campaign emails; id = campaign ID + block position."""
    for row in _csv_rows(data):
        if row["type"] != "text":
            continue
        campaign = re.search(r"[?&]ID=([0-9A-F]+)", row["email_url"])
        yield f"{campaign.group(1) if campaign else 'x'}-{row['position']}", row["content"]


def ext_op_linkedin(data: bytes) -> Iterator[Record]:
    """Animal Think Tank's own LinkedIn page posts (a scraper export); id = the activity number."""
    for row in _csv_rows(data):
        activity = re.search(r"activity:(\d+)", row["postUrl"])
        if activity and "repost" not in row.get("action", "").lower():
            yield activity.group(1), row["postContent"]


def ext_genv_page(data: bytes) -> Iterator[Record]:
    """GenV's page posts from a scheduler export (Facebook or LinkedIn); id = row number."""
    for n, row in enumerate(_csv_rows(data), start=1):
        yield f"{n}", row["Content"]


def ext_twcs(data: bytes) -> Iterator[Record]:
    """Company (outbound) tweets of the Customer Support on Twitter sample."""
    for row in _csv_rows(data):
        if row["inbound"] in ("False", "FALSE"):
            yield row["tweet_id"], row["text"]


SOURCES: list[Source] = [
    Source("ibm_cdp", "IBM/twitter-customer-care-document-prediction",
           "453470eea55a1777f798053a6ac6302a9bf80f9a", "dev.json",
           "Apache-2.0", True, "x", "support reply", ext_ibm_cdp, mask_mentions=True),
    Source("ibm_cdp_test", "IBM/twitter-customer-care-document-prediction",
           "453470eea55a1777f798053a6ac6302a9bf80f9a", "test.json",
           "Apache-2.0", True, "x", "support reply", ext_ibm_cdp, mask_mentions=True),
    Source("yum", "EconText/Cheap-Talk", "a85a7d82000033a86453832eb9aba2a1474b6336",
           "data/yum_tweets_10_years.csv", "none stated", False, "x", "brand post", ext_yum),
    Source("mdid", "karansikka1/documentIntent_emnlp19", "1b0bbf31afaa78f084b73dce3c7cd81eb65b667d",
           "master_metadata.json", "none stated", False, "instagram", "brand post", ext_mdid),
    Source("amazon", "ycnliu/ecommerce-rag-pipeline", "0a5b2d0ce31591d270cf7d9681d9f15691f2a26b",
           "data/test_sample_1000.csv", "repository MIT; data licence not stated", False,
           "marketplace", "listing", ext_amazon),
    Source("etsy", "nikitasmg/ra-16-3", "6898351609aff08ae6248dc67a55f5ed7f43e493",
           "src/data/etsy.js", "none stated", False, "marketplace", "listing", ext_etsy),
    Source("sms", "krishnaik06/Huggingfacetransformer", "8e97d009508252d1a31ac1fdbd2722f310d99d92",
           "SMSSpamCollection", "CC-BY-4.0 (UCI SMS Spam Collection)", True,
           "sms", "promotional sms", ext_sms),
    Source("genv_email", "Open-Paws/Datasets", "0911f460927416220e97bf027fadcd37b0f5dff9",
           "email_marketing_analytics/GenV Email Analytics.csv",
           "Modified Apache-2.0 (Open Paws)", False, "email", "newsletter block", ext_genv_email),
    Source("op_linkedin", "Open-Paws/Datasets", "bafa4a8f9633c7d65633b5bf0f5fdc09c9bb2313",
           "social_media_analytics/Animal Think Tank Linkedin.csv",
           "Modified Apache-2.0 (Open Paws)", False, "linkedin", "organisation post", ext_op_linkedin),
    Source("op_linkedin_genv", "Open-Paws/Datasets", "bafa4a8f9633c7d65633b5bf0f5fdc09c9bb2313",
           "social_media_analytics/genv_linkedin.csv",
           "Modified Apache-2.0 (Open Paws)", False, "linkedin", "organisation post", ext_genv_page),
    Source("genv_facebook", "Open-Paws/Datasets", "bafa4a8f9633c7d65633b5bf0f5fdc09c9bb2313",
           "social_media_analytics/genv_facebook.csv",
           "Modified Apache-2.0 (Open Paws)", False, "facebook", "organisation post", ext_genv_page),
    Source("twcs", "arslanmit/chatbotAnalyticsLab", "78d5896d0b7c46c54673ba6633b8ea2e143ef46f",
           "Dataset/CustomerSupportOnTwitter/sample.csv", "CC-BY-NC-SA-4.0 (Kaggle TWCS)", False,
           "x", "support reply", ext_twcs, mask_mentions=True),
]

# The pinned SHA-256 of each source file (filled from the files the set was built from).
FILE_SHA256 = {
    "ibm_cdp": "5d42ec6f900d81c6e803e4bd7b1f4a07697fed96ed61792d5ced72f634c348dc",
    "ibm_cdp_test": "1f80246bea00339a4e742ec98e81da0d86e4ce8a940bb492a3d42844b1635364",
    "yum": "3c7a8f482d4e9bdcee4e42197d5de36dd96610be6e2dca3cf2dc9f335a31a4b2",
    "mdid": "e96494885a6c150ec001352b5940d5f855444295ce34dd71a5fb9ba34c233c33",
    "amazon": "5939612d0d077abcbe1389dbaf14a0bd7abfd2916297aadf6fbab53ac37d3a06",
    "etsy": "bc96c44aa65b9a063e9fa00aa821e9eb9547e836c10be3e94731ca5be2c6c5fe",
    "sms": "55341228082b25b832a5868a5ab4b038142a57f70c676c123280af6ff457fe46",
    "genv_email": "14bf2eee873728b6a9af4a47bd0600dc4b212427de8e133a30eb3cd329c65d4e",
    "op_linkedin": "461b57371d8816ac351d63c254ca93650520ef454f1fc37cf9550e0b51562160",
    "op_linkedin_genv": "16774a4dfdb9a71d1ea35a16a37e693208b0121ad412e2fc6a29e9e76dcec31a",
    "genv_facebook": "ed3f6d17c1eeab989a9db74888fe3a9a0d9c7a8902571cdb6cf4cbf46cc8bd2c",
    "twcs": "8167aa0372c1b7a3cdff2d0f2d2f7d8a605d0615d4887a54981bc82d8c30e0ac",
}

# Sources that share one sampling budget (two files of one dataset count as one source).
SOURCE_GROUP = {"ibm_cdp_test": "ibm_cdp", "op_linkedin_genv": "op_linkedin"}


# --- reading the pinned files ---

def read_source(src: Source, mirrors: Path | None, from_dir: Path | None) -> bytes:
    if from_dir is not None:
        path = from_dir / group_of(src.key) / Path(src.path).name
        if not path.is_file():
            raise SourceError(f"{path}: missing (expected {src.repo}@{src.commit[:12]}:{src.path})")
        data = path.read_bytes()
        where = str(path)
    else:
        git_dir = _git_dir(mirrors / src.mirror_name)
        proc = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{src.commit}:{src.path}"],
                              capture_output=True)
        if proc.returncode != 0:
            raise SourceError(f"{git_dir}: cannot read {src.commit[:12]}:{src.path} "
                              f"(fetch {src.repo} first, or pass --from DIR)")
        data = proc.stdout
        where = f"{git_dir}:{src.path}"
    want = FILE_SHA256.get(src.key, "")
    got = hashlib.sha256(data).hexdigest()
    if want and got != want:
        raise SourceError(f"{where}: SHA-256 {got[:16]}… is not the pinned {want[:16]}… of {src.key}")
    return data


def _git_dir(root: Path) -> Path:
    for cand in (root / "repo" / ".git", root / "repo", root):
        if (cand / "HEAD").is_file() and (cand / "objects").is_dir():
            return cand
    raise SourceError(f"{root}: no fetched git directory here")


def group_of(key: str) -> str:
    return SOURCE_GROUP.get(key, key)


# --- cleaning ---

URL_RE = re.compile(r"https?://\S+|www\.\S+", re.I)
MENTION_RE = re.compile(r"(?<![\w@])@\w+")
HASHTAG_RE = re.compile(r"(?<!\w)#\w+")
STOPWORDS = frozenset("""a about after all also am an and any are as at be because been before being
but by can could did do does doing for from get got had has have having he her here him his how i if
in into is it its just let me more most my no not now of off on one only or our out over own please
same she should so some such than that the their them then there these they this those to too up us
very was we were what when where which while who why will with would you your yours""".split())


FOREIGN = frozenset("""de la que el en los las por con para una del al es su lo como pero más um uma não nos
você são seu sua le les des et est pour une du au qui dans pas sur il di che per non della sono gli
der die und das ist nicht mit ein eine zu den auf von für""".split())
MATH_ALNUM_RE = re.compile("[\U0001D400-\U0001D7FF]")  # 'bold' letters used for styling
MOJIBAKE_MARKS = ("\u00c3", "\u00e2\u20ac", "\u221a", "\u00c2")


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252 or Mac Roman ('Conhe\u221a\u00dfa', 'don\u00e2\u20ac\u2122t'), run by run of non-ASCII."""
    if not any(mark in text for mark in MOJIBAKE_MARKS):
        return text

    def fix_run(m: re.Match) -> str:
        for enc in ("cp1252", "mac_roman"):
            try:
                return m.group(0).encode(enc).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        return m.group(0)

    return re.sub(r"[^\x00-\x7f]+", fix_run, text)


def normalise(text: str) -> str:
    """NFC, whitespace collapsed, stripped: the form whose SHA-256 is recorded."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def sha256_text(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def prepare(src: Source, raw: str) -> str:
    text = fix_mojibake(html.unescape(raw))
    text = MATH_ALNUM_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    if src.mask_mentions:
        text = MENTION_RE.sub("@user", text)
    return normalise(text)


def reject_reason(text: str) -> str | None:
    """Why a prepared text is dropped, or None to keep it."""
    if text.startswith("RT @"):
        return "retweet"
    if len(text) < MIN_CHARS:
        return "short"
    rest = HASHTAG_RE.sub(" ", MENTION_RE.sub(" ", URL_RE.sub(" ", text)))
    if len(re.findall(r"[^\W\d_]", rest)) < 10:
        return "links/hashtags only"
    if not looks_english(rest):
        return "not English"
    return None


def looks_english(text: str) -> bool:
    letters = re.findall(r"[^\W\d_]", text)
    if sum(ch.isascii() for ch in letters) < 0.85 * len(letters):
        return False
    words = re.findall(r"[^\W\d_']+", text.lower())
    english = sum(w in STOPWORDS for w in words)
    foreign = sum(w in FOREIGN for w in words)
    if len(words) < 4:
        return foreign == 0 and (english > 0 or all(ch.isascii() for ch in letters))
    return english > foreign and english / len(words) >= 0.12


def dup_key(text: str) -> str:
    """Exact-duplicate key: case, URLs, mentions, agent signatures and punctuation ignored."""
    t = MENTION_RE.sub(" ", URL_RE.sub(" ", text.lower()))
    t = re.sub(r"(\s[-^*~]\s?[a-z]{1,4})$", " ", t)
    return " ".join(re.findall(r"[a-z0-9]+", t))


def shingles(key: str) -> frozenset:
    words = key.split()
    if len(words) < 3:
        return frozenset([key])
    return frozenset(" ".join(words[i:i + 3]) for i in range(len(words) - 2))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


# --- the build ---

@dataclass
class Post:
    id: str
    source: str
    text: str
    platform: str
    kind: str
    redistributable: bool


def candidates(src: Source, data: bytes, stats: dict) -> list[Post]:
    out, seen_ids = [], set()
    for orig_id, raw in src.extract(data):
        stats["read"] += 1
        text = prepare(src, raw or "")
        why = reject_reason(text)
        if why:
            stats[why] = stats.get(why, 0) + 1
            continue
        pid = f"{group_of(src.key)}:{orig_id}"
        if pid in seen_ids:
            stats["same id"] = stats.get("same id", 0) + 1
            continue
        seen_ids.add(pid)
        out.append(Post(pid, group_of(src.key), text, src.platform, src.kind, src.redistributable))
    return out


def build(mirrors: Path | None, from_dir: Path | None, cap: int = CAP) -> tuple[list[Post], dict]:
    pools: dict[str, list[Post]] = {}
    stats: dict[str, dict] = {}
    for src in SOURCES:
        group = group_of(src.key)
        st = stats.setdefault(group, {"read": 0})
        pools.setdefault(group, []).extend(candidates(src, read_source(src, mirrors, from_dir), st))
    chosen: list[Post] = []
    seen_keys: set[str] = set()
    for group in sorted(pools):
        pool = sorted(pools[group], key=lambda p: p.id)
        random.Random(f"{SEED}:{group}").shuffle(pool)
        kept: list[tuple[Post, frozenset]] = []
        st = stats[group]
        for post in pool:
            if len(kept) >= cap:
                break
            key = dup_key(post.text)
            if key in seen_keys:
                st["duplicate"] = st.get("duplicate", 0) + 1
                continue
            sh = shingles(key)
            if any(jaccard(sh, other) >= NEAR_DUP_JACCARD for _, other in kept):
                st["near duplicate"] = st.get("near duplicate", 0) + 1
                continue
            seen_keys.add(key)
            kept.append((post, sh))
        st["kept"] = len(kept)
        chosen.extend(p for p, _ in kept)
    chosen.sort(key=lambda p: (p.source, p.id))
    return chosen, stats


def write_posts(posts: Iterable[Post], out: Path, with_text: bool) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for p in posts:
        text = p.text if (with_text and p.redistributable) else ""
        w.writerow([p.id, p.source, text, sha256_text(p.text), p.platform, p.kind])
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(buf.getvalue(), encoding="utf-8")
    os.replace(tmp, out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="Sources, commits and licences: models/data/SOURCES.md.")
    ap.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS,
                    help="folder of fetched mirrors named owner+repo (default: %(default)s)")
    ap.add_argument("--from", dest="from_dir", type=Path,
                    help="read raw files from DIR/<source>/<file name> instead of git mirrors")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output CSV (default: %(default)s)")
    ap.add_argument("--cap", type=int, default=CAP, help="posts per source at most (default: %(default)s)")
    ap.add_argument("--with-text", action="store_true",
                    help="write the text of sources whose licence allows redistribution")
    ap.add_argument("--print-file-sha", action="store_true", help="print each source file's SHA-256 and exit")
    args = ap.parse_args(argv)
    try:
        if args.print_file_sha:
            for src in SOURCES:
                print(src.key, hashlib.sha256(read_source(src, args.mirrors, args.from_dir)).hexdigest())
            return 0
        posts, stats = build(args.mirrors, args.from_dir, args.cap)
    except SourceError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    write_posts(posts, args.out, args.with_text)
    for group, st in sorted(stats.items()):
        print(group, " ".join(f"{k}={v}" for k, v in st.items()))
    print(f"{len(posts)} posts from {len(stats)} sources -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
