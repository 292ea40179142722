from steps.data_loading import load_tickets, load_gold_set, load_documents
from steps.labelling import label_tickets, label_tickets_tracked, merge_labels
from steps.evaluation import generate_candidate_answers, judge_answers, summarize_eval
from steps.rag_index import chunk_documents, contextualize_chunks, embed_chunks, write_index
from steps.guardrails import moderate_inputs

__all__ = [
    "load_tickets",
    "load_gold_set",
    "load_documents",
    "label_tickets",
    "label_tickets_tracked",
    "merge_labels",
    "generate_candidate_answers",
    "judge_answers",
    "summarize_eval",
    "chunk_documents",
    "contextualize_chunks",
    "embed_chunks",
    "write_index",
    "moderate_inputs",
]
