"""Indexing pipeline: files -> clean -> split -> embed -> write."""
from __future__ import annotations

from haystack import Pipeline
from haystack.components.converters import MarkdownToDocument, PyPDFToDocument, TextFileToDocument
from haystack.components.joiners import DocumentJoiner
from haystack.components.preprocessors import DocumentCleaner, DocumentSplitter
from haystack.components.routers import FileTypeRouter
from haystack.components.writers import DocumentWriter
from haystack.document_stores.types import DuplicatePolicy

from ragsvc.components import CohereDocumentEmbedder, VoyageDocumentEmbedder, WatsonxDocumentEmbedder
from ragsvc.stores import get_document_store

EMBEDDERS = {
    "cohere": lambda: CohereDocumentEmbedder(meta_fields_to_embed=["title"]),
    "voyage": lambda: VoyageDocumentEmbedder(meta_fields_to_embed=["title"]),
    "watsonx": lambda: WatsonxDocumentEmbedder(),
}


def build_indexing_pipeline(store_name: str = "default", embedder: str = "voyage", split_length: int = 200) -> Pipeline:
    store = get_document_store(store_name)
    p = Pipeline()
    p.add_component("router", FileTypeRouter(mime_types=["text/plain", "text/markdown", "application/pdf"]))
    p.add_component("txt", TextFileToDocument())
    p.add_component("md", MarkdownToDocument())
    p.add_component("pdf", PyPDFToDocument())
    p.add_component("join", DocumentJoiner())
    p.add_component("clean", DocumentCleaner(remove_repeated_substrings=True))
    p.add_component("split", DocumentSplitter(split_by="word", split_length=split_length, split_overlap=30))
    p.add_component("embed", EMBEDDERS[embedder]())
    p.add_component("write", DocumentWriter(document_store=store, policy=DuplicatePolicy.OVERWRITE))

    p.connect("router.text/plain", "txt.sources")
    p.connect("router.text/markdown", "md.sources")
    p.connect("router.application/pdf", "pdf.sources")
    p.connect("txt", "join")
    p.connect("md", "join")
    p.connect("pdf", "join")
    p.connect("join", "clean")
    p.connect("clean", "split")
    p.connect("split", "embed")
    p.connect("embed.documents", "write.documents")
    return p
