"""Segmentation parameter suggestions.

The LLM only *suggests* parameters; the segmentation itself is classical
scikit-image so results are reproducible.
"""
from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

import httpx
import numpy as np
from magicgui import magic_factory
from napari.qt.threading import thread_worker
from napari.utils.notifications import show_error, show_info
from skimage import filters, measure, morphology, segmentation

from ._image_utils import current_plane, layer_summary
from ._llm import get_cerebras_client
from ._llm.cerebras_backend import CerebrasParamAdvisor
from ._prompts import SEGMENT_SYSTEM, parse_json_reply, segment_prompt
from ._settings import get_settings

if TYPE_CHECKING:
    import napari

_DEFAULTS = {"sigma": 1.0, "threshold_method": "otsu", "min_size": 30, "footprint": 5}
CEREBRAS_URL = "https://api.cerebras.ai/v1/chat/completions"


def _suggest_via_http(summary: dict, target: str) -> dict:
    """Fallback used when the SDK is not installed (conda-forge builds)."""
    payload = {
        "model": get_settings().cerebras_model,
        "messages": [
            {"role": "system", "content": SEGMENT_SYSTEM},
            {"role": "user", "content": segment_prompt(summary, target)},
        ],
        "temperature": 0,
    }
    r = httpx.post(
        CEREBRAS_URL,
        headers={"Authorization": f"Bearer {os.environ['CEREBRAS_API_KEY']}"},
        json=payload,
        timeout=30,
    )
    r.raise_for_status()
    return parse_json_reply(r.json()["choices"][0]["message"]["content"])


def suggest_params(summary: dict, target: str) -> dict:
    try:
        advisor = CerebrasParamAdvisor(get_cerebras_client())
    except ImportError:
        return _suggest_via_http(summary, target)
    return advisor.suggest(summary, target)


def run_segmentation(img: np.ndarray, params: dict) -> np.ndarray:
    p = {**_DEFAULTS, **params}
    smoothed = filters.gaussian(img, sigma=float(p["sigma"]))
    method = getattr(filters, f"threshold_{p['threshold_method']}", filters.threshold_otsu)
    mask = smoothed > method(smoothed)
    mask = morphology.remove_small_objects(mask, int(p["min_size"]))
    distance = morphology.dilation(smoothed, morphology.disk(int(p["footprint"])))
    markers = measure.label(morphology.h_maxima(distance, 0.05))
    return segmentation.watershed(-smoothed, markers, mask=mask)


@magic_factory(
    call_button="Suggest & segment",
    target={"widget_type": "LineEdit"},
)
def suggest_segmentation(
    image: "napari.layers.Image",
    viewer: "napari.Viewer",
    target: str = "nuclei",
    apply: bool = True,
) -> None:
    if image is None:
        return
    summary = layer_summary(image)
    plane = current_plane(image, viewer)

    @thread_worker
    def _work():
        params = suggest_params(summary, target)
        labels = run_segmentation(plane, params) if apply else None
        return params, labels

    def _done(result):
        params, labels = result
        show_info("Suggested: " + json.dumps(params))
        if labels is not None:
            viewer.add_labels(labels, name=f"{image.name} {target}", metadata={"params": params})

    worker = _work()
    worker.returned.connect(_done)
    worker.errored.connect(lambda e: show_error(str(e)))
    worker.start()


def explain_params(params: dict, target: str) -> str:
    """One-paragraph rationale shown in the tooltip of the created Labels layer.

    Goes through the tracked service (cheap Cerebras route).
    """
    import asyncio

    from ._llm import TaskComplexity, multi_model_service

    return asyncio.run(
        multi_model_service.generate_response(
            prompt=f"Explain briefly why these parameters suit {target}: {json.dumps(params)}",
            task_type="segment_explain",
            complexity=TaskComplexity.SIMPLE,
        )
    )


def object_table(labels: np.ndarray, intensity: np.ndarray | None = None) -> dict:
    props = ["label", "area", "eccentricity", "solidity"]
    if intensity is not None:
        props.append("mean_intensity")
    return measure.regionprops_table(labels, intensity_image=intensity, properties=props)
