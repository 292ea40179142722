from ragsvc.pipelines.indexing import build_indexing_pipeline
from ragsvc.pipelines.query import build_pipeline_from_config, build_support_qa_pipeline

__all__ = ["build_indexing_pipeline", "build_pipeline_from_config", "build_support_qa_pipeline"]
