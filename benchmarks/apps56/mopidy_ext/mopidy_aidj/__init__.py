import logging
import pathlib

from importlib.metadata import version

from mopidy import config, ext

__version__ = version("Mopidy-AIDJ")

logger = logging.getLogger(__name__)


class Extension(ext.Extension):
    dist_name = "Mopidy-AIDJ"
    ext_name = "aidj"
    version = __version__

    def get_default_config(self):
        return config.read(pathlib.Path(__file__).parent / "ext.conf")

    def get_config_schema(self):
        schema = super().get_config_schema()
        schema["openai_api_key"] = config.Secret(optional=True)
        schema["openai_model"] = config.String()
        schema["anthropic_api_key"] = config.Secret(optional=True)
        schema["commentary_provider"] = config.String(
            choices=["anthropic", "openai", "together", "xai"]
        )
        schema["commentary_model"] = config.String()
        schema["cohere_api_key"] = config.Secret(optional=True)
        schema["cohere_model"] = config.String()
        schema["rerank_model"] = config.String()
        schema["together_api_key"] = config.Secret(optional=True)
        schema["together_model"] = config.String()
        schema["xai_api_key"] = config.Secret(optional=True)
        schema["xai_model"] = config.String()
        schema["tts_enabled"] = config.Boolean()
        schema["tts_model"] = config.String()
        schema["tts_voice"] = config.String(
            choices=["alloy", "echo", "fable", "onyx", "nova", "shimmer"]
        )
        schema["commentary_every"] = config.Integer(minimum=1)
        schema["history_db"] = config.Path()
        schema["max_playlist_length"] = config.Integer(minimum=1, maximum=200)
        return schema

    def validate_environment(self):
        try:
            import openai  # noqa: F401
        except ImportError as exc:
            raise ext.ExtensionError("openai library not found", exc)

    def setup(self, registry):
        from .backend import AIDJBackend
        from .frontend import AIDJFrontend
        from .http.app import aidj_app_factory

        registry.add("frontend", AIDJFrontend)
        registry.add("backend", AIDJBackend)
        registry.add(
            "http:app",
            {
                "name": self.ext_name,
                "factory": aidj_app_factory,
            },
        )
        registry.add(
            "http:static",
            {
                "name": "aidj-static",
                "path": str(pathlib.Path(__file__).parent / "static"),
            },
        )

    @classmethod
    def get_data_dir(cls, config):
        data_dir = pathlib.Path(config["core"]["data_dir"]) / cls.ext_name
        data_dir.mkdir(parents=True, exist_ok=True)
        return data_dir
