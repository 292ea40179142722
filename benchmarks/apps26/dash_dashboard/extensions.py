"""Process-wide singletons that pages and callbacks import.

Lives outside app.py so page modules can import the background manager
without a circular import (Dash imports pages/ while constructing the app).
"""
from __future__ import annotations

import diskcache
from dash import DiskcacheManager

from config import get_settings

cache = diskcache.Cache(get_settings().cache_dir)
background_manager = DiskcacheManager(cache, expire=60 * 60)
