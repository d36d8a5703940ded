"""What a visual may show, from the kind of business the brief describes."""

from __future__ import annotations

import re

from planner.domain.brief import Brief


#: words that say the brief's business is with children
_MINORS_RE = re.compile(r"(?i)\b(kids?|child(?:ren)?|babies|baby|toddlers?|teens?|teenagers?|"
                        r"pupils?|school(?:s|children)?|juniors?|under[- ]1[0-8]s?|youth|"
                        r"parents?|families|family|students?)\b")


def with_minors(brief: Brief) -> bool:
    """Whether the brief's business involves children (so a photo may show one, with a
    parent's OK); a visual for any other business never mentions minors."""
    facts = brief.facts
    text = " ".join([brief.product, brief.description, brief.audience, *facts.story,
                     *facts.differentiators, *facts.problems])
    return bool(_MINORS_RE.search(text))


#: a service named by what is done ("inspections", "repairs", "cleaning", "coaching"),
#: not by a place or a thing a camera can show ("escape rooms", "a camper van")
_ACTIVITY_RE = re.compile(r"(?i)(?:ing|ions?|ments?|repairs?|lessons?|classes|class|services?|"
                          r"care|sessions?|treatments?|cuts?|checks?|audits?|surveys?|advice)$")


#: digital goods that are printed or opened as a file: they have a shape to photograph
_DOWNLOAD_RE = re.compile(r"(?i)\b(pdf|printables?|downloads?|downloadable|patterns?|templates?|"
                          r"presets?|e-?books?|wall art|prints?|planners?|fonts?)\b")


def is_activity(brief: Brief) -> bool:
    """Whether the brief sells work done rather than goods or a place: a service named by
    what is done, or anything digital (an app, a course, a membership has no shape)."""
    if brief.kind == "digital":
        return not _DOWNLOAD_RE.search(brief.product)  # a printed pattern has a shape
    head = re.split(r"\s+(?:for|with|in|at|by|from|to)\s+|,|\s[—–-]\s", brief.product.strip())[0]
    return brief.kind == "service" and bool(_ACTIVITY_RE.search(head.strip()))


#: a business that looks after people's bodies or health: a clinic, a therapist, a dentist
_CARE_RE = re.compile(r"(?i)\b(?:clinics?|podiatr\w*|chiropod\w*|physio\w*|dentists?|dental|"
                      r"orthodont\w*|osteopath\w*|chiropract\w*|therap(?:y|ies|ists?)|"
                      r"counsell?(?:ing|ors?)|psycholog\w*|psychiatr\w*|doctors?|GP|medical|"
                      r"nurs(?:e|es|ing)|dermatolog\w*|opticians?|optometr\w*|audiolog\w*|"
                      r"midwi(?:fe|ves|fery)|hygienists?|patients?|diabet\w*|wound|rehab\w*)\b")
#: a tone that rules out pictures that alarm: "no scary photos", "nothing graphic"
_NO_SCARY_RE = re.compile(r"(?i)\b(?:no|nothing|never|without|avoid)\s+(?:\w+\s+){0,2}?"
                          r"(?:scary|graphic|gory|gross|shocking|medical|clinical|bloody)\b")


def is_care(brief: Brief) -> bool:
    """Whether the brief's business looks after people's health (a podiatry clinic, a physio,
    a dentist), or its tone rules out alarming pictures ("no scary photos"): its visuals
    never act out a complaint on a body or show treatment close up, and its posts never
    ask followers to tell their health story in public comments (blind read 25)."""
    said = " ".join([brief.product, brief.brand, brief.description])
    # (who it is for is no care of its own: "plants for offices, cafes and clinics" is office
    # plant hire, never a "treatment room", blind read 33)
    said = re.sub(r"(?i)\bfor\s+(?:[\w'’-]+,?\s+){0,6}?(?:and|or|&)\s+[^.;]*", " ", said)
    return (brief.kind == "service" and bool(_CARE_RE.search(said))) \
        or bool(_NO_SCARY_RE.search(brief.tone or ""))


#: an app or a download that is a tour or a walk: it is used out on the streets
_WALKED_RE = re.compile(r"(?i)\b(?:walking|walks?|tours?|trails?|audio guides?|city guides?)\b")


#: a service that is a conversation: advice, coaching, tutoring, a consultation
_TALK_RE = re.compile(r"(?i)\b(?:consult(?:ation|ations|ing|ancy|s)?|coaching|tutoring|tuition|"
                      r"mentoring|advice|advisory)\b")
#: ... held over a screen
_ON_CALL_RE = re.compile(r"(?i)\b(?:video|zoom|online|remote(?:ly)?|virtual(?:ly)?|teams|skype)\b")


#: a service done where the client is: on site, at home, a mobile one
_VISITS_RE = re.compile(r"(?i)\b(?:on[- ]?site|home visits?|house calls?|mobile|we come to you|"
                        r"at your (?:home|office|workplace|desk))\b")


def talk_service(brief: Brief) -> bool:
    """Whether the service is a conversation (a sleep consultation, maths tutoring, business
    coaching): nothing of it turns up in a customer's photos, and its work is no job site
    (blind read 36: "the tools of the job" and "a job in progress" for video consultations)."""
    return brief.kind == "service" and bool(_TALK_RE.search(brief.product))


#: a place people drop in to, not a job booked: its ask is a visit, its photos the room
_DROP_IN = {"café", "cafe", "cafés", "cafes", "bar", "pub", "restaurant", "bistro", "arcade",
            "museum", "gallery", "cinema", "taproom", "brewery", "bookshop", "bookstore",
            "teahouse", "tearoom", "diner", "eatery", "canteen", "lounge"}


