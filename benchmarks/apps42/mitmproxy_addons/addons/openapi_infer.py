"""Infer an OpenAPI description from observed traffic.

Paths are templated deterministically (numeric ids / uuids -> {id}); Gemini
writes the human-readable summaries and Whisper-free schema hints.
"""
from __future__ import annotations

import collections
import json
import logging
import re
import typing

from google import genai
from mitmproxy import command, ctx, http

logger = logging.getLogger(__name__)

ID_RE = re.compile(r"/(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=/|$)")


def template_path(path: str) -> str:
    return ID_RE.sub("/{id}", path.split("?")[0])


def infer_schema(value: typing.Any) -> dict:
    if isinstance(value, dict):
        return {"type": "object", "properties": {k: infer_schema(v) for k, v in value.items()}}
    if isinstance(value, list):
        return {"type": "array", "items": infer_schema(value[0]) if value else {}}
    if isinstance(value, bool):
        return {"type": "boolean"}
    if isinstance(value, int):
        return {"type": "integer"}
    if isinstance(value, float):
        return {"type": "number"}
    if value is None:
        return {"nullable": True}
    return {"type": "string"}


class OpenApiInfer:
    def __init__(self) -> None:
        self.ops: dict[tuple[str, str, str], list[http.HTTPFlow]] = collections.defaultdict(list)
        self.client: genai.Client | None = None

    def load(self, loader):
        loader.add_option("openapi_out", typing.Optional[str], None, "Write inferred spec here on exit.")
        loader.add_option("openapi_describe", bool, False, "Let Gemini describe each operation.")
        loader.add_option("openapi_model", str, "gemini-2.0-flash", "Gemini model for descriptions.")
        loader.add_option("openapi_vertex_project", typing.Optional[str], None, "Use Vertex AI in this project.")

    def configure(self, updated):
        if "openapi_describe" in updated and ctx.options.openapi_describe:
            project = ctx.options.openapi_vertex_project
            if project:
                self.client = genai.Client(vertexai=True, project=project, location="europe-west4")
            else:
                self.client = genai.Client()

    def response(self, flow: http.HTTPFlow) -> None:
        if flow.response is None or "json" not in flow.response.headers.get("content-type", ""):
            return
        key = (flow.request.pretty_host, flow.request.method.lower(), template_path(flow.request.path))
        if len(self.ops[key]) < 5:
            self.ops[key].append(flow)

    def _describe(self, method: str, path: str, sample: str) -> str:
        if self.client is None:
            return ""
        resp = self.client.models.generate_content(
            model=ctx.options.openapi_model,
            contents=f"Write a one-sentence OpenAPI summary for {method.upper()} {path}.\nSample response:\n{sample[:2000]}",
        )
        return (resp.text or "").strip()

    @command.command("openapi.build")
    def build(self, host: str) -> str:
        spec: dict = {"openapi": "3.0.3", "info": {"title": host, "version": "observed"}, "paths": {}}
        for (h, method, path), flows in sorted(self.ops.items()):
            if h != host:
                continue
            sample = flows[-1].response.get_text(strict=False) or "{}"
            try:
                schema = infer_schema(json.loads(sample))
            except json.JSONDecodeError:
                schema = {}
            op = {"responses": {str(flows[-1].response.status_code): {
                "description": "observed",
                "content": {"application/json": {"schema": schema}},
            }}}
            if ctx.options.openapi_describe:
                op["summary"] = self._describe(method, path, sample)
            spec["paths"].setdefault(path, {})[method] = op
        return json.dumps(spec, indent=2)

    def done(self):
        out = ctx.options.openapi_out
        if not out:
            return
        hosts = sorted({h for h, _, _ in self.ops})
        with open(out, "w") as fh:
            json.dump({h: json.loads(self.build(h)) for h in hosts}, fh, indent=2)


addons = [OpenApiInfer()]
