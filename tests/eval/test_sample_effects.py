"""The blind-sample draw: strata, exclusions and the seeded draw on fictional sentences and a fictional corpus;
blind8 to blind32 drawn again from the real corpora when ../shared/data is present."""

import json

import pytest

from eval.bench_effects import DEFAULT_LABELS, load_labels, sentence_sha1
from eval.sample_effects import (
    DEFAULT_SHOWN,
    STRATUM_NAMES,
    corpus_sentences,
    draw,
    eligible,
    exclusions,
    load_shown,
    main,
    parse_plan,
    stratify,
    stratum,
)
from tests.conftest import require_data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pooled standardised mean difference for widget use was 0.4.", "WMD_SMD"),
        ("Zorblax lowered the score (MD -2.1 points) and the relative risk of falls.", "MD"),
        ("The relative risk of glimmer fever was 1.3 (95% CI 1.1-1.5; P = 0.01).", "RR"),
        ("The absolute risk reduction was 4 points in the moonberry arm.", "RD"),
        ("Moonberry intake reduced glimmer fever by 23% (P = 0.02).", "percent"),
        ("A 15% reduction in widget scores followed the treatment.", "percent"),
        ("Widget scores correlated with age (r = 0.41).", "correlation"),
        ("Widget scores differed between the arms (P < 0.001).", "P_alone"),
        ("The odds ratio for glimmer fever was 2.1 in 300 villagers.", "OR"),
        ("The adjusted HR was 0.8 among 120 knights.", "HR"),
        ("The incidence rate ratio was 1.7 over 5 years.", "IRR"),
        ("We enrolled 120 knights aged 20 to 40 years.", "negative"),
        ("No numbers at all in this fictional sentence.", None),
    ],
)
def test_a_sentence_falls_in_the_first_stratum_it_matches(text, expected):
    assert stratum(text) == expected


def test_eligible_sentences_hold_a_digit_and_are_40_to_700_characters():
    assert eligible("We enrolled 120 knights from the fictional kingdom.")
    assert not eligible("We enrolled 120 knights.")  # too short
    assert not eligible("We enrolled many knights from the fictional kingdom of Zorb.")  # no digit
    assert not eligible("We enrolled 120 knights " + "and squires " * 60)  # too long


def _sentences(n: int = 12) -> list[dict]:
    out = []
    for i in range(n):
        out.append(
            {
                "id": f"fict:{i:02d}",
                "text": f"Moonberry intake reduced glimmer fever by {i + 10}% in knights.",
            }
        )
        out.append(
            {"id": f"fict:n{i:02d}", "text": f"We enrolled {i + 100} knights from the fictional kingdom."}
        )
    return out


def test_stratify_excludes_labelled_ids_and_texts():
    sentences = _sentences(4)
    strata = stratify(sentences, {"fict:00"}, {"We enrolled 101 knights from the fictional kingdom."})
    assert set(strata) == set(STRATUM_NAMES)
    assert [s["id"] for s in strata["percent"]] == ["fict:01", "fict:02", "fict:03"]
    assert [s["id"] for s in strata["negative"]] == ["fict:n00", "fict:n02", "fict:n03"]


def test_draw_is_seeded_takes_the_plan_and_skips_shown_sentences():
    strata = stratify(_sentences(), set(), set())
    plan = {"percent": 3, "negative": 2}
    sample, replaced = draw(strata, plan, seed=7)
    assert replaced == 0
    assert [s["stratum"] for s in sample] == ["percent"] * 3 + ["negative"] * 2
    again, _ = draw(strata, plan, seed=7)
    assert again == sample
    assert draw(strata, plan, seed=8)[0] != sample
    # input order does not matter: each stratum is sorted by id before the shuffle
    shuffled = {name: list(reversed(members)) for name, members in strata.items()}
    assert draw(shuffled, plan, seed=7)[0] == sample
    # a shown sentence is skipped and replaced by the next of its stratum; the others stay where they were
    first = sample[0]["id"]
    with_shown, replaced = draw(strata, plan, seed=7, shown={first})
    assert replaced == 1
    assert [s["id"] for s in with_shown[:2]] == [s["id"] for s in sample[1:3]]
    assert first not in {s["id"] for s in with_shown}
    # a stratum outside the plan draws no random numbers: adding an empty one changes nothing
    assert draw(strata, {**plan, "HR": 0}, seed=7)[0] == sample
    with pytest.raises(ValueError):
        draw(strata, {"percentage": 1}, seed=7)


