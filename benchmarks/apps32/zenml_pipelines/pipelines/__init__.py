from pipelines.batch_labelling import batch_labelling_pipeline
from pipelines.evaluation import evaluation_pipeline
from pipelines.rag_index import rag_index_pipeline

__all__ = ["batch_labelling_pipeline", "evaluation_pipeline", "rag_index_pipeline"]
