"""The compiled classifier's shortcuts (issue 15, classify speed) change no prediction and
no probability: the compiled path against the spaCy + scikit-learn reference on a few
hundred varied posts written here, a batch against its posts one by one, and each
shortcut against the test it skips."""

import itertools
import random
import unicodedata

import numpy as np
import pytest

from planner.stage.compiled.encoder import Encoder
from planner.stage.compiled.featurizer import Featurizer, load_featurizer
from planner.stage.compiled.pool import probabilities
from planner.stage.compiled.spacy_rules import load_rules
from planner.stage.model import load_model
from planner.stage.output import predictions
from planner.text.rules import token_feature

#: our own posts: other trades, countries and platforms than the corpus's
_OPENERS = [
    "New this week at Fernhill Bakery in Porto:", "Our Leeds plumbing crew fixed 40 boilers in March.",
    "Dr. Okoye's dental clinic (Toronto) now opens Saturdays", "BIKE SERVICE DAYS are back in Utrecht!!",
    "Tally Invoicing just shipped recurring invoices for freelancers.", "Namaste 🙏 from the Sea Point yoga loft",
    "Ever wondered how we roast the Huila beans?", "Sorry to hear the courier lost your parcel",
    "Three tips for pruning olive trees in autumn", "Meet Ana, who has bound books by hand for 22 years",
    "Our café in Kraków is turning five 🎉🎂", "Questions about the ceramics workshop?",
    "Tarifa kite school: wind forecast says 25 knots", "Why our wool socks don't itch (a thread)",
    "@marta_k thanks so much for the photos!", "Reply STOP to 80855 to opt out",
]
_MIDDLES = [
    "Book a fitting at fernhill.pt/fit", "use code AUTUMN24 for 20% off", "€18,50 a box, £15 in the UK",
    "link in bio", "tag a friend who needs this", "made from recycled oak, 45cm x 30cm",
    "leave us a review on Google ⭐⭐⭐⭐⭐", "DM us your order number", "only 3 left!",
    "see how it works: https://tally.example/demo?ref=li", "#handmade #smallbusiness #porto",
    "follow @sea_point_yoga and share this post to win a month pass", "ingredients: oats, honey, sea salt",
    "webinar Thursday 6pm CET", "we're here to help 24/7", "free shipping over $40",
    "caf\u00e9 na\u00efve co\u00f6perate", "Ｆｕｌｌｗｉｄｔｈ ＳＡＬＥ", "👍🏽👨‍👩‍👧 family night", "rated 4.9 by 1,200 riders",
    "it's 10a.m. sharp — don't be late :)", "order #5512093 ships Monday", "call 09012345678 now",
]
_CLOSERS = ["", "Thank you to everyone who came!", "Shop now.", "What do you think?", "See you there 👋",
            "Sign up for updates.", "Back in stock", "x", "…", "P.S. unsubscribe anytime"]


