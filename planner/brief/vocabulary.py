"""The words the brief parser knows: store and country names, discount phrases, number
words, and the stop-word sets that tell a real phrase ("soy candles") from filler ("it")."""

from __future__ import annotations

#: platform names and the short forms sellers type ("ig", "tt", "pins", "LI"), as one regex
#: alternation: where a count or a correction names its platform ("make fb 3", "ig 4 y tiktok 3")
PLATFORM_WORDS = (r"(?:ig|insta|instagram|fb|facebook|tiktok|tt|pins|pinterest|yt|youtube|li|linkedin|threads|"
                  r"x|twitter)")

STORE_ALIASES: dict[str, list[str]] = {
    "amazon": ["amazon", "amazon.com", "amazon uk", "amazon handmade", "amzn"],
    "etsy": ["etsy", "etsy.com"],
    "shopify": ["shopify", "shopify store"],
    "ebay": ["ebay", "e-bay"],
    "website": ["website", "web site", "own site", "our site", "my site", "own website",
                "our website", "my website", "our own website", "my own website", "online store",
                "online shop", "webshop", "web shop", "own online shop", "own online store"],
    "tiktok shop": ["tiktok shop", "tik tok shop"],
    "instagram shop": ["instagram shop", "instagram shopping", "insta shop", "ig shop"],
    "facebook marketplace": ["facebook marketplace", "fb marketplace"],
    "facebook shop": ["facebook shop", "fb shop"],
    "walmart": ["walmart"],
    "depop": ["depop"],
    "poshmark": ["poshmark"],
    "vinted": ["vinted"],
    "mercari": ["mercari"],
    "faire": ["faire"],
    "notonthehighstreet": ["notonthehighstreet", "not on the high street"],
    "woocommerce": ["woocommerce", "woo commerce"],
    "squarespace": ["squarespace"],
    "wix": ["wix"],
    "bigcommerce": ["bigcommerce"],
    "big cartel": ["big cartel", "bigcartel"],
    "gumroad": ["gumroad"],
    "redbubble": ["redbubble"],
    "wholesale": ["wholesale"],
    "markets": ["markets", "farmers markets", "farmers' markets", "farmer's market",
                "farmers market", "local markets", "craft markets", "market stall",
                "christmas markets", "makers markets", "pop-ups", "pop ups", "pop-up shops",
                "local market", "saturday market", "sunday market", "weekend market",
                "christmas market", "craft market", "weekly market", "farmers' market"],
    "craft fairs": ["craft fairs", "craft fair", "fairs", "trade shows"],
    "local shops": ["local shops", "local stores", "boutiques", "gift shops"],
    # marketplaces outside the US and UK (planner.domain.vocabularies.MARKETPLACES)
    "shopee": ["shopee"], "lazada": ["lazada"], "tokopedia": ["tokopedia"], "allegro": ["allegro", "allegro.pl"],
    "trendyol": ["trendyol"], "mercado libre": ["mercado libre", "mercadolibre", "mercado livre"],
    "jumia": ["jumia"], "flipkart": ["flipkart"], "meesho": ["meesho"], "bol.com": ["bol.com"],
    "rakuten": ["rakuten"], "kaspi": ["kaspi", "kaspi.kz"], "olx": ["olx"], "takealot": ["takealot"],
    "elo7": ["elo7"], "creema": ["creema"], "wallapop": ["wallapop"], "zalando": ["zalando"],
    "discogs": ["discogs"], "ravelry": ["ravelry"], "kijiji": ["kijiji"], "leboncoin": ["leboncoin"],
    "marktplaats": ["marktplaats"], "avito": ["avito"], "wildberries": ["wildberries"],
    "coupang": ["coupang"], "daraz": ["daraz"], "konga": ["konga"], "folksy": ["folksy"],
    "trade me": ["trade me", "trademe"], "kleinanzeigen": ["kleinanzeigen", "ebay kleinanzeigen"],
    "tradera": ["tradera"], "skroutz": ["skroutz"], "vestiaire collective": ["vestiaire collective", "vestiaire"],
    "pinkoi": ["pinkoi"], "salla": ["salla"], "tiendanube": ["tiendanube", "tienda nube"],
    "prom.ua": ["prom.ua"], "emag": ["emag"], "blibli": ["blibli"], "bukalapak": ["bukalapak"],
    "hepsiburada": ["hepsiburada"], "n11": ["n11"],
    "uber eats": ["uber eats", "ubereats"], "deliveroo": ["deliveroo"], "just eat": ["just eat"],
    "rappi": ["rappi"], "ifood": ["ifood"], "swiggy": ["swiggy"], "zomato": ["zomato"],
    "grabfood": ["grabfood", "grab food"], "foodpanda": ["foodpanda", "food panda"], "glovo": ["glovo"],
    "doordash": ["doordash", "door dash"], "wolt": ["wolt"],
    # where services are booked and apps and courses got (planner.domain.vocabularies.ONLINE_PLATFORMS)
    "booksy": ["booksy"], "fresha": ["fresha"], "treatwell": ["treatwell"], "vagaro": ["vagaro"],
    "teachable": ["teachable"], "udemy": ["udemy"], "hotmart": ["hotmart"], "skillshare": ["skillshare"],
    "kajabi": ["kajabi"], "thinkific": ["thinkific"],
    "app store": ["app store", "apple app store", "the app store"],
    "google play": ["google play", "google play store", "play store"],
}
#: marketplaces whose names are words too ("at noon", "reverb"): read only as written with a capital
STORES_CASED: dict[str, list[str]] = {"noon": ["Noon"], "bol.com": ["Bol"], "reverb": ["Reverb"],
                                      "ozon": ["Ozon"]}

