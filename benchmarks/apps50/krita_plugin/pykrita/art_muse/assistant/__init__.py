"""High-level assistant features used by the docker and the extension actions."""
from .prompt_writer import PromptWriter  # noqa: F401
from .layer_describer import LayerDescriber  # noqa: F401
from .generator import ImageGenerator  # noqa: F401
from .upscaler import Upscaler  # noqa: F401
