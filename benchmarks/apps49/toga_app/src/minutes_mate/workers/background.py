"""Background jobs that outlive a button press.

Jobs run as asyncio tasks on the app's loop; blocking SDK calls go to the
default executor so the UI thread never blocks.
"""
from __future__ import annotations

import asyncio
import functools
import logging
import time
from pathlib import Path

from minutes_mate.services.clients import get_openai_client, make_async_groq

log = logging.getLogger(__name__)


class BackgroundJobs:
    def __init__(self, app):
        self.app = app
        self._tasks: set[asyncio.Task] = set()

    def spawn(self, coro, name: str | None = None) -> asyncio.Task:
        task = asyncio.get_event_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def cancel_all(self) -> None:
        for t in list(self._tasks):
            t.cancel()

    async def transcribe_folder(self, folder: Path) -> dict[str, str]:
        """Batch-transcribe every recording in a folder (Import… menu)."""
        client = get_openai_client()
        loop = asyncio.get_running_loop()
        results: dict[str, str] = {}
        for path in sorted(folder.glob("*.m4a")) + sorted(folder.glob("*.mp3")):
            with path.open("rb") as fh:
                resp = await loop.run_in_executor(
                    None,
                    functools.partial(client.audio.transcriptions.create, model="whisper-1", file=fh),
                )
            results[path.name] = resp.text
            self.app.status.text = f"Transcribed {path.name}"
        return results

    async def weekly_digest(self, summaries: list[str]) -> str:
        """Condense the week's summaries with Groq; fans out one call per day."""
        groq = make_async_groq()
        replies = await asyncio.gather(
            *[
                groq.chat.completions.create(
                    model="llama-3.1-8b-instant",
                    messages=[{"role": "user", "content": f"Two-sentence gist:\n{s}"}],
                    max_tokens=120,
                )
                for s in summaries
            ]
        )
        return "\n".join(r.choices[0].message.content for r in replies)

    def retrying_title(self, transcript: str, attempts: int = 3) -> str:
        client = self.app.clients.openai
        send = functools.partial(
            client.chat.completions.create,
            model="gpt-4o-mini",
            max_tokens=20,
        )
        delay = 1.0
        for i in range(attempts):
            try:
                resp = send(messages=[{"role": "user", "content": "Title for:\n" + transcript[:6000]}])
                return resp.choices[0].message.content.strip()
            except Exception:
                if i == attempts - 1:
                    raise
                time.sleep(delay)
                delay *= 2
        return ""
