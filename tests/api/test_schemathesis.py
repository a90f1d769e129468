"""Property-based API contract: schemathesis fuzzes every operation of /openapi.json in process.

Each generated request (valid and invalid) must get no server error and a response that conforms to the
documented status codes, content types and response schemas. Requests go through the `client` fixture's
TestClient (the small real index, loaded once per session).
"""

from __future__ import annotations

from pathlib import Path

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from api.app import create_app
from rag.config import Settings

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


# The document depends on the code only, not on the index, so an unstarted app yields it at import time.
# (A lazy `schemathesis.pytest.from_fixture` schema would fit the fixture better, but it fails on pytest 9.)
schema = schemathesis.openapi.from_dict(create_app(Settings(index_dir=Path("/nonexistent"))).openapi())


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)
def test_every_operation_conforms(case: schemathesis.Case, client: TestClient) -> None:
    """No 5xx, and every response matches the schema, for generated valid and invalid requests."""
    response = client.request(**_httpx_kwargs(case.as_transport_kwargs(base_url=str(client.base_url))))
    case.validate_response(response, checks=CHECKS)


def _httpx_kwargs(kwargs: dict) -> dict:
    """Adapt schemathesis' requests-style keyword arguments to httpx (raw bodies are ``content``)."""
    kwargs = {k: v for k, v in kwargs.items() if k not in ("verify", "timeout", "cert", "proxies", "cookies")}
    if "data" in kwargs and not isinstance(kwargs["data"], dict):
        kwargs["content"] = kwargs.pop("data")
    return kwargs
