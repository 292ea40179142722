"""Long-running listener that hosts the lightweight commands and background workers.

    python -m service.listener --zuliprc /etc/zulip-bots/listener.zuliprc
"""
from __future__ import annotations

import argparse
import logging
import signal
import threading
from typing import Any, Dict

from service.commands import dispatch
from service.state import ServiceState, build_state
from service.tracked import TRACKED, run_tracked
from service.worker import EmbeddingWorker

log = logging.getLogger("listener")

INDEXED_STREAMS = {"engineering", "handbook-questions", "support"}


class Listener:
    def __init__(self, state: ServiceState) -> None:
        self.state = state
        self.worker = EmbeddingWorker(state)

    def on_message(self, message: Dict[str, Any]) -> None:
        if message["sender_email"] == self.state.bot_email:
            return
        if message.get("type") == "stream" and message.get("display_recipient") in INDEXED_STREAMS:
            self.worker.enqueue(message)
        content = message["content"].strip()
        if not content.startswith("!"):
            return
        name, _, args = content[1:].partition(" ")
        try:
            if name in TRACKED:
                reply = run_tracked(name, message, args.strip())
            else:
                reply = dispatch(self.state, message)
        except Exception:
            log.exception("command %s failed", name)
            reply = ":warning: something went wrong, the bot team has been notified."
        if reply:
            self.reply(message, reply)

    def reply(self, message: Dict[str, Any], content: str) -> None:
        if message["type"] == "stream":
            req = {"type": "stream", "to": message["display_recipient"],
                   "topic": message["subject"], "content": content}
        else:
            req = {"type": "private", "to": [r["email"] for r in message["display_recipient"]],
                   "content": content}
        self.state.zulip.send_message(req)

    def run(self) -> None:
        t = threading.Thread(target=self.worker.run, name="embed-worker", daemon=True)
        t.start()
        signal.signal(signal.SIGTERM, lambda *_: self.worker.stop())
        log.info("listening as %s", self.state.bot_email)
        self.state.zulip.call_on_each_message(self.on_message)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--zuliprc", default="~/.zuliprc")
    ns = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    Listener(build_state(ns.zuliprc)).run()


if __name__ == "__main__":
    main()
