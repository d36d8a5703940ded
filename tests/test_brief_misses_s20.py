"""Readings left over from the q001-q150 misses, each tested on businesses of our own: a
count said for the platform before it while the next platform's count is still to come
("ig 3 times a week and tiktok", then "tiktok 2"), kinds of post with a word between the
number and the kind added up ("1 long video + 3 shorts a week"), and towns of 50,000 people
or more (Galway)."""

from __future__ import annotations

import pytest

from tests.brief_helpers import chat


def _cadence(brief) -> int | dict:
    return dict(brief.cadence) if brief.cadence else brief.posts_per_week


def test_a_count_said_for_one_platform_stays_its_when_the_next_gets_one_later():
    brief = chat("we make hand-bound sketchbooks, insta 3 times a week and tiktok", "tiktok 2").brief
    assert _cadence(brief) == {"instagram": 3, "tiktok": 2}


def test_a_count_after_a_list_is_still_the_lists_total():
    brief = chat("we make hand-bound sketchbooks, instagram and facebook, 4 a week",
                 "make it 2 a week on fb").brief
    assert _cadence(brief) == {"instagram": 2, "facebook": 2}


@pytest.mark.parametrize("message,expected", [
    ("bike repair workshop, youtube 1 long video and 3 shorts a week", 4),
    ("bike repair workshop, 2 long-form videos + 3 shorts a week on youtube", 5),
    ("bike repair workshop, yt 1 long video + 3 shorts a week and ig 4x",
     {"youtube": 4, "instagram": 4}),
])
def test_kinds_of_post_with_a_word_between_are_added_up(message, expected):
    assert _cadence(chat(message).brief) == expected


@pytest.mark.parametrize("message,country", [
    ("I run a bike repair workshop in Galway, instagram 3x a week", "IE"),
    ("we roast nuts in Lüneburg and sell on etsy", "DE"),
])
def test_towns_of_fifty_thousand_people_give_the_country(message, country):
    assert chat(message).brief.country == country


@pytest.mark.parametrize("message,country", [
    ("we sell wool throws, yarn from a mill in Bradford, instagram 3x", ""),
    ("we sell coffee, beans from a family farm near Armenia, instagram 3x", ""),
    ("we're a small studio in Como selling silk scarves", "IT"),
])
def test_a_town_where_the_goods_come_from_is_not_the_sellers(message, country):
    assert chat(message).brief.country == country
