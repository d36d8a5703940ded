"""Briefs of our own for tests/test_copy_voice_grammar.py: eight businesses in several
countries and currencies, products, services and a digital course, each tone a different
register, descriptions written as a seller would type them (a list of facts after a comma)."""

from __future__ import annotations

VOICE_BRIEFS: dict[str, dict] = {
    "roastery-nz": {
        "product": "small-batch coffee beans", "brand": "Keel & Kettle", "kind": "product",
        "description": "small-batch coffee beans roasted in Petone, 6 single origins on rotation, "
                       "250g bag NZ$19, subscription from NZ$34 a month",
        "tone": "sunny, casual, kinda goofy", "platforms": ["instagram", "facebook"],
        "sells_on": ["website"], "url": "https://keelkettle.example", "posts_per_week": 3,
        "weeks": 4, "start": "2027-04-05", "country": "NZ", "timezone": "Pacific/Auckland",
        "differentiators": ["roasted on Monday shipped on Tuesday", "beans weighed not scooped"],
        "tips": ["Grind right before you brew, not the night before."],
        "story": ["Mere bought a 1 kg roaster off a retiring cafe owner in 2020."],
    },
    "yoga-porto": {
        "product": "hot yoga classes", "brand": "Estúdio Brasa", "kind": "service",
        "action": "book",
        "description": "hot yoga studio in Bonfim, 22 classes a week, drop-in €12, "
                       "10-class pass €95",
        "tone": "calm, knowledgeable, a bit old school", "platforms": ["instagram", "facebook"],
        "url": "https://brasa.example", "posts_per_week": 3, "weeks": 4, "start": "2027-02-01",
        "country": "PT", "timezone": "Europe/Lisbon",
        "differentiators": ["family run in Bonfim since 2009", "mats washed not wiped"],
        "launch": {"what": "the new Sunday slow flow class (75 minutes, all levels)",
                   "date": "2027-02-21"},
        "referral_reward": "both of you get a free week of classes when your friend books "
                           "with your name",
        "events": [{"title": "Open morning", "when": "2027-02-13T10:00:00",
                    "platform": "instagram", "place": "Rua do Bonfim 88, Porto"}],
    },
    "vat-course-pl": {
        "product": "online course on VAT returns for small shops in Poland",
        "brand": "VAT bez stresu", "kind": "digital", "action": "enrol",
        "description": "online course on VAT returns for small shops, 9 short lessons, "
                       "lifetime access 249 zł",
        "tone": "dry, a bit nerdy", "platforms": ["youtube", "x"], "posts_per_week": 3,
        "url": "https://vatbezstresu.example", "weeks": 3, "start": "2027-01-11", "country": "PL",
        "tips": ["File the JPK a day early: the portal slows down on the 25th."],
        "problems": ["a VAT return sent back for one wrong box"],
    },
    "kayak-oslo": {
        "product": "sea kayak rental on the Oslofjord", "kind": "service",
        "description": "sea kayak rental at Bygdøy, single kayak 450 kr for 3 hours, "
                       "double 700 kr, life jackets included",
        "platforms": ["tiktok", "instagram"], "posts_per_week": 3, "weeks": 3,
        "start": "2027-06-07", "country": "NO", "timezone": "Europe/Oslo",
        "differentiators": ["no experience needed"],
    },
    "windows-leith": {
        "product": "commercial window cleaning", "brand": "Shore Street Glazing Care",
        "kind": "service", "action": "call", "b2b": True,
        "description": "window cleaning for offices, shops and hotels across Edinburgh and "
                       "the Lothians, from £40 a visit, no minimum term after the first month",
        "tone": "very formal", "platforms": ["linkedin", "facebook"], "posts_per_week": 2,
        "weeks": 4, "start": "2027-05-10", "country": "GB", "timezone": "Europe/London",
        "differentiators": ["family run in Leith since 1994", "water filtered not sprayed",
                            "insured to £5m"],
        "story": ["The van is still the one the founder bought in 1994."],
    },
    "notebooks-kyoto": {
        "product": "hand-bound notebooks", "brand": "Tojiya", "kind": "product",
        "description": "Notebooks, journals and sketchbooks bound by hand in Kyoto on cotton "
                       "paper, sold in sets of 3 (from ¥3,200) on Etsy",
        "tone": "playful, emoji ok", "platforms": ["instagram", "pinterest"],
        "sells_on": ["etsy"], "url": "https://tojiya.example", "posts_per_week": 3,
        "weeks": 4, "start": "2027-03-01", "country": "JP", "timezone": "Asia/Tokyo",
        "story": ["I bound my first notebook at 14 in my aunt's paper shop."],
        "launch": {"what": "the new Washi Field notebook (A6, 64 pages)", "date": "2027-03-22"},
        "referral_reward": "both of you get a free pen loop when your friend orders with "
                           "your name in the note",
    },
    "mushrooms-ca": {
        "product": "oyster mushroom grow kits", "brand": "Spore & Soil", "kind": "product",
        "description": "oyster mushroom grow kits made in Hamilton, first harvest in 10 days, "
                       "CA$32 a kit, free shipping over CA$60",
        "tone": "warm, friendly", "platforms": ["instagram", "pinterest", "facebook"],
        "sells_on": ["website"], "url": "https://sporesoil.example", "posts_per_week": 4,
        "weeks": 3, "start": "2027-10-04", "country": "CA", "timezone": "America/Toronto",
        "tips": ["Mist twice a day and keep the kit out of direct sun."],
        "faqs": [{"question": "Do I need any equipment?", "answer": "Only a spray bottle."}],
    },
    "piano-austin": {
        "product": "piano lessons for adults", "brand": "Low C Studio", "kind": "service",
        "action": "book",
        "description": "one-to-one piano lessons for adult beginners in East Austin, "
                       "45 minutes $55, first lesson half price",
        "tone": "direct, no fluff", "platforms": ["instagram", "threads"], "posts_per_week": 3,
        "weeks": 3, "start": "2027-09-06", "country": "US", "timezone": "America/Chicago",
        "url": "https://lowc.example",
        "problems": ["forty-minute YouTube tutorials that never fix your hand position"],
    },
}