def drop_in(brief: Brief) -> str:
    """A service that is a place people drop in to ("board game café", "vinyl bar"), as
    said with its article ("a board game café"); "" for any other business (read 41's
    tuning set: "La Ficha Roja offers board game café.", "Want to book board game café?",
    "a job in progress" for a café)."""
    if brief.kind != "service":
        return ""
    name = re.sub(r"(?i)^(?:an?|the|our|my)\s+", "", " ".join(brief.product.split()))
    name = re.split(r"\s(?:for|in|on|near|at|across|around|with)\s|\s[-–—]\s|:\s|,", name)[0].strip()
    words = name.split()
    if not 1 <= len(words) <= 4 or words[-1].lower() not in _DROP_IN:
        return ""
    low = " ".join(w if w.isupper() or (w[:1].isupper() and i) else w.lower()
                   for i, w in enumerate(words))
    return ("an " if low[:1].lower() in "aeiou" else "a ") + low


def shown(brief: Brief, item: str) -> str:
    """What a photo of the goods shows: the goods themselves (a place, for a service held in
    one), or for a service named by its work that work being done, or for an app or a course
    its screen (an inspection is not an object on a table)."""
    if brief.kind == "service":
        # the work, worded generally: never the service's name as a thing in a photo ("a
        # photo of the house and flat removals", "of the fire extinguisher servicing", "of
        # the phone screen repair service work being done": blind reads 21 and 22)
        if talk_service(brief):
            return "an online session in progress" if _ON_CALL_RE.search(
                f"{brief.product} {brief.description}") else "a session in progress"
        if re.search(r"(?i)\b(?:class|classes|lessons?|sessions?|courses?|workshops?|tours?|"
                     r"retreats?|camps?|schools?|academy|academies)\b", f"{brief.product} {item}"):
            return "a session in progress"
        if re.search(r"(?i)\b(?:photography|photographer|photo\s*shoots?|videography|"
                     r"videographer|filming)\b", brief.product):
            # (read 37: "a photo of a job in progress" for a food photographer)
            return "a shoot in progress"
        if is_care(brief) and _VISITS_RE.search(f"{brief.product} {brief.description}"):
            # (a service done at the client's desk or home has no room of its own: "the calm,
            # tidy treatment room" of on-site ergonomic assessments, blind read 39)
            return "a visit in progress, photographed with the client's consent"
        if is_care(brief):
            # a treatment is private and can alarm: the calm room it happens in
            return "the calm, tidy treatment room"
        if drop_in(brief):
            # a place people drop in to shows the room, never "a job in progress" (read 41's
            # tuning set: a board game café)
            return "the place on a busy afternoon, guests' faces out of shot"
        return "a job in progress"
    if brief.kind == "digital" and is_activity(brief):
        if _WALKED_RE.search(brief.product):
            # a walking tour is walked: the street and the listener, not a screenshot alone
            # (read 28: an audio tour's every visual was "the app on a real screen")
            return (f"someone on a real street of the route, headphones in, with the {item} "
                    f"open on their phone screen")
        return f"the {item} on a real screen"
    from planner.planning.voice import subscribed_period, subscribed_unit, units_of

    unit = subscribed_unit(brief)
    if unit:
        # a lending library's photo is of what it lends, never "a photo of the library"
        return f"one of our {units_of(unit)}" if units_of(unit) != unit else f"this {subscribed_period(brief)}'s {unit}"
    return f"the {item}"


#: made by hand, said in one word of the product's name ("handwoven", "hand-carved")
_BY_HAND_RE = re.compile(
    r"(?i)\bhand[- ]?(woven|carved|painted|made|knitted|knit|stitched|sewn|thrown|turned|dyed|"
    r"poured|built|bound|tied|forged|blown|printed|lettered|crafted|drawn|embroidered|spun|"
    r"rolled|glazed|loomed|tooled|stamped|quilted|crocheted|beaded|cast|pressed|baked|picked)\b")


def name_lines(brief: Brief) -> list[str]:
    """What the product's name itself says of the goods, as sentences of ours: "handwoven
    Yucatán hammocks" are woven by hand ("Each of our hammocks is woven by hand."). Only
    physical goods, and only words that state a fact (never a guess at a material or a use)."""
    if brief.kind != "product":
        return []
    name = re.split(r"\s(?:for|with|in|from|by|to|of|at|on)\s|[,(/;:—–]", brief.product)[0].strip()
    m = _BY_HAND_RE.search(name)
    from planner.planning.wording import _TRAILING_PARTICIPLE

    words = name.split()
    while len(words) > 1 and _TRAILING_PARTICIPLE.fullmatch(words[-1]):
        words = words[:-1]  # "notebooks sewn (in Ghent)": the noun is "notebooks"
    if not m or len(words) < 2 or not words[-1].isalpha():
        return []
    head = words[-1].lower()
    done = {"made": "made", "knit": "knitted"}.get(m.group(1).lower(), m.group(1).lower())
    if head.endswith("s") and not head.endswith("ss"):
        return [f"Each of our {head} is {done} by hand."]
    return [f"Our {head} is {done} by hand."]


def about_is(brief: Brief) -> str:
    """What the business is, from the description's opening phrase, as our sentence: "Calm
    Budget is a six-week online course for a budget you stick to." Only with a brand to say
    it of and a phrase that opens on "a" or "an"; empty otherwise."""
    from planner.planning.wording import about_line

    about = about_line(brief.description, brief.brand)
    if not (brief.brand and about and about.split(" ")[0] in ("a", "an")):
        return ""
    if re.search(r",\s[^,]*\s(?:and|&)\s(?:an?|one|two|three)\s", about):
        return ""  # a list of what comes in a kit is no "Rise & Crumb is a dried rye starter, …"
    return f"{brief.brand} is {about}."
