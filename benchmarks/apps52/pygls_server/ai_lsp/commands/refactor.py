from __future__ import annotations

import logging

from lsprotocol import types

from ai_lsp import constants
from ai_lsp.commands._args import first_arg, range_arg
from ai_lsp.document import text_in_range
from ai_lsp.prompts import REFACTOR_SYSTEM, strip_fences
from ai_lsp.server import AiLanguageServer, server
from ai_lsp.retry import with_retries

log = logging.getLogger(__name__)


@server.command(constants.CMD_REFACTOR)
async def refactor_selection(ls: AiLanguageServer, args):
    arg = first_arg(args)
    uri = arg.get("uri")
    rng = range_arg(ls, arg.get("range"))
    instruction = arg.get("instruction")
    if not uri or rng is None:
        return None
    if not instruction:
        # client didn't prompt; ask via window/showMessageRequest with a few canned options
        choice = await ls.show_message_request_async(
            "Refactor how?",
            types.MessageType.Info,
            [types.MessageActionItem(t) for t in ("Simplify", "Add type hints", "Make it async")],
        ) if hasattr(ls, "show_message_request_async") else None
        instruction = choice.title if choice else "Simplify"

    document = ls.workspace.get_text_document(uri)
    code = text_in_range(document, rng)
    fw = ls.backends.get("fireworks")

    resp = await with_retries(
        fw.client.chat.completions.create,
        model=fw.model,
        messages=[
            {"role": "system", "content": REFACTOR_SYSTEM.format(language=document.language_id)},
            {"role": "user", "content": f"Instruction: {instruction}\n\n{code}"},
        ],
        max_tokens=2048,
        temperature=0.2,
        attempts=4,
    )
    new_code = strip_fences(resp.choices[0].message.content or "")
    if not new_code:
        ls.show_message("Refactor produced no code", types.MessageType.Warning)
        return None

    ls.apply_edit(
        types.WorkspaceEdit(changes={uri: [types.TextEdit(range=rng, new_text=new_code)]}),
        label=f"AI refactor: {instruction}",
    )
    return {"applied": True}
