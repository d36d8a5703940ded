"""Messages in French, Spanish, German, Italian or Portuguese, glossed into the English the
brief parser reads: "hola! vendemos alfajores artesanales, la marca es Doña Rosa" is read as
"hello! we sell alfajores artesanales, brand is Doña Rosa".

Only the words that carry the brief's structure are glossed: greetings, the seller and a
selling verb ("on fabrique des", "wir verkaufen"), how a brand is introduced ("la marque
c'est", "unsere Marke heißt"), where posts go ("on est sur"), how often ("2 fois par
semaine chacun", "3 veces por semana", "5 mal pro Woche") and a shop of one's own ("sur
notre site"). What is sold and the names are never translated: they are kept as typed.

A greeting is glossed in any message ("Bonjour !" is never a product); the other phrases
only in a message that reads as that language (two or more of its own small words), so
English text ("on vend…" never occurs in it; "die", "es" and "e" do) is left alone.
"""

from __future__ import annotations

import re

from planner.brief.vocabulary import PLATFORM_WORDS

#: greetings in other languages, read as "hello" wherever they open a sentence
GREETINGS = ("hola|buenas|buenos\\s+d[ií]as|buenas\\s+(?:tardes|noches)|bonjour|bonsoir|salut|"
             "coucou|hallo|guten\\s+(?:tag|morgen|abend)|moin|servus|gr[üu](?:ß|ss)\\s+gott|"
             "ciao|buongiorno|buonasera|ol[áa]|bom\\s+dia|boa\\s+tarde|hej|hei|hoi|"
             "goedendag|ahoj|cze[śs][ćc]|szia|merhaba|namaste|kia\\s+ora|"
             "as+alam(?:u|o)?\\s*(?:o\\s+)?ala[iy]kum|salaam|salam|halo(?:\\s+kak)?|hai\\s+kak|habari|"
             "mambo|jambo|hujambo|sawubona|kumusta|xin\\s+ch[àa]o|ahlan|marhaba|shalom|privet|"
             "dzie[ńn]\\s+dobry|namaskar|vanakkam|sawadee(?:\\s+k(?:h)?a|\\s+krub)?|"
             "selamat\\s+(?:pagi|siang|sore|malam)|god\\s+morgen|goddag|terve|oi(?:\\s+gente)?")
_GREETING = re.compile(rf"(?i:(?:^|(?<=[.!?\n]\s)|(?<=[.!?\n]))\s*(?:{GREETINGS})(?=\s*[,!.?\n]|\s+[a-z]|\s*$))")

_GREETING_COMMA = re.compile(r"(?i:^(?P<g>\s*(?:hi|hey|hello|hiya|heya)(?:\s+(?:there|all|everyone|guys|po|kak))?)\s*,)")

#: small words of each language, never English ones: two of them make a message that language
_MARKERS = {
    "es": r"vendemos|vendo|hacemos|somos|estamos|nuestr[oa]s?|tambi[eé]n|por\s+semana|veces|"
          r"marca|tienda|para|con|los|las|del|una|y|pero",
    "fr": r"nous|notre|nos|vous|votre|chez|avec|sur|dans|les|des|du|une|et|c'est|est|sont|fois|"
          r"semaine|marque|boutique|chacun|chacune|aussi",
    "de": r"wir|unser|unsere|unseren|unserem|ich|und|der|die|das|den|dem|mit|auf|f[üu]r|pro|mal|"
          r"woche|marke|ist|sind|auch|jeweils|bei|nach|von",
    "it": r"siamo|vendiamo|facciamo|nostro|nostra|nostri|con|per|settimana|volte|marchio|anche|"
          r"della|delle|gli|una",
    "pt": r"vendemos|fazemos|somos|estamos|nosso|nossa|nossos|por\s+semana|vezes|marca|loja|fa[çc]o|moro|"
          r"pel[oa]|aqui|gente|voc[êe]|"
          r"tamb[eé]m|para|com|uma|os|as",
    "id": r"kami|aku|saya|jual|jualan|menjual|sama|lewat|yang|dan|juga|seminggu|hari|aja|kak|kedai|kat",
    "pl": r"prowadz[ęe]|robimy|robi[ęe]|sprzedaj[ęe]|sprzedajemy|jestem|jeste[śs]my|tygodniu|razem|oraz|"
          r"ma[łl][aąą]|nasze|moje|na|i|w|z",
    "sw": r"mimi|sisi|ni|nina|tuna|hapa|nauza|tunauza|ninauza|kupitia|kwa|wiki|kila|siku|mara|na|ya",
    "tr": r"sat[ıi]yorum|sat[ıi]yoruz|veriyoruz|veriyorum|yap[ıi]yoruz|yap[ıi]yorum|ve|i[çc]in|haftada|"
          r"var[ıi]m|belki|ileride|bir|[çc]ok",
    "nl": r"ik|wij|we|verkoop|verkopen|maak|maken|woon|wonen|via|en|per|week|mijn|onze|ons|een|het",
}
#: words that make a message English after all ("we", "the", "and"): fewer foreign than these, no gloss
_ENGLISH = re.compile(r"(?i:\b(?:we|the|and|our|i|is|are|with|on|for|a|it|my|you)\b)")