def test_a_sub_stratum_draws_after_the_strata_and_leaves_older_plans_alone():
    """ "correlation_value" holds the correlation stratum's sentences that print a coefficient; a plan that does not
    name it draws exactly as before, and one that does never draws a sentence twice."""
    sentences = _sentences(6)
    for i in range(6):
        sentences.append(
            {"id": f"fict:c{i:02d}", "text": f"Glimmer tallies correlated with age (r = 0.{i + 31})."}
        )
        sentences.append(
            {"id": f"fict:w{i:02d}", "text": f"Glimmer tallies correlated with age in {i + 20} knights."}
        )
    strata = stratify(sentences, set(), set())
    assert stratum("Glimmer tallies correlated with age (r = 0.31).") == "correlation"
    assert len(strata["correlation"]) == 12
    assert [s["id"] for s in strata["correlation_value"]] == [f"fict:c{i:02d}" for i in range(6)]
    plan = {"percent": 2, "correlation": 4, "negative": 2}
    before, _ = draw({k: v for k, v in strata.items() if k != "correlation_value"}, plan, seed=11)
    assert draw(strata, plan, seed=11)[0] == before
    sample, _ = draw(strata, {**plan, "correlation_value": 6}, seed=11)
    assert sample[: len(before)] == before
    ids = [s["id"] for s in sample]
    assert len(ids) == len(set(ids))
    assert {s["id"] for s in sample if s["stratum"] == "correlation_value"} == {
        f"fict:c{i:02d}" for i in range(6)
    } - {s["id"] for s in before}


def test_correlation_near_takes_a_coefficient_in_any_wording():
    """ "correlation_near" (from blind17 on): a decimal a few words after a correlation word or symbol."""
    sentences = [
        {
            "id": "fict:k0",
            "text": "Glimmer tallies correlated with jousting skill (0.81, p<.001) in squires.",
        },
        {
            "id": "fict:k1",
            "text": "Glimmer tallies correlated with jousting skill in 40 squires over 3 years.",
        },
        {"id": "fict:k2", "text": "Glimmer tallies correlated with lance length in 52% of squires."},
    ]
    strata = stratify(sentences, set(), set())
    assert len(strata["correlation"]) == 3
    assert [s["id"] for s in strata["correlation_near"]] == ["fict:k0"]
    assert strata["correlation_value"] == []


def test_correlation_decimal_takes_a_decimal_anywhere():
    """ "correlation_decimal" (from blind18 on): a decimal below one anywhere in a correlation sentence."""
    sentences = [
        {
            "id": "fict:d0",
            "text": "Glimmer tallies correlated with jousting skill in squires; the lance mean was .44 (SD 2).",
        },
        {
            "id": "fict:d1",
            "text": "Glimmer tallies correlated with jousting skill in 40 squires over 3 years.",
        },
        {"id": "fict:d2", "text": "Glimmer tallies correlated with lance length in 0.52% of squires."},
        {"id": "fict:d3", "text": "Glimmer tallies correlated with lance length in squires (P < 0.01)."},
    ]
    strata = stratify(sentences, set(), set())
    assert len(strata["correlation"]) == 4
    assert [s["id"] for s in strata["correlation_decimal"]] == ["fict:d0", "fict:d3"]


