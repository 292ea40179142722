"""IMAP poller for mailboxes we can't point MX at.

Written before the aiosmtpd ingress existed; still used for the shared finance@ inbox.
"""
from __future__ import annotations

import asyncio
import imaplib
import logging
import time

from assistant.config import Settings, get_settings
from assistant.parsing import parse_message

log = logging.getLogger(__name__)


class ImapPoller:
    def __init__(self, settings: Settings, on_message):
        self.settings = settings
        self.on_message = on_message
        self._conn: imaplib.IMAP4_SSL | None = None
        self._stop = False

    def connect(self) -> imaplib.IMAP4_SSL:
        conn = imaplib.IMAP4_SSL(self.settings.imap_host)
        conn.login(self.settings.imap_user, self.settings.imap_password)
        conn.select(self.settings.imap_folder)
        return conn

    def fetch_unseen(self) -> list[tuple[bytes, bytes]]:
        assert self._conn is not None
        typ, data = self._conn.search(None, "UNSEEN")
        if typ != "OK":
            log.warning("IMAP search failed: %s", typ)
            return []
        out = []
        for num in data[0].split():
            typ, msg_data = self._conn.fetch(num, "(RFC822)")
            if typ == "OK" and msg_data and isinstance(msg_data[0], tuple):
                out.append((num, msg_data[0][1]))
        return out

    def mark_seen(self, num: bytes) -> None:
        assert self._conn is not None
        self._conn.store(num, "+FLAGS", "\\Seen")

    async def run_forever(self) -> None:
        backoff = 1
        while not self._stop:
            try:
                if self._conn is None:
                    self._conn = await asyncio.to_thread(self.connect)
                    backoff = 1
                batch = await asyncio.to_thread(self.fetch_unseen)
                for num, raw in batch:
                    parsed = parse_message(raw)
                    try:
                        await self.on_message(parsed)
                        await asyncio.to_thread(self.mark_seen, num)
                    except Exception:
                        log.exception("failed processing %s", parsed.message_id)
                await asyncio.sleep(self.settings.poll_interval)
            except (imaplib.IMAP4.abort, OSError) as exc:
                log.warning("IMAP connection lost (%s); reconnecting in %ss", exc, backoff)
                self._conn = None
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 300)

    def stop(self) -> None:
        self._stop = True
        if self._conn is not None:
            try:
                self._conn.logout()
            except Exception:
                pass


def poll_once(on_message_sync) -> int:
    """Synchronous one-shot used by cron on the old box."""
    settings = get_settings()
    poller = ImapPoller(settings, on_message=None)
    poller._conn = poller.connect()
    n = 0
    started = time.monotonic()
    for num, raw in poller.fetch_unseen():
        on_message_sync(parse_message(raw))
        poller.mark_seen(num)
        n += 1
    log.info("poll_once processed %d messages in %.1fs", n, time.monotonic() - started)
    poller.stop()
    return n
