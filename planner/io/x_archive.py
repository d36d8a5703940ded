"""Posts of an X/Twitter archive's ``data/tweets.js`` (``window.YTD.tweets.part0 = [...]``)."""

from __future__ import annotations

import html
import json
import re

from planner.domain.post import Post
from planner.errors import PlannerError
from planner.io.dates import iso_date
from planner.io.records import text_or_empty

_YTD_PREFIX = re.compile(r"\A\ufeff?\s*window\.YTD\.[A-Za-z0-9_.]+\s*=\s*")


def parse_tweets_js(text: str, source: str) -> list[Post]:
    """Posts of an X/Twitter archive ``data/tweets.js`` (``window.YTD.tweets.part0 = [...]``).

    Retweets (``RT @…``) get ``extra["kind"] = "retweet"``, replies ``"reply"``,
    the rest ``"post"``. HTML entities are decoded and t.co links expanded.
    """
    m = _YTD_PREFIX.match(text)
    if not m:
        raise PlannerError("not an X/Twitter archive data file (expected it to start with "
                           "window.YTD.tweets.part0 = [)", source=source)
    lines_before = text.count("\n", 0, m.end())
    body = text[m.end():].rstrip().removesuffix(";")
    try:
        value = json.loads(body)
    except json.JSONDecodeError as exc:
        raise PlannerError(f"line {exc.lineno + lines_before}: not valid JSON ({exc.msg})",
                           source=source) from None
    except RecursionError:
        raise PlannerError("JSON is nested too deeply", source=source) from None
    if not isinstance(value, list):
        raise PlannerError("expected a list of tweets after window.YTD.… =", source=source)
    posts = []
    for i, item in enumerate(value, start=1):
        tweet = item.get("tweet", item) if isinstance(item, dict) else None
        if not isinstance(tweet, dict):
            raise PlannerError(f'item {i}: expected an object like {{"tweet": {{…}}}}', source=source)
        raw = tweet.get("full_text", tweet.get("text"))
        if not isinstance(raw, str):
            raise PlannerError(f"item {i}: the tweet has no full_text", source=source)
        if raw.startswith("RT @"):
            kind = "retweet"
        elif tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id"):
            kind = "reply"
        else:
            kind = "post"
        extra = {"export": "x-archive", "kind": kind}
        if isinstance(tweet.get("in_reply_to_screen_name"), str) and kind == "reply":
            extra["in_reply_to"] = tweet["in_reply_to_screen_name"]
        created = text_or_empty(tweet.get("created_at"))
        day = iso_date(created)
        if created and not day:
            extra["date_raw"] = created
        posts.append(Post(
            text=_expand_tco(html.unescape(raw), tweet),
            id=str(tweet.get("id_str") or tweet.get("id") or ""),
            date=day,
            platform="x",
            source=source,
            extra=extra,
        ))
    return posts


def _expand_tco(text: str, tweet: dict) -> str:
    entities = tweet.get("entities")
    urls = entities.get("urls") if isinstance(entities, dict) else None
    for u in urls if isinstance(urls, list) else []:
        if isinstance(u, dict) and text_or_empty(u.get("url")) and text_or_empty(u.get("expanded_url")):
            text = text.replace(u["url"], u["expanded_url"])
    return text
