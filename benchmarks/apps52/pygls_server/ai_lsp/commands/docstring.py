from __future__ import annotations

import logging

from lsprotocol import types

from ai_lsp import constants
from ai_lsp.commands._args import first_arg
from ai_lsp.document import function_at
from ai_lsp.prompts import DOCSTRING_SYSTEM, docstring_prompt
from ai_lsp.server import AiLanguageServer, server
from ai_lsp.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


def _format_docstring(text: str, indent: str) -> str:
    text = text.strip().strip('"').strip("'").strip()
    lines = text.splitlines() or [""]
    if len(lines) == 1:
        return f'{indent}"""{lines[0]}"""\n'
    body = "\n".join(f"{indent}{line}" if line.strip() else "" for line in lines)
    return f'{indent}"""{body.lstrip()}\n{indent}"""\n'


async def _generate(ls: AiLanguageServer, signature: str, body: str, style: str) -> str:
    system = DOCSTRING_SYSTEM.format(style=style)
    prompt = docstring_prompt(signature, body)
    if ls.settings.use_tracked_service:
        return await multi_model_service.generate_response(
            prompt=prompt,
            task_type="docstring",
            complexity=TaskComplexity.SIMPLE,
            system=system,
            max_tokens=400,
        )
    backend = ls.backends.get("openai")
    completion = await backend.client.chat.completions.create(
        model=backend.model,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": prompt}],
        max_tokens=400,
        temperature=0.1,
    )
    return completion.choices[0].message.content or ""


@server.command(constants.CMD_GENERATE_DOCSTRING)
async def generate_docstring(ls: AiLanguageServer, args):
    arg = first_arg(args)
    uri = arg.get("uri")
    line = int(arg.get("line", 0))
    style = arg.get("style", "google")
    document = ls.workspace.get_text_document(uri)

    fn = function_at(document, line)
    if fn is None:
        ls.show_message("No function at cursor", types.MessageType.Warning)
        return
    if fn.has_docstring:
        ls.show_message(f"{fn.name} already has a docstring", types.MessageType.Info)
        return

    text = await _generate(ls, fn.signature, fn.body[:3000], style)
    if not text.strip():
        ls.show_message("Model returned an empty docstring", types.MessageType.Warning)
        return

    insert_line = fn.def_line + fn.signature.count("\n") + 1
    pos = types.Position(line=insert_line, character=0)
    edit = types.WorkspaceEdit(
        changes={uri: [types.TextEdit(range=types.Range(start=pos, end=pos), new_text=_format_docstring(text, fn.indent))]}
    )
    result = await ls.apply_edit_async(edit, label=f"Docstring for {fn.name}")
    if not result.applied:
        ls.show_message(f"Edit rejected: {result.failure_reason}", types.MessageType.Warning)
