"""Helpers for writing LLM results back into layers and small report exports."""
import datetime
import os
import re

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsEditorWidgetSetup,
    QgsField,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant


def ensure_field(layer, name, length=120):
    idx = layer.fields().indexOf(name)
    if idx >= 0:
        return idx
    layer.dataProvider().addAttributes([QgsField(name, QVariant.String, len=length)])
    layer.updateFields()
    return layer.fields().indexOf(name)


def write_values(layer, field_name, values_by_fid):
    idx = ensure_field(layer, field_name)
    changes = {fid: {idx: value} for fid, value in values_by_fid.items()}
    ok = layer.dataProvider().changeAttributeValues(changes)
    layer.triggerRepaint()
    return ok


def set_multiline_widget(layer, field_name):
    idx = layer.fields().indexOf(field_name)
    if idx >= 0:
        layer.setEditorWidgetSetup(idx, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True}))


def export_copy(layer, path, driver="GPKG"):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    writer = QgsVectorFileWriter.create(
        path, layer.fields(), layer.wkbType(), layer.crs(), QgsCoordinateTransformContext(), options
    )
    for feat in layer.getFeatures():
        writer.addFeature(feat)
    del writer
    return QgsVectorLayer(path, layer.name(), "ogr")



class MarkdownReport:
    def __init__(self, title):
        self.title = title
        self.sections = []

    def add_section(self, heading, body):
        self.sections.append((heading, body))

    def render(self):
        out = ["# {}".format(self.title), "", "_{}_".format(datetime.datetime.now().isoformat(timespec="minutes")), ""]
        for heading, body in self.sections:
            out += ["## {}".format(heading), "", body, ""]
        return "\n".join(out)

    def create(self, directory):
        slug = re.sub(r"[^a-z0-9]+", "-", self.title.lower()).strip("-") or "report"
        path = os.path.join(directory or os.path.expanduser("~"), slug + ".md")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(self.render())
        return path