def _varied_posts(n: int, seed: int) -> list[str]:
    """``n`` posts joined from the pieces above, with one-off handles, links and order
    numbers (new to every cache), odd spacing and case."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        parts = [rng.choice(_OPENERS), rng.choice(_MIDDLES), rng.choice(_CLOSERS)]
        roll = rng.random()
        if roll < 0.15:
            parts.insert(0, f"@client{rng.randrange(10**5)}")
        elif roll < 0.3:
            parts.append(f"https://shop.example/{rng.choice(['p', 'c', 'blog'])}/{rng.randrange(16**6):06x}")
        elif roll < 0.45:
            parts.append(f"Order #{rng.randrange(10**6, 10**7)}")
        elif roll < 0.5:
            parts.append(f"#{rng.choice(['tbt', 'Porto', 'SALE2025', 'x'])}{i}")
        sep = rng.choice([" ", " ", " ", "  ", "\n", "\n\n"])
        text = sep.join(p for p in parts if p)
        if rng.random() < 0.1:
            text = text.upper()
        out.append(text)
    return out


@pytest.fixture(scope="module")
def model():
    m = load_model()
    assert m.compiled is not None
    return m


def test_compiled_probabilities_equal_the_reference_path_on_varied_posts(model):
    texts = _varied_posts(400, seed=15)
    fast = model.probabilities(texts)
    ref = model.probabilities(texts, reference=True)
    assert np.abs(fast - ref).max() < 1e-9
    assert [p.stage for p in predictions(fast, model.classes)] == \
        [p.stage for p in predictions(ref, model.classes)]


def test_a_batch_gives_what_its_posts_give_one_by_one_with_fresh_caches(model):
    """Registering pieces a batch at a time (one-token pieces, several-token pieces, the
    sentinel) gives the probabilities each post gets alone, bit for bit."""
    texts = _varied_posts(300, seed=16)
    batch = probabilities(model.compiled, Featurizer(load_rules(None)), texts, model.temperature,
                          model.layer)
    fz = Featurizer(load_rules(None))
    alone = np.concatenate([probabilities(model.compiled, fz, [t], model.temperature, model.layer)
                            for t in texts])
    assert batch.tobytes() == alone.tobytes()


def test_the_encoders_registry_matches_the_token_path_on_new_pieces(model):
    fz = Featurizer(load_rules(None))
    enc = Encoder(fz, model.compiled.index)
    texts = _varied_posts(200, seed=17) + ["a post with a \x00 in it", "tab\tseparated\x1cpiece", "x\x7fy"]
    ids, rows, weights = enc.encode(texts)
    for i, text in enumerate(texts):
        want_ids, want_weight = enc.token_path(text)
        assert ids[rows == i].tolist() == want_ids, text
        assert weights[i] == want_weight, text


def test_printable_ascii_pieces_skip_only_searches_that_cannot_hit(model):
    """The shortcut for printable ASCII pieces gives the general path's tokens and flag."""
    from planner.stage.compiled.encoder import _HAS_WS
    from planner.text.rules import GLUE_RE

    enc = Encoder(Featurizer(load_rules(None)), model.compiled.index)
    rng = random.Random(18)
    alphabet = [chr(c) for c in range(33, 127)]
    pieces = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    pieces += ["don't", "(:", "10a.m.", "U.S.", "'s", "e.g.", ":-)", "http://x.co/a", "#tag", "@user"]
    for piece in pieces:
        assert piece.isascii() and piece.isprintable()
        assert _HAS_WS(piece) is None and GLUE_RE.search(piece) is None
    tok = enc.featurizer.tokenizer
    for piece in pieces:
        toks, hazard = tok.chunk(piece)
        assert enc._piece_tokens(piece) == (toks, 2 if hazard else 0)


def _all_tests_feature(lex, text):
    return token_feature(text, text.lower(), text.isspace(), lex.is_punct(text),
                         lex.like_url(text) or lex.like_email(text), lex.like_num(text), lex.lemma)


def test_hashtags_and_mentions_get_the_feature_of_all_the_lexical_tests():
    lex = load_featurizer().lexicon
    odd = ["#", "@", "#!", "@@", "#?!", "#1,000", "#10%", "@x.com", "@me@shop.com", "#http://x.co",
           "#www.shop.com", "@1st", "#Ünï", "@_", "#\u200d", "@…", "##", "@#tag", "#😀"]
    rng = random.Random(19)
    chars = "#@abcXYZ019._-/:%$!?,'"
    made = ["".join(rng.choice(chars) for _ in range(rng.randint(1, 8))) for _ in range(4000)]
    for text in odd + made:
        assert lex.feature(text) == _all_tests_feature(lex, text), text


def test_ascii_is_punct_is_the_unicode_category_test():
    lex = load_featurizer().lexicon
    ascii_chars = [chr(c) for c in range(128)]
    for a, b in itertools.product(ascii_chars, repeat=2):
        for text in (a, a + b):
            want = all(unicodedata.category(ch).startswith("P") for ch in text)
            assert lex.is_punct(text) == want, repr(text)
    assert lex.is_punct("") is True
    assert lex.is_punct("«»") and not lex.is_punct("a«")