def test_percent_change_sub_strata_take_a_percentage_and_a_change_word_anywhere():
    """ "P_alone_change", "negative_change" (from blind19 on): a percentage and a change word anywhere."""
    sentences = [
        {
            "id": "fict:e0",
            "text": "Glimmer fell in squires after jousting; lances were 41% longer at 3 years (P < 0.01).",
        },
        {"id": "fict:e1", "text": "Glimmer tallies in 41% of squires differed by arm (P < 0.01)."},
        {"id": "fict:e2", "text": "Helm glimmer rose in the spring; 41% of the squires rode at dawn."},
        {"id": "fict:e3", "text": "Helm glimmer rose in the spring for 41 squires at dawn."},
    ]
    strata = stratify(sentences, set(), set())
    assert [s["id"] for s in strata["P_alone"]] == ["fict:e0", "fict:e1"]
    assert [s["id"] for s in strata["P_alone_change"]] == ["fict:e0"]
    assert [s["id"] for s in strata["negative_change"]] == ["fict:e2"]


def test_sub_strata_of_blind24_take_several_strata():
    """ "percent_signal" (from blind24 on): a percentage in a change's shape in any stratum after "percent";
    "correlation_any": a correlation word or symbol with a decimal near it in any stratum."""
    sentences = [
        {"id": "fict:s0", "text": "Helm glimmer changed little in squires (+11%, -6%) over 3 years."},
        {"id": "fict:s1", "text": "Lance glimmer was lowered by the herbs, by 31.8% (P = .002) in knights."},
        {"id": "fict:s2", "text": "Glimmer odds were 2.1 in squires, and helm wear 17% in 300 knights."},
        {"id": "fict:s3", "text": "Helm glimmer rose in the spring; 41% of the squires rode at dawn."},
        {"id": "fict:s4", "text": "The odds ratio of glimmer was 2.1 (r = 0.45) in the 40 squires."},
        {"id": "fict:s5", "text": "The relative risk of glimmer was 1.3 (r = 0.45) in the 40 squires."},
        {"id": "fict:s6", "text": "Glimmer tallies correlated with age in 40 squires over 3 years."},
    ]
    strata = stratify(sentences, set(), set())
    assert [s["id"] for s in strata["negative"]] == ["fict:s0", "fict:s2", "fict:s3"]
    assert [s["id"] for s in strata["P_alone"]] == ["fict:s1"]
    assert [s["id"] for s in strata["percent_signal"]] == ["fict:s0", "fict:s1"]
    assert [s["id"] for s in strata["correlation_any"]] == ["fict:s4", "fict:s5"]
    # a coefficient beside a ratio: in the correlation stratum ("r =" comes first) or in the RR stratum (before it)
    assert [s["id"] for s in strata["correlation"]] == ["fict:s4", "fict:s6"]
    assert [s["id"] for s in strata["RR"]] == ["fict:s5"]


def test_sub_stratum_of_blind28_takes_a_lexicon_word_in_a_percentage_clause():
    """ "percent_lexicon" (from blind28 on): a word of round 29's change lexicon ("attenuated", "depletion",
    "boosted") and a percentage in one clause; not a word that only begins like one ("raisins", "risk")."""
    sentences = [
        {"id": "fict:l0", "text": "Zorvatin attenuated glimmer output by 40% in 12 squires."},
        {"id": "fict:l1", "text": "Helm polishing caused 68% depletion of glimmer in 12 squires."},
        {"id": "fict:l2", "text": "Squire raisins held 30% water in 12 helms."},
        {"id": "fict:l3", "text": "The risk of glimmer fever was 12% in 40 squires."},
        {
            "id": "fict:l4",
            "text": "Zorvatin boosted glimmer output in 12 squires; 41% of the helms were new.",
        },
    ]
    strata = stratify(sentences, set(), set())
    assert [s["id"] for s in strata["percent_lexicon"]] == ["fict:l0", "fict:l1"]
    # ("attenuated" was in percent_clause's own list already; "depletion" was not)
    assert [s["id"] for s in strata["percent_clause"]] == ["fict:l0"]


