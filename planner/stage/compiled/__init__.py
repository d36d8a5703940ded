"""The stage model compiled for bulk classification, with no spaCy or scikit-learn at run time.

spaCy and scikit-learn define the model (:mod:`planner.stage.reference`): training,
explanations and the brief parser use them. Importing both costs about a second before
the first post is read, and a spaCy ``Doc`` per post costs more than the classifier
itself, so ``planner classify`` runs a compiled copy of the same computation:

* :mod:`.spacy_rules` exports spaCy's tokenizer rules, lexical-attribute data and lemma
  strings from ``models/nlp`` into ``models/nlp/planner_rules.json`` (run by
  ``models/build_nlp.py``) and reads them back;
* :mod:`.tokenizer` replays spaCy's tokenizer algorithm (whitespace spans, special
  cases, prefix/suffix/infix search, ``token_match``, ``url_match`` and the
  special-case matcher pass) and the emoji merge on those rules;
* :mod:`.lexicon` gives the lexical tests (``like_url``, ``like_num``, ``is_punct`` …)
  and the lemmas;
* :mod:`.cue_rules` matches ``data/cues.toml`` the way spaCy's PhraseMatcher (on
  ``LOWER``) and Matcher do, and :mod:`.cue_trie` walks its phrases for a whole batch;
* :mod:`.featurizer` turns one post into the feature tokens the model reads;
* :mod:`.encoder` runs the tokenizer and featuriser once per distinct piece of text and
  turns a batch of posts into vocabulary ids with numpy;
* :mod:`.triggers` gives each distinct piece its trigger words for the labelling rules
  (:mod:`planner.stage.rules`) and decides a batch's rule stages from them;
* :mod:`.arrays` holds the TF-IDF weights and the logistic regression, exported by
  ``planner train`` into ``stage_model.npz`` beside the skops file, and applies them
  (n-grams found through :mod:`.hashing`);
* :mod:`.pool` computes probabilities in batches, in forked worker processes for large
  inputs, and is the compiled :class:`~planner.stage.backend.Backend`.

Tests hold the feature text equal to the spaCy path's, the encoder's ids equal to the
feature text's, and the probabilities equal to scikit-learn's, on the whole corpus,
edge cases and generated text.
"""