_NUM = {"una": "1", "un": "1", "une": "1", "uno": "1", "ein": "1", "einmal": "1", "dos": "2",
        "deux": "2", "zwei": "2", "due": "2", "duas": "2", "tres": "3", "trois": "3", "drei": "3",
        "tre": "3", "três": "3", "cuatro": "4", "quatre": "4", "vier": "4", "quattro": "4",
        "quatro": "4", "cinco": "5", "cinq": "5", "fünf": "5", "funf": "5", "cinque": "5",
        "seis": "6", "six": "6", "sechs": "6", "sei": "6", "siete": "7", "sept": "7", "sieben": "7",
        "sette": "7", "sete": "7"}
_N = r"(?P<n>\d{1,2}|" + "|".join(sorted(_NUM, key=len, reverse=True)) + r")"

#: platforms and shops, which joining words before them join ("Instagram et Pinterest")
_CHANNEL = (r"(?:instagram|insta|facebook|tiktok|pinterest|youtube|linkedin|threads|etsy|amazon|"
            r"ebay|shopify|vinted|depop|on\s+our\s+website)\b")

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"

#: (language, pattern, English): tried in order, each over the whole message
_PHRASES: list[tuple[str, str, str]] = [
    # how often
    ("es", rf"{_N}\s+veces\s+(?:por|a\s+la|cada|en\s+la)\s+semana", r"\g<n> times a week"),
    ("pt", rf"{_N}\s+vezes\s+(?:por|na|a\s+cada)\s+semana", r"\g<n> times a week"),
    ("fr", rf"{_N}\s+fois\s+(?:par|la|chaque|dans\s+la)\s+semaine", r"\g<n> times a week"),
    ("de", rf"jeweils\s+{_N}\s*-?\s*(?:mal|x)\s+(?:pro|die|in\s+der|jede)\s+woche", r"\g<n> times a week each"),
    ("de", rf"{_N}\s*-?\s*(?:(?:mal|x)\s+(?:pro|die|in\s+der|jede)\s+woche|mal\s+w[öo]chentlich)",
     r"\g<n> times a week"),
    ("it", rf"{_N}\s+volte\s+(?:a|alla|per|ogni)\s+settimana", r"\g<n> times a week"),
    # a count said with its word alone: "ig 3 veces y tiktok 2 veces a la semana"
    ("es", rf"{_N}\s+veces", r"\g<n>x"), ("pt", rf"{_N}\s+vezes", r"\g<n>x"),
    ("fr", rf"{_N}\s+fois", r"\g<n>x"), ("it", rf"{_N}\s+volte", r"\g<n>x"),
    ("de", rf"{_N}\s*-?\s*mal", r"\g<n>x"),
    ("es", r"todos\s+los\s+d[ií]as|cada\s+d[ií]a|a\s+diario", "daily"),
    ("pt", r"todos\s+os\s+dias", "daily"),
    ("fr", r"tous\s+les\s+jours|chaque\s+jour|quotidiennement", "daily"),
    ("de", r"jeden\s+tag|t[äa]glich", "daily"),
    ("it", r"ogni\s+giorno|tutti\s+i\s+giorni", "daily"),
    ("es", r"cada\s+un[oa]", "each"),
    ("pt", r"cada\s+um(?:a)?", "each"),
    ("fr", r"chacune?|pour\s+chacune?", "each"),
    ("de", r"jeweils", "each"),
    ("it", r"ciascuno|ciascuna|ognuno", "each"),
    ("es", r"(?:por|a\s+la)\s+semana", "a week"),
    ("fr", r"par\s+semaine", "a week"),
    ("de", r"pro\s+woche", "a week"),
    ("it", r"(?:a|alla|per)\s+settimana", "a week"),
    ("pt", r"por\s+semana", "a week"),
    # offers: "10 % de réduction", "20% de descuento", "15 % Rabatt", "livraison gratuite"
    ("fr", r"(?P<p>\d{1,2})\s*%\s*(?:de\s+)?(?:r[ée]duction|remise|rabais)", r"\g<p>% off"),
    ("es", r"(?P<p>\d{1,2})\s*%\s*(?:de\s+)?(?:descuento|dto\.?)", r"\g<p>% off"),
    ("de", r"(?P<p>\d{1,2})\s*%\s*(?:rabatt|nachlass)", r"\g<p>% off"),
    ("it", r"(?P<p>\d{1,2})\s*%\s*(?:di\s+)?sconto", r"\g<p>% off"),
    ("pt", r"(?P<p>\d{1,2})\s*%\s*(?:de\s+)?desconto", r"\g<p>% off"),
    # "uno sconto del 10%", "un descuento del 20%", "desconto de 15%", "une remise de 10 %"
    ("it", r"(?:uno\s+)?sconto\s+del\s+(?P<p>\d{1,2})\s*%", r"\g<p>% off"),
    ("es", r"(?:un\s+)?descuento\s+del?\s+(?P<p>\d{1,2})\s*%", r"\g<p>% off"),
    ("pt", r"(?:um\s+)?desconto\s+de\s+(?P<p>\d{1,2})\s*%", r"\g<p>% off"),
    ("fr", r"(?:une\s+)?(?:r[ée]duction|remise)\s+de\s+(?P<p>\d{1,2})\s*%", r"\g<p>% off"),
    ("de", r"(?P<p>\d{1,2})\s*%\s+(?:auf\s+alles|g[üu]nstiger)", r"\g<p>% off"),
    # a range of days: "du 24 au 30 mai", "vom 19. bis 25. April", "del 1 al 15 de mayo",
    # "dal 3 al 9 maggio", "de 1 a 9 de maio" (before "until" takes "bis", "hasta"…)
    ("fr", r"du\s+(?P<a>\d{1,2})\s+au\s+(?P<b>\d{1,2})", r"\g<a>-\g<b>"),
    ("de", r"vo[nm]\s+(?P<a>\d{1,2})\.?\s+bis\s+(?:zum\s+)?(?P<b>\d{1,2})\.?", r"\g<a>-\g<b>"),
    ("es", r"del\s+(?P<a>\d{1,2})\s+al\s+(?P<b>\d{1,2})(?:\s+de)?", r"\g<a>-\g<b>"),
    ("it", r"dal\s+(?P<a>\d{1,2})\s+al\s+(?P<b>\d{1,2})", r"\g<a>-\g<b>"),
    ("pt", r"de\s+(?P<a>\d{1,2})\s+a\s+(?P<b>\d{1,2})(?:\s+de)?", r"\g<a>-\g<b>"),
    ("fr", r"livraison\s+(?:gratuite|offerte)", "free shipping"),
    ("es", r"env[ií]o\s+gratis|env[ií]o\s+gratuito", "free shipping"),
    ("de", r"kostenlose[rn]?\s+versand|versandkostenfrei|gratis\s+versand", "free shipping"),
    ("it", r"spedizione\s+gratuita", "free shipping"),
    ("pt", r"frete\s+gr[áa]tis|envio\s+gr[áa]tis", "free shipping"),
    ("fr", r"(?:avec\s+le\s+)?code\s+promo|(?:avec\s+le\s+)?code", "code"),
    ("es", r"(?:con\s+el\s+)?c[óo]digo(?:\s+promocional|\s+de\s+descuento)?", "code"),
    ("de", r"(?:mit\s+dem\s+)?(?:gutschein-?|rabatt-?)?code", "code"),
    ("it", r"(?:con\s+il\s+)?codice(?:\s+sconto)?", "code"),
    ("pt", r"(?:com\s+o\s+)?c[óo]digo(?:\s+promocional)?", "code"),
    ("fr", r"jusqu'(?:au|à|a)(?:\s+le)?", "until"),
    ("es", r"hasta\s+el|hasta", "until"),
    ("de", r"bis\s+(?:zum|zur)|bis", "until"),
    ("it", r"fino\s+al|fino\s+a", "until"),
    ("pt", r"at[ée]\s+(?:o\s+)?dia\s+(?P<d>\d{1,2})(?!\s*(?:de\s+)?(?:janeiro|fevereiro|mar[çc]o|abril|maio|junho|"
           r"julho|agosto|setembro|outubro|novembro|dezembro))", r"until the \g<d>th"),
    ("pt", r"at[ée]\s+(?:o|a|dia)|at[ée]", "until"),
    # the days, so "hasta el domingo" is read
    ("es", r"(?:el\s+)?domingo", "sunday"), ("es", r"(?:el\s+)?s[áa]bado", "saturday"),
    ("es", r"(?:el\s+)?viernes", "friday"), ("es", r"(?:el\s+)?lunes", "monday"),
    ("pt", r"(?:o\s+)?domingo", "sunday"), ("pt", r"(?:o\s+)?s[áa]bado", "saturday"),
    ("pt", r"(?:a\s+)?sexta(?:-feira)?", "friday"),
    ("fr", r"dimanche", "sunday"), ("fr", r"samedi", "saturday"), ("fr", r"vendredi", "friday"),
    ("de", r"sonntag", "sunday"), ("de", r"samstag", "saturday"), ("de", r"freitag", "friday"),
    ("it", r"domenica", "sunday"), ("it", r"sabato", "saturday"), ("it", r"venerd[ìi]", "friday"),
    # the months, so their dates are read
    ("fr", r"janvier", "january"), ("fr", r"f[ée]vrier", "february"), ("fr", r"mars", "march"),
    ("fr", r"avril", "april"), ("fr", r"mai", "may"), ("fr", r"juin", "june"), ("fr", r"juillet", "july"),
    ("fr", r"ao[uû]t", "august"), ("fr", r"septembre", "september"), ("fr", r"octobre", "october"),
    ("fr", r"novembre", "november"), ("fr", r"d[ée]cembre", "december"),
    ("es", r"enero", "january"), ("es", r"febrero", "february"), ("es", r"marzo", "march"),
    ("es", r"abril", "april"), ("es", r"mayo", "may"), ("es", r"junio", "june"), ("es", r"julio", "july"),
    ("es", r"agosto", "august"), ("es", r"septiembre|setiembre", "september"), ("es", r"octubre", "october"),
    ("es", r"noviembre", "november"), ("es", r"diciembre", "december"),
    ("de", r"januar", "january"), ("de", r"februar", "february"), ("de", r"m[äa]rz", "march"),
    ("de", r"juni", "june"), ("de", r"juli", "july"), ("de", r"oktober", "october"), ("de", r"dezember", "december"),
    ("it", r"gennaio", "january"), ("it", r"febbraio", "february"), ("it", r"giugno", "june"),
    ("it", r"luglio", "july"), ("it", r"ottobre", "october"), ("it", r"dicembre", "december"),
    ("it", r"marzo", "march"), ("it", r"aprile", "april"), ("it", r"maggio", "may"),
    ("it", r"agosto", "august"), ("it", r"settembre", "september"), ("it", r"novembre", "november"),
    ("pt", r"(?-i:mar[çc]o|Março)", "march"), ("pt", r"abril", "april"), ("pt", r"maio", "may"),
    ("pt", r"agosto", "august"), ("pt", r"setembro", "september"), ("pt", r"novembro", "november"),
    ("de", r"mai", "may"),
    ("pt", r"janeiro", "january"), ("pt", r"fevereiro", "february"), ("pt", r"junho", "june"),
    ("pt", r"julho", "july"), ("pt", r"outubro", "october"), ("pt", r"dezembro", "december"),
    ("es", rf"(?P<d>\d{{1,2}})\s+de(?=\s+{_MONTH})", r"\g<d>"),
    ("pt", rf"(?P<d>\d{{1,2}})\s+de(?=\s+{_MONTH})", r"\g<d>"),
    ("de", rf"(?P<d>\d{{1,2}})\.(?=\s+{_MONTH})", r"\g<d>"),
    # selling and making, in languages with less glossed: Indonesian and Malay, Polish,
    # Swahili, Dutch ("aku jualan keripik pisang di Bandung", "robimy kubki i miski",
    # "nauza asali safi", "ik verkoop tweedehands kleding"); a town after "di", "kat", "w",
    # "z", "hapa", "in" ("w Gdańsku", "hapa Arusha")
    ("id", r"(?:kami|kita)\s+(?:jual(?:an)?|menjual|bikin|buat|membuat)", "we sell"),
    ("id", r"(?:aku|saya|gue|gw)\s+(?:jual(?:an)?|menjual|bikin|buat|membuat)", "I sell"),
    ("id", r"(?:jualan|jual)\s+(?:lewat|di|via)(?=\s)", "we sell on"),
    ("id", r"lewat|via", "on"), ("id", r"sama(?=\s+\w)", "and"), ("id", r"dan", "and"),
    ("id", r"(?:di|kat|dari)(?=\s+(?-i:[A-Z]))", "in"),
    ("pl", r"sprzedajemy", "we sell"), ("pl", r"sprzedaj[ęe]", "I sell"),
    ("pl", r"robimy|tworzymy|szyjemy|pieczemy", "we make"), ("pl", r"robi[ęe]|tworz[ęe]|szyj[ęe]|piek[ęe]", "I make"),
    ("pl", r"i(?=\s+na\s)", "and"), ("pl", r"na(?=\s+\w)", "on"),
    ("pl", r"(?<=[a-ząćęłńóśźż] )i(?=\s+[a-ząćęłńóśźż])", "and"),
    ("pl", r"prowadz[ęe]", "I run"), ("pl", r"prowadzimy", "we run"),
    ("sw", r"(?:tu|tuna)uza", "we sell"), ("sw", r"(?:n|nin|nina)?auza", "I sell"),
    ("sw", r"kupitia", "on"), ("sw", r"hapa(?:\s+(?:ni|katika))?(?=\s+(?-i:[A-Z]))", "in"),
    ("sw", r"nina", "I have"), ("sw", r"tuna", "we have"),
    ("nl", r"en(?=\s+(?:bol|etsy|vinted|marktplaats|amazon|instagram|insta|tiktok|facebook|pinterest)\b)", "and"),
    ("nl", r"(?:ik\s+)?verkoop", "I sell"), ("nl", r"(?:wij|we)\s+verkopen", "we sell"),
    ("nl", r"(?:ik\s+)?maak", "I make"), ("nl", r"(?:wij|we)\s+maken", "we make"),
    ("nl", r"(?:ik\s+)?woon\s+in", "based in"),
    # Turkish puts the verb last: "İzmir'de el yapımı deri cüzdan satıyorum" is "in İzmir, we
    # sell el yapımı deri cüzdan"; "etsy'de varım" is "on etsy"
    ("tr", r"(?P<t>(?-i:[A-ZÇĞİÖŞÜ])[\w]+)'(?:da|de|ta|te)", r"in \g<t>,"),
    ("tr", r"(?P<w>[\w.]+)'(?:da|de|ta|te)\s+(?:var[ıi]m|var[ıi]z|sat[ıi]yoru[mz])", r"on \g<w>"),
    ("tr", r"(?P<o>[^\W\d][^,.!?\n]{1,80}?)\s+(?:sat[ıi]yoru[mz]|yap[ıi]yoru[mz]|[üu]retiyoru[mz])", r"we sell \g<o>"),
    ("tr", r"(?P<o>[^\W\d][^,.!?\n]{1,80}?)\s+(?:veriyoru[mz]|sunuyoru[mz])", r"we offer \g<o>"),
    ("tr", r"ve(?=\s)", "and"),
    # who the seller is
    ("es", r"somos", "we're"), ("pt", r"somos(?:\s+(?:a|o)(?=\s+[A-Z]))?", "we're"), ("fr", r"nous\s+sommes(?!\s+sur)", "we're"),
    ("de", r"wir\s+sind(?!\s+auf)", "we're"), ("it", r"siamo(?!\s+su)", "we're"),
    ("es", r"me\s+llamo", "my name is"), ("fr", r"je\s+m'appelle", "my name is"),
    ("de", r"ich\s+hei(?:ß|ss)e", "my name is"), ("it", r"mi\s+chiamo", "my name is"),
    ("pt", r"(?:eu\s+)?me\s+chamo|chamo-me", "my name is"),
    # the brand
    ("fr", r"(?:(?:la|notre|ma)\s+)?marque\s*:", "brand:"), ("es", r"(?:(?:la|nuestra|mi)\s+)?marca\s*:", "brand:"),
    ("de", r"(?:(?:die|unsere|meine)\s+)?marke\s*:", "brand:"), ("it", r"(?:(?:il|nostro|mio)\s+)?marchio\s*:", "brand:"),
    ("pt", r"(?:(?:a|nossa|minha)\s+)?marca\s*:", "brand:"),
    ("es", r"(?:la|nuestra|mi)\s+(?:marca|tienda|empresa)\s+(?:es|se\s+llama)|nos\s+llamamos", "brand is"),
    ("pt", r"(?:a|nossa|minha)\s+(?:marca|loja|empresa)\s+(?:é|e|se\s+chama|chama-se)|chamamo-nos", "brand is"),
    ("fr", r"(?:la|notre|ma)\s+(?:marque|boutique|soci[ée]t[ée]|entreprise)\s*(?:,\s*)?(?:c'est|est|s'appelle)|"
           r"on\s+s'appelle|nous\s+nous\s+appelons", "brand is"),
    ("de", r"(?:die|unsere|meine)\s+marke\s+(?:ist|hei(?:ß|ss)t)|(?:unser|mein)\s+(?:shop|laden|gesch[äa]ft)\s+"
           r"hei(?:ß|ss)t|wir\s+hei(?:ß|ss)en", "brand is"),
    ("it", r"(?:il|nostro|mio)\s+(?:marchio|brand|negozio)\s+(?:è|e|si\s+chiama)|ci\s+chiamiamo", "brand is"),
    # selling and making (the articles after the verb go with it)
    ("es", r"(?:nosotros\s+)?vendemos(?:\s+(?:unos|unas|nuestros|nuestras|los|las))?", "we sell"),
    ("es", r"(?:nosotros\s+)?(?:hacemos|fabricamos|elaboramos|producimos|horneamos|preparamos|creamos|"
           r"dise[ñn]amos|tejemos|cosemos|tostamos)(?:\s+(?:unos|unas|nuestros|nuestras|los|las))?", "we make"),
    ("es", r"ofrecemos(?:\s+(?:unos|unas|nuestros|nuestras|los|las))?", "we offer"),
    ("es", r"(?:yo\s+)?vendo(?:\s+(?:unos|unas|mis|los|las))?", "I sell"),
    ("es", r"(?:yo\s+)?(?:hago|fabrico|elaboro|preparo|tejo|coso|horneo)(?:\s+(?:unos|unas|mis|los|las))?", "I make"),
    ("it", r"vendo(?:\s+(?:i|le|gli|dei|delle|miei|mie))?", "I sell"),
    ("it", r"faccio(?:\s+(?:i|le|gli|dei|delle))?", "I make"),
    ("pt", r"vendemos(?:\s+(?:os|as|nossos|nossas))?", "we sell"),
    ("pt", r"(?:eu\s+)?vendo(?:\s+(?:os|as|meus|minhas))?", "I sell"),
    ("pt", r"(?:eu\s+)?fa[çc]o(?:\s+(?:os|as|meus|minhas))?", "I make"),
    ("pt", r"aqui\s+(?:em|no|na)(?=\s+(?-i:[A-ZÁÉÍÓÚÃÕ]))", "in"),
    ("pt", r"pel[oa](?=\s+\w)", "on"), ("pt", r"moro\s+em", "based in"),
    ("pt", r"(?:fazemos|fabricamos|produzimos|criamos)(?:\s+(?:os|as|nossos|nossas))?", "we make"),
    ("fr", r"(?:on|nous)\s+(?:vend|vendons)(?:\s+(?:des|les|du|de\s+la|de\s+l'|nos|notre|d'))?", "we sell"),
    ("fr", r"je\s+vends(?:\s+(?:des|les|du|de\s+la|de\s+l'|mes|d'))?", "I sell"),
    ("fr", r"(?:on|nous)\s+(?:fabrique|fabriquons|fait|faisons|cr[ée]e|cr[ée]ons|produit|produisons|"
           r"confectionne|confectionnons|tricote|tricotons|coud|cousons|pr[ée]pare|pr[ée]parons|torr[ée]fie)"
           r"(?:\s+(?:des|les|du|de\s+la|de\s+l'|nos|notre|d'))?", "we make"),
    ("fr", r"je\s+(?:fabrique|fais|cr[ée]e|produis|tricote|couds|pr[ée]pare)(?:\s+(?:des|les|du|de\s+la|"
           r"de\s+l'|mes|d'))?", "I make"),
    ("fr", r"(?:on|nous)\s+(?:propose|proposons|offre|offrons)(?:\s+(?:des|les|du|de\s+la|de\s+l'|nos|d'))?",
     "we offer"),
    ("de", r"wir\s+verkaufen(?:\s+(?:unsere|die|den|das))?", "we sell"),
    ("de", r"ich\s+verkaufe(?:\s+(?:meine|die|den|das))?", "I sell"),
    ("de", r"wir\s+(?:machen|backen|brauen|r[öo]sten|n[äa]hen|stricken|fertigen|produzieren|gestalten)"
           r"(?:\s+(?:unsere|die|den|das))?", "we make"),
    ("de", r"ich\s+(?:mache|backe|braue|n[äa]he|stricke|fertige|gestalte)(?:\s+(?:meine|die|den|das))?", "I make"),
    ("de", r"wir\s+bieten(?:\s+(?:unsere|die|den|das))?", "we offer"),
    ("it", r"vendiamo(?:\s+(?:i|le|gli|dei|delle|nostri|nostre))?", "we sell"),
    ("it", r"(?:facciamo|produciamo|creiamo|realizziamo)(?:\s+(?:i|le|gli|dei|delle|nostri|nostre))?", "we make"),
    # having a shop of something: "tenemos una tienda de empanadas" is a shop selling empanadas
    ("es", r"tenemos", "we have"), ("es", r"tengo", "I have"),
    ("fr", r"nous\s+avons", "we have"), ("fr", r"j'ai", "I have"),
    ("it", r"abbiamo", "we have"), ("pt", r"temos", "we have"), ("pt", r"tenho", "I have"),
    ("es", r"una\s+(?:peque[ñn]a\s+)?(?:tienda|tiendita)\s+de|un\s+(?:peque[ñn]o\s+)?(?:negocio|puesto|local)\s+de",
     "a shop selling"),
    ("fr", r"une\s+(?:petite\s+)?boutique\s+(?:de|d')|un\s+(?:petit\s+)?(?:magasin|stand)\s+(?:de|d')",
     "a shop selling"),
    ("it", r"un\s+(?:piccolo\s+)?negozio\s+di", "a shop selling"),
    ("pt", r"uma\s+(?:pequena\s+)?loja\s+de", "a shop selling"),
    # a town after what is sold: "alfajores en Córdoba" are alfajores, in Córdoba
    ("es", r"en(?=\s+(?-i:[A-ZÁÉÍÓÚÑ]))", "in"), ("pt", r"em(?=\s+(?-i:[A-ZÁÉÍÓÚÃÕ]))", "in"),
    ("fr", r"à(?=\s+(?-i:[A-ZÀÉÈ]))", "in"), ("it", r"a(?=\s+(?-i:[A-Z]))", "in"),
    # posting, and where
    ("es", r"(?:posteamos|publicamos|subimos)", "we post"),
    ("fr", r"(?:on|nous)\s+(?:poste|postons|publie|publions)", "we post"),
    ("de", r"wir\s+(?:posten|ver[öo]ffentlichen)", "we post"),
    ("it", r"(?:postiamo|pubblichiamo)", "we post"),
    ("pt", r"(?:postamos|publicamos)", "we post"),
    ("es", r"estamos\s+en", "we're on"),
    ("pt", r"estamos\s+n[oa]", "we're on"),
    ("fr", r"(?:on\s+est|nous\s+sommes)\s+sur", "we're on"),
    ("de", r"wir\s+sind\s+auf", "we're on"),
    ("it", r"siamo\s+su", "we're on"),
    ("es", r"(?:en|por)\s+(?:nuestra|nuestro|mi)\s+(?:web|p[aá]gina(?:\s+web)?|sitio(?:\s+web)?|"
           r"tienda\s+(?:online|en\s+l[ií]nea))", "on our website"),
    ("fr", r"sur\s+(?:notre|mon)\s+(?:site(?:\s+(?:web|internet))?|e-?shop|boutique\s+en\s+ligne)",
     "on our website"),
    ("de", r"(?:[üu]ber|in|auf)\s+(?:unseren?|unserem|unserer|meinen?|meinem|meiner)\s+"
           r"(?:online-?shop|webshop|website|webseite|homepage|shop)", "on our website"),
    ("it", r"(?:sul|nel)\s+(?:nostro|mio)\s+(?:sito(?:\s+web)?|e-?shop|negozio\s+online)", "on our website"),
    ("pt", r"(?:no|na)\s+(?:nosso|nossa|meu|minha)\s+(?:site|loja\s+online)", "on our website"),
    ("es", rf"(?:por|en)(?=\s+{_CHANNEL})", "on"),
    ("fr", rf"sur(?=\s+{_CHANNEL})", "on"),
    ("de", rf"auf(?=\s+{_CHANNEL})", "on"),
    ("it", rf"su(?=\s+{_CHANNEL})", "on"),
    # joining words, before a platform or a shop (never inside what is sold: "savons et bougies")
    ("es", rf"y(?=\s+(?:en\s+|por\s+|on\s+)?{_CHANNEL})", "and"),
    ("fr", rf"et(?=\s+(?:sur\s+|on\s+)?{_CHANNEL})", "and"),
    ("de", rf"und(?=\s+(?:auf\s+|on\s+)?{_CHANNEL})", "and"),
    ("it", rf"e(?=\s+(?:su\s+|on\s+)?{_CHANNEL})", "and"),
    ("pt", rf"e(?=\s+(?:no\s+|na\s+|on\s+)?{_CHANNEL})", "and"),
]
#: how often, in words of languages with no gloss of their own, read in any message: they
#: are never English ("instagram haftada 3", "ig 3x seminggu", "fb 3x w tygodniu", "facebook
#: mara 3 kwa wiki", "tiktok tiap hari", "4 posty tygodniowo"), and the joining word between
#: a count and the next platform ("ig 4 y tiktok 3", "facebook 3 na tiktok 2")
_PLATFORM_NEXT = rf"(?=\s*{PLATFORM_WORDS}\b)"
#: Polish months as dates say them ("12 kwietnia"), read only after a day's number
_PL_MONTHS = {"stycznia": "january", "lutego": "february", "marca": "march", "kwietnia": "april",
              "maja": "may", "czerwca": "june", "lipca": "july", "sierpnia": "august", "września": "september",
              "wrzesnia": "september", "października": "october", "pazdziernika": "october",
              "listopada": "november", "grudnia": "december"}
