"""Job registry. Anything listed here is callable by name via `enqueue_job`."""
from arq.worker import func

from docintel.worker.jobs.classify import classify_document, moderate_upload, screen_pii, suggest_tags
from docintel.worker.jobs.extract import (
    extract_fields,
    extract_line_items,
    normalize_parties,
    verify_extraction,
)
from docintel.worker.jobs.ingest import (
    embed_query_voyage,
    embed_with_context,
    index_for_legacy_search,
    ingest_document,
    ocr_scanned_pages,
)
from docintel.worker.jobs.maintenance import export_training_file
from docintel.worker.jobs.qa import answer_question, fetch_document_preview
from docintel.worker.jobs.search import (
    grounded_answer,
    rerank_candidates,
    search_documents,
    search_documents_cohere,
)
from docintel.worker.jobs.summarize import (
    bulk_summaries,
    draft_reply_email,
    stream_summary,
    summarize_document,
)
from docintel.worker.jobs.translate import detect_language, translate_document

ALL_JOBS = [
    func(ingest_document, max_tries=5),
    func(ocr_scanned_pages, timeout=1800),
    embed_with_context,
    index_for_legacy_search,
    embed_query_voyage,
    classify_document,
    screen_pii,
    moderate_upload,
    suggest_tags,
    func(extract_fields, max_tries=3),
    extract_line_items,
    normalize_parties,
    verify_extraction,
    summarize_document,
    stream_summary,
    func(bulk_summaries, timeout=3600),
    draft_reply_email,
    translate_document,
    detect_language,
    answer_question,
    fetch_document_preview,
    search_documents,
    search_documents_cohere,
    grounded_answer,
    rerank_candidates,
    export_training_file,
]