COUNTRY_NAMES: dict[str, list[str]] = {
    "GB": ["united kingdom", "great britain", "britain", "england", "scotland", "wales",
           "northern ireland"],
    "US": ["united states", "united states of america", "america", "the states"],
    "CA": ["canada"], "AU": ["australia"], "NZ": ["new zealand"], "IE": ["ireland"],
    "DE": ["germany"], "FR": ["france"], "ES": ["spain"], "IT": ["italy"],
    "NL": ["netherlands", "the netherlands", "holland"], "BE": ["belgium"], "SE": ["sweden"],
    "NO": ["norway"], "DK": ["denmark"], "FI": ["finland"], "PL": ["poland"],
    "PT": ["portugal"], "AT": ["austria"], "CH": ["switzerland"], "IN": ["india"],
    "JP": ["japan"], "SG": ["singapore"], "MX": ["mexico"], "BR": ["brazil"],
    "ZA": ["south africa"], "NG": ["nigeria"], "KE": ["kenya"],
    "AE": ["united arab emirates", "dubai"], "PH": ["philippines", "the philippines"],
    "ID": ["indonesia"], "MY": ["malaysia"], "KR": ["south korea", "korea"],
    "HK": ["hong kong"], "GR": ["greece"], "CZ": ["czech republic", "czechia"],
    "RO": ["romania"], "HU": ["hungary"], "IL": ["israel"], "AR": ["argentina"],
    "CL": ["chile"], "CO": ["colombia"], "EG": ["egypt"], "SA": ["saudi arabia"],
    "PK": ["pakistan"], "VN": ["vietnam"], "TH": ["thailand"], "LU": ["luxembourg"],
    "IS": ["iceland"], "EE": ["estonia"], "LT": ["lithuania"], "LV": ["latvia"],
    "HR": ["croatia"], "SI": ["slovenia"], "SK": ["slovakia"], "BG": ["bulgaria"],
    "UA": ["ukraine"], "CN": ["china"], "TW": ["taiwan"],
    # more countries, and names as their people write them ("Perú", "Deutschland"); never a
    # name that is a word of goods or people too ("turkey", "panama hats", "jordan", "chad")
    "PE": ["peru", "perú"], "EC": ["ecuador"], "UY": ["uruguay"], "PY": ["paraguay"],
    "BO": ["bolivia"], "VE": ["venezuela"], "CR": ["costa rica"], "GT": ["guatemala"],
    "DO": ["dominican republic"], "PR": ["puerto rico"], "JM": ["jamaica"],
    "TT": ["trinidad and tobago", "trinidad"], "MA": ["morocco", "maroc"], "TN": ["tunisia"],
    "DZ": ["algeria"], "GH": ["ghana"], "TZ": ["tanzania"], "UG": ["uganda"],
    "ET": ["ethiopia"], "RW": ["rwanda"], "ZW": ["zimbabwe"], "ZM": ["zambia"],
    "BW": ["botswana"], "NA": ["namibia"], "SN": ["senegal"], "CM": ["cameroon"],
    "MU": ["mauritius"], "LK": ["sri lanka"], "BD": ["bangladesh"], "NP": ["nepal"],
    "KH": ["cambodia"], "LA": ["laos"], "MM": ["myanmar"], "MN": ["mongolia"],
    "KZ": ["kazakhstan"], "LB": ["lebanon"], "QA": ["qatar"], "KW": ["kuwait"],
    "BH": ["bahrain"], "OM": ["oman"], "RS": ["serbia"], "BA": ["bosnia and herzegovina", "bosnia"],
    "AL": ["albania"], "MK": ["north macedonia"], "ME": ["montenegro"], "AM": ["armenia"],
    "MT": ["malta"], "CY": ["cyprus"], "TR": ["türkiye"], "CI": ["ivory coast", "côte d'ivoire"],
}
#: the names a country's own people write it by ("Deutschland", "España")
for _iso, _names in {"DE": ["deutschland"], "ES": ["españa"], "MX": ["méxico"], "BR": ["brasil"],
                     "IT": ["italia"], "PL": ["polska"], "AT": ["österreich"],
                     "CH": ["schweiz", "suisse", "svizzera"], "SE": ["sverige"], "NO": ["norge"],
                     "DK": ["danmark"], "FI": ["suomi"], "NL": ["nederland"],
                     "HU": ["magyarország"], "CZ": ["česko"], "HR": ["hrvatska"]}.items():
    COUNTRY_NAMES[_iso] = COUNTRY_NAMES[_iso] + _names
