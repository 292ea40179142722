"""Custom materializer for labelled batches (JSONL + metadata)."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar, Dict, List, Tuple, Type

from zenml.enums import ArtifactType
from zenml.io import fileio
from zenml.materializers.base_materializer import BaseMaterializer
from zenml.metadata.metadata_types import MetadataType


@dataclass
class LabelledBatch:
    rows: List[Dict[str, Any]] = field(default_factory=list)
    model: str = ""
    provider: str = ""
    input_tokens: int = 0
    output_tokens: int = 0

    def label_distribution(self) -> Dict[str, int]:
        dist: Dict[str, int] = {}
        for row in self.rows:
            dist[row.get("label", "?")] = dist.get(row.get("label", "?"), 0) + 1
        return dist


class LabelledBatchMaterializer(BaseMaterializer):
    ASSOCIATED_TYPES: ClassVar[Tuple[Type[Any], ...]] = (LabelledBatch,)
    ASSOCIATED_ARTIFACT_TYPE: ClassVar[ArtifactType] = ArtifactType.DATA

    def load(self, data_type: Type[Any]) -> LabelledBatch:
        with fileio.open(os.path.join(self.uri, "meta.json"), "r") as f:
            meta = json.load(f)
        rows = []
        with fileio.open(os.path.join(self.uri, "rows.jsonl"), "r") as f:
            for line in f:
                if line.strip():
                    rows.append(json.loads(line))
        return LabelledBatch(rows=rows, **meta)

    def save(self, data: LabelledBatch) -> None:
        meta = asdict(data)
        rows = meta.pop("rows")
        with fileio.open(os.path.join(self.uri, "meta.json"), "w") as f:
            json.dump(meta, f)
        with fileio.open(os.path.join(self.uri, "rows.jsonl"), "w") as f:
            for row in rows:
                f.write(json.dumps(row) + "\n")

    def extract_metadata(self, data: LabelledBatch) -> Dict[str, MetadataType]:
        return {
            "num_rows": len(data.rows),
            "model": data.model,
            "input_tokens": data.input_tokens,
            "output_tokens": data.output_tokens,
            "label_distribution": data.label_distribution(),
        }
