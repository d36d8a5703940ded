"""Posts of Instagram's ``posts_1.json`` and Facebook's ``your_posts_1.json`` ("Download your information", JSON)."""

from __future__ import annotations

from planner.domain.post import Post
from planner.domain.vocabularies import TEXT_COLUMNS
from planner.errors import PlannerError
from planner.io.dates import timestamp_date
from planner.io.mojibake import fix_mojibake
from planner.io.records import json_value, text_or_empty


def posts_from_json(value: object, source: str) -> list[Post] | None:
    """Posts of an Instagram or Facebook export already parsed from JSON; ``None`` if it is not one.

    Only a value the plain JSON reader would refuse (no item has a text field)
    is taken, so a plain posts file never changes meaning.
    """
    found = _meta_items(value)
    if found is None:
        return None
    kind, items = found
    return _instagram_posts(items, source) if kind == "instagram" else _facebook_posts(items, source)


def _meta_items(value: object) -> tuple[str, list] | None:
    items = value
    if isinstance(value, dict):  # e.g. {"ig_reels_media": [...]} or {"status_updates_v2": [...]}
        lists = [v for v in value.values() if isinstance(v, list)]
        if len(lists) != 1:
            return None
        items = lists[0]
    if not isinstance(items, list) or not items:
        return None
    kinds = set()
    plain_keys = set(TEXT_COLUMNS)
    for item in items:
        if not isinstance(item, dict) or {str(k).lower() for k in item} & plain_keys:
            return None
        if isinstance(item.get("media"), list):
            kinds.add("instagram")
        elif "timestamp" in item and (isinstance(item.get("data"), list)
                                      or isinstance(item.get("attachments"), list)):
            kinds.add("facebook")
        else:
            return None
    return (kinds.pop(), items) if len(kinds) == 1 else None


def _instagram_posts(items: list, source: str) -> list[Post]:
    """Instagram ``posts_1.json``: ``[{"media": [{"uri", "creation_timestamp", "title"}], "title"?, …}]``."""
    posts = []
    for item in items:
        media = [m for m in item.get("media", []) if isinstance(m, dict)]
        caption = text_or_empty(item.get("title")).strip()
        if not caption:
            caption = next((text_or_empty(m.get("title")).strip() for m in media if text_or_empty(m.get("title")).strip()), "")
        caption = fix_mojibake(caption)
        if not caption:
            continue  # a photo without a caption says nothing about its funnel stage
        stamp = item.get("creation_timestamp")
        if stamp is None and media:
            stamp = media[0].get("creation_timestamp")
        extra = {"export": "instagram", "media_count": str(len(media))}
        if media and text_or_empty(media[0].get("uri")):
            extra["media"] = media[0]["uri"]
        posts.append(Post(text=caption, date=timestamp_date(stamp), platform="instagram",
                          source=source, extra=extra))
    return posts


def _facebook_posts(items: list, source: str) -> list[Post]:
    """Facebook ``your_posts_1.json``: ``[{"timestamp", "data": [{"post"}], "attachments", "title"}]``."""
    posts = []
    for item in items:
        data = item.get("data") if isinstance(item.get("data"), list) else []
        texts = [fix_mojibake(d["post"]).strip() for d in data
                 if isinstance(d, dict) and isinstance(d.get("post"), str) and d["post"].strip()]
        if not texts:
            continue  # a photo or check-in without words
        extra = {"export": "facebook"}
        if text_or_empty(item.get("title")):
            extra["title"] = fix_mojibake(item["title"])
        link = _facebook_link(item.get("attachments"))
        if link:
            extra["link"] = link
        posts.append(Post(text="\n\n".join(texts), date=timestamp_date(item.get("timestamp")),
                          platform="facebook", source=source, extra=extra))
    return posts


def _facebook_link(attachments: object) -> str:
    for att in attachments if isinstance(attachments, list) else []:
        for d in att.get("data", []) if isinstance(att, dict) and isinstance(att.get("data"), list) else []:
            ctx = d.get("external_context") if isinstance(d, dict) else None
            if isinstance(ctx, dict) and text_or_empty(ctx.get("url")):
                return ctx["url"]
    return ""


def parse_meta_text(text: str, source: str) -> list[Post]:
    """Posts of an Instagram or Facebook posts file found in an export folder or zip (an empty list is none)."""
    value = json_value(text, source)
    if isinstance(value, list) and not value:
        return []
    posts = posts_from_json(value, source)
    if posts is None:
        raise PlannerError('not an Instagram or Facebook posts export (expected a list of '
                           '{"media": [...]} or {"timestamp": …, "data": [{"post": …}]} objects)',
                           source=source)
    return posts
