try:
    from ._version import version as __version__
except ImportError:  # pragma: no cover
    __version__ = "unknown"

from ._reader import napari_get_reader
from ._sample_data import make_sample_data
from ._widget import AnnotateWidget
from ._writer import write_annotations

__all__ = (
    "napari_get_reader",
    "write_annotations",
    "make_sample_data",
    "AnnotateWidget",
)
