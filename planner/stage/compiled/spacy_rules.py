"""The language rules file (``models/nlp/planner_rules.json``): what the compiled
classifier needs of the spaCy pipeline to tokenise and featurise as it does, exported
from the pipeline when it is built and read at run time without spaCy."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from planner.errors import PlannerError
from planner.resources import models_dir

if TYPE_CHECKING:
    from spacy.language import Language

RULES_NAME = "planner_rules.json"


def rules_path() -> Path:
    """The shipped rules, saved beside the spaCy pipeline they come from."""
    return models_dir() / "nlp" / RULES_NAME


@lru_cache(maxsize=2)
def load_rules(path: str | None = None) -> dict:
    """The exported rules (the shipped ones unless ``path``), read once per path."""
    p = Path(path) if path else rules_path()
    try:
        with open(p, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise PlannerError(f"cannot read the language rules ({exc})", source=p) from None


def export_rules(nlp: Language, lemma_lookup: dict[str, str]) -> dict:
    """Everything :mod:`planner.stage.compiled` needs to tokenise and featurise as this pipeline does.

    ``lemma_lookup`` is the string table the pipeline's lemmatizer was built from (the saved
    pipeline keeps only hashed keys); it is checked against the pipeline's own table.
    """
    import spacy
    import spacy.lang.en.lex_attrs as en_attrs
    import spacy.lang.lex_attrs as base_attrs
    from spacy.attrs import IS_PUNCT, LIKE_EMAIL, LIKE_NUM, LIKE_URL, ORTH

    from planner.text.language import lemma_table

    getters = nlp.vocab.lex_attr_getters
    expected = {LIKE_NUM: en_attrs.like_num, LIKE_URL: base_attrs.like_url,
                LIKE_EMAIL: base_attrs.like_email, IS_PUNCT: base_attrs.is_punct}
    for attr, func in expected.items():
        if getters.get(attr) is not func:
            raise RuntimeError(f"spaCy lexical attribute {attr} is not {func.__qualname__}; "
                               "planner.stage.compiled would not match it")
    if base_attrs.URL_MATCH is not nlp.tokenizer.url_match:
        raise RuntimeError("like_url and the tokenizer use different URL patterns")
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup") \
        if "lemmatizer" in nlp.pipe_names else lemma_table()
    if table is None or len(table) != len(lemma_lookup) or any(
            table.get(k) != v for k, v in lemma_lookup.items()):
        raise RuntimeError("the lemma strings do not match the pipeline's lemma table")
    tok = nlp.tokenizer
    return {
        "spacy": spacy.__version__,
        "tokenizer": {
            "prefix": tok.prefix_search.__self__.pattern,
            "suffix": tok.suffix_search.__self__.pattern,
            "infix": tok.infix_finditer.__self__.pattern,
            "token_match": tok.token_match.__self__.pattern,
            "url_match": tok.url_match.__self__.pattern,
            "special_cases": {k: [d[ORTH] for d in v] for k, v in sorted(tok.rules.items())},
        },
        "lexical": {
            "num_words": list(en_attrs._num_words),
            "ordinal_words": list(en_attrs._ordinal_words),
            "tlds": sorted(base_attrs._tlds),
            "email": base_attrs._like_email.__self__.pattern,
            "url": base_attrs.URL_MATCH.__self__.pattern,
        },
        "lemma_lookup": dict(sorted(lemma_lookup.items())),
    }
