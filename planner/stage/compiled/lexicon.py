"""spaCy's lexical attributes for English (``like_url``, ``like_num``, ``is_punct`` …)
and the lemma lookup, from the exported rules, and the feature tokens of one token."""

from __future__ import annotations

import re
import unicodedata

from planner.text.rules import lemma, token_feature

#: the ASCII characters whose Unicode category is punctuation (P*)
_ASCII_PUNCT = "".join(ch for ch in map(chr, range(128)) if unicodedata.category(ch).startswith("P"))


class Lexicon:
    """spaCy's lexical attributes for English, and the lemma lookup, from the exported rules."""

    def __init__(self, rules: dict) -> None:
        lex = rules["lexical"]
        self.num_words = frozenset(lex["num_words"])
        self.ordinal_words = frozenset(lex["ordinal_words"])
        self.tlds = frozenset(lex["tlds"])
        self.email_match = re.compile(lex["email"]).match
        self.url_match = re.compile(lex["url"]).match
        self.lemmas: dict[str, str] = dict(rules["lemma_lookup"])

    def lemma(self, lower: str) -> str:
        return lemma(lower, self.lemmas)

    @staticmethod
    def is_punct(text: str) -> bool:
        if text.isascii():  # (most tokens) strip the ASCII punctuation characters: nothing left?
            return not text.strip(_ASCII_PUNCT)
        return all(unicodedata.category(ch).startswith("P") for ch in text)

    def like_num(self, text: str) -> bool:
        if text.startswith(("+", "-", "±", "~")):
            text = text[1:]
        text = text.replace(",", "").replace(".", "")
        if text.isdigit():
            return True
        if text.count("/") == 1:
            num, denom = text.split("/")
            if num.isdigit() and denom.isdigit():
                return True
        low = text.lower()
        if low in self.num_words or low in self.ordinal_words:
            return True
        return low.endswith(("st", "nd", "rd", "th")) and low[:-2].isdigit()

    def like_url(self, text: str) -> bool:
        if text.startswith(("http://", "https://")):
            return True
        if text.startswith("www.") and len(text) >= 5:
            return True
        if text[0] == "." or text[-1] == ".":
            return False
        if "@" in text or "." not in text:
            return False
        tld = text.rsplit(".", 1)[1].split(":", 1)[0]
        if tld.endswith("/"):
            return True
        if tld.isalpha() and tld in self.tlds:
            return True
        return bool(self.url_match(text))

    def like_email(self, text: str) -> bool:
        return bool(self.email_match(text))

    def feature(self, text: str) -> tuple[str, ...]:
        if text.isascii() and text.isalpha():
            # what token_feature gives a plain word: a number word, else its lemma
            low = text.lower()
            return ("NUM",) if low in self.num_words or low in self.ordinal_words else (self.lemma(low),)
        if len(text) > 1 and text[0] in "#@":
            # a hashtag or @mention: token_feature gives its feature before it reads like_url
            # and like_num (the slowest tests), so they are not worked out
            return token_feature(text, text.lower(), False, self.is_punct(text), False, False,
                                 self.lemma)
        return token_feature(text, text.lower(), text.isspace(), self.is_punct(text),
                             self.like_url(text) or self.like_email(text), self.like_num(text),
                             self.lemma)
