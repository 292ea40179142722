"""Screens.  Each screen reaches clients and backends through ``self.app``."""
