"""POST /api/translate — translate a document section by section with Claude."""
import asyncio
from http.server import BaseHTTPRequestHandler

from lib.http_utils import BadRequest, read_json, send_error_json, send_json
from lib.llm import get_async_anthropic
from lib.prompts import TRANSLATE_SYSTEM, render

MODEL = "claude-3-5-haiku-latest"
MAX_PARALLEL = 4


async def _translate_sections(sections: list[str], target: str) -> list[str]:
    client = get_async_anthropic()
    sem = asyncio.Semaphore(MAX_PARALLEL)

    async def one(section: str) -> str:
        async with sem:
            msg = await client.messages.create(
                model=MODEL,
                max_tokens=2000,
                system=render(TRANSLATE_SYSTEM, target=target),
                messages=[{"role": "user", "content": section}],
            )
            return msg.content[0].text

    return await asyncio.gather(*(one(s) for s in sections))


class handler(BaseHTTPRequestHandler):
    def do_POST(self):
        try:
            body = read_json(self)
        except BadRequest as exc:
            send_error_json(self, 400, str(exc))
            return
        text = body.get("text") or ""
        target = body.get("target", "English")
        sections = [s for s in text.split("\n\n") if s.strip()]
        if not sections:
            send_error_json(self, 400, "text is required")
            return
        translated = asyncio.run(_translate_sections(sections, target))
        send_json(self, 200, {"text": "\n\n".join(translated), "target": target})