def test_sub_stratum_of_blind29_takes_any_percentage_but_a_ci_level():
    """ "percent_any" (from blind29 on): any percentage in any stratum, shares and levels too, but not a CI level
    ("95% CI", "95% confidence interval", "90% UI")."""
    sentences = [
        {"id": "fict:a0", "text": "Glimmer fever was seen in 41% of 40 squires at dawn."},
        {"id": "fict:a1", "text": "Zorvatin raised glimmer output (OR 1.2, 95% CI 1.1-1.4) in 40 squires."},
        {"id": "fict:a2", "text": "Helm glimmer fell 12 percent in 40 squires (P = 0.03)."},
        {"id": "fict:a3", "text": "Helm counts were 12 (95% confidence interval 9-15) in 40 squires."},
        {"id": "fict:a4", "text": "Squire tallies rose to 31 per cent (90% UI 20-40) in 2 helms."},
    ]
    strata = stratify(sentences, set(), set())
    assert [s["id"] for s in strata["percent_any"]] == ["fict:a0", "fict:a2", "fict:a4"]


def test_sub_stratum_of_blind30_takes_an_rr_name_with_a_decimal_after_it():
    """ "RR_value" (from blind30 on): the RR stratum's sentences with a decimal within 40 characters after the RR
    name in its clause; not a name alone, nor a decimal in a later sentence part or far away."""
    sentences = [
        {"id": "fict:r0", "text": "The relative risk of glimmer fever was 1.3 in 40 squires."},
        {"id": "fict:r1", "text": "Zorvatin lowered helm rust (RR, 0.82; 95% CI 0.71-0.94) in 40 squires."},
        {"id": "fict:r2", "text": "The relative risk (RR) of glimmer fever was computed for 40 squires."},
        {
            "id": "fict:r3",
            "text": "The RR of glimmer fever was computed for 40 squires; lances were 2.5 m long.",
        },
        {
            "id": "fict:r4",
            "text": "The relative risk of glimmer fever in squires who rode at dawn for years was 1.3 here.",
        },
    ]
    strata = stratify(sentences, set(), set())
    assert len(strata["RR"]) == 5
    assert [s["id"] for s in strata["RR_value"]] == ["fict:r0", "fict:r1"]


def test_sub_strata_of_blind26_take_a_change_in_its_clause_and_a_far_coefficient():
    """ "percent_clause" (from blind26 on): a change word and a percentage in one clause, not a CI level or a share;
    "correlation_far": a correlation word and a decimal below one anywhere, not right after a sign."""
    sentences = [
        {"id": "fict:p0", "text": "Zorvatin inhibited glimmerase output by 80% in 12 squires."},
        {"id": "fict:p1", "text": "Helm glimmer rose in the spring (OR 1.2, 95% CI 1.1-1.4) in 40 squires."},
        {"id": "fict:p2", "text": "Helm glimmer rose in the spring; 41% of the squires rode at dawn."},
        {"id": "fict:p3", "text": "Glimmer rose in 41% of squires at dawn over 3 years."},
        {
            "id": "fict:p4",
            "text": "Glimmer tallies agreed with helm counts in 40 squires (kappa 0.39, CI 0.24-0.57).",
        },
        {
            "id": "fict:p5",
            "text": "Glimmer tallies and the Gini coefficient were read in 40 squires (P = 0.03).",
        },
    ]
    strata = stratify(sentences, set(), set())
    assert [s["id"] for s in strata["percent_clause"]] == ["fict:p0"]
    assert [s["id"] for s in strata["correlation_far"]] == []
    sentences.append(
        {
            "id": "fict:p6",
            "text": "Glimmer was correlated with helm weight, lance length and age (0.41 and .32).",
        }
    )
    strata = stratify(sentences, set(), set())
    assert [s["id"] for s in strata["correlation_far"]] == ["fict:p6"]


def test_parse_plan():
    assert parse_plan("RR=30, percent=40,P_alone=25,") == {"RR": 30, "percent": 40, "P_alone": 25}


