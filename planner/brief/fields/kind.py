"""What kind of thing is sold, guessed when the seller does not say: goods ("product"), a
service or something digital.

The product's own words decide first (:func:`~planner.brief.fields.about.infer_kind`: an
app is digital, tutoring a service). When they name neither, goods are recognised by
their nouns and makers' words ("hand-knitted sweaters", "loose leaf tea", "frozen
empanadas"), then by the verb the product was said with ("we bake…" makes goods, "we do
balayage", "I build websites" is work done for clients), then by the message ("shipped",
"sold on Amazon"). A guess is only a guess: what the seller says outright always wins,
and nothing here is read when no guess fits.
"""

from __future__ import annotations

import re

from planner.brief.fields.about import DIGITAL_SAID, PHYSICAL_SAID, infer_kind
from planner.domain.vocabularies import MARKETPLACES

# ---- goods, by what they are called ----------------------------------------------------------

#: nouns of things a small business makes or sells (singular; plurals are matched too)
_GOODS_NOUNS = (
    "bread|loaf|loaves|sourdough|bagel|bun|roll|croissant|pastry|pastries|cake|"
    "cupcake|cookie|biscuit|brownie|pie|tart|doughnut|donut|muffin|scone|"
    "dumpling|pasta|pizza|sauce|hot sauce|chutney|jam|preserve|marmalade|honey|syrup|spread|"
    "pickle|kimchi|chocolate|truffle|fudge|candy|caramel|toffee|granola|cereal|snack|"
    "crisp|jerky|cheese|butter|yoghurt|yogurt|ice cream|gelato|coffee|bean|tea|matcha|"
    "kombucha|juice|smoothie|wine|beer|ale|cider|gin|vodka|rum|whisky|whiskey|liqueur|mead|"
    "soda|lemonade|spice|seasoning|oil|vinegar|flour|meal kit|hamper|treat|chew|"
    "kibble|dog food|cat food|protein powder|supplement|vitamin|candle|diffuser|wax melt|"
    "soap|bath bomb|lotion|balm|salve|scrub|serum|cream|shampoo|conditioner|"
    "perfume|fragrance|cosmetic|lipstick|lip balm|nail polish|mug|cup|bowl|plate|vase|"
    "planter|pot|jug|teapot|tableware|ceramic|stoneware|pottery|glassware|cushion|pillow|"
    "throw|blanket|quilt|bedding|duvet|sheet|towel|rug|curtain|lamp|lampshade|mirror|frame|"
    "clock|furniture|table|chair|stool|shelf|shelves|cabinet|sofa|bed|desk|basket|tray|"
    "coaster|chopping board|utensil|knife|knives|cookware|pan|apron|tea towel|napkin|wreath|"
    "garland|decoration|ornament|bauble|wall hanging|macrame|tapestry|print|poster|painting|"
    "artwork|canvas|sculpture|card|greeting card|stationery|notebook|journal|sticker|pen|"
    "shirt|t-shirt|tee|dress|skirt|jeans|trouser|pant|jacket|coat|hoodie|sweatshirt|sweater|"
    "jumper|cardigan|knitwear|sock|hat|beanie|cap|scarf|scarves|glove|mitten|legging|"
    "activewear|swimwear|lingerie|underwear|pyjama|pajama|robe|clothing|clothes|apparel|"
    "garment|uniform|shoe|boot|sandal|sneaker|slipper|bag|handbag|tote|backpack|purse|wallet|"
    "belt|strap|watch|sunglasses|jewellery|jewelry|necklace|earring|ring|bracelet|bangle|"
    "pendant|charm|brooch|anklet|hair clip|scrunchie|keyring|keychain|badge|cufflink|lanyard|"
    "phone case|toy|teddy|plush|plushie|doll|puzzle|jigsaw|board game|card game|blocks|"
    "nappy|nappies|diaper|bib|sling|pram|stroller|collar|leash|"
    "harness|dog bed|kennel|litter|kit|sign|cheddar|brie|feta|halloumi|salami|sausage|bacon|charcuterie|olive|nut|almond|pesto|"
    "hummus|salsa|soup|broth|noodle|ramen|rice|tofu|tempeh|stollen|brioche|baguette|focaccia|"
    "bagel|waffle|pancake|crepe|gelato|sorbet|popcorn|pretzel|cracker|biltong|can|bottle|jar|tin|pouch|sachet|capsule|pod|teabag|skincare|haircare|veg|vegetable|fruit|egg|meat|yarn|wool|fabric|thread|bead|pattern pack|plant|"
    "succulent|cactus|cacti|bouquet|flower|bulb|seed|seedling|terrarium|compost|soil|gadget|"
    "phone|tablet|laptop|computer|pc|keyboard|mouse|headphone|charger|cable|camera|"
    "drone|console|bike|bicycle|e-bike|scooter|helmet|tent|surfboard|skateboard|ski|"
    "snowboard|yoga mat|dumbbell|accessory|accessories|subscription box|bundle|gift|hamper|"
    "book|paperback|zine|comic|vinyl|instrument|guitar|ukulele|drum|glasses|spectacles")
GOODS = re.compile(rf"(?i:\b(?:{_GOODS_NOUNS})(?:e?s)?\b)")
#: words that make what follows goods: how it was made, what from, what state it is in
GOODS_MAKING = re.compile(
    r"(?i:\b(?:hand[- ]?(?:made|poured|crafted|sewn|stitched|painted|dyed|knit(?:ted)?|thrown|"
    r"tied|built|bound|blown|carved|turned|roasted|rolled|picked)|home[- ]?made|(?!tailor)\w+-made|"
    r"knitted|crochet(?:ed)?|woven|embroidered|refurbished|second[- ]?hand|pre[- ]?loved|"
    r"upcycled|recycled|vintage|frozen|dried|baked|roasted|brewed|fermented|pickled|"
    r"small[- ]batch|leather|linen|wooden|oak|walnut|ceramic|"
    r"stoneware|porcelain|silver|brass|copper|cotton|wool|merino|cashmere|silk|"
    r"velvet|denim|soy|beeswax)\b)")
