"""Collects the facts about a vector layer that go into prompts."""
from dataclasses import dataclass, field

from qgis.core import QgsFeatureRequest, QgsVectorLayer, QgsWkbTypes

from .prompts import MAX_SAMPLE_FEATURES


@dataclass
class LayerSummary:
    name: str
    geometry_type: str
    crs: str
    feature_count: int
    extent: str
    fields: list = field(default_factory=list)


def _examples(layer, idx, limit=3):
    values = []
    for v in layer.uniqueValues(idx, limit):
        if v is None or v == "":
            continue
        values.append(str(v)[:40])
    return ", ".join(values) or "n/a"


def summarize_layer(layer: QgsVectorLayer) -> LayerSummary:
    extent = layer.extent()
    summary = LayerSummary(
        name=layer.name(),
        geometry_type=QgsWkbTypes.displayString(layer.wkbType()),
        crs=layer.crs().authid(),
        feature_count=layer.featureCount(),
        extent="{:.4f}, {:.4f}, {:.4f}, {:.4f}".format(
            extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()
        ),
    )
    for idx, fld in enumerate(layer.fields()):
        summary.fields.append(
            {"name": fld.name(), "type": fld.typeName(), "examples": _examples(layer, idx)}
        )
    return summary


def sample_rows(layer, field_names=None, limit=MAX_SAMPLE_FEATURES, selected_only=False):
    request = QgsFeatureRequest().setLimit(limit)
    request.setFlags(QgsFeatureRequest.NoGeometry)
    if field_names:
        request.setSubsetOfAttributes(field_names, layer.fields())
    features = layer.getSelectedFeatures(request) if selected_only else layer.getFeatures(request)
    rows = []
    for feat in features:
        attrs = {name: feat[name] for name in (field_names or layer.fields().names())}
        attrs["_fid"] = feat.id()
        rows.append(attrs)
    return rows


def chunked(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
