"""Shared configuration for the inference platform.

Other teams depend on this package (published as ``ray-platform-config``), so keep
the public names stable.
"""
from platform_config.settings import Settings, get_settings
from platform_config import endpoints

__all__ = ["Settings", "get_settings", "endpoints"]
