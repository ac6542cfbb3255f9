"""A schemathesis check: every line of an ``application/x-ndjson`` response must match the
operation's ``itemSchema`` (schemathesis validates SSE items itself, not NDJSON).

Loaded by scripts/contract-test through ``SCHEMATHESIS_HOOKS``.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema_rs
import schemathesis


@schemathesis.check
def ndjson_items_conform(ctx: Any, response: Any, case: Any) -> bool | None:
    content_type = response.headers.get("content-type") or [""]
    if not content_type[0].startswith("application/x-ndjson"):
        return None
    raw = case.operation.schema.raw_schema
    described = case.operation.definition.raw["responses"].get(str(response.status_code), {})
    if "$ref" in described:
        described = raw["components"]["responses"][described["$ref"].rsplit("/", 1)[-1]]
    item = described.get("content", {}).get("application/x-ndjson", {}).get("itemSchema")
    if item is None:
        raise AssertionError(f"undocumented NDJSON response {response.status_code}")
    validator = jsonschema_rs.validator_for({**item, "components": raw.get("components", {})})
    lines = [line for line in response.content.splitlines() if line.strip()]
    for number, line in enumerate(lines):
        errors = [e.message for e in validator.iter_errors(json.loads(line))]
        if errors:
            raise AssertionError(f"NDJSON line {number} violates itemSchema: {errors[0]}")
    return True
