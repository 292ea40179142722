from __future__ import annotations

from pathlib import Path
from typing import Callable, Dict, Iterable, Iterator, List

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc


@spacy.registry.readers("llm_pipes.jsonl_texts.v1")
def jsonl_texts(path: Path, text_key: str = "text", limit: int = 0) -> Callable[[Language], Iterable[Doc]]:
    def read(nlp: Language) -> Iterator[Doc]:
        for i, row in enumerate(srsly.read_jsonl(path)):
            if limit and i >= limit:
                break
            doc = nlp.make_doc(row[text_key])
            doc.user_data["source_id"] = row.get("id", i)
            yield doc

    return read


def doc_to_record(doc: Doc) -> Dict:
    """Flatten the LLM annotations for the JSONL export consumed by the search team."""
    return {
        "id": doc.user_data.get("source_id"),
        "summary": doc._.summary,
        "summary_model": doc._.summary_model,
        "tone": doc._.tone,
        "keywords": list(doc._.keywords),
        "flags": list(doc._.moderation_flags),
        "entities": [
            {
                "text": ent.text,
                "label": ent.label_,
                "canonical": ent._.canonical_name,
                "kb_id": ent._.kb_id_llm,
            }
            for ent in doc.ents
        ],
        "relations": list(doc._.relations),
    }


def write_records(docs: Iterable[Doc], path: Path) -> int:
    rows: List[Dict] = [doc_to_record(d) for d in docs]
    srsly.write_jsonl(path, rows)
    return len(rows)
