from materializers.labelled_batch_materializer import LabelledBatch, LabelledBatchMaterializer

__all__ = ["LabelledBatch", "LabelledBatchMaterializer"]
