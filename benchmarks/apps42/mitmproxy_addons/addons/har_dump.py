"""Minimal HAR writer used by the CI capture job (mitmproxy's own savehar
command came later; this stays because the CI parses our extra fields)."""
from __future__ import annotations

import datetime
import json
import typing

from mitmproxy import ctx, http


class HarGenerator:
    def __init__(self) -> None:
        self.entries: list[dict] = []

    def add(self, flow: http.HTTPFlow) -> None:
        started = datetime.datetime.fromtimestamp(flow.request.timestamp_start, datetime.timezone.utc)
        self.entries.append({
            "startedDateTime": started.isoformat(),
            "request": {"method": flow.request.method, "url": flow.request.pretty_url,
                        "headers": [{"name": k, "value": v} for k, v in flow.request.headers.items()]},
            "response": {"status": flow.response.status_code if flow.response else 0},
            "_llm_category": flow.metadata.get("llm_category"),
        })

    def generate(self) -> dict:
        return {"log": {"version": "1.2", "creator": {"name": "traffic-intel", "version": "0.4"},
                        "entries": self.entries}}


class HarDump:
    def __init__(self) -> None:
        self.har = HarGenerator()

    def load(self, loader):
        loader.add_option("hardump", typing.Optional[str], None, "Write a HAR file here on exit.")

    def response(self, flow: http.HTTPFlow):
        self.har.add(flow)

    def done(self):
        if ctx.options.hardump:
            with open(ctx.options.hardump, "w") as fh:
                json.dump(self.har.generate(), fh, indent=1)


addons = [HarDump()]
