"""Optional AI review on save, published as hint/warning diagnostics."""
from __future__ import annotations

import json
import logging

from lsprotocol import types

from ai_lsp.prompts import REVIEW_SYSTEM
from ai_lsp.server import AiLanguageServer, server
from ai_lsp.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

SEVERITY = {"warning": types.DiagnosticSeverity.Warning, "info": types.DiagnosticSeverity.Information}
MAX_REVIEW_CHARS = 16000


def _parse_issues(text: str, n_lines: int) -> list[types.Diagnostic]:
    try:
        start = text.index("{")
        payload = json.loads(text[start : text.rindex("}") + 1])
    except ValueError:
        return []
    diags = []
    for issue in payload.get("issues", []):
        line = max(0, min(int(issue.get("line", 1)) - 1, n_lines - 1))
        diags.append(
            types.Diagnostic(
                range=types.Range(start=types.Position(line, 0), end=types.Position(line, 200)),
                message=str(issue.get("message", ""))[:300],
                severity=SEVERITY.get(issue.get("severity"), types.DiagnosticSeverity.Hint),
                source="ai-lsp",
            )
        )
    return diags


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: AiLanguageServer, params: types.DidSaveTextDocumentParams) -> None:
    document = ls.workspace.get_text_document(params.text_document.uri)
    if document.language_id in ls.settings.excluded_languages or len(document.source) > MAX_REVIEW_CHARS:
        return
    numbered = "\n".join(f"{i + 1}: {line}" for i, line in enumerate(document.source.splitlines()))

    if ls.settings.use_tracked_service:
        text = await multi_model_service.generate_response(
            prompt=numbered,
            task_type="review",
            complexity=TaskComplexity.AGENTIC,
            system=REVIEW_SYSTEM,
        )
    else:
        # TODO(mara): move onto multi_model_service once "review" has a route
        client = ls.backends.client("anthropic")
        msg = await client.messages.create(
            model=ls.settings.anthropic_model,
            max_tokens=1500,
            system=REVIEW_SYSTEM,
            messages=[{"role": "user", "content": numbered}],
        )
        text = msg.content[0].text

    ls.publish_diagnostics(document.uri, _parse_issues(text, len(document.lines)), version=document.version)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: AiLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
    ls.publish_diagnostics(params.text_document.uri, [])