#: what the people of a country are called ("a Canadian brand")
DEMONYMS = {
    "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB", "american": "US",
    "canadian": "CA", "australian": "AU", "aussie": "AU", "irish": "IE", "german": "DE",
    "french": "FR", "spanish": "ES", "italian": "IT", "dutch": "NL", "belgian": "BE",
    "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI", "polish": "PL",
    "portuguese": "PT", "austrian": "AT", "swiss": "CH", "indian": "IN", "japanese": "JP",
    "singaporean": "SG", "mexican": "MX", "brazilian": "BR", "south african": "ZA",
    "nigerian": "NG", "kenyan": "KE", "filipino": "PH", "indonesian": "ID", "malaysian": "MY",
    "korean": "KR", "greek": "GR", "czech": "CZ", "romanian": "RO", "hungarian": "HU",
    "israeli": "IL", "argentinian": "AR", "argentine": "AR", "chilean": "CL", "colombian": "CO",
    "egyptian": "EG", "pakistani": "PK", "vietnamese": "VN", "thai": "TH", "icelandic": "IS",
    "estonian": "EE", "lithuanian": "LT", "latvian": "LV", "croatian": "HR", "slovenian": "SI",
    "slovak": "SK", "bulgarian": "BG", "ukrainian": "UA", "chinese": "CN", "taiwanese": "TW",
    "kiwi": "NZ", "emirati": "AE",
}
#: upper-case abbreviations, matched case-sensitively ("US" is not "us")
COUNTRY_ABBREVIATIONS = {
    "UK": "GB", "U.K.": "GB", "GB": "GB", "US": "US", "U.S.": "US", "USA": "US",
    "U.S.A.": "US", "UAE": "AE", "NZ": "NZ",
}
#: where a numeric date like 7/12 means 7 December
DAY_FIRST_COUNTRIES = {
    "GB", "IE", "AU", "NZ", "IN", "ZA", "DE", "FR", "ES", "IT", "NL", "BE", "SE", "NO", "DK", "FI",
    "PL", "PT", "AT", "CH", "BR", "MX", "AR", "NG", "KE", "SG", "MY", "HK", "GR", "CZ", "RO", "HU",
    "IL", "EG", "PK", "VN", "TH", "LU", "IS", "EE", "LT", "LV", "HR", "SI", "SK", "BG", "UA", "AE",
    "SA", "ID", "PH", "CL", "CO"}

