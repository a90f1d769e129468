"""Fixtures shared by the rag tests: a small fictional synonym table (``test_synonyms``, ``test_understand``)."""

import pytest

from rag.synonyms import SynonymTable

FICTIONAL = """\
# kind\tname\tsynonyms\tincludes
intervention\tquillmorin\tquillmorine | QLM | Quillium nocturna\tQM-7 | quillmorin oil
intervention\tQM-7\tquillmorin-7 | QM7
intervention\tzorvatin
intervention\tquill plants\t\tquillmorin
outcome\tsleep latency\ttime to fall asleep | SOL
outcome\tseasonal fatigue\twinter tiredness
outcome\tfatigue\ttiredness
"""


@pytest.fixture(scope="module")
def fictional() -> SynonymTable:
    return SynonymTable.parse(FICTIONAL)
