from __future__ import annotations

import logging
import uuid

from lsprotocol import types

from ai_lsp import constants
from ai_lsp.commands._args import first_arg, range_arg
from ai_lsp.document import text_in_range
from ai_lsp.embeddings_index import SymbolIndex
from ai_lsp.prompts import EXPLAIN_SYSTEM, explain_prompt
from ai_lsp.server import AiLanguageServer, server

log = logging.getLogger(__name__)

symbol_index = SymbolIndex()


async def _related_context(query: str) -> str:
    try:
        hits = await symbol_index.search(query, k=2)
    except Exception:
        log.debug("symbol search failed", exc_info=True)
        return ""
    return "\n\n".join(h.text for h in hits)


@server.command(constants.CMD_EXPLAIN)
async def explain(ls: AiLanguageServer, args):
    arg = first_arg(args)
    uri = arg.get("uri")
    rng = range_arg(ls, arg.get("range"))
    if not uri or rng is None:
        ls.show_message("ai.explain: select some code first", types.MessageType.Warning)
        return None

    document = ls.workspace.get_text_document(uri)
    code = text_in_range(document, rng)
    context = await _related_context(code[:500])

    token = str(uuid.uuid4())
    await ls.progress.create_async(token)
    ls.progress.begin(token, types.WorkDoneProgressBegin(title="AI: explaining", cancellable=False))

    client = ls.backends.client("anthropic")
    chunks: list[str] = []
    try:
        async with client.messages.stream(
            model=ls.settings.anthropic_model,
            max_tokens=1200,
            system=EXPLAIN_SYSTEM,
            messages=[{"role": "user", "content": explain_prompt(document.language_id, code, context)}],
        ) as stream:
            async for text in stream.text_stream:
                chunks.append(text)
                if len(chunks) % 20 == 0:
                    ls.progress.report(token, types.WorkDoneProgressReport(message=f"{sum(map(len, chunks))} chars"))
    finally:
        ls.progress.end(token, types.WorkDoneProgressEnd())

    explanation = "".join(chunks)
    ls.pending_explanations[uri] = explanation
    ls.show_message(explanation[:2000], types.MessageType.Info)
    return {"markdown": explanation}


@server.command("ai.askFollowUp")
async def ask_follow_up(ls: AiLanguageServer, args):
    arg = first_arg(args)
    uri = arg.get("uri", "")
    question = arg.get("question", "").strip()
    previous = ls.pending_explanations.get(uri)
    if not question or previous is None:
        return None

    reply = await server.backends.client("anthropic").messages.create(
        model=ls.settings.anthropic_model,
        max_tokens=800,
        system=EXPLAIN_SYSTEM,
        messages=[
            {"role": "assistant", "content": previous},
            {"role": "user", "content": question},
        ],
    )
    answer = reply.content[0].text
    ls.pending_explanations[uri] = previous + "\n\n" + answer
    return {"markdown": answer}
