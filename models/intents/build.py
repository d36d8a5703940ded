"""Train the chat's plain-words router on models/intents/phrasings.toml and write it as
plain arrays (models/intents/model.npz, with model.json describing it).

    python models/intents/build.py

scikit-learn fits the model here; the chat replays it with numpy alone
(planner/chat/intents.py), so the features are the chat's own ``features`` function.
The .json records the SHA-256 of the phrasings file: a test fails when the phrasings
change and the model was not rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PHRASINGS = HERE / "phrasings.toml"
#: the regularisation, chosen on the phrasings with 5-fold cross-validation (see --search)
C = 20.0


def load_phrasings(path: Path = PHRASINGS) -> tuple[list[str], list[str]]:
    """(texts, intents): every array of every table, each table an intent."""
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    texts, labels = [], []
    for intent, table in data.items():
        for phrases in table.values():
            texts += phrases
            labels += [intent] * len(phrases)
    return texts, labels


def fit(texts: list[str], labels: list[str], c: float = C):
    """The fitted (vectoriser, classifier)."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from planner.chat.intents import features

    vectoriser = TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=2, dtype=np.float64)
    x = vectoriser.fit_transform(texts)
    classifier = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    classifier.fit(x, labels)
    return vectoriser, classifier


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(out_dir: Path = HERE) -> dict:
    import numpy as np
    import sklearn

    texts, labels = load_phrasings()
    vectoriser, classifier = fit(texts, labels)
    terms = vectoriser.get_feature_names_out()
    np.savez_compressed(out_dir / "model.npz", classes=np.array(classifier.classes_, dtype=str),
                        terms=np.array(terms, dtype=str),
                        idf=vectoriser.idf_.astype("float32"),
                        coef=classifier.coef_.astype("float32"),
                        intercept=classifier.intercept_.astype("float32"))
    meta = {"phrasings_sha256": sha256(PHRASINGS), "phrasings": len(texts),
            "intents": {c: labels.count(c) for c in classifier.classes_},
            "features": len(terms), "C": C, "sklearn": sklearn.__version__}
    (out_dir / "model.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


def search() -> None:
    """5-fold cross-validated accuracy for a few values of C."""
    from sklearn.model_selection import StratifiedKFold

    texts, labels = load_phrasings()
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    for c in (1.0, 5.0, 10.0, 20.0, 50.0, 100.0):
        right = 0
        for train, test in folds.split(texts, labels):
            vectoriser, classifier = fit([texts[i] for i in train], [labels[i] for i in train], c)
            guess = classifier.predict(vectoriser.transform([texts[i] for i in test]))
            right += sum(g == labels[i] for g, i in zip(guess, test, strict=True))
        print(f"C={c:<6} accuracy {right / len(texts):.3f}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if "--search" in sys.argv:
        search()
    else:
        print(json.dumps(build(), indent=2))
