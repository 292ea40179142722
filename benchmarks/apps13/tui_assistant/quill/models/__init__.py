from quill.models.model import Model
from quill.models.registry import MODEL_ALIASES, MODEL_SETTINGS, ModelSettings, get_model_settings

__all__ = ["Model", "ModelSettings", "MODEL_SETTINGS", "MODEL_ALIASES", "get_model_settings"]
