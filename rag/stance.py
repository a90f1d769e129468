"""Stance of a finding sentence towards a question: does it say yes, no, or something hedged?

No NLI model ships here, so this is a small multinomial logistic regression over two kinds of features:

* findings language, hand-written below: negation, null results ("no significant difference", "not associated"),
  hedges ("may", "further studies"), direction words, significance statements, and whether a negation sits
  right before a word of the question ("AAI is *not predictive*" for "Is AAI predictive ...?");
* the cosine similarity of question and sentence (packaged embeddings), so that sentences about something else
  say less.

A significant P value or a confidence interval says nothing about which way a finding points, and as features
they only learned that SciFact's contradicting rationales print more of them: "X shortened sleep latency (MD
-7.2 min, 95% CI ...; P < 0.001)" read as a "no" to "Does X help people fall asleep?". Without them the
cross-validated PubMedQA verdict is the same (0.622). A non-significant P value stays: it marks a null result.

Adding the embedding vectors themselves (sentence, and its product with the question) lowered cross-validated
accuracy (0.668 -> 0.59 on PubMedQA dev): 500 labelled questions are too few for 768 more weights.

The weights are learned by ``eval/train_stance.py`` from PubMedQA dev labels and SciFact train rationales and
stored in ``rag/data/stance.npz`` (under a hundred floats; no text from the data).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from index.lexical import analyze

CLASSES = ("yes", "no", "maybe")
MODEL_PATH = Path(__file__).resolve().parent / "data" / "stance.npz"

# Words that deny; "without", "lack of" and "absence of" deny in findings but not in questions ("X *without* Y:
# safe and effective?" asks about a variant of X, not whether X is not safe).
_DENIALS = r"no|not|\w*n['’]t|neither|nor|none|never|cannot|unable|fail(?:s|ed)? to"
_NEGATORS = rf"(?:{_DENIALS}|without|lack(?:s|ed)? of|absence of)"
_UNMOVED = r"\b(?:unaffected|unchanged|unaltered)\b"
# "The published literature lacks strong evidence that organic foods are significantly more nutritious" denies
_LACKS_EVIDENCE = r"\black(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?evidence\b"
# "never" and "no" that name the group a finding compares with deny nothing: "Compared with never adding salt at
# the table, always adding salt was associated with an increased risk of stomach cancer" had read as a denial,
# and so had "never-smokers", "those who never ate fruit", "rarely or never" and "vs. no use".
_REFERENCE_GROUP = re.compile(
    r"\b(?:compared (?:with|to)|relative to|versus|vs\.?|than)\s+(?:no|never)\b"
    r"|\b(?:who|those|or)\s+never\b"
    r"|\bnever(?=\s*[-/]|\s+(?:smok\w*|users?|drinkers?|consumers?|eaters?)\b)",
    re.I,
)
_DENIAL_IN_GROUP = re.compile(r"\b(?:no|never)\b", re.I)
# A closing clause on the control group's lack of change: "..., whereas it remained unchanged after control
# chocolate", "but did not change in the placebo group"
_CONTROL_UNCHANGED = re.compile(
    r",?\s*\b(?:whereas|while|but)\b(?=[^.;]*\b(?:control(?!\s+for)|placebo|sham)\b)"
    r"(?=[^.;]*\b(?:unchanged|(?:did|does) not change|no (?:significant )?change|remained (?:stable|constant|"
    r"similar|unaltered))\b)[^.;]*",
    re.I,
)
_SENTENCE_CUES: dict[str, str] = {
    # "unaffected" says "not affected" in one word, so it is a denial and a null result both
    "negation": rf"\b{_NEGATORS}\b(?! (?:only|withstanding|always|necessarily)\b)|{_UNMOVED}|{_LACKS_EVIDENCE}",
    "null_result": r"\b(?:no|not|nor|neither|\w*n['’]t)\b (?:[\w-]+ ){0,3}(?:significant(?:ly)?|differ\w*|associat\w*|effect\w*|"
    r"chang\w*|improv\w*|affect\w*|correlat\w*|increas\w*|reduc\w*|benefi\w*|relat\w*|predict\w*|influenc\w*|"
    rf"impact\w*|evidence|advantage|support\w*|superior\w*)|{_UNMOVED}|{_LACKS_EVIDENCE}",
    # "the same risk", not "the same studies showed"
    "similar": r"\b(?:similar(?:ly)?|comparable|equivalent|equally|non-?inferior|did not differ|no difference|"
    r"(?:the )?same (?:as|risks?|rates?|levels?|effects?|extent|degree|amounts?|outcomes?))\b",
    "hedge": r"\b(?:may|might|could|possibl[ey]|potential(?:ly)?|appears?|seems?|likely|unclear|uncertain|"
    r"inconclusive|controversial|conflicting|inconsistent|limited|preliminary|warrant\w*|caution\w*)\b",
    "more_research": r"\b(?:further|future|larger|additional|more) (?:\w+ ){0,2}(?:stud(?:y|ies)|research|"
    r"trials?|investigation|data|work)\b|\bremains? to be\b|\bneeds? to be\b",
    "not_always": r"\bnot (?:always|necessarily|all|only)\b|\bsome\b|\bpartial(?:ly)?\b|\bin some\b",
    "contrast": r"\b(?:but|however|although|whereas|despite|only|except)\b",
    "positive": r"\b(?:significant(?:ly)?|effective(?:ly|ness)?|improv\w*|benefi\w*|success\w*|superior|"
    r"better|useful|valuable|feasible|safe(?:ly)?|reliable|accurate|strong(?:ly)?|independent(?:ly)?)\b",
    "association": r"\b(?:associated with|predict\w*|risk factor|correlat\w*|related to|linked)\b",
    "direction_up": r"\b(?:increas\w*|higher|elevat\w*|greater|more|enhanc\w*|rais\w*|gain\w*)\b",
    "direction_down": r"\b(?:decreas\w*|lower|reduc\w*|less|fewer|declin\w*|attenuat\w*|diminish\w*)\b",
    "worse": r"\b(?:worse|poor(?:er)?|adverse|harm\w*|toxic\w*|complication\w*|failure)\b",
    "conclude": r"\b(?:conclu\w*|in summary|overall|taken together|these (?:results|findings|data))\b",
    "nonsignificant_p": r"\b[pP]\s?(?:=|>|≥)\s?0?\.(?:[1-9]|0[6-9])\d*\b|\bn\.?s\.?\b|\bnot significant\b",
}
_QUESTION_CUES: dict[str, str] = {
    "q_equivalence": r"\b(?:equal\w*|similar\w*|same|comparable|equivalent|non-?inferior|as (?:good|effective|"
    r"safe|accurate)|safe\w*|feasible|reliable|accurate|necessary|justified|sufficient|adequate|worth\w*)\b",
    "q_negated": rf"\b(?:{_DENIALS})\b",
    "q_harm": r"\b(?:risk|harm\w*|worse|complication\w*|adverse|toxic\w*)\b",
    "q_emphasis": r"\b(?:still|really|truly|always|actually|any)\b",
}
_SENTENCE = {name: re.compile(p, re.I) for name, p in _SENTENCE_CUES.items()}
NULL_RESULT = re.compile(f"{_SENTENCE_CUES['null_result']}|{_SENTENCE_CUES['similar']}", re.I)
_QUESTION = {name: re.compile(p, re.I) for name, p in _QUESTION_CUES.items()}
NEGATOR = re.compile(rf"\b{_NEGATORS}\b", re.I)  # a word that denies, as in findings
_WORD = re.compile(r"[A-Za-z0-9'’]+")
NEGATION_WINDOW = 4
INTERACTIONS = [("q_equivalence", "similar"), ("q_equivalence", "null_result"), ("q_negated", "negation")]


def without_reference_groups(sentence: str) -> str:
    """``sentence`` with the "never" or "no" that names a comparison group ("compared with never users",
    "never-smokers") replaced by a word that denies nothing, and without a closing clause that the control group
    did not change, so that negation and null cues read only what the intervention did: "coronary artery diameter
    was increased significantly ..., whereas it remained unchanged after control chocolate" had read as no effect
    of dark chocolate on the heart."""
    sentence = _CONTROL_UNCHANGED.sub("", sentence)
    return _REFERENCE_GROUP.sub(lambda m: _DENIAL_IN_GROUP.sub("reference", m.group(0)), sentence)


def lexical_features(question: str, sentence: str) -> np.ndarray:
    """Findings-language cues of the sentence, cues of the question, a few interactions, and whether a negation
    falls within four words before a word of the question (the question's claim, denied)."""
    sentence = without_reference_groups(sentence)
    cues = {name: float(bool(p.search(sentence))) for name, p in _SENTENCE.items()}
    qcues = {name: float(bool(p.search(question))) for name, p in _QUESTION.items()}
    features = [*cues.values(), *qcues.values()]
    features += [qcues[q] * cues[s] for q, s in INTERACTIONS]
    features.append(float(_negated_question_word(question, sentence)))
    return np.asarray(features, dtype=np.float32)


def flipped(probabilities: np.ndarray) -> np.ndarray:
    """One sentence's probabilities with yes and no exchanged: the same confidence, on the other side."""
    yes, no = CLASSES.index("yes"), CLASSES.index("no")
    out = probabilities.copy()
    out[[yes, no]] = probabilities[[no, yes]]
    return out


def claims_no_difference(question: str) -> bool:
    """Is the question's claim itself a null result or an equivalence ("Does X *not* raise Y?", "Is X as
    effective as Y?", "Is X safe?")? Then a finding of no difference supports it rather than denying it."""
    return bool(_QUESTION["q_negated"].search(question) or _QUESTION["q_equivalence"].search(question))


def _negated_question_word(question: str, sentence: str) -> bool:
    topic = _analyzed(question)
    words = _WORD.findall(without_reference_groups(sentence))
    negated_at = [i for i, w in enumerate(words) if NEGATOR.fullmatch(w.lower())]
    for i in negated_at:
        window = " ".join(words[i + 1 : i + 1 + NEGATION_WINDOW])
        if topic & set(analyze(window)):
            return True
    return False


@lru_cache(maxsize=1024)
def _analyzed(question: str) -> frozenset[str]:
    """A question's analyzed words, once per question rather than once per sentence it is compared with."""
    return frozenset(analyze(question))


def features(question: str, sentence: str, similarity: float) -> np.ndarray:
    """The model's input for one (question, sentence) pair; ``similarity`` is their cosine."""
    return np.append(lexical_features(question, sentence), np.float32(similarity))


FEATURE_COUNT = len(_SENTENCE) + len(_QUESTION) + len(INTERACTIONS) + 2  # + negated question word, cosine


@dataclass(frozen=True)
class StanceModel:
    """Multinomial logistic regression: probabilities over ``CLASSES`` for (question, sentence) pairs."""

    coef: np.ndarray  # (classes, features)
    intercept: np.ndarray  # (classes,)
    mean: np.ndarray  # feature standardisation
    scale: np.ndarray

    def predict_proba(self, rows: np.ndarray) -> np.ndarray:
        z = ((rows - self.mean) / self.scale) @ self.coef.T + self.intercept
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
            mean=self.mean.astype(np.float32),
            scale=self.scale.astype(np.float32),
        )

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> StanceModel:
        with np.load(path) as data:
            return cls(data["coef"], data["intercept"], data["mean"], data["scale"])


@lru_cache(maxsize=1)
def default_model() -> StanceModel:
    return StanceModel.load(MODEL_PATH)
