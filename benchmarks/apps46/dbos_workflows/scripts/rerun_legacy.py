#!/usr/bin/env python
"""Admin tool: regenerate summaries with the legacy summarizer for documents listed on stdin."""
import sys

from sqlalchemy import select, update

from app.db.models import documents
from app.db.session import engine
from app.db.transactions import DocumentRepository
from app.legacy import summarizer_v1


def import_file(tenant_id: str, path: str) -> str:
    repo = DocumentRepository(engine)
    with open(path, encoding="utf-8") as fh:
        return repo.create(tenant_id, path, text=fh.read())


def main(provider: str = "openai") -> None:
    if provider == "import":
        for path in sys.argv[3:]:
            print(import_file(sys.argv[2], path))
        return
    ids = [line.strip() for line in sys.stdin if line.strip()]
    with engine.begin() as conn:
        for doc_id in ids:
            text = conn.execute(select(documents.c.text).where(documents.c.id == doc_id)).scalar_one_or_none()
            if not text:
                continue
            summary = summarizer_v1.summarize(text, provider=provider)
            conn.execute(update(documents).where(documents.c.id == doc_id).values(summary=summary))
            print(doc_id, "ok" if summary else "failed")


if __name__ == "__main__":
    main(*sys.argv[1:])