DISCOUNT_PHRASES = [
    "bogo", "b1g1", "buy one get one", "buy one get one free", "buy one, get one free",
    "buy one get one half off", "buy one get one half price", "free gift", "a free gift",
    "free gifts", "free gift with purchase", "free gift with every order",
    "free gift with every purchase", "free gift with each order", "half price", "half off",
    "2 for 1", "two for one", "two for the price of one", "free sample", "free samples",
    "3 for 2", "three for two",
]

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "a": 1, "an": 1, "couple": 2, "a couple": 2, "a couple of": 2,
    "couple of": 2, "a few": 3, "few": 3, "several": 3, "once": 1, "twice": 2, "thrice": 3,
}

#: a percentage said in words ("ten percent off")
PERCENT_WORDS = {"five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25,
                 "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                 "seventy-five": 75, "eighty": 80, "ninety": 90}

# ---- promo codes ---------------------------------------------------------------------------

#: words that introduce a code ("code GLOW15", "coupon: GIFTME")
CODE_TRIGGERS = ["code", "coupon", "promo", "promocode", "voucher", "codeword"]
#: words allowed between the trigger and the code ("code is GLOW15", "code will be GLOW15")
CODE_FILLERS = ["is", ":", "=", "-", '"', "'", "called", "named", "will", "be", "would",
                "of", "word"]
#: words after a trigger that are never the code itself
CODE_STOP = {"is", "for", "the", "and", "gives", "get", "gets", "applies", "expires", "word",
             "code", "codes", "coupon", "promo", "valid", "works", "needed", "required", "off",
             "will", "be", "bogo", "b1g1", "free", "sale", "new", "none", "this", "that",
             "ends", "until", "till", "through", "here", "there", "use", "with"}

# ---- sentences -----------------------------------------------------------------------------

#: words whose full stop does not end a sentence ("Glow & Co. sells", "Dec. 14")
ABBREVIATIONS = {"co", "inc", "ltd", "llc", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
                 "aug", "sep", "sept", "oct", "nov", "dec", "st", "mr", "mrs", "ms", "dr", "e.g",
                 "i.e", "etc", "vs", "approx", "no", "mt", "jr", "sr", "u.s", "u.k", "a.m", "p.m",
                 "u.s.a"}

# ---- first words that make a phrase filler, not a field value ------------------------------

PRODUCT_STOP = {
    "it", "them", "this", "that", "these", "those", "stuff", "things", "more", "sure", "money",
    "sales", "content", "posts", "post", "videos", "video", "reels", "time", "sense", "well",
    "out", "up", "friends", "lot", "lots", "everything", "anything", "something", "nothing",
    "free", "off", "good", "better", "best", "on", "at", "through", "via", "to", "for", "with",
    "from", "in", "and", "or", "but", "we", "i", "you", "our", "my", "here", "there",
    "what", "how", "why", "whatever", "discount", "discounts", "code", "codes", "shipping",
    "referral", "referrals", "a", "an", "the", "is", "are", "fast", "quickly", "mostly",
    "only", "sell", "selling", "buy", "deals", "deal", "it's", "hashtag", "us", "them.",
    "your", "their", "his", "her", "its", "one", "ones", "ads", "ad", "campaigns", "late",
    "low", "promotions", "promos", "giveaways", "contests", "plan", "plans", "progress", "stories",
    "lives", "each", "every", "soon", "today", "tomorrow", "tonight", "shortly", "next", "this",
    "again", "officially", "finally", "point", "points",
    # "blends I make myself", "which I publish myself": how, never what
    "myself", "ourselves", "himself", "herself", "themselves", "yourself",
}
AUDIENCE_STOP = {"a", "the", "is", "are", "on", "at", "and", "or", "every", "each", "them",
                 "it", "us", "you", "me", "free", "post", "posting", "sell"}
BRAND_STOP = {
    "a", "an", "about", "all", "based", "small", "new", "growing", "known", "focused",
    "eco-friendly", "sustainable", "on", "in", "at", "for", "from", "not", "still", "just",
    "very", "really", "pretty", "quite", "mostly", "only", "also", "now", "available", "vegan",
    "local", "family", "handmade", "built", "more", "like", "into", "big", "tiny", "young",
    "it", "this", "that", "she", "he", "they", "we", "i", "who", "what", "everyone", "nobody",
    "everything", "selling", "located", "open", "here", "back", "ready", "excited", "happy",
    "looking", "trying", "launching", "going", "currently", "called", "named", "so", "too",
    "super", "always", "never", "there", "our", "my", "your", "their", "hoping", "planning",
    "doing", "posting", "making", "active", "live", "out", "ok", "okay", "fine", "good",
    "great", "thinking", "one", "two", "the", "no", "yes", "me", "myself", "doing", "is",
    "actually", "yet", "though", "anyway", "b2b", "b2c", "d2c", "dtc", "saas", "ecommerce",
    "e-commerce",
}
#: "our X is…" sentences about these nouns are not product descriptions
DESCRIPTION_OUR_NOUN_STOP = {
    "brand", "product", "products", "customers", "audience", "buyers", "hashtag", "code", "offer",
    "discount", "referral", "tone", "voice", "website", "site", "shop", "store", "name", "company",
    "business", "target", "clients", "followers", "market", "sales", "plan", "goal", "budget",
    "team", "posts"}
DESCRIPTION_STOP = {
    "me", "us", "you", "him", "her", "them", "not", "ok", "okay", "fine", "going", "been", "just",
    "time", "hard", "difficult", "tricky", "complicated", "busy", "that", "this", "what", "how",
    "why", "true", "correct", "right", "wrong", "done", "all", "about", "a", "so", "very", "too",
    "really", "good", "great", "bad", "late", "early", "there", "here", "now", "still", "free",
    "on", "in", "at", "off"}
#: first words of an opening phrase that is not a product ("Hi on Etsy…", "Posting on…")
NOT_PRODUCT_LEAD = {"we", "i", "our", "my", "they", "you", "hi", "hello", "hey", "thanks", "please",
                    "posting", "post", "selling", "sell", "help", "can", "could", "would", "need",
                    "want", "plan", "make", "create", "what", "how", "why", "who", "where", "when",
                    "is", "are", "do", "does", "also", "and", "but", "so", "just", "only", "mostly",
                    "shop", "store", "brand", "business", "company", "products", "product",
                    "here's", "heres", "there's", "theres", "that's", "thats", "what's", "whats",
                    "let's", "lets", "perfect", "ideal", "great", "suitable", "designed", "meant",
                    "tailored", "aimed", "targeted", "geared", "stocked", "available", "listed",
                    "shipped", "delivered", "sold"}
#: words that open an instruction or say where, never a product ("scrap that, just facebook")
CHANGE_WORDS = {"keep", "add", "remove", "drop", "change", "set", "use", "scrap", "forget", "ignore",
                "cancel", "delete", "swap", "switch", "replace", "update", "correction", "based",
                "located", "living"}
NOT_PRODUCT_LEAD |= CHANGE_WORDS
#: channels the planner does not post to, never a product ("spotify and youtube")
OTHER_CHANNELS = {"spotify", "soundcloud", "twitch", "snapchat", "bluesky", "mastodon", "substack",
                  "reddit", "discord", "whatsapp", "telegram", "tumblr", "vimeo", "behance",
                  "dribbble", "medium", "patreon", "kickstarter", "bandcamp", "podcasts", "apple",
                  "google", "yelp", "tripadvisor", "nextdoor", "houzz", "discogs"}
#: a brief's fields, said as a label ("cadence: 3x/wk"): the label is never the product
FIELD_LABELS = {"cadence", "frequency", "platforms", "platform", "socials", "social", "social media",
                "media", "networks", "channels", "audience",
                "tone", "voice", "offer", "code", "promo", "discount", "url", "site", "website",
                "link", "hashtag", "country", "location", "budget", "goal", "goals", "schedule",
                "posting", "target", "market", "niche", "timezone", "start", "weeks", "kind",
                "type", "description", "referral", "referrals", "name", "brand", "sells on",
                "where", "when", "how often", "customers", "clients"}
#: words that make an opening phrase news, a promotion or a number, not the product
NOT_A_PRODUCT = {"sale", "sales", "news", "collection", "collections", "drop", "launch", "launching",
                 "seller", "sellers", "shop", "shops", "store", "stores", "review",
                 "reviews", "open", "opening", "friday", "monday", "cyber", "christmas", "deal",
                 "deals", "discount", "discounts", "offer", "offers", "update", "updates",
                 "restock", "restocked", "week", "weekend", "today", "tonight", "now", "live",
                 "new", "big", "top", "best", "one", "two", "three", "four", "five", "first",
                 "giveaway", "free", "shipping", "order", "orders", "account", "page", "profile",
                 "listing", "listings", "everything", "all", "anything", "nothing", "more",
                 "same", "price", "prices", "budget", "goal", "goals", "followers", "engagement",
                 "closed", "mondays", "tuesday", "tuesdays", "wednesday", "wednesdays", "thursday",
                 "thursdays", "fridays", "saturday", "saturdays", "sunday", "sundays", "weekends",
                 "weekdays"}
#: first words of a message that is chat, not an answer to the question asked
NOT_ANSWER = {"hi", "hello", "hey", "thanks", "thank", "ok", "okay", "yes", "yeah", "yep", "sure",
              "cool", "great", "what", "how", "why", "when", "where", "who", "can", "could",
              "should", "would", "is", "are", "do", "does", "help", "please", "lol", "hmm", "um",
              "uh", "/"}
#: words before "N weeks" that make it not a plan length ("in 3 weeks", "every 2 weeks")
BARE_WEEKS_BEFORE = {"in", "every", "per", "each", "within", "after", "than", "about", "last",
                     "past", "ago", "around", "ends", "expires"}
#: links that are a social profile or a marketplace, not the seller's own site
SOCIAL_DOMAINS = ("instagram.", "tiktok.", "facebook.", "fb.", "x.com", "twitter.", "linkedin.",
                  "pinterest.", "youtube.", "youtu.be", "threads.", "amazon.", "etsy.com", "ebay.")

#: software and brand names sellers type in lower case inside what they sell ("notion
#: templates", "lightroom presets", "procreate brushes"), as they are spelled; a name that
#: is also an everyday word (notion, blender, zoom, mac) only before a word that shows it is
#: the software's (`proper_names`)
PROPER_NAMES = {
    "canva": "Canva", "excel": "Excel", "lightroom": "Lightroom", "photoshop": "Photoshop",
    "procreate": "Procreate", "figma": "Figma", "shopify": "Shopify", "wordpress": "WordPress",
    "squarespace": "Squarespace", "airtable": "Airtable", "trello": "Trello",
    "goodnotes": "GoodNotes", "notability": "Notability", "kindle": "Kindle", "cricut": "Cricut",
    "chatgpt": "ChatGPT", "xero": "Xero", "quickbooks": "QuickBooks", "ableton": "Ableton",
    "etsy": "Etsy", "instagram": "Instagram", "tiktok": "TikTok", "pinterest": "Pinterest",
    "youtube": "YouTube", "linkedin": "LinkedIn", "whatsapp": "WhatsApp", "iphone": "iPhone",
    "ipad": "iPad", "lego": "LEGO", "google sheets": "Google Sheets", "google docs": "Google Docs",
    "capcut": "CapCut", "davinci resolve": "DaVinci Resolve", "premiere pro": "Premiere Pro",
    "after effects": "After Effects", "final cut pro": "Final Cut Pro", "obsidian": "Obsidian",
}
#: everyday words that name software only before one of these ("notion templates")
PROPER_BEFORE = {"notion": "Notion", "blender": "Blender", "zoom": "Zoom"}
PROPER_SOFTWARE_NOUNS = ("templates?|planners?|dashboards?|systems?|workspaces?|setups?|os|"
                         "widgets?|add-?ons?|plugins?|backgrounds?|models?|assets?|addons?|kits?")
