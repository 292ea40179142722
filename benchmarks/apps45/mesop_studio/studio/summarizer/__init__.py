from studio.summarizer.chunking import chunk_text
from studio.summarizer.map_reduce import MapReduceSummarizer

__all__ = ["MapReduceSummarizer", "chunk_text"]
