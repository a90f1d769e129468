"""Helpers shared by the effect-size tests: the fields compared, and expected effects written short."""

from rag.effects import extract_effects

FIELDS = ("measure", "value", "ci_level", "ci_lower", "ci_upper", "p_value", "p_relation")


def effects_of(sentence: str) -> list[dict]:
    """The effects read from ``sentence`` as dicts of their set fields; each span is quoted from it."""
    out = []
    for effect in extract_effects(sentence):
        assert effect.text and effect.text in sentence
        out.append({k: v for k, v in effect.model_dump(include=set(FIELDS)).items() if v is not None})
    return out


def changes_of(sentence: str) -> list[float]:
    """The values of the percent changes read from ``sentence``."""
    return [e["value"] for e in effects_of(sentence) if e.get("measure") == "percent_change"]


def E(measure, value=None, level=None, lo=None, hi=None, p=None, rel=None) -> dict:
    values = (measure, value, level, lo, hi, p, rel)
    return {k: v for k, v in zip(FIELDS, values, strict=True) if v is not None}


def C(value, level=None, lo=None, hi=None, p=None, rel=None) -> dict:
    return E("percent_change", value, level, lo, hi, p, rel)
