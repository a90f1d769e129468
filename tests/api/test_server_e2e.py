"""The real `rag serve` process under uvicorn, called over HTTP on loopback."""

import httpx


def test_served_api_answers_and_logs_json(live_server):
    with httpx.Client(base_url=live_server, timeout=30) as http:
        assert http.get("/health").json() == {"status": "ok"}
        answer = http.post("/ask", json={"question": "Does vitamin K2 improve bone density?"}).json()
        assert answer["status"] == "answered" and answer["takeaways"][0]["citation"] == "Zhang Z (2025)"
        bad = http.post("/ask", content=b"{", headers={"content-type": "application/json"})
        assert bad.status_code == 422
        page = http.get("/", params={"q": "Does vitamin K2 improve bone density?"})
        assert page.status_code == 200 and "Zhang Z (2025)" in page.text