#: board and card games are goods; the rest are played on a screen
_PLAYED = re.compile(r"(?i:\b(?<!board\s)(?<!card\s)(?<!tabletop\s)(?<!party\s)(?<!dice\s)"
                     r"(?:video\s+)?games?\b)")

# ---- the verb it was said with ----------------------------------------------------------------

#: "we bake…", "I knit…": goods come out of these
_MAKING_VERB = re.compile(
    r"(?i:\b(?:make|making|makes|hand[- ]?make|bake|baking|bakes|brew|brewing|roast|roasting|"
    r"knit|knitting|sew|sewing|pour|pouring|craft|crafting|grow|growing|forge|distil|distill|"
    r"bottle|blend|blending|dye|dyeing|weave|weaving|carve|carving|cook|cooking|produce|"
    r"producing|manufacture|manufacturing|refurbish|refurbishing|upcycle|upcycling|stock|"
    r"stocking|import|importing|resell|reselling|sell|selling|sells)"
    r"(?:\s+(?:a|an|the|our|my|own|some|mostly|mainly|only|just|also|really))*\s+$)")
#: "we do balayage", "I build websites", "we provide IT support": work done for clients
_WORK_VERB = re.compile(
    r"(?i:\b(?:we|i)\s+(?:also\s+|mainly\s+|mostly\s+|just\s+)?(?:do|offer|provide|build|design|"
    r"develop|teach|host|organi[sz]e|plan|manage|run)\s+(?:(?:a|an|the|our|my|"
    r"custom|bespoke|small|little|tiny|local|independent)\s+)*$)")

# ---- the message ------------------------------------------------------------------------------

#: things said of goods only: shipping, stock, a price per piece
_GOODS_SAID = re.compile(
    r"(?i:\b(?:ship|ships|shipping|shipped|postage|parcels?|in\s+stock|restock\w*|sold\s+out|"
    r"made\s+in|made\s+by\s+hand|"
    r"per\s+(?:jar|bar|bottle|bag|box|pack|piece|item)|wholesale|stockists?|"
    r"unboxing|packaging)\b)")
#: stores where goods are sold (a website sells anything)
GOODS_STORES = {"amazon", "etsy", "ebay", "shopify", "tiktok shop", "instagram shop",
                "facebook marketplace", "facebook shop", "walmart", "depop", "poshmark", "vinted",
                "mercari", "faire", "notonthehighstreet", "markets", "craft fairs", "local shops",
                "wholesale", "big cartel", "woocommerce", "bigcommerce"} | (
                    set(MARKETPLACES) - {"ravelry"})  # patterns sold there are files


#: the business is booked for occasions: "we do weddings, corporate events", "book us for parties"
_BOOKED_FOR = re.compile(r"(?i:\b(?:we|i)\s+(?:do|cater|cover|work|serve)\s+(?:(?:private|corporate|big|small)\s+)?"
                         r"(?:weddings|events|parties|functions|corporate\s+events)\b|"
                         r"\b(?:hire\s+(?:us|me)|book\s+(?:us|me))\s+for\s+(?:[\w-]+\s+){0,2}?(?:weddings|events|parties|functions)\b)")


def guess_kind(product: str, text: str, said_at: int, sells_on: list[str], *,
               was_product: bool = True) -> str:
    """"product", "service" or "digital" for ``product`` said at ``said_at`` in the message
    ``text`` (-1: not in it), the brief's stores being ``sells_on``; "" when nothing tells.
    ``was_product``: the brief's kind was "product" before (a download said in passing then
    makes it digital)."""
    kind = infer_kind(product)
    if kind == "digital" and PHYSICAL_SAID.search(text):
        return ""  # "digital illustrations", and "sell prints": goods as well
    if kind:
        return kind
    if was_product and DIGITAL_SAID.search(text) and not PHYSICAL_SAID.search(text):
        return "digital"
    if _PLAYED.search(product):
        return "digital"  # "indie video games"; "board games" are goods
    if _BOOKED_FOR.search(text) and not _MAKING_VERB.search(text[max(0, said_at - 40):said_at] if said_at >= 0 else ""):
        return "service"  # "we run a coffee van, we do weddings, corporate events": booked, not bought
    if GOODS.search(product) or GOODS_MAKING.search(product):
        return "product"
    before = text[max(0, said_at - 40):said_at] if said_at >= 0 else ""
    if _WORK_VERB.search(before):
        return "service"
    if _MAKING_VERB.search(before):
        return "product"
    if _GOODS_SAID.search(text) or PHYSICAL_SAID.search(text) or set(sells_on) & GOODS_STORES:
        return "product"
    return ""


def digital_said_later(product: str, text: str, kind: str, kind_from: str) -> bool:
    """Whether a message after the product says it is digital ("printable PDFs, on etsy")
    when goods were only guessed from how the product was said, not from what it is."""
    return bool(product) and kind == "product" and kind_from != "said" \
        and bool(DIGITAL_SAID.search(text)) and not PHYSICAL_SAID.search(text) \
        and not GOODS.search(product) and not GOODS_MAKING.search(product) \
        and infer_kind(product) not in ("service", "digital")
