"""Keywords that generate form test data with an LLM.

Generated records are cached per suite in ``${OUTPUT_DIR}/testdata-cache`` so
re-runs are deterministic (and cheap)."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from robot.api import logger
from robot.api.deco import keyword, library
from robot.libraries.BuiltIn import BuiltIn

from libraries.helpers.records import RecordFactory
from resources.prompts import TEST_DATA_SYSTEM, TEST_DATA_TEMPLATE, render
from resources.settings import settings

_RECORD_TOOL = {
    "name": "emit_records",
    "description": "Return the generated test records.",
    "input_schema": {
        "type": "object",
        "properties": {"records": {"type": "array", "items": {"type": "object"}}},
        "required": ["records"],
    },
}


@library
class TestDataLibrary:
    ROBOT_LIBRARY_SCOPE = "SUITE"

    def __init__(self, cache: bool = True) -> None:
        self.cache = bool(cache) and str(cache).lower() != "false"
        self.factory = RecordFactory()

    @property
    def _llm(self):
        return BuiltIn().get_library_instance("LLMLibrary")

    def _cache_path(self, key: str) -> Path:
        out = BuiltIn().get_variable_value("${OUTPUT_DIR}", ".")
        digest = hashlib.sha1(key.encode()).hexdigest()[:16]
        return Path(out) / "testdata-cache" / f"{digest}.json"

    def _cached(self, key: str):
        path = self._cache_path(key)
        if self.cache and path.exists():
            logger.info(f"Using cached test data {path}")
            return json.loads(path.read_text())
        return None

    def _store(self, key: str, records: list[dict[str, Any]]) -> None:
        if not self.cache:
            return
        path = self._cache_path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(records, indent=2))

    @keyword("Generate Test Records")
    def generate_test_records(self, entity: str, fields: str, count: int = 5, locale: str = "en_US") -> list:
        prompt = render(TEST_DATA_TEMPLATE, count=count, entity=entity, fields=fields, locale=locale)
        cached = self._cached(prompt)
        if cached is not None:
            return cached
        llm = self._llm
        resp = llm.client.chat.completions.create(
            model=llm.default_model,
            messages=[
                {"role": "system", "content": TEST_DATA_SYSTEM},
                {"role": "user", "content": prompt},
            ],
            temperature=0.9,
            response_format={"type": "json_object"},
        )
        payload = json.loads(resp.choices[0].message.content or "{}")
        records = payload.get("records", payload if isinstance(payload, list) else [])
        self._store(prompt, records)
        return records

    @keyword("Generate Test Records With Claude")
    def generate_with_claude(self, entity: str, fields: str, count: int = 5) -> list:
        prompt = render(TEST_DATA_TEMPLATE, count=count, entity=entity, fields=fields, locale="en_GB")
        cached = self._cached("claude:" + prompt)
        if cached is not None:
            return cached
        msg = self._llm.anthropic.messages.create(
            model=settings.anthropic_model,
            max_tokens=2048,
            system=TEST_DATA_SYSTEM,
            tools=[_RECORD_TOOL],
            tool_choice={"type": "tool", "name": "emit_records"},
            messages=[{"role": "user", "content": prompt}],
        )
        records: list = []
        for block in msg.content:
            if block.type == "tool_use":
                records = block.input.get("records", [])
        self._store("claude:" + prompt, records)
        return records

    @keyword("Generate Edge Case Strings")
    def generate_edge_case_strings(self, field_name: str, count: int = 10) -> list[str]:
        """Nasty inputs for a text field (unicode, very long, injection-ish)."""
        text = self._llm.chat(
            [
                {"role": "system", "content": "Return one test string per line, nothing else."},
                {"role": "user", "content": f"{count} edge-case inputs for a '{field_name}' text field."},
            ],
            temperature=1.0,
        )
        return [line for line in text.splitlines() if line.strip()][: int(count)]

    @keyword("Create Static Record")
    def create_static_record(self, entity: str, **overrides: Any) -> dict:
        """No LLM here: deterministic record from the local factory."""
        return self.factory.create(entity, **overrides)

    @keyword("Clear Test Data Cache")
    def clear_test_data_cache(self) -> None:
        out = BuiltIn().get_variable_value("${OUTPUT_DIR}", ".")
        cache_dir = Path(out) / "testdata-cache"
        for item in cache_dir.glob("*.json"):
            os.remove(item)
