"""The closed vocabularies every layer shares, each defined once.

Platform ids, the names people and exports give them, kinds of business, post
formats, and the file formats the planner reads and writes. A module that needs one
imports it from here; ``tests/test_vocabularies.py`` fails if a copy appears elsewhere.
"""

from __future__ import annotations

#: Platform ids, as briefs, calendars and posts write them.
PLATFORMS = ("instagram", "tiktok", "facebook", "x", "linkedin", "pinterest", "youtube", "threads")

#: What people call each platform in free text ("insta", "yt shorts", "twitter/x").
PLATFORM_ALIASES: dict[str, tuple[str, ...]] = {
    "instagram": ("instagram", "insta", "ig", "instagram reels", "insta reels", "ig reels",
                  "instagram stories"),
    "tiktok": ("tiktok", "tik tok", "tik-tok", "tiktoks"),
    "facebook": ("facebook", "fb", "facebook page"),
    "x": ("x", "twitter", "x/twitter", "x (twitter)", "twitter/x"),
    "linkedin": ("linkedin", "linked in"),
    "pinterest": ("pinterest",),
    "youtube": ("youtube", "yt", "youtube shorts", "yt shorts", "shorts"),
    "threads": ("threads",),
}

#: Marketplaces sellers outside the US and UK sell on, by the id the brief keeps in
#: ``sells_on`` and the name captions write ("search “Kiln & Co” on Shopee"). The chat reads
#: them (planner/brief/vocabulary.py); "noon" and "bol" only with a capital or as "bol.com".
MARKETPLACES: dict[str, str] = {
    "shopee": "Shopee", "lazada": "Lazada", "tokopedia": "Tokopedia", "allegro": "Allegro",
    "trendyol": "Trendyol", "mercado libre": "Mercado Libre", "jumia": "Jumia",
    "flipkart": "Flipkart", "meesho": "Meesho", "vinted": "Vinted", "bol.com": "bol.com",
    "rakuten": "Rakuten", "kaspi": "Kaspi", "olx": "OLX", "noon": "noon", "takealot": "Takealot",
    "elo7": "Elo7", "creema": "Creema", "wallapop": "Wallapop", "zalando": "Zalando",
    "discogs": "Discogs", "ravelry": "Ravelry", "reverb": "Reverb", "kijiji": "Kijiji",
    "leboncoin": "leboncoin", "marktplaats": "Marktplaats", "avito": "Avito", "ozon": "Ozon",
    "wildberries": "Wildberries", "coupang": "Coupang", "daraz": "Daraz", "konga": "Konga",
    "folksy": "Folksy", "trade me": "Trade Me", "kleinanzeigen": "Kleinanzeigen", "tradera": "Tradera",
    "skroutz": "Skroutz", "vestiaire collective": "Vestiaire Collective", "pinkoi": "Pinkoi",
    "salla": "Salla", "tiendanube": "Tiendanube", "prom.ua": "Prom.ua", "emag": "eMAG",
    "blibli": "Blibli", "bukalapak": "Bukalapak", "hepsiburada": "Hepsiburada", "n11": "n11",
    "notonthehighstreet": "Not On The High Street",
    # food delivered: goods too
    "uber eats": "Uber Eats", "deliveroo": "Deliveroo", "just eat": "Just Eat", "rappi": "Rappi",
    "ifood": "iFood", "swiggy": "Swiggy", "zomato": "Zomato", "grabfood": "GrabFood",
    "foodpanda": "foodpanda", "glovo": "Glovo", "doordash": "DoorDash", "wolt": "Wolt",
}

#: Shops of the seller's own and the big stores, by the words posts name them with ("our
#: Etsy shop"); the marketplaces below are named "our <name> shop".
OWN_STORES: dict[str, str] = {
    "amazon": "our Amazon store", "etsy": "our Etsy shop", "shopify": "our shop",
    "website": "our website", "ebay": "our eBay store", "tiktok shop": "our TikTok Shop",
    "app store": "the App Store", "google play": "Google Play",
}

