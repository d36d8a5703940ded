"""Awareness posts after blind read 30 (s31, helper b): a giveaway's prize, a problem and its
answer, the hashtags and a launch's ask said as a person says them. Every brief here is our
own."""

from __future__ import annotations

import datetime as dt
import re

from tests.calendar_helpers import plan

#: a bike-repair workshop giving away a tune-up for two riders, three platforms
_BIKES = {
    "product": "bicycle servicing and wheel truing", "kind": "service", "brand": "Speichenwerk",
    "description": "bikes are serviced by two mechanics in a former dairy in Graz-Lend, a "
                   "full service is €89",
    "platforms": ["instagram", "tiktok", "threads"], "posts_per_week": 5,
    "url": "https://speichenwerk.at/termin", "action": "book",
    "giveaway": "a spring tune-up for two riders (worth €178)",
    "giveaway_ends": dt.date(2027, 1, 22), "giveaway_draw": dt.date(2027, 1, 25),
    "giveaway_rules": "https://speichenwerk.at/gewinnspiel",
}


def test_a_giveaway_says_its_prize_as_a_sentence_never_after_a_label_and_a_colon():
    # (blind read 30: "Win our personal colour analysis: a couple session for two (worth
    # ₩160,000)" in five posts; the prize is said as the brief gives it)
    cal = plan(_BIKES)
    runs = [p for p in cal.posts if p.tactic == "follow giveaway"]
    assert runs, [(p.tactic, p.text) for p in cal.posts]
    for p in runs:
        assert "a spring tune-up for two riders" in p.text, p.text
        assert not re.search(r"(?i)\bour [^.:]*: a spring", p.text), p.text


#: a cooking course named by a capitalised phrase in Spanish, sold online
_FLAN = {
    "product": "Dulce de Leche que Enamora video course", "kind": "digital",
    "brand": "Cocina de Marta",
    "description": "eight short videos on cooking dulce de leche in a home kitchen and selling "
                   "it in jars at a market, lifetime access for $29",
    "platforms": ["instagram", "tiktok"], "posts_per_week": 4,
    "url": "https://cocinademarta.com/curso",
}


def test_a_hashtag_is_a_name_people_search_never_a_fragment_of_a_sentence():
    # (blind read 30: "Bolo de Pote que Vende online course" was tagged "#quevende", "that
    # sells", on every post)
    cal = plan(_FLAN)
    tags = {t.lower() for p in cal.posts for t in p.hashtags}
    assert "#dulcedeleche" in tags, tags
    assert not tags & {"#queenamora", "#enamora", "#leche", "#dulce", "#deleche"}, tags
