"""The column layouts of the known CSV exports (LinkedIn, Hootsuite, Sprout Social, Buffer), kept as data.

Scheduler column names are what those tools' exports and reports use as far as
could be checked; where they could not, they are assumptions, kept here so a
renamed column is a one-line fix: Hootsuite post report "Date (GMT)", "Post ID",
"Post Message", "Post Permalink", "Social Network" (and "Message"/"Date"); Sprout
Social Post Performance "Date", "Post ID", "Network", "Profile", "Sent by", "Link",
"Post" (or "Message"), and its bulk file "date", "time_24hr", "message_text";
Buffer "Text" (or "Update"), "Posted At", "Service" (assumed). LinkedIn's
``Shares.csv`` follows its documented data export.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CsvExport:
    """How one tool's CSV export maps to posts: candidate column names, lower case, in preference order."""

    name: str
    label: str
    matches: Callable[[set[str]], bool]
    text: tuple[str, ...]
    date: tuple[str, ...] = ()
    platform: tuple[str, ...] = ()
    fixed_platform: str = ""
    ids: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


#: Link columns, the same in every layout (mapped to ``extra["link"]``).
_LINKS = {"link": "link", "permalink": "link", "post permalink": "link", "post link": "link",
         "service link": "link", "sharelink": "link", "link_url": "link"}

#: Known exports, checked in this order (the module notes say where the names come
#: from). A header matching one of these wins over the plain text-column reading.
CSV_EXPORTS: tuple[CsvExport, ...] = (
    CsvExport(
        name="linkedin", label="LinkedIn Shares.csv",
        matches=lambda h: "sharecommentary" in h and ("sharelink" in h or "date" in h),
        text=("sharecommentary",), date=("date",), fixed_platform="linkedin",
        extra={**_LINKS, "sharedurl": "shared_url", "mediaurl": "media_url", "visibility": "visibility"},
    ),
    CsvExport(
        name="hootsuite", label="Hootsuite",
        matches=lambda h: "post message" in h or (
            "social network" in h and bool(h & {"message", "text", "post text", "post"})),
        text=("post message", "message", "post text", "text", "post"),
        date=("date (gmt)", "date (utc)", "date", "post date", "published date", "date published",
              "sent date", "scheduled date", "publish date"),
        platform=("social network", "network"), ids=("post id",),
        extra={**_LINKS, "post type": "post_type", "social profile": "profile", "profile": "profile"},
    ),
    CsvExport(
        name="sprout", label="Sprout Social",
        matches=lambda h: "network" in h and bool(h & {"post", "message"})
        and bool(h & {"post id", "sent by", "profile"}),
        text=("post", "message"), date=("date", "published date", "date published", "sent date"),
        platform=("network",), ids=("post id",),
        extra={**_LINKS, "profile": "profile", "post type": "post_type",
               "content type": "content_type", "sent by": "sent_by"},
    ),
    CsvExport(
        name="sprout-bulk", label="Sprout Social bulk upload",
        matches=lambda h: "message_text" in h,
        text=("message_text",), date=("date",), extra={**_LINKS, "time_24hr": "time"},
    ),
    CsvExport(
        name="buffer", label="Buffer",
        matches=lambda h: bool(h & {"service", "posted at"}) and bool(h & {"text", "update", "post text"}),
        text=("text", "update", "post text"),
        date=("posted at", "sent at", "date", "due at", "scheduled at", "created at"),
        platform=("service", "channel", "network"),
        extra={**_LINKS, "type": "post_type", "channel name": "profile", "profile": "profile"},
    ),
)
