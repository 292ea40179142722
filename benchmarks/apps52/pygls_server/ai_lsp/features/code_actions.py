from __future__ import annotations

import asyncio
import json
import logging

from lsprotocol import types

from ai_lsp import constants
from ai_lsp.backends import get_openai_client
from ai_lsp.document import function_at, text_in_range
from ai_lsp.server import AiLanguageServer, server

log = logging.getLogger(__name__)

FIX_INSTRUCTIONS = (
    "You fix a single diagnostic. Return JSON {\"replacement\": <code>} with the corrected "
    "version of the given lines only."
)


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, types.CodeActionKind.RefactorRewrite],
        resolve_provider=True,
    ),
)
def code_actions(ls: AiLanguageServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    document = ls.workspace.get_text_document(uri)
    actions: list[types.CodeAction] = []

    has_selection = params.range.start != params.range.end
    args = [{"uri": uri, "range": ls.converter.unstructure(params.range)}]

    if has_selection:
        actions.append(
            types.CodeAction(
                title="AI: Explain selection",
                kind=types.CodeActionKind.Empty,
                command=types.Command(title="Explain", command=constants.CMD_EXPLAIN, arguments=args),
            )
        )
        actions.append(
            types.CodeAction(
                title="AI: Refactor selection…",
                kind=types.CodeActionKind.RefactorRewrite,
                command=types.Command(title="Refactor", command=constants.CMD_REFACTOR, arguments=args),
            )
        )

    if document.language_id == "python":
        fn = function_at(document, params.range.start.line)
        if fn is not None and not fn.has_docstring:
            actions.append(
                types.CodeAction(
                    title=f"AI: Generate docstring for {fn.name}",
                    kind=types.CodeActionKind.RefactorRewrite,
                    command=types.Command(
                        title="Generate docstring",
                        command=constants.CMD_GENERATE_DOCSTRING,
                        arguments=[{"uri": uri, "line": fn.def_line}],
                    ),
                )
            )

    for diag in params.context.diagnostics:
        if diag.source in ("ai-lsp", None):
            continue
        actions.append(
            types.CodeAction(
                title=f"AI: Fix '{diag.message[:50]}'",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diag],
                data={"uri": uri, "range": ls.converter.unstructure(diag.range), "message": diag.message},
            )
        )
    return actions


@server.feature(types.CODE_ACTION_RESOLVE)
async def resolve_code_action(ls: AiLanguageServer, action: types.CodeAction) -> types.CodeAction:
    data = action.data or {}
    if "message" not in data:
        return action
    uri = data["uri"]
    rng = ls.converter.structure(data["range"], types.Range)
    document = ls.workspace.get_text_document(uri)
    # widen to whole lines so the model sees complete statements
    rng = types.Range(
        start=types.Position(line=rng.start.line, character=0),
        end=types.Position(line=rng.end.line + 1, character=0),
    )
    snippet = text_in_range(document, rng)

    client = get_openai_client()
    try:
        resp = await asyncio.to_thread(
            client.responses.create,
            model=ls.settings.openai_model,
            instructions=FIX_INSTRUCTIONS,
            input=f"Diagnostic: {data['message']}\n\nLines:\n{snippet}",
            text={"format": {"type": "json_object"}},
            max_output_tokens=600,
        )
        replacement = json.loads(resp.output_text)["replacement"]
    except Exception as exc:
        log.warning("quick fix failed: %s", exc)
        return action

    action.edit = types.WorkspaceEdit(changes={uri: [types.TextEdit(range=rng, new_text=replacement.rstrip("\n") + "\n")]})
    return action
