"""Translate new alert descriptions for the Shanghai and Madrid NOC teams.

cron: */10 * * * *  python jobs/translate_alerts.py
"""
from __future__ import annotations

import logging

from common.aws import WorkQueue
from common.qwen import Generation, check
from common.runtime import job_main
from opskit.db import Incident, session_scope
from prompts import alert_translation_messages

log = logging.getLogger("jobs.translate_alerts")

LANGUAGES = {"zh": "Simplified Chinese", "es": "Spanish"}
MODEL = "qwen-plus"


def _pending(limit: int = 50) -> list:
    with session_scope() as session:
        rows = (
            session.query(Incident)
            .filter(Incident.resolved_at.is_(None))
            .order_by(Incident.opened_at.desc())
            .limit(limit)
            .all()
        )
        out = []
        for row in rows:
            done = {e.get("lang") for e in (row.timeline or []) if e.get("kind") == "translation"}
            missing = [code for code in LANGUAGES if code not in done]
            if missing:
                out.append((row.external_id, row.title, missing))
        return out


def translate(text: str, language: str) -> str:
    response = Generation.call(
        model=MODEL,
        messages=alert_translation_messages(text, language),
        result_format="message",
        temperature=0.1,
    )
    return check(response).output.choices[0].message.content.strip()


@job_main("translate_alerts")
def main(args) -> int:
    queue = WorkQueue()
    pending = _pending()
    log.info("%d alerts need translation", len(pending))
    for external_id, title, missing in pending:
        for code in missing:
            translated = translate(title, LANGUAGES[code])
            if args.dry_run:
                print(f"{external_id} [{code}] {translated}")
                continue
            queue.submit("incident.append_timeline", {"external_id": external_id, "kind": "translation", "lang": code, "text": translated})
    return 0


if __name__ == "__main__":
    main()