def test_the_shown_file_holds_ids_only():
    lines = DEFAULT_SHOWN.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "before\tround\tid"
    for line in lines[1:]:
        before, round_, row_id = line.split("\t")
        assert before.startswith("blind") and round_.startswith("round") and len(row_id) < 40
    assert len(load_shown(DEFAULT_SHOWN, "blind8")) < len(load_shown(DEFAULT_SHOWN))


BLIND_DRAWS = {  # split: (seed, plan), as recorded in eval/bench_effects.py
    "blind8": (173205080, "RR=30,percent=40,correlation=15,P_alone=25,OR=20,HR=15,negative=30"),
    "blind9": (223606797, "HR=45,percent=45,correlation=30,RR=10,OR=10,P_alone=10,negative=25"),
    "blind10": (244948974, "percent=60,correlation=30,HR=25,OR=15,P_alone=15,negative=30"),
    "blind11": (264575131, "RR=25,percent=45,correlation=20,P_alone=25,OR=20,HR=25,negative=30"),
    "blind12": (282842712, "OR=40,percent=45,correlation=30,RR=20,HR=20,P_alone=20,negative=30"),
    "blind13": (293171029, "OR=35,percent=45,P_alone=25,RR=15,HR=15,negative=30,correlation_value=35"),
    "blind14": (316227766, "percent=55,correlation_value=29,P_alone=35,RR=25,OR=25,HR=10,negative=30"),
    "blind15": (331662479, "percent=80,HR=25,correlation=20,OR=20,RR=15,P_alone=20,negative=30"),
    "blind16": (
        346410161,
        "percent=1,RR=10,correlation=5,P_alone=30,OR=15,HR=10,negative=20,P_alone_percent=45,negative_percent=40",
    ),
    "blind17": (
        360555127,
        "correlation=15,P_alone=6,OR=8,RR=6,HR=6,negative=6,P_alone_percent=55,negative_percent=40,correlation_near=28",
    ),
    "blind18": (
        374165738,
        "correlation=20,P_alone=10,OR=10,RR=10,HR=8,negative=8,P_alone_percent=25,negative_percent=50,"
        "correlation_decimal=36",
    ),
    "blind19": (
        387298334,
        "OR=12,RR=10,HR=8,P_alone=8,correlation=12,negative=5,P_alone_change=65,negative_change=30",
    ),
    "blind20": (
        412310562,
        "OR=10,RR=8,HR=8,P_alone=6,correlation=6,negative=5,P_alone_change=60,negative_change=30",
    ),
    "blind21": (
        435889894,
        "OR=6,RR=5,HR=5,P_alone=5,correlation=3,negative=3,P_alone_change=50,negative_change=35",
    ),
    "blind22": (
        458257569,
        "OR=5,RR=4,HR=4,P_alone=4,correlation=2,negative=2,P_alone_change=40,negative_change=22,negative_percent=5",
    ),
    "blind23": (
        469041575,
        "OR=3,RR=3,HR=2,P_alone=5,correlation=6,negative=2,P_alone_change=18,negative_change=10,negative_percent=3",
    ),
    "blind24": (
        479583152,
        "OR=3,RR=3,P_alone=3,negative=2,negative_percent=3,percent_signal=120,correlation_any=22",
    ),
    "blind25": (
        489897948,
        "OR=3,RR=3,P_alone=3,negative=3,negative_percent=4,P_alone_change=12,negative_change=30,percent_signal=120",
    ),
    "blind26": (
        500000000,
        "OR=3,RR=3,P_alone=3,correlation=10,negative=3,percent_clause=110,correlation_far=15",
    ),
    "blind27": (
        509901951,
        "OR=3,RR=3,P_alone=3,negative=1,negative_percent=4,negative_change=6,percent_clause=130",
    ),
    "blind28": (
        519615242,
        "OR=2,RR=2,P_alone=2,negative_change=4,percent_clause=108,percent_lexicon=44",
    ),
    "blind29": (529150262, "negative=6,percent_any=144"),
    "blind30": (538516480, "RR=10,correlation=20,P_alone=55,OR=4,negative=6,RR_value=55"),
    "blind31": (547722557, "P_alone=144,negative=6"),
    "blind32": (574456264, "P_alone=144,negative=6"),
}