#: A store typed the way people say it, by the one name ``sells_on`` keeps ("Not On The High
#: Street" is read as that marketplace, never as a place of the seller's own).
STORE_ALIASES: dict[str, str] = {"not on the high street": "notonthehighstreet"}

#: Where services are booked and courses are bought, by the name posts print: read into
#: ``sells_on`` like the marketplaces, never taken for a sign of goods. (The App Store and
#: Google Play are stores of their own: planner.planning.context.STORE_NAMES.)
ONLINE_PLATFORMS: dict[str, str] = {
    "booksy": "Booksy", "fresha": "Fresha", "treatwell": "Treatwell", "vagaro": "Vagaro",
    "teachable": "Teachable", "udemy": "Udemy", "hotmart": "Hotmart", "skillshare": "Skillshare",
    "kajabi": "Kajabi", "thinkific": "Thinkific", "gumroad": "Gumroad", "payhip": "Payhip",
}

#: Short names scheduling tools write in a "network" column, too terse to trust in free text.
EXPORT_PLATFORM_ABBREVIATIONS: dict[str, str] = {
    "meta": "facebook", "li": "linkedin", "you tube": "youtube", "tt": "tiktok", "tw": "x",
}

#: What a brief sells: a physical product, a digital product (an app, a course), a service.
KINDS = ("product", "digital", "service")

#: The formats a calendar post can take.
POST_FORMATS = ("reel", "carousel", "story", "static", "thread", "pin", "short", "live", "video",
                "text")

#: Plain files of existing posts, by extension.
INPUT_FORMATS = ("csv", "jsonl", "json", "txt", "md")

#: Column names that may hold a post's text, in order of preference.
TEXT_COLUMNS = ("text", "caption", "message", "content", "post", "body", "full_text")

#: What ``planner export`` and ``/export`` write.
EXPORT_FORMATS = ("ics", "csv", "markdown", "hootsuite", "sprout")

#: What ``planner report`` writes.
REPORT_FORMATS = ("text", "markdown", "json", "html")

#: What ``planner classify`` prints.
CLASSIFY_FORMATS = ("table", "json", "csv")

#: How a planned post can be asked to change (``/regen N HOW``, "make post 2 less salesy"):
#: less salesy, shorter, more casual, more formal, more in the seller's own words.
VARIATIONS = ("softer", "shorter", "casual", "formal", "mine")


#: The language most of a country's audience reads first, for countries where it is not
#: English (captions are written in English: the plan says so for these). Canada and
#: Switzerland are listed by the language a large part of the audience reads first.
FIRST_LANGUAGES: dict[str, str] = {
    "DE": "German", "AT": "German", "CH": "German, French or Italian", "FR": "French",
    "BE": "French or Dutch", "LU": "French or German", "NL": "Dutch", "ES": "Spanish",
    "MX": "Spanish", "AR": "Spanish", "CL": "Spanish", "CO": "Spanish", "PE": "Spanish",
    "UY": "Spanish", "IT": "Italian", "PT": "Portuguese", "BR": "Portuguese",
    "SE": "Swedish", "NO": "Norwegian", "DK": "Danish", "FI": "Finnish", "IS": "Icelandic",
    "PL": "Polish", "CZ": "Czech", "SK": "Slovak", "HU": "Hungarian", "RO": "Romanian",
    "BG": "Bulgarian", "GR": "Greek", "HR": "Croatian", "SI": "Slovenian", "EE": "Estonian",
    "LV": "Latvian", "LT": "Lithuanian", "UA": "Ukrainian", "TR": "Turkish", "JP": "Japanese",
    "KR": "Korean", "CN": "Chinese", "TW": "Chinese", "TH": "Thai", "VN": "Vietnamese",
    "ID": "Indonesian", "IL": "Hebrew", "AE": "Arabic", "SA": "Arabic", "EG": "Arabic",
    "MA": "Arabic or French", "CA": "English or French (French in Québec)",
}
