"""Document loaders and IngestionPipeline assembly."""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Iterable, List, Optional, Sequence

from llama_index.core import Document, Settings, SimpleDirectoryReader
from llama_index.core.ingestion import DocstoreStrategy, IngestionCache, IngestionPipeline
from llama_index.core.node_parser import MarkdownNodeParser, SentenceSplitter
from llama_index.core.schema import BaseNode
from llama_index.core.storage.docstore import SimpleDocumentStore

from app.config import get_config
from app.ingestion.metadata_extractors import KeywordExtractor, SectionTitleTransform
from app.utils import normalize

logger = logging.getLogger(__name__)

DOC_EXTENSIONS = [".md", ".mdx", ".txt", ".html"]


def load_docs_site(root: Path) -> List[Document]:
    reader = SimpleDirectoryReader(
        input_dir=str(root),
        recursive=True,
        required_exts=DOC_EXTENSIONS,
        filename_as_id=True,
    )
    docs = reader.load_data(show_progress=True)
    for d in docs:
        rel = Path(d.metadata.get("file_path", "")).relative_to(root) if d.metadata.get("file_path") else None
        d.metadata["source"] = "docs"
        if rel is not None:
            d.metadata["url"] = "https://docs.example.com/" + str(rel.with_suffix("")).replace("\\", "/")
        d.excluded_embed_metadata_keys = ["file_path", "file_size", "creation_date", "last_modified_date"]
    logger.info("loaded %d docs from %s", len(docs), root)
    return docs


def load_kb_dump(path: Path) -> List[Document]:
    """The KB export is JSON lines: {"id", "title", "body", "url", "product"}."""
    docs: List[Document] = []
    with path.open() as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            docs.append(
                Document(
                    id_=f"kb-{row['id']}",
                    text=normalize(row["body"]),
                    metadata={
                        "title": row.get("title"),
                        "url": row.get("url"),
                        "product": row.get("product"),
                        "source": "kb",
                    },
                )
            )
    return docs


def iter_all(docs_dir: Path, kb_path: Path | None = None) -> Iterable[Document]:
    yield from load_docs_site(docs_dir)
    if kb_path and kb_path.exists():
        yield from load_kb_dump(kb_path)



def build_pipeline(with_keywords: bool = True, with_titles: bool = True, cache_dir: Optional[Path] = None) -> IngestionPipeline:
    cfg = get_config()
    transformations: list = [
        MarkdownNodeParser(),
        SentenceSplitter(chunk_size=cfg.chunk_size, chunk_overlap=cfg.chunk_overlap),
    ]
    if with_titles:
        transformations.append(SectionTitleTransform())
    if with_keywords:
        transformations.append(KeywordExtractor())
    transformations.append(Settings.embed_model)

    cache = None
    if cache_dir is not None and (cache_dir / "cache.json").exists():
        cache = IngestionCache.from_persist_path(str(cache_dir / "cache.json"))

    return IngestionPipeline(
        transformations=transformations,
        docstore=SimpleDocumentStore(),
        docstore_strategy=DocstoreStrategy.UPSERTS,
        cache=cache,
    )


def run(documents: Sequence[Document], num_workers: int = 1, **kwargs) -> List[BaseNode]:
    pipeline = build_pipeline(**kwargs)
    nodes = pipeline.run(documents=list(documents), show_progress=True, num_workers=num_workers)
    logger.info("pipeline produced %d nodes from %d documents", len(nodes), len(documents))
    return nodes


async def arun(documents: Sequence[Document], **kwargs) -> List[BaseNode]:
    pipeline = build_pipeline(**kwargs)
    return await pipeline.arun(documents=list(documents), show_progress=True)
