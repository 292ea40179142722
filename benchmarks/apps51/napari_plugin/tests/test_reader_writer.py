import json

import numpy as np
import tifffile

from napari_scope_assist import napari_get_reader, write_annotations


def test_reader_reads_sidecar(tmp_path):
    p = tmp_path / "img.tif"
    tifffile.imwrite(p, np.zeros((8, 8), np.uint16))
    (tmp_path / "img.captions.json").write_text(json.dumps({"caption": "empty field"}))
    reader = napari_get_reader(str(p))
    (data, kwargs, kind), = reader(str(p))
    assert kind == "image"
    assert kwargs["metadata"]["caption"] == "empty field"


def test_reader_rejects_png():
    assert napari_get_reader("foo.png") is None


def test_writer(tmp_path):
    out = tmp_path / "ann.json"
    write_annotations(str(out), [(np.array([[1.0, 2.0]]), {"name": "pts", "metadata": {"caption": "c"}}, "points")])
    assert json.loads(out.read_text())[0]["coords"] == [[1.0, 2.0]]
