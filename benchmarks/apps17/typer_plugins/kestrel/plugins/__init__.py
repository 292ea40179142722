from kestrel.plugins.base import KestrelPlugin, PluginContext

__all__ = ["KestrelPlugin", "PluginContext"]
