"""The brief parser on messages in French, Spanish, German, Italian and Portuguese
(:mod:`planner.brief.gloss`): greetings are never the product, and the structural phrases
(selling verbs, "the brand is", platforms, how often) are read as their English. Phrasings of
our own, never the benchmark's."""

from __future__ import annotations

import pytest

from planner.brief.gloss import gloss, languages
from tests.brief_helpers import chat, read


@pytest.mark.parametrize("text", [
    "Hola! hacemos velas de soja",
    "Bonjour, on vend des bijoux en argent",
    "Hallo! wir verkaufen Holzspielzeug",
    "Ciao! vendiamo ceramiche dipinte",
    "Olá! vendemos sabonetes artesanais",
    "buenos días, tejemos mantas de lana",
])
def test_a_greeting_in_another_language_is_never_the_product(text):
    product = read(text).product.lower()
    assert product and not product.startswith(("hola", "bonjour", "hallo", "ciao", "olá", "buenos"))


@pytest.mark.parametrize("text,product,brand", [
    ("Hola! hacemos velas de soja. Nuestra marca se llama Luz de Mar", "velas de soja", "Luz de Mar"),
    ("Bonjour ! Nous fabriquons des savons au lait de chèvre. La marque, c'est Chèvrefeuille.",
     "savons au lait de chèvre", "Chèvrefeuille"),
    ("Hallo, wir verkaufen handgemachte Kerzen. Unsere Marke heißt Flammenwerk.",
     "handgemachte Kerzen", "Flammenwerk"),
    ("Ciao! Vendiamo ceramiche dipinte a mano, il marchio è Terra Viva", "ceramiche dipinte a mano",
     "Terra Viva"),
    ("vendemos sabonetes artesanais, a marca é Espuma Boa", "sabonetes artesanais", "Espuma Boa"),
])
def test_what_is_sold_and_the_brand_said_in_another_language(text, product, brand):
    brief = read(text)
    assert (brief.product, brief.brand) == (product, brand)


@pytest.mark.parametrize("messages,platforms,total", [
    (["on fait des bougies parfumées", "on est sur Instagram et Facebook, 3 fois par semaine chacun"],
     {"instagram", "facebook"}, 6),
    (["hacemos mermeladas", "publicamos en instagram 4 veces por semana"], {"instagram"}, 4),
    (["wir backen Brot", "wir posten auf Instagram und TikTok, jeweils 2 mal pro Woche"],
     {"instagram", "tiktok"}, 4),
    (["vendiamo olio d'oliva", "postiamo su instagram tutti i giorni"], {"instagram"}, 7),
])
def test_how_often_said_in_another_language(messages, platforms, total):
    brief = chat(*messages).brief
    posts = sum(brief.cadence.values()) if brief.cadence else brief.posts_per_week
    assert (set(brief.platforms), posts) == (platforms, total)


def test_a_shop_of_ones_own_said_in_french_is_the_website():
    assert "website" in read("On vend nos confitures sur Etsy et sur notre site.").sells_on


@pytest.mark.parametrize("text", [
    # English never reads as another language, whatever small words it shares with one
    "we sell die-cut stickers and pins, post on instagram 3x a week",
    "I make con artist themed board games, the brand is Grifters",
    "pasta e fagioli kits, we sell them on etsy",
    "savons et bougies? no, we sell candles",
    "we sell cold brew concentrate, plated desserts and dates until the 5th",
])
def test_english_is_left_as_it_is(text):
    assert gloss(text) == text


def test_goods_are_never_translated():
    # "et" between two goods stays: only a joining word before a platform or a shop is glossed
    assert read("Nous vendons des savons et bougies sur Etsy").product == "savons et bougies"
    assert languages("Nous vendons des savons et bougies sur Etsy") == ["fr"]


@pytest.mark.parametrize("text,brand,code,discount,ends", [
    ("Nous sommes Les Ruchers d'Anna. 20 % de remise avec le code MIEL20 jusqu'au 15 janvier.",
     "Les Ruchers d'Anna", "MIEL20", "20% off", (2027, 1, 15)),
    ("Somos Dulce Norte, horneamos galletas. 15% de descuento con el código NORTE15 hasta el 10 de enero.",
     "Dulce Norte", "NORTE15", "15% off", (2027, 1, 10)),
    ("Wir sind Filzfabrik Mayer und wir machen Hausschuhe. 10 % Rabatt mit dem Code FILZ10 bis 20. Dezember.",
     "Filzfabrik Mayer", "FILZ10", "10% off", (2026, 12, 20)),
])
def test_an_offer_and_who_the_seller_is_in_another_language(text, brand, code, discount, ends):
    import datetime as dt
    brief = read(text)
    assert (brief.brand, brief.offer.code, brief.offer.discount, brief.offer.ends) == (
        brand, code, discount, dt.date(*ends))


@pytest.mark.parametrize("text", [
    "Livraison gratuite sur tout le site, on vend des tisanes",
    "Envío gratis en todos los pedidos, vendemos tés",
])
def test_free_shipping_in_another_language(text):
    assert read(text).free_shipping


@pytest.mark.parametrize("text,brand", [
    ("Nous vendons des bougies. Notre marque : Cire & Sel.", "Cire & Sel"),
    ("Vendemos jabones. Marca: Espuma Sur.", "Espuma Sur"),
])
def test_a_labelled_brand_in_another_language(text, brand):
    assert read(text).brand == brand