_ANYWHERE: list[tuple[str, object]] = [
    (r"mara\s+(?P<n>\d{1,2})\s+kwa\s+wiki", r"\g<n> times a week"),
    (r"haftada\s+(?P<n>\d{1,2})(?:\s*(?:kez|defa|g[üu]n|post|payla[şs][ıi]m))?", r"\g<n> times a week"),
    (r"(?P<n>\d{1,2})\s*(?:x|razy|kali|mara|kez|keer|g[åa]nger|beses)?\s*(?:w\s+tygodniu|tygodniowo|"
     r"seminggu|per\s+minggu|sepekan|kwa\s+wiki|haftada|i\s+veckan|per\s+vecka|sa\s+isang\s+linggo|"
     r"kada\s+linggo|per\s+week|in\s+de\s+week)", r"\g<n> times a week"),
    (r"(?P<n>\d{1,2})\s+posty?\s+tygodniowo", r"\g<n> posts a week"),
    (r"mara\s+(?P<n>\d{1,2})", r"\g<n>x"),
    (r"(?:se)?tiap\s+hari|setiap\s+hari|kila\s+siku|codziennie|her\s+g[üu]n|todo\s+dia|todos\s+os\s+dias|"
     r"dagelijks|elke\s+dag|varje\s+dag|dagligen|araw-araw|h[àa]ng\s+ng[àa]y", "daily"),
    (r"kod|kodu|kodem|kode|koodi|kodi", "code"),
    (r"(?:do|till|hadi|hingga|sampai|tot)(?=\s+\d{1,2}\s+(?:" + "|".join(_PL_MONTHS) + r")\b)", "until"),
    (r"(?P<d>\d{1,2})\s+(?P<m>" + "|".join(_PL_MONTHS) + ")", lambda m: f"{m['d']} {_PL_MONTHS[m['m'].lower()]}"),
    (r"razem|insgesamt|en\s+total|au\s+total|in\s+totale|toplam|jumla|totaal|totalt", "in total"),
]
#: the joining word after a count ("ig 4 y tiktok 3", "tiktok daily e insta 3x"), read where
#: the word before it ends
_JOIN = re.compile(r"(?i:(?:(?<=\d)|(?<=\dx)|(?<=\bweek)|(?<=\bdaily))\s+(?:y|e|et|und|i|na|dan|en|och|ve|og|at)"
                   + _PLATFORM_NEXT + ")")
