"""Training the stance model on tiny fictional pairs: it learns the direction and aggregates per question."""

import numpy as np

from eval.train_stance import Pair, conclusion_verdicts, fit
from rag.stance import CLASSES, features

QUESTION = "Does zorvatin reduce fatigue?"
SENTENCES = {
    "yes": [
        "Zorvatin significantly reduced fatigue (P < 0.01).",
        "Zorvatin improved fatigue scores markedly.",
    ],
    "no": ["Zorvatin did not reduce fatigue.", "There was no significant difference in fatigue (P = 0.6)."],
    "maybe": [
        "Zorvatin may reduce fatigue, but further studies are needed.",
        "The effect on fatigue is unclear.",
    ],
}


def pairs() -> list[Pair]:
    return [
        Pair(QUESTION, text, label, f"q{label}{i}", 0.5)
        for label, texts in SENTENCES.items()
        for i, text in enumerate(texts * 3)
    ]


def test_fit_learns_each_class_and_aggregates_by_question():
    training = pairs()
    rows = np.stack([features(p.question, p.sentence, 0.8) for p in training])
    model = fit(rows, training, c=10.0)
    assert model.coef.shape == (len(CLASSES), rows.shape[1])
    predicted = conclusion_verdicts(model, rows, training)
    assert sum(predicted[p.group] == p.label for p in training) / len(training) > 0.9