def _write_jsonl(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def test_the_command_line_draws_from_a_fictional_corpus(tmp_path, capsys):
    """``main`` on three tiny fictional corpora: pool, exclusions (a labelled id, a shown id), output rows."""
    data = tmp_path / "data"
    changes = [f"Moonberry intake reduced glimmer fever by {10 + i}% in knights." for i in range(4)]
    _write_jsonl(data / "scifact" / "original" / "corpus.jsonl", [{"doc_id": 7, "abstract": changes}])
    text = (
        "We enrolled 120 knights from the fictional kingdom. The odds ratio for gout was 2.1 in all squires."
    )
    _write_jsonl(data / "nfcorpus" / "corpus.jsonl", [{"_id": "F-1", "text": text}])
    _write_jsonl(data / "pubmedqa" / "corpus.jsonl", [{"_id": "9", "text": "Too short: 12."}])
    labels = tmp_path / "labels.jsonl"
    labelled = {"id": "scifact:7:0", "source": "scifact", "doc_id": "7", "sentence": 0, "split": "blind3"}
    labelled |= {"sha1": sentence_sha1(changes[0]), "effects": []}
    _write_jsonl(labels, [labelled])
    shown = tmp_path / "shown.tsv"
    shown.write_text("before\tround\tid\nblind5\tround4\tscifact:7:1\n", encoding="utf-8")
    out = tmp_path / "sample.jsonl"
    common = ["--data", str(data), "--labels", str(labels), "--shown", str(shown), "--out", str(out)]
    assert main(["--seed", "3", "--plan", "percent=5,OR=1,negative=1", *common]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in rows if r["stratum"] == "percent") == ["scifact:7:2", "scifact:7:3"]
    assert {r["stratum"] for r in rows} == {"percent", "OR", "negative"}
    assert all(sentence_sha1(r["text"]) == r["sha1"] for r in rows)
    assert "1 shown replaced" in capsys.readouterr().out
    # as of blind3, its own label is not excluded, and a sentence first shown before blind5 was not yet shown
    assert main(["--seed", "3", "--plan", "percent=5", "--as-of", "blind3", *common]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4


@pytest.fixture(scope="module")
def strata() -> dict[str, list[dict]]:
    """Every eligible corpus sentence by stratum, nothing excluded (the exclusions are applied per test)."""
    return stratify(corpus_sentences(require_data()), set(), set())


@pytest.mark.data
@pytest.mark.parametrize("split", sorted(BLIND_DRAWS))
def test_blind_samples_are_drawn_again(strata, split):
    """With the seed and plan recorded for it, the draw as of a blind split gives exactly its labelled ids."""
    data = require_data()
    seed, plan = BLIND_DRAWS[split]
    labels = load_labels(DEFAULT_LABELS)
    ids, texts = exclusions(labels, data, split)
    left = {
        name: [s for s in members if s["id"] not in ids and s["text"].strip() not in texts]
        for name, members in strata.items()
    }
    sample, _ = draw(left, parse_plan(plan), seed, load_shown(DEFAULT_SHOWN, split))
    assert [s["id"] for s in sample] == [row["id"] for row in labels if row.get("split") == split]
    assert [sentence_sha1(s["text"]) for s in sample] == [
        r["sha1"] for r in labels if r.get("split") == split
    ]


@pytest.mark.data
def test_exclusions_as_of_a_split_keep_its_rows_drawable():
    data = require_data()
    labels = load_labels(DEFAULT_LABELS)
    blind8 = {row["id"] for row in labels if row.get("split") == "blind8"}
    ids_now, _ = exclusions(labels, data)
    ids_then, _ = exclusions(labels, data, "blind8")
    assert blind8 <= ids_now and not blind8 & ids_then
