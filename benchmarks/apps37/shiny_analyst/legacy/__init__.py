"""Pre-2.0 express-mode pages. Still deployed at /legacy for the finance team.

Do not add features here; port them to modules/ instead (ANL-198).
"""
