from pipelines.batch_classify import ticket_triage_pipeline
from pipelines.eval_pipeline import summary_eval_pipeline
from pipelines.rag_index import rag_index_pipeline

PIPELINES = {
    "ticket-triage": ticket_triage_pipeline,
    "summary-eval": summary_eval_pipeline,
    "rag-index": rag_index_pipeline,
}
