"""Who a question asks about: what holds for adults need not for a pregnant woman, a child or a man.

"Can I take vitamin D while breastfeeding?" had been answered "yes" on findings about vitamin D in adults with
autoimmune disease. A question that names a group set apart by pregnancy, breastfeeding, childhood, old age, sport
or sex is decided only by findings that speak of that group, in the finding or its source's title: "Is soy bad for
men?" had been answered "points to harm" on findings about breast cancer, "Does vitamin A supplementation reduce
child mortality?" "no" on findings in adults.
"""

from __future__ import annotations

import re

# Each group: how a question names it, and how findings speak of it.
_GROUPS: dict[str, tuple[str, str]] = {
    "pregnancy": (
        r"pregnan\w*|expecting\s+a\s+baby|trying\s+to\s+conceive",
        r"pregnan\w*|prenatal|antenatal|gestation\w*|maternal|fetal|foetal|fetus|birth\s+weight|miscarriage",
    ),
    "breastfeeding": (
        r"breast-?feeding|breastfeed\w*|nursing\s+mothers?|while\s+nursing|lactating",
        r"breast-?fe\w*|lactat\w*|breast\s*milk|human\s+milk|nursing|postpartum",
    ),
    "children": (
        r"child(?:ren)?|kids?|bab(?:y|ies)|infants?|toddlers?|newborns?|teen(?:ager)?s?|adolescents?",
        r"child\w*|kids?|bab(?:y|ies)|infan\w*|toddlers?|newborns?|neonat\w*|teen\w*|adolescen\w*|p(?:a)?ediatric\w*"
        r"|youths?|school\w*|boys?|girls?",
    ),
    "older adults": (
        r"elderly|older\s+(?:adults|people|persons|women|men)|seniors?|the\s+aged",
        r"elderly|older|aged\s+\d|seniors?|geriatric\w*|late\s+life|postmenopausal",
    ),
    # "Is dark chocolate good for athletes?" had been answered "yes" on findings about inflammation and blood
    # pressure in anyone; findings on exercise or sport speak of them
    "athletes": (
        r"athletes?|sports(?:wo)?m[ae]n|sportspeople|runners?|cyclists?|swimmers?|bodybuilders?|weightlifters?"
        r"|gym-?goers?",
        r"athlet\w*|sports?|sportsm\w*|exercis\w*|runners?|running|cyclists?|cycling|swimm\w*|endurance|"
        r"bodybuild\w*|weightlift\w*|marathon\w*|physical\s+performance|resistance\s+training|trained",
    ),
    # after older adults, so that "older men" is old age; findings on an organ only one sex has speak of it
    "men": (
        r"men|males?",
        r"men|males?|boys?|prostat\w*|testosterone|testic\w*|testes|sperm\w*|semen|erectile",
    ),
    "women": (
        r"women|females?",
        r"women|females?|girls?|breast|ovar\w*|uter\w*|menopaus\w*|postmenopausal|premenopausal|pregnan\w*"
        r"|menstru\w*|cervi\w*|endometri\w*|vagin\w*",
    ),
}
_ASKED = {name: re.compile(rf"\b(?:{asked})\b", re.I) for name, (asked, _) in _GROUPS.items()}
_SPOKEN = {name: re.compile(rf"\b(?:{spoken})\b", re.I) for name, (_, spoken) in _GROUPS.items()}


def asked_population(question: str) -> str | None:
    """The group the question asks about ("pregnancy", "breastfeeding", "children", "older adults", "athletes",
    "men", "women"), if any."""
    return next((name for name, pattern in _ASKED.items() if pattern.search(question)), None)


def speaks_of_population(group: str, text: str) -> bool:
    """Does ``text`` speak of the group (``asked_population``)?"""
    return bool(_SPOKEN[group].search(text))
