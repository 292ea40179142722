"""/help: answer questions about termcoder itself from the bundled docs.

Written for the 0.9 release when the docs were small enough to fit in Gemini's context;
now we embed the doc chunks once and only send the closest ones.
"""

import json
import math
import os
from pathlib import Path
from typing import List, Optional, Tuple

from google import genai
from google.genai import types

from .logging_setup import get_logger

log = get_logger(__name__)

DOCS_DIR = Path(__file__).parent / "website" / "docs"
INDEX_PATH = Path.home() / ".termcoder" / "caches" / "help-index.json"
HELP_MODEL = "gemini-2.5-flash"
EMBED_MODEL = "text-embedding-004"
TOP_K = 6

HELP_SYSTEM = """You are a help assistant for termcoder, an AI pair programming tool that runs in the terminal.
Answer only from the provided documentation excerpts. If the answer is not in them, say so and
point the user to https://termcoder.dev/docs. Include the exact command or config key when relevant."""


def _chunks(text: str, size: int = 1500) -> List[str]:
    paras = text.split("\n\n")
    out, cur = [], ""
    for p in paras:
        if len(cur) + len(p) > size and cur:
            out.append(cur)
            cur = ""
        cur += p + "\n\n"
    if cur.strip():
        out.append(cur)
    return out


class HelpBot:
    def __init__(self, api_key: Optional[str] = None):
        self.client = genai.Client(api_key=api_key or os.environ.get("GEMINI_API_KEY"))
        self.index: List[Tuple[str, List[float]]] = []
        self.chat = None

    def build_index(self) -> None:
        if INDEX_PATH.exists():
            self.index = [tuple(x) for x in json.loads(INDEX_PATH.read_text())]
            return
        docs = []
        for md in sorted(DOCS_DIR.rglob("*.md")):
            for chunk in _chunks(md.read_text(encoding="utf-8")):
                docs.append(f"[{md.relative_to(DOCS_DIR)}]\n{chunk}")
        for i in range(0, len(docs), 100):
            batch = docs[i : i + 100]
            resp = self.client.models.embed_content(
                model=EMBED_MODEL,
                contents=batch,
                config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT"),
            )
            self.index += [(doc, emb.values) for doc, emb in zip(batch, resp.embeddings)]
        INDEX_PATH.parent.mkdir(parents=True, exist_ok=True)
        INDEX_PATH.write_text(json.dumps(self.index))
        log.info("built help index with %d chunks", len(self.index))

    def retrieve(self, question: str) -> List[str]:
        # TODO: embed the question too; word overlap was good enough for the first cut
        words = set(question.lower().split())
        scored = []
        for doc, _vec in self.index:
            overlap = len(words & set(doc.lower().split()))
            scored.append((overlap / math.sqrt(len(doc) + 1), doc))
        scored.sort(reverse=True)
        return [doc for _, doc in scored[:TOP_K]]

    def ask(self, question: str) -> str:
        if not self.index:
            self.build_index()
        if self.chat is None:
            self.chat = self.client.chats.create(
                model=HELP_MODEL,
                config=types.GenerateContentConfig(system_instruction=HELP_SYSTEM, temperature=0.2),
            )
        context = "\n\n---\n\n".join(self.retrieve(question))
        response = self.chat.send_message(f"Documentation excerpts:\n{context}\n\nQuestion: {question}")
        return response.text or "Sorry, I could not find an answer in the docs."

    def reset(self) -> None:
        self.chat = None
