"""The real `rag serve` process under uvicorn, called over HTTP on loopback."""

import json

import httpx


def test_served_api_answers_and_logs_json(server_process):
    live_server, log_path = server_process
    with httpx.Client(base_url=live_server, timeout=30) as http:
        assert http.get("/health").json() == {"status": "ok"}
        answer = http.post("/ask", json={"question": "Does vitamin K2 improve bone density?"}).json()
        assert answer["status"] == "answered" and answer["takeaways"][0]["citation"] == "Zhang Z (2025)"
        bad = http.post("/ask", content=b"{", headers={"content-type": "application/json"})
        assert bad.status_code == 422
        page = http.get("/", params={"q": "Does vitamin K2 improve bone density?"})
        assert page.status_code == 200 and "Zhang Z (2025)" in page.text
    lines = [json.loads(line) for line in log_path.read_text().splitlines() if line.startswith("{")]
    asks = [e for e in lines if e.get("route") == "/ask"]
    assert {e["status"] for e in asks} >= {200, 422}
    assert all(isinstance(e["latency_ms"], float) and e["time"] for e in asks)
