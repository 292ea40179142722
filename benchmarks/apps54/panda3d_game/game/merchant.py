"""Haggling with merchants.

Runs an asyncio loop on a background thread (Panda3D's own loop is not
asyncio), so we can use the async Groq client and fan out price checks.
"""
import asyncio
import json
import logging
import threading

from ai.clients import get_openai_client, make_async_groq
from game import events

log = logging.getLogger("hollowmere.merchant")

HAGGLE_SYSTEM = (
    "You are {name}, a merchant. The item is worth {value} gold. Respond to the "
    "player's offer in character, then on the last line output JSON "
    '{{"accept": bool, "counter": int}}.'
)


class AsyncLoopThread:
    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True, name="merchant-loop")
        self.thread.start()

    def submit(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop)


class Merchant:
    def __init__(self, npc, stock: dict):
        self.npc = npc
        self.stock = stock
        self._loop = AsyncLoopThread()
        self._groq = None

    async def _haggle(self, item, offer: int) -> dict:
        if self._groq is None:
            self._groq = make_async_groq()
        chat = await self._groq.chat.completions.create(
            model="llama-3.1-8b-instant",
            messages=[
                {"role": "system", "content": HAGGLE_SYSTEM.format(name=self.npc.name, value=item.value)},
                {"role": "user", "content": f"I'll give you {offer} gold for the {item.name}."},
            ],
            max_tokens=150,
        )
        text = chat.choices[0].message.content
        speech, _, tail = text.rpartition("\n")
        try:
            verdict = json.loads(tail)
        except json.JSONDecodeError:
            verdict = {"accept": offer >= item.value, "counter": item.value}
        return {"speech": speech or text, **verdict}

    async def _appraise(self, item) -> str:
        # second opinion from gpt for rare items; blocking SDK in a thread
        client = get_openai_client()
        resp = await asyncio.to_thread(
            client.chat.completions.create,
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"One-line merchant appraisal of a {item.rarity} {item.name}."}],
        )
        return resp.choices[0].message.content

    def haggle(self, item, offer: int) -> None:
        fut = self._loop.submit(self._haggle(item, offer))

        def done(f):
            try:
                result = f.result()
            except Exception as exc:  # noqa: BLE001
                base.worker.call_on_main(messenger.send, events.AI_ERROR, [str(exc)])
                return
            base.worker.call_on_main(messenger.send, events.NPC_REPLY, [self.npc, result["speech"]])

        fut.add_done_callback(done)

    def appraise(self, item):
        return self._loop.submit(self._appraise(item))