_COMPILED = [(lang, re.compile(rf"(?i:(?<![\w'-])(?:{pattern})(?![\w'-]))"), english)
             for lang, pattern, english in _PHRASES]
_ANYWHERE_COMPILED = [(re.compile(rf"(?i:(?<![\w'-])(?:{pattern})(?![\w'-]))"), english)
                      for pattern, english in _ANYWHERE]
_MARKER_RE = {lang: re.compile(rf"(?i:(?<![\w'-])(?:{words})(?![\w'-]))") for lang, words in _MARKERS.items()}


def languages(text: str) -> list[str]:
    """The languages other than English the message reads as: two or more of a language's
    small words (its phrases count twice), and more of them than English ones."""
    english = len(_ENGLISH.findall(text))
    counts = {lang: len(regex.findall(text)) for lang, regex in _MARKER_RE.items()}
    for lang, regex, english_words in _COMPILED:  # a phrase of the language counts twice
        if english_words not in ("and", "on", "in"):
            counts[lang] += 2 * len(regex.findall(text))
    best = max(counts.values(), default=0)
    return [lang for lang, n in counts.items() if n >= 2 and n > english and n == best]


def _english(m: re.Match[str], english: str, text: str) -> str:
    value = m.expand(english)
    n = m.groupdict().get("n")
    if n and n.lower() in _NUM:
        value = value.replace(n, _NUM[n.lower()], 1)
    if english == "brand is" and re.search(r"\w\s*$", text[:m.start()]):
        value = ". " + value  # "alfajores artesanales la marca es…": the brand opens a sentence
    return value


def gloss(text: str) -> str:
    """``text`` with foreign greetings read as "hello", how often said in any language in
    English and, in a message in another language, its structural phrases in English (names
    and goods as typed)."""
    text = _GREETING.sub(lambda m: m.group()[:len(m.group()) - len(m.group().lstrip())] + "hello", text)
    # "hello, handmade prayer mats, lahore": a greeting closed by a comma is its own sentence
    text = _GREETING_COMMA.sub(r"\g<g>!", text)
    for regex, english in _ANYWHERE_COMPILED:
        text = regex.sub(english, text)
    text = _JOIN.sub(" and", text)
    langs = languages(text)
    if not langs:
        return text
    for lang, regex, english in _COMPILED:
        if lang in langs:
            text = regex.sub(lambda m, e=english, t=text: _english(m, e, t), text)
    return text
